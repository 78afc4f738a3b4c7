"""The payment computation against an independent calculator.

The calculator below reads the figures straight from the shipped policy file with tomllib and computes
every line with plain Decimal arithmetic written here, not with the program's policy model or rules: the
declared wage held to the floor and ceiling, times each rate (rural contract workers' own employee rate where
the file sets one), rounded half up to the cent at the end of each line, plus the file's fixed monthly
amounts where it sets them. Thousands of generated people (wages inside, at and outside the limits, every
industry class) must agree to the cent.
"""

from __future__ import annotations

import random
import tomllib
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from ssclient import assets
from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.loader import DEFAULT_POLICY_FILE, default_policy, parse_policy
from ssclient.policy.model import Policy
from ssclient.rules.payment import compute_payments

NOV = Period(2026, 11)
ORDER = ("pension", "medical", "unemployment", "work_injury")


def policy_file() -> dict[str, Any]:
    with assets.resource("policy", DEFAULT_POLICY_FILE).open("rb") as handle:
        return tomllib.load(handle)


def independent_lines(
    wage: Decimal, hukou: str, figures: dict[str, Any], industry_class: int
) -> list[tuple[str, ...]]:
    floor, ceiling = Decimal(figures["base"]["floor"]), Decimal(figures["base"]["ceiling"])
    base = floor if wage < floor else ceiling if wage > ceiling else wage
    cent = Decimal("0.01")
    lines: list[tuple[str, ...]] = []
    for kind in ORDER:
        table = figures["insurance"][kind]
        employer = Decimal(table["employer_rate"])
        if kind == "work_injury":
            employer = Decimal(table["industry_class_rates"][industry_class - 1])
        employee = Decimal(table["employee_rate"])
        if hukou in ("21", "22") and "rural_contract_worker_employee_rate" in table:
            employee = Decimal(table["rural_contract_worker_employee_rate"])
        fixed = table.get("fixed_monthly", {"employer": "0", "employee": "0"})
        lines.append(
            (
                kind,
                str(base.quantize(cent)),
                str((base * employer).quantize(cent, rounding=ROUND_HALF_UP) + Decimal(fixed["employer"])),
                str((base * employee).quantize(cent, rounding=ROUND_HALF_UP) + Decimal(fixed["employee"])),
            )
        )
    return lines


def random_wage(rng: random.Random) -> Decimal:
    choice = rng.random()
    if choice < 0.1:
        return Decimal(rng.choice(["4800.00", "24000.00", "4799.99", "24000.01", "1.00", "99999.99"]))
    cents = rng.randrange(100_000, 4_000_000) if choice < 0.3 else rng.randrange(480_000, 2_400_000)
    return Decimal(cents).scaleb(-2)


# A fixed monthly charge beside the medical rates, shaped as the cities that levy one per person and
# month (大额医疗); the amounts are illustrative, the calculator reads them from the same text.
FIXED_CHARGE = """
[insurance.medical.fixed_monthly]
name = "大额医疗互助资金（示例）"
name_en = "Major-illness mutual aid (illustrative)"
employer = "1.00"
employee = "3.00"
source = "Illustrative fixed monthly charge"
year = 2026
illustrative = true
"""


def with_fixed_charge() -> str:
    return assets.resource("policy", DEFAULT_POLICY_FILE).read_text(encoding="utf-8") + FIXED_CHARGE


@pytest.mark.parametrize("industry_class", range(1, 9))
def test_payment_lines_agree_to_the_cent(industry_class: int) -> None:
    check_against_the_calculator(industry_class, policy_file(), default_policy())


@pytest.mark.parametrize("industry_class", [1, 8])
def test_payment_lines_with_a_fixed_monthly_charge_agree_to_the_cent(industry_class: int) -> None:
    text = with_fixed_charge()
    check_against_the_calculator(industry_class, tomllib.loads(text), parse_policy(text))


def check_against_the_calculator(industry_class: int, figures: dict[str, Any], policy: Policy) -> None:
    rng = random.Random(industry_class)
    people = [
        RosterEntry(
            f"P{index:05d}",
            "某",
            PersonStatus.ACTIVE,
            random_wage(rng),
            Period(2026, 1),
            hukou_type=rng.choice(["11", "12", "21", "22", "30"]),
        )
        for index in range(1500)
    ]
    lines = compute_payments(people, policy, NOV, industry_class=industry_class)
    assert len(lines) == 4 * len(people)
    for position, entry in enumerate(people):
        mine = lines[position * 4 : position * 4 + 4]
        computed = [
            (x.insurance.value, str(x.base), str(x.employer_amount), str(x.employee_amount)) for x in mine
        ]
        assert computed == independent_lines(entry.base, entry.hukou_type, figures, industry_class), entry
        assert all(x.insurance is InsuranceType(kind) for x, kind in zip(mine, ORDER, strict=True))
