"""The annual base at the agency, over HTTP: it recomputes every line's base from the declared average
wage with the client's own rule, refuses a line that differs, and on approval the roster's bases follow
from the policy's first month (revoking puts them back)."""

from __future__ import annotations

from decimal import Decimal

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.rules.annual_base import AnnualWages, declaration_lines, plan_annual_base
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number
from tests.support.annual_base import JANUARY, insure_in_january

D = Decimal
ZHANG, LI, WANG = (make_id_number(n) for n in (61, 62, 63))


def test_the_agency_approves_the_annual_base_and_the_roster_follows(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    insure_in_january(
        unit, agency_clock, [(61, "张三", "6000.00"), (62, "李四", "9000.00"), (63, "王五", "7000.00")]
    )
    policy = unit.client.policy().policy
    roster = {e.id_number: e for e in unit.client.roster()}
    wages = [AnnualWages(2, ZHANG, "张三", D("36000.00"), 12), AnnualWages(3, LI, "李四", D("360000"), 12)]
    plan = plan_annual_base(wages, roster, policy)
    annual = Declaration(DeclarationType.ANNUAL_BASE, CURRENT_PERIOD, declaration_lines(plan))

    result = unit.client.submit(annual, "annual-0001")

    assert result.approved, result.findings
    assert {(f.field, f.code) for f in result.findings} == {
        ("lines[0].average_wage", "BASE_BELOW_FLOOR"),  # 张三 (lines by name: 张 U+5F20 before 李 U+674E)
        ("lines[1].average_wage", "BASE_ABOVE_CEILING"),
    }
    after = {e.id_number: e for e in unit.client.roster()}
    assert after[ZHANG].base_on(JANUARY) == D("4800.00") and after[LI].base_on(JANUARY) == D("24000.00")
    assert after[WANG].base == D("7000.00")  # no wages in the file: untouched
    assert result.declaration_id is not None
    record = unit.client.declaration(result.declaration_id)
    assert record.summary.type is DeclarationType.ANNUAL_BASE
    assert [(x.average_wage, x.wage_base, x.effective_period) for x in record.lines] == [
        ("3000.00", "4800.00", "2026-01"),
        ("30000.00", "24000.00", "2026-01"),
    ]

    unit.client.revoke(result.declaration_id)
    back = {e.id_number: e for e in unit.client.roster()}
    assert back[ZHANG].base_on(Period(2026, 6)) == D("6000.00")


def test_a_line_whose_base_differs_from_the_rule_is_refused(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    insure_in_january(unit, agency_clock, [(61, "张三", "6000.00")])
    # The floor not applied: an average of 3,000.00 declared as a base of 3,000.00.
    line = DeclarationLine(
        id_number=ZHANG, name="张三", wage_base="3000.00", average_wage="3000.00", effective_period="2026-01"
    )
    result = unit.client.submit(
        Declaration(DeclarationType.ANNUAL_BASE, CURRENT_PERIOD, [line]), "annual-bad"
    )

    assert not result.approved
    mismatch = next(f for f in result.findings if f.code == "ANNUAL_BASE_MISMATCH")
    assert (mismatch.field, mismatch.params["expected"]) == ("lines[0].wage_base", "4800.00")
    assert unit.client.roster()[0].base == D("6000.00")
