"""Fixtures for the late-fee windows: the query windows' logged-in session (a real agency on loopback, a
real store in tmp), a unit with two people insured, and the day moved on with a fresh session."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from ssclient.sync.outbox import Outbox
from tests.gui.records.conftest import add_declaration, add_line, records_ctx, store, submit  # noqa: F401
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

ZHANG, LI = make_id_number(71), make_id_number(72)


@pytest.fixture
def insured(unit: AgencyUnit) -> None:
    """张三 6000.00 and 李四 5000.00 insured this period (November 2026)."""
    assert submit(
        unit, add_declaration(add_line(ZHANG, "张三", "6000.00"), add_line(LI, "李四", "5000.00"))
    ).approved


def move_to(clock: FixedClock, unit: AgencyUnit, day: int) -> None:
    """The clock (the agency's too) on November's `day`, 10:00, with a new session: the old one lasts two
    hours."""
    clock.set(datetime(2026, 11, day, 10, 0, tzinfo=CHINA_TZ))
    unit.relogin()


def expected_fee(amount: Decimal, days: int) -> Decimal:
    """社会保险法 art. 86: 0.05 % of the arrears a day, to the cent."""
    return (amount * Decimal("0.0005") * days).quantize(Decimal("0.01"), ROUND_HALF_UP)


def approve_payment(unit: AgencyUnit, store: Store, clock: FixedClock) -> tuple[str, Decimal]:  # noqa: F811
    """November's payment computed from the agency's roster, saved, declared through the outbox and
    approved (the store knows it as the client would). Returns its serial number and total."""
    policy = unit.client.policy().policy
    industry = unit.client.profile().industry_class
    payments = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD, industry_class=industry)
    draft_id = store.create_draft(
        unit.unit_code, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments)
    )
    outbox = Outbox(store, unit.client, unit.unit_code, clock)
    outbox.enqueue(draft_id)
    (delivery,) = outbox.run(force=True).delivered
    assert delivery.approved and delivery.serial_number, delivery.findings
    return delivery.serial_number, sum((line.total for line in payments), Decimal(0))
