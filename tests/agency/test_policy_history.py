"""The agency publishes every table of its pooling area and computes each month (a back payment's too)
with the table in force in that month; the client caches the history and computes offline as it does."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.agency.server import RunningAgency, start_agency
from ssclient.app.contributions import Contributions
from ssclient.app.policy_tables import PolicyTables
from ssclient.app.session import SessionController
from ssclient.app.session_rules import rule_context
from ssclient.domain.clock import FixedClock, today
from ssclient.domain.declaration import Declaration, PaymentLine
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import default_policy, parse_policy
from ssclient.policy.regions import default_regions
from ssclient.rules.context import RuleContext
from ssclient.rules.payment import backpay_requests, compute_payments
from ssclient.sync.api import AgencyClient
from tests.rules.test_payment_independent import with_fixed_charge
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, declaration, person_line, register_unit
from tests.support.policy_tables import later_table, two_tables

PENSION = InsuranceType.PENSION
LAST_MONTH = CURRENT_PERIOD.add_months(-1)


@pytest.fixture
def history_agency(tmp_path: Path, agency_clock: FixedClock) -> Iterator[RunningAgency]:
    running = start_agency(f"sqlite:///{tmp_path / 'agency.sqlite3'}", agency_clock, history=two_tables())
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def hired(history_agency: RunningAgency) -> Iterator[tuple[AgencyUnit, Declaration]]:
    """A unit whose new hire (8,000.00) was added with one month of pension back pay."""
    with AgencyClient(history_agency.url, retries=0) as client:
        unit = register_unit(client)
        added = declaration(
            DeclarationType.ADD, person_line(31, "何三一", base="8000.00", backpay={PENSION: 1})
        )
        assert client.submit(added, "history-add-0001").approved
        yield unit, added


def pension_by_month(lines: Iterable[PaymentLine]) -> dict[str, Decimal]:
    return {
        str(line.for_period or line.period): line.employer_amount
        for line in lines
        if line.insurance is PENSION
    }


def test_the_agency_publishes_its_tables_and_the_current_one(history_agency: RunningAgency) -> None:
    with AgencyClient(history_agency.url, retries=0) as client:
        history = client.policy_history()
        current = client.policy().policy
    assert [(str(t.starts), t[PENSION].employer_rate) for t in history.tables] == [
        ("2026-01", Decimal("0.16")),
        ("2026-11", Decimal("0.15")),
    ]
    assert current.id == "later"  # the table in force in the agency's month


def test_back_pay_is_charged_at_the_rate_of_the_month_it_covers(
    hired: tuple[AgencyUnit, Declaration],
) -> None:
    unit, added = hired
    roster, backpay = unit.client.roster(), backpay_requests([added])
    # Every month at today's table: the back month is 80.00 short, and the agency says so.
    flat = compute_payments(roster, later_table(), CURRENT_PERIOD, backpay=backpay)
    refused = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=flat), "history-pay-0001"
    )
    assert [(f.code, f.params["period"], f.params["expected"]) for f in refused.findings] == [
        ("PAYMENT_MISMATCH", str(LAST_MONTH), "1280.00")
    ]
    by_month = compute_payments(roster, unit.client.policy_history(), CURRENT_PERIOD, backpay=backpay)
    assert pension_by_month(by_month) == {"2026-11": Decimal("1200.00"), "2026-10": Decimal("1280.00")}
    paid = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=by_month), "history-pay-0002"
    )
    assert paid.approved, paid.findings


def test_the_client_caches_the_history_and_computes_offline_with_each_months_table(
    history_agency: RunningAgency, hired: tuple[AgencyUnit, Declaration], agency_clock: FixedClock
) -> None:
    unit, added = hired
    controller = SessionController(agency_clock, history_agency.url)
    session = controller.open(unit.client, None, unit.unit_code)
    try:
        controller.refresh_roster(unit.client, session.store, unit.unit_code)
        assert session.policy.id == "later"
        tables = PolicyTables(Path("no-loaded-tables"), session.policy, session.store, unit.unit_code)
        assert [str(row.first) for row in tables.schedule()] == ["2026-01", "2026-11"]
        assert tables.in_force(Period(2026, 3)).id == "illustrative-2026"

        def rules(roster: Mapping[str, RosterEntry] | None = None, *, declaring: bool = False) -> RuleContext:
            return rule_context(
                session.policy, default_regions(), today(agency_clock), roster, declaring=declaring
            )

        online = Contributions(
            session.store, unit.client, unit.unit_code, agency_clock, session.policy, 1, rules
        )
        computed = online.compute(CURRENT_PERIOD)
        assert computed.from_agency
        assert pension_by_month(computed.lines) == {
            "2026-11": Decimal("1200.00"),
            "2026-10": Decimal("1280.00"),
        }
        # Offline, from the cache: the same amounts for the same roster and back pay.
        offline = compute_payments(
            session.store.roster(unit.unit_code).values(),
            tables.history(),
            CURRENT_PERIOD,
            backpay=backpay_requests([added]),
        )
        assert offline == computed.lines
    finally:
        controller.close_store(session.store)


def test_the_agency_charges_a_fixed_monthly_amount_its_policy_sets(
    tmp_path: Path, agency_clock: FixedClock
) -> None:
    policy = parse_policy(with_fixed_charge())
    running = start_agency(f"sqlite:///{tmp_path / 'fixed.sqlite3'}", agency_clock, policy=policy)
    try:
        with AgencyClient(running.url, retries=0) as client:
            register_unit(client)
            added = declaration(DeclarationType.ADD, person_line(32, "吕三二", base="10000.00"))
            assert client.submit(added, "fixed-add-0001").approved
            published = client.policy().policy
            assert published.fixed_charges() == policy.fixed_charges()
            # Without the charge the medical line is 1.00 and 3.00 short, and the agency says so.
            rates_only = compute_payments(client.roster(), default_policy(), CURRENT_PERIOD)
            refused = client.submit(
                Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=rates_only), "fixed-pay-0001"
            )
            assert sorted((f.field, f.params["expected"]) for f in refused.findings) == [
                ("payments[1].employee_amount", "203.00"),
                ("payments[1].employer_amount", "801.00"),
            ]
            lines = compute_payments(client.roster(), published, CURRENT_PERIOD)
            paid = client.submit(
                Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines), "fixed-pay-0002"
            )
            assert paid.approved, paid.findings
    finally:
        running.stop()
