"""The payroll reconciliation's comparison: each kind of difference, to the cent, with totals."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.money import round_money
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import Policy
from ssclient.rules.payment import compute_payments
from ssclient.rules.payroll import (
    DEFAULT_WAGE_TOLERANCE,
    Difference,
    KindTotal,
    PayrollEntry,
    reconcile,
)
from ssclient.selftest_samples import valid_id_number

PERIOD = Period(2026, 11)
ZHANG, LI, WANG, ZHAO = (valid_id_number(n) for n in (1, 2, 3, 4))
P, M, U = InsuranceType.PENSION, InsuranceType.MEDICAL, InsuranceType.UNEMPLOYMENT


def person(id_number: str, name: str, base: str) -> RosterEntry:
    return RosterEntry(id_number, name, PersonStatus.ACTIVE, Decimal(base), Period(2026, 1), "11")


def withheld(base: str) -> dict[InsuranceType, Decimal]:
    """What a correct payroll withholds at the default policy's employee rates (8 %, 2 %, 0.5 %)."""
    value = Decimal(base)
    rates = {P: Decimal("0.08"), M: Decimal("0.02"), U: Decimal("0.005")}
    return {insurance: round_money(value * rate) for insurance, rate in rates.items()}


@pytest.fixture
def roster() -> list[RosterEntry]:
    return [person(ZHANG, "张三", "6000.00"), person(LI, "李四", "4801.00"), person(WANG, "王五", "8000.00")]


def test_a_payroll_that_matches_has_no_differences(policy: Policy, roster: list[RosterEntry]) -> None:
    payment = compute_payments(roster, policy, PERIOD)
    payroll = [
        PayrollEntry(2, ZHANG, "张三", Decimal("6100.00"), withheld("6000.00")),
        PayrollEntry(3, LI, "李四", Decimal("4801.00"), withheld("4801.00")),
        PayrollEntry(4, WANG, "王五", Decimal("8000.00"), withheld("8000.00")),
    ]
    report = reconcile(PERIOD, payroll, payment, roster)
    assert report.findings == ()
    assert report.payroll_people == report.declared_people == 3
    assert report.payroll_wages == Decimal("18901.00")
    assert report.declared_employee == sum((line.employee_amount for line in payment), Decimal(0))
    assert report.withheld_difference == Decimal("0.00")
    assert set(report.by_kind().values()) == {KindTotal()}


def test_each_kind_of_difference(policy: Policy, roster: list[RosterEntry]) -> None:
    payment = compute_payments(roster, policy, PERIOD)
    li_withheld = withheld("4801.00") | {M: Decimal("96.00")}  # 96.02 due
    payroll = [
        PayrollEntry(2, ZHANG, "张三", Decimal("7300.00"), withheld("6000.00")),  # 21.7 % over the declared
        PayrollEntry(3, LI, "李四", Decimal("4801.00"), li_withheld),
        PayrollEntry(5, ZHAO, "赵六", Decimal("5000.00"), {}),  # paid, never insured
    ]  # 王五 insured and declared, not paid
    report = reconcile(PERIOD, payroll, payment, roster)
    kinds = [(m.kind, m.id_number, m.insurance) for m in report.findings]
    assert kinds == [
        (Difference.PAID_NOT_INSURED, ZHAO, None),
        (Difference.INSURED_NOT_PAID, WANG, None),
        (Difference.WITHHELD_DIFFERS, LI, M),
        (Difference.WAGE_DIFFERS, ZHANG, None),
    ]
    paid, not_paid, withheld_wrong, wage = report.findings
    assert (paid.row, paid.payroll, paid.on_roster) == (5, Decimal("5000.00"), False)
    assert not_paid.declared == Decimal("840.00")  # 8000 × 10.5 %
    assert (withheld_wrong.payroll, withheld_wrong.declared, withheld_wrong.money) == (
        Decimal("96.00"), Decimal("96.02"), Decimal("-0.02"),
    )  # fmt: skip
    assert (wage.payroll, wage.declared, wage.money) == (
        Decimal("7300.00"),
        Decimal("6000.00"),
        Decimal("1300.00"),
    )
    totals = report.by_kind()
    assert totals[Difference.PAID_NOT_INSURED] == KindTotal(1, Decimal("5000.00"))
    assert totals[Difference.INSURED_NOT_PAID] == KindTotal(1, Decimal("840.00"))
    assert totals[Difference.WITHHELD_DIFFERS] == KindTotal(1, Decimal("-0.02"))


def test_the_wage_tolerance_is_the_callers_and_its_edge_is_inside(
    policy: Policy, roster: list[RosterEntry]
) -> None:
    payment = compute_payments(roster[:1], policy, PERIOD)
    at_edge = [PayrollEntry(2, ZHANG, "张三", Decimal("7200.00"), withheld("6000.00"))]  # exactly 20 %
    assert Decimal("0.20") == DEFAULT_WAGE_TOLERANCE
    assert reconcile(PERIOD, at_edge, payment, roster[:1]).findings == ()
    strict = reconcile(PERIOD, at_edge, payment, roster[:1], tolerance=Decimal("0.05"))
    assert [m.kind for m in strict.findings] == [Difference.WAGE_DIFFERS]
    with pytest.raises(ValueError):
        reconcile(PERIOD, at_edge, payment, roster[:1], tolerance=Decimal("-0.1"))


def test_a_total_withheld_is_compared_in_total(policy: Policy, roster: list[RosterEntry]) -> None:
    payment = compute_payments(roster[:1], policy, PERIOD)
    right = PayrollEntry(2, ZHANG, "张三", Decimal("6000.00"), withheld_total=Decimal("630.00"))
    assert reconcile(PERIOD, [right], payment, roster[:1]).findings == ()
    wrong = PayrollEntry(2, ZHANG, "张三", Decimal("6000.00"), withheld_total=Decimal("600.00"))
    (found,) = reconcile(PERIOD, [wrong], payment, roster[:1]).findings
    assert (found.kind, found.insurance, found.money) == (
        Difference.WITHHELD_DIFFERS,
        None,
        Decimal("-30.00"),
    )


def test_insured_on_the_roster_but_left_out_of_the_payment(policy: Policy, roster: list[RosterEntry]) -> None:
    """The roster has 王五 insured this month but the approved payment does not: paid → the payment is
    what is missing (on_roster); not paid → insured, not paid, with no share declared."""
    payment = compute_payments(roster[:2], policy, PERIOD)
    payroll = [
        PayrollEntry(2, ZHANG, "张三", Decimal("6000.00"), withheld("6000.00")),
        PayrollEntry(3, LI, "李四", Decimal("4801.00"), withheld("4801.00")),
        PayrollEntry(4, WANG, "王五", Decimal("8000.00"), withheld("8000.00")),
    ]
    (paid,) = reconcile(PERIOD, payroll, payment, roster).findings
    assert (paid.kind, paid.on_roster) == (Difference.PAID_NOT_INSURED, True)
    (missing,) = reconcile(PERIOD, payroll[:2], payment, roster).findings
    assert (missing.kind, missing.id_number, missing.declared) == (
        Difference.INSURED_NOT_PAID,
        WANG,
        Decimal(0),
    )


def test_people_interrupted_before_the_month_are_not_expected(policy: Policy) -> None:
    gone = replace(
        person(WANG, "王五", "8000.00"), status=PersonStatus.INTERRUPTED, interrupted_from=Period(2026, 10)
    )
    report = reconcile(PERIOD, [], [], [gone])
    assert report.findings == () and report.declared_people == 0


def test_id_numbers_match_however_they_are_written(policy: Policy, roster: list[RosterEntry]) -> None:
    x_number = valid_id_number(7)
    while not x_number.endswith("X"):
        x_number = valid_id_number(int(x_number[14:17]) + 1)
    entry = person(x_number, "钱七", "6000.00")
    payment = compute_payments([entry], policy, PERIOD)
    typed = PayrollEntry(2, x_number.lower(), "钱七", Decimal("6000.00"), withheld("6000.00"))
    assert reconcile(PERIOD, [typed], payment, [entry]).findings == ()
