"""Statutory retirement age: cases from the tables annexed to the 2024 NPC Standing Committee decision
(附件1 men, 附件2 women at the original age 55, 附件3 women at the original age 50)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.retirement import RetirementCategory, default_retirement_rules
from ssclient.rules import RuleContext, check_line
from ssclient.rules.retirement import retiring_within
from tests.rules.conftest import PERIOD
from tests.rules.idgen import make_id

MALE, CADRE, WORKER = (
    RetirementCategory.MALE,
    RetirementCategory.FEMALE_CADRE,
    RetirementCategory.FEMALE_WORKER,
)
RULES = default_retirement_rules()


@pytest.mark.parametrize(
    ("category", "born", "age", "retires"),
    [
        (MALE, "1964-12", (60, 0), "2024-12"),  # born before the table: the original age
        (MALE, "1965-01", (60, 1), "2025-02"),  # the table's first row
        (MALE, "1965-05", (60, 2), "2025-07"),
        (MALE, "1976-08", (62, 11), "2039-07"),
        (MALE, "1976-09", (63, 0), "2039-09"),  # "1976年9月及以后": 63
        (MALE, "1990-03", (63, 0), "2053-03"),
        (CADRE, "1969-12", (55, 0), "2024-12"),
        (CADRE, "1970-01", (55, 1), "2025-02"),
        (CADRE, "1981-09", (58, 0), "2039-09"),  # "1981年9月及以后": 58
        (WORKER, "1974-12", (50, 0), "2024-12"),
        (WORKER, "1975-01", (50, 1), "2025-02"),
        (WORKER, "1975-03", (50, 2), "2025-05"),
        (WORKER, "1984-10", (54, 11), "2039-09"),
        (WORKER, "1984-11", (55, 0), "2039-11"),  # "1984年11月及以后": 55
    ],
)
def test_the_decisions_tables(
    category: RetirementCategory, born: str, age: tuple[int, int], retires: str
) -> None:
    assert RULES.age_text(category, Period.parse(born)) == age
    assert RULES.retirement_month(category, Period.parse(born)) == Period.parse(retires)


def test_the_schedule_names_its_source() -> None:
    assert "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定" in RULES.source
    assert "2024-09-13" in RULES.source and "2025-01-01" in RULES.source


def line(number: str, womens_category: str = "") -> DeclarationLine:
    return DeclarationLine(number, "张三", "11", "6500", "否", "否", womens_category=womens_category)


def codes(found: list[Finding]) -> list[tuple[str, str]]:
    return [(f.field, f.code) for f in found]


def test_a_man_at_retirement_age_cannot_be_added_or_renewed(ctx: RuleContext) -> None:
    # Born 1966-01: 60 years 4 months, reached in 2026-05.
    number = make_id(date(1966, 1, 15), sequence=123)
    for kind in (DeclarationType.ADD, DeclarationType.RENEWAL):
        found = [f for f in check_line(line(number), kind, PERIOD, ctx) if f.code == "RETIREMENT_AGE_REACHED"]
        assert len(found) == 1 and found[0].field == "id_number"
        assert found[0].params["years"] == "60" and found[0].params["months"] == "4"
        assert found[0].params["month"] == "2026-05"
        assert "渐进式延迟法定退休年龄" in found[0].message
    assert check_line(line(number), DeclarationType.ADD, Period(2026, 4), ctx) == []
    # Interruptions and base changes of someone already insured are not refused.
    stop = DeclarationLine(number, reason="退休")
    assert "RETIREMENT_AGE_REACHED" not in [
        f.code for f in check_line(stop, DeclarationType.INTERRUPTION, PERIOD, ctx)
    ]


def test_a_womans_category_is_asked_only_where_it_matters(ctx: RuleContext) -> None:
    # Born 1975-01 (even sequence: a woman): as a worker retired from 2025-02, as a cadre from 2030-05.
    number = make_id(date(1975, 1, 20), sequence=124)
    assert codes(check_line(line(number), DeclarationType.ADD, PERIOD, ctx)) == [
        ("womens_category", "WOMENS_CATEGORY_REQUIRED")
    ]
    assert codes(check_line(line(number, "女职工"), DeclarationType.ADD, PERIOD, ctx)) == [
        ("id_number", "RETIREMENT_AGE_REACHED")
    ]
    assert check_line(line(number, "女干部"), DeclarationType.ADD, PERIOD, ctx) == []
    assert check_line(line(number, "cadre"), DeclarationType.ADD, PERIOD, ctx) == []
    assert codes(check_line(line(number, "经理"), DeclarationType.ADD, PERIOD, ctx)) == [
        ("womens_category", "WOMENS_CATEGORY_INVALID")
    ]
    # A younger woman: no category needed.
    assert check_line(line(make_id(date(1990, 1, 20), sequence=124)), DeclarationType.ADD, PERIOD, ctx) == []


def entry(number: str, womens_category: str = "") -> RosterEntry:
    return RosterEntry(
        number, "某", PersonStatus.ACTIVE, Decimal(6000), Period(2020, 1), womens_category=womens_category
    )


def test_the_roster_people_reaching_retirement_within_twelve_months() -> None:
    soon_man = make_id(date(1966, 9, 1), sequence=123)  # 60y6m: 2027-03
    late_man = make_id(date(1967, 1, 1), sequence=125)  # 60y7m: 2027-08
    far_man = make_id(date(1980, 1, 1), sequence=127)  # 63: 2043-01
    woman = make_id(date(1976, 1, 1), sequence=124)  # worker 50y7m: 2026-08 (passed); cadre 55y4m+: later
    cadre = make_id(date(1971, 9, 1), sequence=126)  # cadre: 55 + (20//4+1)=6 → 2027-03
    roster = [entry(far_man), entry(late_man), entry(soon_man), entry(woman), entry(cadre, "cadre")]
    found = retiring_within(roster, PERIOD, RULES)
    assert [(x.entry.id_number, str(x.month), x.years, x.months, x.category_known) for x in found] == [
        (soon_man, "2027-03", 60, 6, True),
        (cadre, "2027-03", 55, 6, True),
        (late_man, "2027-08", 60, 7, True),
    ]
    # Without her category, a woman is taken at the worker's (earlier) age, and the answer says so.
    (unsure,) = retiring_within([entry(make_id(date(1976, 6, 1), sequence=124))], PERIOD, RULES)
    assert (str(unsure.month), unsure.years, unsure.months, unsure.category_known) == (
        "2027-03",
        50,
        9,
        False,
    )
