"""Payment declaration amounts against hand-computed examples, and the comparison the agency makes.

Policy figures used (resources/policy/illustrative-2026.toml): pension 16 % / 8 %, medical 8 % / 2 %,
unemployment 0.5 % / 0.5 %, work injury by industry class (class 1: 0.2 %, class 3: 0.7 %, class 8: 1.9 %),
floor 4800.00, ceiling 24000.00, rounding to the cent half up.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

import pytest

from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.loader import default_policy
from ssclient.policy.model import Policy
from ssclient.policy.regions import default_regions
from ssclient.rules.context import RuleContext
from ssclient.rules.messages import render
from ssclient.rules.payment import (
    BackPayRequest,
    backpay_requests,
    check_payment,
    check_payment_declaration,
    compute_payments,
    insured_in,
    roster_backpay,
)
from ssclient.rules.payment_totals import (
    ShareTotals,
    grand_total,
    payment_totals,
    totals_by_insurance,
    totals_by_share,
)
from ssclient.rules.roster_changes import apply_declaration

P = InsuranceType.PENSION
M = InsuranceType.MEDICAL
U = InsuranceType.UNEMPLOYMENT
W = InsuranceType.WORK_INJURY
NOV = Period(2026, 11)
JAN = Period(2026, 1)
ZHANG = "11010519491231002X"
LI = "110105198001010016"
WANG = "440301199003070014"


def person(
    id_number: str = ZHANG,
    base: str = "6000.00",
    *,
    name: str = "张三",
    since: Period = JAN,
    status: PersonStatus = PersonStatus.ACTIVE,
    interrupted_from: Period | None = None,
    insurances: tuple[InsuranceType, ...] = (P, M, U, W),
    history: tuple[tuple[Period, Decimal], ...] = (),
) -> RosterEntry:
    return RosterEntry(
        id_number=id_number,
        name=name,
        status=status,
        base=Decimal(base),
        since=since,
        insurances=insurances,
        interrupted_from=interrupted_from,
        base_history=history,
    )


def amounts(lines: list[PaymentLine]) -> list[tuple[InsuranceType, str | None, str, str, str]]:
    """Lines as (insurance, month paid for, base, employer, employee) for easy comparison."""
    return [
        (
            line.insurance,
            None if line.for_period is None else str(line.for_period),
            str(line.base),
            str(line.employer_amount),
            str(line.employee_amount),
        )
        for line in lines
    ]


@pytest.fixture
def policy() -> Policy:
    return default_policy()


# --- amounts ---------------------------------------------------------------------------------------------


def test_one_person_all_insurances(policy: Policy) -> None:
    lines = compute_payments([person()], policy, NOV)
    assert amounts(lines) == [
        (P, None, "6000.00", "960.00", "480.00"),
        (M, None, "6000.00", "480.00", "120.00"),
        (U, None, "6000.00", "30.00", "30.00"),
        (W, None, "6000.00", "12.00", "0.00"),
    ]
    assert all(x.period == NOV and x.name == "张三" and x.id_number == ZHANG for x in lines)


def test_half_cent_rounds_half_up_at_the_end_of_each_line(policy: Policy) -> None:
    # 4801.00 × 0.5 % = 24.005 → 24.01 (half up); 4801.00 × 0.2 % = 9.602 → 9.60.
    lines = compute_payments([person(base="4801.00"), person(LI, "4801.00", name="李四")], policy, NOV)
    unemployment = [x for x in lines if x.insurance is U]
    assert [(str(x.employer_amount), str(x.employee_amount)) for x in unemployment] == [
        ("24.01", "24.01")
    ] * 2
    injury = next(x for x in lines if x.insurance is W)
    assert injury.employer_amount == Decimal("9.60")
    # Rounded per line, then summed: 2 × 24.01 = 48.02, not round(2 × 24.005) = 48.01.
    assert totals_by_insurance(lines)[U] == ShareTotals(Decimal("48.02"), Decimal("48.02"))


def test_rounding_follows_the_policy_mode_and_quantum(policy: Policy) -> None:
    half_even = dataclasses.replace(policy, rounding_mode=ROUND_HALF_EVEN)
    lines = compute_payments([person(base="4801.00")], half_even, NOV)
    # 24.005 → 24.00 under banker's rounding; 4801.00 × 8 % = 384.08 is exact either way.
    assert next(x for x in lines if x.insurance is U).employer_amount == Decimal("24.00")
    assert next(x for x in lines if x.insurance is P).employer_amount == Decimal("768.16")

    whole_yuan = dataclasses.replace(policy, rounding_quantum=Decimal("1"))
    lines = compute_payments([person(base="4801.00")], whole_yuan, NOV)
    # 768.16 → 768; 384.08 → 384; 24.005 → 24.
    assert [(str(x.employer_amount), str(x.employee_amount)) for x in lines[:3]] == [
        ("768", "384"),
        ("384", "96"),
        ("24", "24"),
    ]


def test_work_injury_rate_follows_the_industry_class(policy: Policy) -> None:
    def injury(industry_class: int, base: str) -> Decimal:
        lines = compute_payments([person(base=base)], policy, NOV, industry_class=industry_class)
        line = next(x for x in lines if x.insurance is W)
        assert line.employee_amount == Decimal("0.00")
        return line.employer_amount

    assert injury(1, "6000.00") == Decimal("12.00")  # 0.2 %
    assert injury(3, "6000.00") == Decimal("42.00")  # 0.7 %
    assert injury(8, "6000.00") == Decimal("114.00")  # 1.9 %
    assert injury(2, "4801.00") == Decimal("19.20")  # 0.4 % of 4801.00 = 19.204
    assert injury(6, "4850.50") == Decimal("63.06")  # 1.3 % of 4850.50 = 63.0565


@pytest.mark.parametrize("industry_class", [0, 9, -1])
def test_an_industry_class_outside_1_to_8_is_refused_not_taken_as_class_1(
    industry_class: int, policy: Policy
) -> None:
    with pytest.raises(ValueError, match="industry class"):
        compute_payments([person()], policy, NOV, industry_class=industry_class)
    ctx = RuleContext(policy, default_regions(), date(2026, 11, 10), roster={ZHANG: person()})
    declaration = Declaration(
        DeclarationType.PAYMENT, NOV, payments=compute_payments([person()], policy, NOV)
    )
    found = check_payment_declaration(declaration, ctx, industry_class=industry_class)
    assert [(f.code, f.field, f.params) for f in found] == [
        ("INDUSTRY_CLASS_INVALID", "industry_class", {"value": str(industry_class)})
    ]


def test_base_is_held_inside_floor_and_ceiling(policy: Policy) -> None:
    low, high = (
        compute_payments([person(LI, "3000.00")], policy, NOV)[0],
        compute_payments([person(WANG, "30000.00")], policy, NOV)[0],
    )
    assert (low.base, low.employer_amount) == (Decimal("4800.00"), Decimal("768.00"))
    assert (high.base, high.employer_amount) == (Decimal("24000.00"), Decimal("3840.00"))


def test_only_the_insurances_the_person_has(policy: Policy) -> None:
    lines = compute_payments([person(insurances=(P, W))], policy, NOV)
    assert [x.insurance for x in lines] == [P, W]


# --- who is insured in the period --------------------------------------------------------------------------


def test_interrupted_and_not_yet_insured_persons_are_excluded(policy: Policy) -> None:
    roster = [
        person(ZHANG),
        person(LI, status=PersonStatus.INTERRUPTED, interrupted_from=NOV),
        person(WANG, since=Period(2026, 12)),
    ]
    lines = compute_payments(roster, policy, NOV)
    assert {x.id_number for x in lines} == {ZHANG}


def test_interrupted_person_still_owes_the_months_before_the_interruption(policy: Policy) -> None:
    leaving = person(LI, status=PersonStatus.INTERRUPTED, interrupted_from=Period(2026, 12))
    assert insured_in(leaving, NOV)
    assert not insured_in(leaving, Period(2026, 12))
    assert len(compute_payments([leaving], policy, NOV)) == 4
    # Interrupted with no month recorded: nothing is owed.
    assert not insured_in(person(status=PersonStatus.INTERRUPTED), NOV)


# --- back payment --------------------------------------------------------------------------------------------


def test_renewal_back_payment_adds_lines_for_earlier_months(policy: Policy) -> None:
    renewed = person(LI, "5000.00", name="李四", since=NOV)
    asked = [BackPayRequest(LI, P, 1), BackPayRequest(LI, M, 3), BackPayRequest(LI, W, 0)]
    lines = compute_payments([renewed], policy, NOV, backpay=asked)
    assert amounts(lines) == [
        (P, None, "5000.00", "800.00", "400.00"),
        (M, None, "5000.00", "400.00", "100.00"),
        (U, None, "5000.00", "25.00", "25.00"),
        (W, None, "5000.00", "10.00", "0.00"),
        (P, "2026-10", "5000.00", "800.00", "400.00"),
        (M, "2026-08", "5000.00", "400.00", "100.00"),
        (M, "2026-09", "5000.00", "400.00", "100.00"),
        (M, "2026-10", "5000.00", "400.00", "100.00"),
    ]
    assert all(x.period == NOV for x in lines)
    # 1200 + 500 + 50 + 10 this month, 1200 + 3 × 500 back: 4460.00.
    assert grand_total(lines) == Decimal("4460.00")


def test_back_payment_ignores_people_not_insured_and_insurances_they_lack(policy: Policy) -> None:
    roster = [
        person(ZHANG, insurances=(P, M, W)),
        person(LI, status=PersonStatus.INTERRUPTED, interrupted_from=NOV),
    ]
    asked = [BackPayRequest(ZHANG, U, 1), BackPayRequest(LI, P, 1), BackPayRequest(WANG, P, 1)]
    lines = compute_payments(roster, policy, NOV, backpay=asked)
    assert [x.for_period for x in lines] == [None, None, None]


def test_back_payment_request_matches_a_lower_case_check_character(policy: Policy) -> None:
    lines = compute_payments(
        [person(ZHANG, since=NOV)], policy, NOV, backpay=[BackPayRequest(ZHANG.lower(), P, 1)]
    )
    assert [str(x.for_period) for x in lines if x.for_period] == ["2026-10"]


def test_back_payment_requests_come_from_renewals_and_adds_of_earlier_hires() -> None:
    renewal = Declaration(
        DeclarationType.RENEWAL,
        NOV,
        lines=[DeclarationLine(id_number=LI.lower(), backpay={P: 1, M: 2, U: 0})],
        status=DeclarationStatus.APPROVED,
    )
    hired = Declaration(DeclarationType.ADD, NOV, lines=[DeclarationLine(id_number=WANG, backpay={P: 1})])
    other = Declaration(
        DeclarationType.BASE_CHANGE, NOV, lines=[DeclarationLine(id_number=ZHANG, backpay={P: 1})]
    )
    assert backpay_requests([renewal, hired, other]) == [
        BackPayRequest(LI, P, 1),
        BackPayRequest(LI, M, 2),
        BackPayRequest(WANG, P, 1),
    ]


def test_the_roster_remembers_the_back_payment_of_each_persons_last_add_or_renewal() -> None:
    """What the agency's review reads (its roster), the client reads from its own: the same requests as the
    period's approved documents give, and none in a later month."""
    roster = {LI: person(LI, status=PersonStatus.INTERRUPTED, interrupted_from=Period(2026, 6))}
    back = {M: 2, P: 1, U: 0}
    renewal = Declaration(
        DeclarationType.RENEWAL, NOV, [DeclarationLine(LI, "李四", wage_base="6000.00", backpay=back)]
    )
    hired = Declaration(
        DeclarationType.ADD, NOV, [DeclarationLine(WANG, "王五", wage_base="6000.00", backpay={P: 1})]
    )
    for declaration in (renewal, hired):
        roster.update({entry.id_number: entry for entry in apply_declaration(roster, declaration)})

    assert sorted(roster_backpay(roster.values(), NOV), key=str) == sorted(
        backpay_requests([renewal, hired]), key=str
    )
    assert roster_backpay(roster.values(), Period(2026, 12)) == []


# --- base changes within the months computed --------------------------------------------------------------------


def test_base_on_uses_the_change_in_force_in_each_month() -> None:
    entry = person(base="7000.00", history=((Period(2026, 1), Decimal("5000.00")), (NOV, Decimal("7000.00"))))
    assert entry.base_on(Period(2025, 12)) == Decimal("5000.00")  # before anything recorded: earliest
    assert entry.base_on(Period(2026, 10)) == Decimal("5000.00")
    assert entry.base_on(NOV) == Decimal("7000.00")
    assert entry.base_on(Period(2027, 5)) == Decimal("7000.00")
    assert person(base="6000.00").base_on(Period(2020, 1)) == Decimal("6000.00")


def test_with_base_change_keeps_history_in_order() -> None:
    entry = person(base="5000.00", since=Period(2026, 1))
    later = entry.with_base_change(Period(2026, 12), Decimal("8000.00"))
    assert later.base == Decimal("8000.00")
    assert later.base_history == (
        (Period(2026, 1), Decimal("5000.00")),
        (Period(2026, 12), Decimal("8000.00")),
    )
    # A change dated before the later one slots in between and does not replace the current base.
    middle = later.with_base_change(NOV, Decimal("6000.00"))
    assert middle.base == Decimal("8000.00")
    assert [middle.base_on(Period(2026, m)) for m in (10, 11, 12)] == [
        Decimal("5000.00"),
        Decimal("6000.00"),
        Decimal("8000.00"),
    ]
    # The same month again replaces that month's base.
    assert middle.with_base_change(NOV, Decimal("6500.00")).base_on(NOV) == Decimal("6500.00")


def test_a_base_change_from_next_month_leaves_this_month_on_the_old_base(policy: Policy) -> None:
    entry = person(base="5000.00").with_base_change(Period(2026, 12), Decimal("9000.00"))
    assert entry.base == Decimal("9000.00")
    november = compute_payments([entry], policy, NOV)
    december = compute_payments([entry], policy, Period(2026, 12))
    assert (november[0].base, november[0].employer_amount) == (Decimal("5000.00"), Decimal("800.00"))
    assert (december[0].base, december[0].employer_amount) == (Decimal("9000.00"), Decimal("1440.00"))


def test_back_payment_across_a_base_change_uses_each_months_base(policy: Policy) -> None:
    # Insured since January at 5000.00; 6000.00 from October; 7000.00 from November. Medical back pay of
    # 3 months from November reaches August and September (5000.00) and October (6000.00).
    entry = (
        person(base="5000.00", insurances=(M,))
        .with_base_change(Period(2026, 10), Decimal("6000.00"))
        .with_base_change(NOV, Decimal("7000.00"))
    )
    lines = compute_payments([entry], policy, NOV, backpay=[BackPayRequest(ZHANG, M, 3)])
    assert amounts(lines) == [
        (M, None, "7000.00", "560.00", "140.00"),
        (M, "2026-08", "5000.00", "400.00", "100.00"),
        (M, "2026-09", "5000.00", "400.00", "100.00"),
        (M, "2026-10", "6000.00", "480.00", "120.00"),
    ]


def test_renewal_gap_is_paid_on_the_base_the_renewal_declares(policy: Policy) -> None:
    # Insured 2025 at 5000.00, interrupted, renewed in November at 7000.00 with one month back.
    history = ((Period(2025, 3), Decimal("5000.00")), (NOV, Decimal("7000.00")))
    renewed = person(base="7000.00", since=NOV, insurances=(P,), history=history)
    lines = compute_payments([renewed], policy, NOV, backpay=[BackPayRequest(ZHANG, P, 1)])
    assert amounts(lines) == [
        (P, None, "7000.00", "1120.00", "560.00"),
        (P, "2026-10", "7000.00", "1120.00", "560.00"),
    ]


# --- totals ----------------------------------------------------------------------------------------------------


def test_totals_per_insurance_per_share_and_grand_total(policy: Policy) -> None:
    roster = [person(ZHANG, "6000.00"), person(LI, "4801.00", insurances=(P, W))]
    lines = compute_payments(roster, policy, NOV, industry_class=3)
    by_type = totals_by_insurance(lines)
    assert list(by_type) == [P, M, U, W]
    # Pension: 960.00 + 768.16 employer, 480.00 + 384.08 employee.
    assert by_type[P] == ShareTotals(Decimal("1728.16"), Decimal("864.08"))
    assert by_type[M] == ShareTotals(Decimal("480.00"), Decimal("120.00"))
    assert by_type[U] == ShareTotals(Decimal("30.00"), Decimal("30.00"))
    # Work injury at 0.7 %: 42.00 + 33.607 → 33.61.
    assert by_type[W] == ShareTotals(Decimal("75.61"), Decimal("0.00"))
    shares = totals_by_share(lines)
    assert shares == ShareTotals(Decimal("2313.77"), Decimal("1014.08"))
    assert grand_total(lines) == shares.total == Decimal("3327.85")
    assert grand_total([]) == Decimal("0.00")
    # What the payment form shows, in one pass: the same sums, and the people the lines are for.
    totals = payment_totals(lines)
    assert (totals.by_insurance, totals.overall, totals.people) == (by_type, shares, 2)
    assert payment_totals([]).people == 0


# --- checking a declared payment --------------------------------------------------------------------------------


@pytest.fixture
def expected(policy: Policy) -> list[PaymentLine]:
    return compute_payments([person(ZHANG), person(LI, "5000.00", name="李四")], policy, NOV)


def copied(lines: list[PaymentLine]) -> list[PaymentLine]:
    return [dataclasses.replace(line) for line in lines]


def test_declared_as_computed_passes_in_any_order(expected: list[PaymentLine]) -> None:
    declared = list(reversed(copied(expected)))
    declared[0] = dataclasses.replace(declared[0], id_number=declared[0].id_number.lower())
    assert check_payment(declared, expected) == []


def test_a_wrong_amount_names_the_line_share_and_amounts(expected: list[PaymentLine]) -> None:
    declared = copied(expected)
    declared[5] = dataclasses.replace(declared[5], employee_amount=Decimal("100.01"))  # Li, medical
    findings = check_payment(declared, expected)
    assert [(f.code, f.field) for f in findings] == [("PAYMENT_MISMATCH", "payments[5].employee_amount")]
    assert findings[0].params["expected"] == "100.00"
    assert findings[0].params["value"] == "100.01"
    assert findings[0].message == "The employee amount for medical in 2026-11 should be 100.00, not 100.01."
    assert render(None, findings[0]) == findings[0].message


def test_a_wrong_base_is_named(expected: list[PaymentLine]) -> None:
    declared = copied(expected)
    declared[0] = dataclasses.replace(declared[0], base=Decimal("6100.00"))
    findings = check_payment(declared, expected)
    assert [(f.code, f.field, f.params["expected"]) for f in findings] == [
        ("PAYMENT_BASE_MISMATCH", "payments[0].base", "6000.00")
    ]


def test_a_missing_line_is_placed_beside_the_persons_other_lines(expected: list[PaymentLine]) -> None:
    declared = copied(expected)
    del declared[6]  # Li's unemployment
    findings = check_payment(declared, expected)
    assert [(f.code, f.field) for f in findings] == [("PAYMENT_MISSING", "payments[4].id_number")]
    assert findings[0].message == (
        "The payment declaration lacks unemployment for 李四 (110105198001010016) in 2026-11: 50.00 is due."
    )


def test_a_person_left_out_entirely_is_named_on_the_declaration(expected: list[PaymentLine]) -> None:
    findings = check_payment(copied(expected[:4]), expected)
    assert [(f.code, f.field, f.params["id_number"]) for f in findings] == [
        ("PAYMENT_MISSING", "payments", LI)
    ] * 4


def test_unexpected_and_duplicate_lines(policy: Policy, expected: list[PaymentLine]) -> None:
    stranger = compute_payments([person(WANG)], policy, NOV)[0]
    back = dataclasses.replace(expected[0], for_period=Period(2026, 10))
    declared = [*copied(expected), stranger, back, dataclasses.replace(expected[1])]
    findings = check_payment(declared, expected)
    assert [(f.code, f.field) for f in findings] == [
        ("PAYMENT_UNEXPECTED", "payments[8].insurance"),
        ("PAYMENT_UNEXPECTED", "payments[9].insurance"),
        ("PAYMENT_DUPLICATE", "payments[10].insurance"),
    ]
    assert findings[1].message == "This person owes no pension contribution for 2026-10."
    assert findings[2].params["line"] == "2"


@pytest.mark.parametrize("bad", [Decimal("-1.00"), Decimal("NaN"), Decimal("Infinity")])
def test_an_amount_that_is_not_one_is_invalid(expected: list[PaymentLine], bad: Decimal) -> None:
    declared = copied(expected)
    declared[2] = dataclasses.replace(declared[2], employer_amount=bad)
    findings = check_payment(declared, expected)
    assert [(f.code, f.field, f.params["value"]) for f in findings] == [
        ("AMOUNT_INVALID", "payments[2].employer_amount", str(bad))
    ]


def test_an_amount_with_more_decimals_is_shown_as_declared(expected: list[PaymentLine]) -> None:
    declared = copied(expected)
    declared[0] = dataclasses.replace(declared[0], employer_amount=Decimal("960.004"))
    findings = check_payment(declared, expected)
    assert [(f.code, f.params["expected"], f.params["value"]) for f in findings] == [
        ("PAYMENT_MISMATCH", "960.00", "960.004")
    ]


# --- the client's Check of a whole payment declaration ------------------------------------------------------


def rule_context(
    policy: Policy, day: int, roster: list[RosterEntry] | None, declaring: bool = True
) -> RuleContext:
    by_id = None if roster is None else {entry.id_number: entry for entry in roster}
    return RuleContext(policy, default_regions(), date(2026, 11, day), roster=by_id, declaring=declaring)


def test_check_payment_declaration_compares_with_the_roster(policy: Policy) -> None:
    roster = [person(ZHANG), person(LI, "5000.00", name="李四", since=NOV)]
    asked = [BackPayRequest(LI, M, 1)]
    lines = compute_payments(roster, policy, NOV, industry_class=2, backpay=asked)
    declaration = Declaration(DeclarationType.PAYMENT, NOV, payments=lines)
    ctx = rule_context(policy, 20, roster)
    assert check_payment_declaration(declaration, ctx, industry_class=2, backpay=asked) == []
    # Without the back payment the agency would grant, the back-paid line is unexpected.
    assert [f.code for f in check_payment_declaration(declaration, ctx, industry_class=2)] == [
        "PAYMENT_UNEXPECTED"
    ]
    # A different industry class changes the work-injury amounts of both people.
    codes = [f.field for f in check_payment_declaration(declaration, ctx, industry_class=5, backpay=asked)]
    assert codes == ["payments[3].employer_amount", "payments[7].employer_amount"]


def test_check_payment_declaration_window_empty_and_offline(policy: Policy) -> None:
    empty = Declaration(DeclarationType.PAYMENT, NOV)
    assert [(f.code, f.field) for f in check_payment_declaration(empty, rule_context(policy, 24, []))] == [
        ("WINDOW_CLOSED", "period"),
        ("DECLARATION_EMPTY", "payments"),
    ]
    lines = compute_payments([person()], policy, NOV)
    # No roster known (offline file check): the amounts cannot be judged, nothing is said about them.
    offline = rule_context(policy, 20, None, declaring=False)
    assert check_payment_declaration(Declaration(DeclarationType.PAYMENT, NOV, payments=lines), offline) == []


def test_rural_contract_workers_pay_no_employee_unemployment_share(policy: Policy) -> None:
    # 失业保险条例 art. 6, as the policy file expresses it: household types 21 and 22 pay no employee share;
    # 居民户口 (30) and urban types pay it; the employer's share is the same for all.
    def unemployment(hukou: str) -> tuple[str, str]:
        entry = dataclasses.replace(person(), hukou_type=hukou)
        line = next(x for x in compute_payments([entry], policy, NOV) if x.insurance is U)
        return str(line.employer_amount), str(line.employee_amount)

    assert policy[U].rural_employee_rate == Decimal("0")
    assert unemployment("21") == unemployment("22") == ("30.00", "0.00")
    assert unemployment("11") == unemployment("12") == unemployment("30") == ("30.00", "30.00")
    # A policy without the exemption charges everyone alike.
    alike = dataclasses.replace(
        policy, insurances={**policy.insurances, U: dataclasses.replace(policy[U], rural_employee_rate=None)}
    )
    entry = dataclasses.replace(person(), hukou_type="22")
    line = next(x for x in compute_payments([entry], alike, NOV) if x.insurance is U)
    assert line.employee_amount == Decimal("30.00")


def test_a_line_keeps_the_declared_wage_beside_the_capped_base(policy: Policy) -> None:
    high, low, inside = person(ZHANG, "30000.00"), person(LI, "3000.00"), person(WANG, "6000.00")
    lines = compute_payments([high, low, inside], policy, NOV)
    pension = {x.id_number: (x.wage, x.base) for x in lines if x.insurance is P}
    assert pension == {
        ZHANG: (Decimal("30000.00"), Decimal("24000.00")),
        LI: (Decimal("3000.00"), Decimal("4800.00")),
        WANG: (Decimal("6000.00"), Decimal("6000.00")),
    }
