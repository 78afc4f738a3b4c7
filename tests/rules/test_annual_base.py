"""The annual base: averages, the floor and ceiling, who gets a line, and the agency's recomputation.

The expected figures are worked out by hand from the bundled policy (illustrative-2026: floor 4,800.00,
ceiling 24,000.00, ROUND_HALF_UP to the cent, in force from 2026-01).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import Policy
from ssclient.policy.regions import Regions
from ssclient.rules import RuleContext, check_declaration
from ssclient.rules.annual_base import (
    AnnualWages,
    Cap,
    NotInsuredReason,
    average_monthly_wage,
    declaration_lines,
    lines_of_declaration,
    new_base,
    plan_annual_base,
)
from ssclient.rules.roster_changes import apply_declaration
from tests.rules.idgen import make_id

D = Decimal
A, B, C, E, F = (make_id(sequence=n) for n in (101, 102, 103, 104, 105))


def entry(number: str, name: str, base: str, status: PersonStatus = PersonStatus.ACTIVE) -> RosterEntry:
    return RosterEntry(number, name, status, D(base), Period(2025, 3))


def wages(number: str, total: str, months: int = 12, row: int = 2) -> AnnualWages:
    return AnnualWages(row, number, "某人", D(total), months)


@pytest.mark.parametrize(
    ("total", "months", "average"),
    [
        ("96000.00", 12, "8000.00"),  # a whole year
        ("50000.00", 7, "7142.86"),  # part of the year: 50,000 / 7 = 7,142.857… → 7,142.86
        ("20000.05", 2, "10000.03"),  # 10,000.025: half up (banker's rounding would give .02)
        ("0.00", 1, "0.00"),
    ],
)
def test_the_average_is_the_total_over_the_months_worked_rounded_by_the_policy(
    policy: Policy, total: str, months: int, average: str
) -> None:
    assert average_monthly_wage(D(total), months, policy) == D(average)


@pytest.mark.parametrize("months", [0, 13, -1])
def test_months_outside_one_to_twelve_are_refused(policy: Policy, months: int) -> None:
    with pytest.raises(ValueError, match="1–12"):
        average_monthly_wage(D("1000"), months, policy)


@pytest.mark.parametrize(
    ("average", "base", "cap"),
    [
        ("3000.00", "4800.00", Cap.FLOOR),  # below 60 %: held up to the floor
        ("4800.00", "4800.00", Cap.NONE),  # on the floor itself: not capped
        ("8000.00", "8000.00", Cap.NONE),
        ("24000.00", "24000.00", Cap.NONE),
        ("30000.00", "24000.00", Cap.CEILING),  # above 300 %: held down to the ceiling
    ],
)
def test_the_new_years_floor_and_ceiling_hold_the_base(
    policy: Policy, average: str, base: str, cap: Cap
) -> None:
    assert new_base(D(average), policy) == (D(base), cap)


def test_a_plan_lists_the_insured_with_wages_and_sets_the_others_apart(policy: Policy) -> None:
    roster = {
        A: entry(A, "张三", "6000.00"),
        B: entry(B, "李四", "5000.00"),
        C: entry(C, "王五", "9000.00"),
        E: entry(E, "赵六", "7000.00", PersonStatus.INTERRUPTED),
    }
    file = [
        wages(A, "36000.00", row=2),  # 3,000 a month: floor
        wages(B, "50000.00", 7, row=3),  # partial year: 7,142.86
        wages(E, "90000.00", row=4),  # interrupted: flagged
        wages(F, "99000.00", row=5),  # not on the roster: flagged
    ]

    plan = plan_annual_base(file, roster, policy)

    assert plan.effective == Period(2026, 1) and plan.policy_year == 2026
    assert [(x.name, x.old_base, x.average, x.new_base, x.cap) for x in plan.lines] == [
        ("张三", D("6000.00"), D("3000.00"), D("4800.00"), Cap.FLOOR),
        ("李四", D("5000.00"), D("7142.86"), D("7142.86"), Cap.NONE),
    ]
    # 王五 is insured but has no wages in the file: listed, not guessed.
    assert [e.name for e in plan.without_wages] == ["王五"]
    assert {(n.wages.id_number, n.reason) for n in plan.not_insured} == {
        (E, NotInsuredReason.INTERRUPTED),
        (F, NotInsuredReason.NOT_ON_ROSTER),
    }
    assert (plan.old_total, plan.new_total, plan.average_total) == (
        D("11000.00"), D("11942.86"), D("10142.86"),
    )  # fmt: skip
    assert (plan.capped(Cap.FLOOR), plan.capped(Cap.CEILING)) == (1, 0)
    assert plan.lines[0].change == D("-1200.00")


def _ctx(policy: Policy, regions: Regions, roster: dict[str, RosterEntry]) -> RuleContext:
    return RuleContext(policy, regions, date(2026, 11, 10), roster=roster, declaring=True)


def test_the_declared_lines_pass_the_rulebook_and_the_roster_takes_the_new_bases(
    policy: Policy, regions: Regions
) -> None:
    roster = {A: entry(A, "张三", "6000.00"), C: entry(C, "王五", "9000.00")}
    plan = plan_annual_base([wages(A, "36000.00"), wages(C, "360000.00")], roster, policy)
    declaration = Declaration(DeclarationType.ANNUAL_BASE, Period(2026, 11), declaration_lines(plan))

    findings = check_declaration(declaration, _ctx(policy, regions, roster))

    assert not [f for f in findings if f.is_error], findings
    # The capped wages are said, as warnings on the average wage.
    assert {(f.code, f.field) for f in findings} == {
        ("BASE_BELOW_FLOOR", "lines[0].average_wage"),
        ("BASE_ABOVE_CEILING", "lines[1].average_wage"),
    }
    changed = {e.id_number: e for e in apply_declaration(roster, declaration)}
    assert changed[A].base_on(Period(2026, 1)) == D("4800.00")
    assert changed[C].base_on(Period(2026, 1)) == D("24000.00")
    # Months before the policy year keep the old base.
    assert changed[A].base_on(Period(2025, 12)) == D("6000.00")
    # Read back for the table from the saved lines alone.
    shown = lines_of_declaration(declaration.lines, roster, policy)
    assert [(x.average, x.new_base, x.cap, x.old_base) for x in shown] == [
        (D("3000.00"), D("4800.00"), Cap.FLOOR, D("6000.00")),
        (D("30000.00"), D("24000.00"), Cap.CEILING, D("9000.00")),
    ]


@pytest.mark.parametrize(
    ("average", "declared", "effective", "codes"),
    [
        ("3000.00", "3000.00", "2026-01", {"ANNUAL_BASE_MISMATCH"}),  # the floor was not applied
        ("8000.00", "8000.01", "2026-01", {"ANNUAL_BASE_MISMATCH"}),
        ("8000.00", "8000.00", "2026-11", {"ANNUAL_BASE_EFFECTIVE"}),  # not the policy's first month
        ("", "8000.00", "2026-01", {"BASE_REQUIRED"}),
        ("八千", "8000.00", "2026-01", {"BASE_NOT_NUMBER"}),
    ],
)
def test_a_line_that_differs_from_the_rule_is_refused(
    policy: Policy, regions: Regions, average: str, declared: str, effective: str, codes: set[str]
) -> None:
    line = DeclarationLine(
        id_number=A, name="张三", wage_base=declared, average_wage=average, effective_period=effective
    )
    declaration = Declaration(DeclarationType.ANNUAL_BASE, Period(2026, 11), [line])

    findings = check_declaration(declaration, _ctx(policy, regions, {A: entry(A, "张三", "6000.00")}))

    assert {f.code for f in findings if f.is_error} == codes


def test_someone_not_insured_here_cannot_be_declared(policy: Policy, regions: Regions) -> None:
    line = DeclarationLine(
        id_number=F, name="某人", wage_base="8000.00", average_wage="8000.00", effective_period="2026-01"
    )
    declaration = Declaration(DeclarationType.ANNUAL_BASE, Period(2026, 11), [line])

    findings = check_declaration(declaration, _ctx(policy, regions, {}))

    assert [(f.code, f.field) for f in findings if f.is_error] == [
        ("ROSTER_NOT_ACTIVE", "lines[0].id_number")
    ]


def test_someone_who_joined_after_the_policys_first_month_keeps_the_base_declared_on_joining(
    policy: Policy,
) -> None:
    joined = RosterEntry(B, "李四", PersonStatus.ACTIVE, D("6500.00"), Period(2026, 5))
    plan = plan_annual_base([wages(B, "39000.00", 6)], {B: joined, A: entry(A, "张三", "6000.00")}, policy)
    assert plan.lines == () and [e.name for e in plan.joined_later] == ["李四"]
    assert [e.name for e in plan.without_wages] == ["张三"] and plan.not_insured == ()
