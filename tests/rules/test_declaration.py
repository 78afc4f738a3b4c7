"""Rules on whole lines and declarations: per business type, duplicates, roster, window, back pay."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Unpack

import pytest

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType, PersonStatus, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.rules import RuleContext, check_declaration, check_duplicates, check_line, check_window
from tests.rules.conftest import PERIOD
from tests.rules.idgen import make_id
from tests.support.line_fields import LineFields

PERSON = make_id(date(1990, 3, 7))
OTHER = make_id(date(1985, 6, 1), sequence=456)


def line(**changes: Unpack[LineFields]) -> DeclarationLine:
    base = DeclarationLine(PERSON, "张三", "11", "6500.00", "否", "否")
    return replace(base, **changes)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def entry(status: PersonStatus, interrupted_from: Period | None = None, name: str = "张三") -> RosterEntry:
    return RosterEntry(
        PERSON, name, status, Decimal("6500.00"), Period(2025, 1), interrupted_from=interrupted_from
    )


def test_a_complete_add_line_passes(ctx: RuleContext) -> None:
    assert check_line(line(), DeclarationType.ADD, PERIOD, ctx) == []


def test_an_add_line_with_migrant_insurance_needs_the_region(ctx: RuleContext) -> None:
    insured = line(hukou_type="22", migrant_worker="是", migrant_insurance="是")
    assert codes(check_line(insured, DeclarationType.ADD, PERIOD, ctx)) == ["REGION_REQUIRED"]
    placed = replace(insured, province="北京市", city="市辖区", county="东城区")
    assert check_line(placed, DeclarationType.ADD, PERIOD, ctx) == []


def test_a_local_urban_migrant_worker_is_a_contradiction(ctx: RuleContext) -> None:
    contradiction = line(hukou_type="本地城镇", migrant_worker="是", migrant_insurance="否")
    found = check_line(contradiction, DeclarationType.ADD, PERIOD, ctx)
    assert [(f.field, f.code, f.severity) for f in found] == [
        ("migrant_worker", "HUKOU_MIGRANT_CONTRADICTION", Severity.ERROR)
    ]
    for fitting in ("12", "21", "22", "30", "居民户口"):
        assert check_line(replace(contradiction, hukou_type=fitting), DeclarationType.ADD, PERIOD, ctx) == []


def test_every_wrong_field_is_reported_with_its_field(ctx: RuleContext) -> None:
    bad = DeclarationLine("123", "张3", "99", "abc", "maybe", "")
    found = {(f.field, f.code) for f in check_line(bad, DeclarationType.ADD, PERIOD, ctx)}
    assert found == {("id_number", "ID_LENGTH"), ("name", "NAME_DIGITS"), ("hukou_type", "HUKOU_UNKNOWN"),
                     ("wage_base", "BASE_NOT_NUMBER"), ("migrant_worker", "YESNO_INVALID"),
                     ("migrant_insurance", "YESNO_REQUIRED")}  # fmt: skip


def test_too_young_in_the_period(ctx: RuleContext) -> None:
    young = line(id_number=make_id(date(2011, 1, 1)))
    assert codes(check_line(young, DeclarationType.ADD, PERIOD, ctx)) == ["PERSON_TOO_YOUNG"]


def test_interruption_needs_a_reason_not_a_wage(ctx: RuleContext) -> None:
    stop = DeclarationLine(PERSON, reason="")
    assert codes(check_line(stop, DeclarationType.INTERRUPTION, PERIOD, ctx)) == ["REASON_REQUIRED"]
    assert check_line(replace(stop, reason="离职"), DeclarationType.INTERRUPTION, PERIOD, ctx) == []


def test_base_change_effective_period(ctx: RuleContext) -> None:
    change = DeclarationLine(PERSON, wage_base="7000")
    assert (
        check_line(replace(change, effective_period="2026-11"), DeclarationType.BASE_CHANGE, PERIOD, ctx)
        == []
    )
    assert codes(check_line(replace(change, effective_period="11/2026"), DeclarationType.BASE_CHANGE, PERIOD,
                            ctx)) == ["EFFECTIVE_PERIOD_INVALID"]  # fmt: skip
    assert codes(check_line(replace(change, effective_period="2020-01"), DeclarationType.BASE_CHANGE, PERIOD,
                            ctx)) == ["EFFECTIVE_PERIOD_TOO_EARLY"]  # fmt: skip
    assert codes(check_line(replace(change, effective_period="2030-01"), DeclarationType.BASE_CHANGE, PERIOD,
                            ctx)) == ["EFFECTIVE_PERIOD_TOO_LATE"]  # fmt: skip


def test_a_base_change_effective_before_the_person_joined_is_an_error(ctx: RuleContext) -> None:
    # Joined in 2026-11 (an add of this period); a new base from 2026-10 reaches before that.
    joined = RosterEntry(PERSON, "张三", PersonStatus.ACTIVE, Decimal("6500.00"), PERIOD)
    with_roster = replace(ctx, roster={PERSON: joined})
    change = DeclarationLine(PERSON, wage_base="7000", effective_period="2026-10")
    found = check_line(change, DeclarationType.BASE_CHANGE, PERIOD, with_roster)
    assert [(f.field, f.code, f.params) for f in found] == [
        ("effective_period", "EFFECTIVE_PERIOD_BEFORE_JOINING", {"value": "2026-10", "since": "2026-11"})
    ]
    assert (
        check_line(replace(change, effective_period=""), DeclarationType.BASE_CHANGE, PERIOD, with_roster)
        == []
    )


def test_duplicates_are_an_error_on_every_line_of_the_person() -> None:
    findings = check_duplicates([PERSON, OTHER, PERSON.lower(), f" {PERSON} "])
    assert [(f.field, f.code, f.severity) for f in findings] == [
        ("lines[0].id_number", "DUPLICATE_PERSON", Severity.ERROR),
        ("lines[2].id_number", "DUPLICATE_PERSON", Severity.ERROR),
        ("lines[3].id_number", "DUPLICATE_PERSON", Severity.ERROR),
    ]
    assert findings[0].params["lines"] == "1, 3, 4"


def test_duplicates_name_the_rows_given_and_keep_line_order() -> None:
    numbers = [make_id(sequence=n) for n in range(12)]
    ids = [*numbers, numbers[10], numbers[2]]
    findings = check_duplicates(ids, shown_as=[n + 2 for n in range(len(ids))])
    assert [f.field for f in findings] == ["lines[2].id_number", "lines[10].id_number", "lines[12].id_number",
                                           "lines[13].id_number"]  # fmt: skip
    assert findings[1].params["lines"] == "12, 14"


def test_empty_id_numbers_are_not_duplicates() -> None:
    assert check_duplicates(["", " ", ""]) == []


def test_roster_add_needs_a_person_not_active(ctx: RuleContext) -> None:
    active = replace(ctx, roster={PERSON: entry(PersonStatus.ACTIVE)})
    assert codes(check_line(line(), DeclarationType.ADD, PERIOD, active)) == ["ROSTER_ALREADY_ACTIVE"]
    assert check_line(line(), DeclarationType.ADD, PERIOD, replace(ctx, roster={})) == []


def test_an_add_of_someone_interrupted_here_points_to_renewal(ctx: RuleContext) -> None:
    """Coming back to the unit is a renewal (which keeps the record and offers back pay): said as a warning,
    as the agency takes the add."""
    interrupted = replace(ctx, roster={PERSON: entry(PersonStatus.INTERRUPTED, Period(2026, 9))})
    [returning] = check_line(line(), DeclarationType.ADD, PERIOD, interrupted)
    assert (returning.code, returning.severity, returning.field) == (
        "ROSTER_RETURNING",
        Severity.WARNING,
        "id_number",
    )
    assert "interrupted from 2026-09" in returning.message


def test_roster_renewal_needs_an_interrupted_person(ctx: RuleContext) -> None:
    interrupted = replace(ctx, roster={PERSON: entry(PersonStatus.INTERRUPTED, Period(2026, 9))})
    assert check_line(line(), DeclarationType.RENEWAL, PERIOD, interrupted) == []
    active = replace(ctx, roster={PERSON: entry(PersonStatus.ACTIVE)})
    assert codes(check_line(line(), DeclarationType.RENEWAL, PERIOD, active)) == ["ROSTER_NOT_INTERRUPTED"]
    assert codes(check_line(line(), DeclarationType.RENEWAL, PERIOD, replace(ctx, roster={}))) == [
        "ROSTER_NOT_INTERRUPTED"
    ]


def test_roster_interruption_needs_an_active_person(ctx: RuleContext) -> None:
    stop = DeclarationLine(PERSON, reason="离职")
    active = replace(ctx, roster={PERSON: entry(PersonStatus.ACTIVE)})
    assert check_line(stop, DeclarationType.INTERRUPTION, PERIOD, active) == []
    interrupted = replace(ctx, roster={PERSON: entry(PersonStatus.INTERRUPTED)})
    assert codes(check_line(stop, DeclarationType.INTERRUPTION, PERIOD, interrupted)) == ["ROSTER_NOT_ACTIVE"]


def test_roster_name_mismatch_is_a_warning(ctx: RuleContext) -> None:
    active = replace(ctx, roster={PERSON: entry(PersonStatus.ACTIVE, name="李四")})
    stop = DeclarationLine(PERSON, name="张三", reason="离职")
    found = check_line(stop, DeclarationType.INTERRUPTION, PERIOD, active)
    assert [(f.code, f.severity, f.params["expected"]) for f in found] == [
        ("NAME_ROSTER_MISMATCH", Severity.WARNING, "李四")
    ]


def test_roster_rules_skip_when_the_roster_is_unknown(ctx: RuleContext) -> None:
    assert ctx.roster is None
    assert check_line(DeclarationLine(PERSON, reason="离职"), DeclarationType.INTERRUPTION, PERIOD, ctx) == []


@pytest.mark.parametrize(("insurance", "months", "ok"), [
    (InsuranceType.PENSION, 0, True), (InsuranceType.PENSION, 1, True), (InsuranceType.PENSION, 2, False),
    (InsuranceType.UNEMPLOYMENT, 1, True), (InsuranceType.UNEMPLOYMENT, 2, False),
    (InsuranceType.MEDICAL, 1, True), (InsuranceType.MEDICAL, 3, True), (InsuranceType.MEDICAL, 4, False),
])  # fmt: skip
def test_backpay_limits(insurance: InsuranceType, months: int, ok: bool, ctx: RuleContext) -> None:
    renewal = replace(line(), backpay={insurance: months})
    found = check_line(renewal, DeclarationType.RENEWAL, PERIOD, ctx)
    assert codes(found) == ([] if ok else ["BACKPAY_INVALID"])
    if not ok:
        assert found[0].field == f"backpay.{insurance.value}"
        assert found[0].params["value"] == str(months)


def test_backpay_cannot_reach_before_the_interruption(ctx: RuleContext) -> None:
    recent = replace(ctx, roster={PERSON: entry(PersonStatus.INTERRUPTED, interrupted_from=Period(2026, 10))})
    renewal = replace(line(), backpay={InsuranceType.MEDICAL: 3})
    assert codes(check_line(renewal, DeclarationType.RENEWAL, PERIOD, recent)) == [
        "BACKPAY_BEFORE_INTERRUPTION"
    ]
    one_month = replace(line(), backpay={InsuranceType.MEDICAL: 1})
    assert check_line(one_month, DeclarationType.RENEWAL, PERIOD, recent) == []


def window_codes(ctx: RuleContext, day: date, period: Period) -> list[str]:
    return codes(check_window(period, replace(ctx, today=day)))


def test_window_open_on_day_23_closed_on_day_24(ctx: RuleContext) -> None:
    assert window_codes(ctx, date(2026, 11, 23), PERIOD) == []
    assert window_codes(ctx, date(2026, 11, 1), PERIOD) == []
    closed = check_window(PERIOD, replace(ctx, today=date(2026, 11, 24)))
    assert codes(closed) == ["WINDOW_CLOSED"]
    assert closed[0].params == {"first": "1", "last": "23", "day": "24"}


def test_window_wants_the_current_period(ctx: RuleContext) -> None:
    assert window_codes(ctx, date(2026, 11, 5), Period(2026, 10)) == ["PERIOD_NOT_CURRENT"]


def test_drafting_is_allowed_outside_the_window_declaring_is_not(ctx: RuleContext) -> None:
    declaration = Declaration(DeclarationType.ADD, PERIOD, [line()])
    late = replace(ctx, today=date(2026, 11, 24))
    assert check_declaration(declaration, late) == []
    assert codes(check_declaration(declaration, replace(late, declaring=True))) == ["WINDOW_CLOSED"]


def test_check_declaration_places_findings_on_lines(ctx: RuleContext) -> None:
    declaration = Declaration(DeclarationType.ADD, PERIOD, [line(), line(name=""), line(id_number=OTHER)])
    found = [(f.field, f.code) for f in check_declaration(declaration, ctx)]
    assert found == [("lines[1].name", "NAME_REQUIRED"), ("lines[0].id_number", "DUPLICATE_PERSON"),
                     ("lines[1].id_number", "DUPLICATE_PERSON")]  # fmt: skip


def test_an_empty_declaration_is_an_error(ctx: RuleContext) -> None:
    assert codes(check_declaration(Declaration(DeclarationType.ADD, PERIOD), ctx)) == ["DECLARATION_EMPTY"]


def test_backpay_message_names_the_allowed_months_without_words(ctx: RuleContext) -> None:
    medical = check_line(
        replace(line(), backpay={InsuranceType.MEDICAL: 4}), DeclarationType.RENEWAL, PERIOD, ctx
    )
    assert medical[0].params["allowed"] == "0/1–3"
    pension = check_line(
        replace(line(), backpay={InsuranceType.PENSION: 2}), DeclarationType.RENEWAL, PERIOD, ctx
    )
    assert pension[0].message == "Back payment for pension can be 0/1 months, not 2."
    injury = check_line(
        replace(line(), backpay={InsuranceType.WORK_INJURY: 1}), DeclarationType.RENEWAL, PERIOD, ctx
    )
    assert injury[0].params["allowed"] == "0"


def test_a_new_hire_whose_first_month_passed_is_added_with_back_pay_within_the_limit(
    ctx: RuleContext,
) -> None:
    hired_last_month = line(backpay={InsuranceType.PENSION: 1, InsuranceType.MEDICAL: 1})
    assert check_line(hired_last_month, DeclarationType.ADD, PERIOD, ctx) == []
    too_far = line(backpay={InsuranceType.PENSION: 2})
    found = check_line(too_far, DeclarationType.ADD, PERIOD, ctx)
    assert [(f.field, f.code) for f in found] == [("backpay.pension", "BACKPAY_INVALID")]
