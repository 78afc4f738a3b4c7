"""The late-fee outlook of a unit, read from a real store file whose payment declaration went through the
outbox to the real agency over HTTP and came back approved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from ssclient.app.late_fees import Basis, LateFees, PaymentTotal, choose_payment, outlook_for, sum_amounts
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.policy import default_policy
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from ssclient.sync.outbox import Outbox
from tests.support.agency import (  # noqa: F401
    CURRENT_PERIOD,
    AgencyUnit,
    agency,
    agency_client,
    agency_clock,
    make_id_number,
    unit,
)

ZHANG, LI = make_id_number(61), make_id_number(62)
DEADLINE = date(2026, 11, 23)  # the window's last day (days 1–23)


@pytest.fixture
def store(tmp_path: Path, agency_clock: FixedClock) -> Iterator[Store]:  # noqa: F811
    opened = Store.open(tmp_path / "store.sqlite3", clock=agency_clock)
    yield opened
    opened.close()


def payment_draft(unit: AgencyUnit, store: Store) -> tuple[int, Decimal]:  # noqa: F811
    """张三 6000.00 and 李四 5000.00 insured at the agency; November's payment computed from its roster and
    saved to the draft box. Returns the draft's id and its total."""
    lines = [
        DeclarationLine(ZHANG, "张三", "11", "6000.00", "否", "否"),
        DeclarationLine(LI, "李四", "11", "5000.00", "否", "否"),
    ]
    added = unit.client.submit(Declaration(DeclarationType.ADD, CURRENT_PERIOD, lines), "late-fee-add")
    assert added.approved, added.findings
    policy = unit.client.policy().policy
    industry = unit.client.profile().industry_class
    payments = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD, industry_class=industry)
    draft = Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments)
    return store.create_draft(unit.unit_code, draft), sum((p.total for p in payments), Decimal(0))


def use_case(unit: AgencyUnit, store: Store, clock: FixedClock) -> LateFees:  # noqa: F811
    return LateFees(store, unit.unit_code, unit.client.policy().policy, clock)


def expected_fee(amount: Decimal, days: int) -> Decimal:
    """社会保险法 art. 86: 0.05 % of the arrears a day, to the cent."""
    return (amount * Decimal("0.0005") * days).quantize(Decimal("0.01"), ROUND_HALF_UP)


def test_no_payment_declaration_leaves_nothing_to_forecast_but_the_deadline(
    unit: AgencyUnit,  # noqa: F811
    store: Store,
    agency_clock: FixedClock,  # noqa: F811
) -> None:
    outlook = use_case(unit, store, agency_clock).outlook()
    assert outlook.period == CURRENT_PERIOD
    assert outlook.basis is Basis.NONE
    assert outlook.last_free_day == DEADLINE
    assert outlook.days_to_deadline == 3  # the clock says 2026-11-20
    assert (outlook.amount, outlook.fee_today, outlook.fee_after(30)) == (None, None, None)


def test_the_draft_then_the_declared_then_the_approved_payment_is_reckoned_on(
    unit: AgencyUnit,  # noqa: F811
    store: Store,
    agency_clock: FixedClock,  # noqa: F811
) -> None:
    draft_id, total = payment_draft(unit, store)
    late_fees = use_case(unit, store, agency_clock)
    drafted = late_fees.outlook(CURRENT_PERIOD)
    assert (drafted.basis, drafted.amount, drafted.fee_today) == (Basis.DRAFT, total, Decimal("0.00"))
    assert total > Decimal("2000")  # both people's shares of every insurance type

    outbox = Outbox(store, unit.client, unit.unit_code, agency_clock)
    outbox.enqueue(draft_id)
    assert late_fees.outlook().basis is Basis.WAITING
    report = outbox.run(force=True)
    (delivery,) = report.delivered
    assert delivery.approved, delivery.findings

    # A week after the window closed: seven days of arrears.
    agency_clock.set(datetime(2026, 11, 30, 10, 0, tzinfo=CHINA_TZ))
    approved = late_fees.outlook()
    assert approved.basis is Basis.APPROVED
    assert approved.serial_number == delivery.serial_number
    assert approved.amount == total
    assert (approved.last_free_day, approved.days_late_today, approved.days_to_deadline) == (DEADLINE, 7, -7)
    assert approved.fee_today == expected_fee(total, 7)
    assert approved.fee_after(10) == expected_fee(total, 17)
    assert approved.paid_on(10) == date(2026, 12, 10)
    assert approved.days_late_after(30) == 37


def test_an_earlier_period_is_reckoned_from_its_own_deadline(
    unit: AgencyUnit,  # noqa: F811
    store: Store,
    agency_clock: FixedClock,  # noqa: F811
) -> None:
    payment_draft(unit, store)
    agency_clock.advance(timedelta(days=45))  # 2027-01-04
    outlook = use_case(unit, store, agency_clock).outlook(CURRENT_PERIOD)
    assert outlook.days_late_today == 42  # from 2026-11-24 to 2027-01-04
    assert outlook.basis is Basis.DRAFT
    assert outlook.fee_today == expected_fee(outlook.amount or Decimal(0), 42)
    assert use_case(unit, store, agency_clock).outlook().basis is Basis.NONE  # January has none


def test_the_latest_approved_wins_and_a_revoked_one_counts_for_nothing() -> None:
    at = datetime(2026, 11, 10, tzinfo=CHINA_TZ)
    first = PaymentTotal(DeclarationStatus.APPROVED, Decimal("100.00"), at, "SB1", 1)
    revised = PaymentTotal(DeclarationStatus.APPROVED, Decimal("120.00"), at + timedelta(days=2), "SB2", 2)
    draft = PaymentTotal(DeclarationStatus.DRAFT, Decimal("150.00"), at + timedelta(days=3), None, 3)
    revoked = PaymentTotal(DeclarationStatus.REVOKED, Decimal("90.00"), at, "SB0", 4)
    assert choose_payment([first, draft, revised, revoked]) == (Basis.APPROVED, revised)
    assert choose_payment([draft, revoked]) == (Basis.DRAFT, draft)
    assert choose_payment([revoked]) == (Basis.NONE, None)


def test_an_amount_not_yet_saved_is_reckoned_from_its_months_deadline() -> None:
    policy = default_policy()
    february = Period(2027, 2)
    outlook = outlook_for(february, date(2027, 3, 1), policy, Decimal("10000.00"))
    assert outlook.last_free_day == date(2027, 2, min(policy.window_last_day, 28))
    assert outlook.fee_today == expected_fee(Decimal("10000.00"), (date(2027, 3, 1) - outlook.deadline).days)


def test_the_boards_joined_amounts_are_summed_exactly_and_a_damaged_one_is_refused() -> None:
    assert sum_amounts("0.10,0.20,1E+2") == Decimal("100.30")  # 0.1 + 0.2 as Decimal, never float
    assert sum_amounts(None) == Decimal(0)
    with pytest.raises(ValueError, match="not a number"):
        sum_amounts("480.00,four hundred")
