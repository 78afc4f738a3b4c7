"""Fixed monthly charges beside the rates (a city's major-illness medical charge, 大额医疗): read from the
policy file, kept through the agency's JSON, added to each month's line per person, back pay included."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import PolicyError, parse_policy
from ssclient.policy.serialize import policy_from_json, policy_to_json
from ssclient.rules.payment import BackPayRequest, compute_payments
from tests.rules.test_payment_independent import FIXED_CHARGE, with_fixed_charge

MEDICAL = InsuranceType.MEDICAL
NOV = Period(2026, 11)


def person(number: str, wage: str, hukou: str = "11") -> RosterEntry:
    return RosterEntry(number, "某", PersonStatus.ACTIVE, Decimal(wage), Period(2026, 1), hukou_type=hukou)


def test_a_fixed_charge_is_read_with_its_name_and_source_and_survives_the_agencys_json() -> None:
    policy = parse_policy(with_fixed_charge())
    charge = policy[MEDICAL].fixed_monthly
    assert charge is not None
    assert (charge.name, charge.employer, charge.employee) == (
        "大额医疗互助资金（示例）",
        Decimal("1.00"),
        Decimal("3.00"),
    )
    assert charge.origin.illustrative
    assert policy.fixed_charges() == {MEDICAL: charge}
    assert policy_from_json(policy_to_json(policy)) == policy
    assert parse_policy(with_fixed_charge().replace(FIXED_CHARGE, "")).fixed_charges() == {}


@pytest.mark.parametrize(
    ("old", "new", "key", "reason"),
    [
        (
            'employee = "3.00"',
            'employee = "3.005"',
            "employee",
            "whole multiple of the rounding quantum 0.01",
        ),
        ('employer = "1.00"', 'employer = "-1"', "employer", "out of range"),
        ('employee = "3.00"', "employee = 3", "employee", "quoted decimal"),
        ('name = "大额医疗互助资金（示例）"\n', "", "name", "missing"),
    ],
)
def test_a_bad_fixed_charge_is_refused_with_its_key(old: str, new: str, key: str, reason: str) -> None:
    with pytest.raises(PolicyError) as refused:
        parse_policy(with_fixed_charge().replace(old, new))
    assert refused.value.key == f"insurance.medical.fixed_monthly.{key}"
    assert reason in str(refused.value)


def test_the_charge_is_added_per_person_and_month_back_pay_and_rural_workers_included() -> None:
    policy = parse_policy(with_fixed_charge())
    people = [person("P1", "10000.00"), person("P2", "30000.00", hukou="22")]
    lines = compute_payments(people, policy, NOV, backpay=[BackPayRequest("P1", MEDICAL, 2)])
    medical = [
        (x.id_number, str(x.for_period or x.period), x.employer_amount, x.employee_amount)
        for x in lines
        if x.insurance is MEDICAL
    ]
    # 8 % and 2 % of the base, plus 1.00 and 3.00 each month; P2's base is the ceiling (24,000.00).
    assert medical == [
        ("P1", "2026-11", Decimal("801.00"), Decimal("203.00")),
        ("P1", "2026-09", Decimal("801.00"), Decimal("203.00")),
        ("P1", "2026-10", Decimal("801.00"), Decimal("203.00")),
        ("P2", "2026-11", Decimal("1921.00"), Decimal("483.00")),
    ]
    others = [x for x in lines if x.insurance is not MEDICAL and x.id_number == "P1"]
    assert [x.employee_amount for x in others] == [Decimal("800.00"), Decimal("50.00"), Decimal("0.00")]


def test_a_person_without_the_insurance_type_pays_no_charge() -> None:
    policy = parse_policy(with_fixed_charge())
    entry = RosterEntry(
        "P3",
        "某",
        PersonStatus.ACTIVE,
        Decimal("10000.00"),
        Period(2026, 1),
        insurances=(InsuranceType.PENSION,),
    )
    assert [x.insurance for x in compute_payments([entry], policy, NOV)] == [InsuranceType.PENSION]
