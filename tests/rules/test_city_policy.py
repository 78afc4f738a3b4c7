"""The bundled Shanghai table (resources/policy/shanghai-2026-07.toml): it loads, every figure names where
it comes from (an official document, or says it is illustrative), and a payment computed with it agrees
with a hand computation from the figures of the Shanghai bureau's published answers."""

from __future__ import annotations

import tomllib
from decimal import Decimal

import pytest

from ssclient import assets
from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import PolicyError, load_policy, parse_policy
from ssclient.policy.model import Policy
from ssclient.policy.serialize import policy_from_json, policy_to_json
from ssclient.rules.payment import compute_payments
from tests.rules.test_payment_independent import check_against_the_calculator

SHANGHAI = assets.resource("policy", "shanghai-2026-07.toml")
TEXT = SHANGHAI.read_text(encoding="utf-8")
# The official pages read (README.md here says what each one says).
BASE_PAGE = "https://rsj.sh.gov.cn/tdjjf_17554/20260824/t0035_1443297.html"
RATES_PAGE = "https://rsj.sh.gov.cn/tdjjf_17554/20250120/t0035_1430072.html"
ILLUSTRATIVE = [
    "base.average_wage",
    "rounding.mode",
    "rounding.quantum",
    "insurance.pension.employee_rate",
    "insurance.pension.backpay_min_months",
    "insurance.pension.backpay_max_months",
    "insurance.medical.employee_rate",
    "insurance.medical.backpay_min_months",
    "insurance.medical.backpay_max_months",
    "insurance.unemployment.employee_rate",
    "insurance.unemployment.backpay_min_months",
    "insurance.unemployment.backpay_max_months",
    "insurance.work_injury.industry_class_rates",
    "insurance.work_injury.backpay_min_months",
    "insurance.work_injury.backpay_max_months",
]


@pytest.fixture(scope="module")
def shanghai() -> Policy:
    return load_policy(SHANGHAI)


def test_the_shanghai_table_loads_for_its_area_from_july_2026(shanghai: Policy) -> None:
    assert (shanghai.area, str(shanghai.starts), shanghai.year) == ("上海市", "2026-07", 2026)
    assert (shanghai.base_floor, shanghai.base_ceiling) == (Decimal("7546.00"), Decimal("37731.00"))
    rates = {kind.value: (x.employer_rate, x.employee_rate) for kind, x in shanghai.insurances.items()}
    assert rates["pension"][0] == Decimal("0.16") and rates["medical"][0] == Decimal("0.09")
    assert rates["unemployment"][0] == Decimal("0.005") and rates["work_injury"] == (
        Decimal("0.002"),
        Decimal(0),
    )
    assert shanghai.fixed_charges() == {}  # no Shanghai charge was read


def test_every_figure_names_its_source_or_says_it_is_illustrative(shanghai: Policy) -> None:
    figures = shanghai.figures()
    assert len(figures) == 25
    for key, origin in figures:
        assert origin.source.strip() and 1990 <= origin.year <= 2100, key
        if origin.illustrative:
            assert origin.source.startswith("Illustrative"), key
        elif not key.startswith("window."):  # the agency's own notice, said so
            assert "gov.cn/" in origin.source, f"{key}: an official figure names the page it comes from"
    assert shanghai.illustrative_figures() == ILLUSTRATIVE
    assert shanghai.illustrative  # so the program says the table is partly illustrative
    origins = dict(figures)
    assert BASE_PAGE in origins["base.floor"].source and BASE_PAGE in origins["base.ceiling"].source
    for kind in ("pension", "medical", "unemployment", "work_injury"):
        assert RATES_PAGE in origins[f"insurance.{kind}.employer_rate"].source
    assert "第六条" in origins["insurance.unemployment.rural_contract_worker_employee_rate"].source
    assert "第三十三条" in origins["insurance.work_injury.employee_rate"].source
    assert "not an official regulation" in origins["window.first_day"].source


def test_the_figures_sources_survive_the_agencys_json(shanghai: Policy) -> None:
    again = policy_from_json(policy_to_json(shanghai))
    assert again == shanghai and again.illustrative_figures() == ILLUSTRATIVE


def person(number: str, wage: str, hukou: str = "11") -> RosterEntry:
    return RosterEntry(number, "某", PersonStatus.ACTIVE, Decimal(wage), Period(2026, 1), hukou_type=hukou)


def amounts(policy: Policy, entry: RosterEntry, industry_class: int) -> dict[str, tuple[str, str, str]]:
    lines = compute_payments([entry], policy, Period(2026, 11), industry_class=industry_class)
    return {x.insurance.value: (str(x.base), str(x.employer_amount), str(x.employee_amount)) for x in lines}


def test_a_payment_agrees_with_the_hand_computation_from_the_notices_figures(shanghai: Policy) -> None:
    # Above the ceiling: the base is 37731 (page of 2026-08-24); employer 16 %, 9 %, 0.5 %, class 1 0.2 %
    # (answer of 2025-01-20); employee 8 %, 2 %, 0.5 % (illustrative); each line half up to the cent.
    # 37731 × 0.16 = 6036.96; × 0.08 = 3018.48; × 0.09 = 3395.79; × 0.02 = 754.62;
    # × 0.005 = 188.655 → 188.66; × 0.002 = 75.462 → 75.46.
    assert amounts(shanghai, person("P1", "50000.00"), 1) == {
        "pension": ("37731.00", "6036.96", "3018.48"),
        "medical": ("37731.00", "3395.79", "754.62"),
        "unemployment": ("37731.00", "188.66", "188.66"),
        "work_injury": ("37731.00", "75.46", "0.00"),
    }
    # Below the floor: the base is 7546; class 8 pays 1.9 %, the top of the published range.
    # 7546 × 0.16 = 1207.36; × 0.08 = 603.68; × 0.09 = 679.14; × 0.02 = 150.92; × 0.005 = 37.73;
    # × 0.019 = 143.374 → 143.37. A rural contract worker (household type 21) pays no unemployment share.
    assert amounts(shanghai, person("P2", "5000.00", hukou="21"), 8) == {
        "pension": ("7546.00", "1207.36", "603.68"),
        "medical": ("7546.00", "679.14", "150.92"),
        "unemployment": ("7546.00", "37.73", "0.00"),
        "work_injury": ("7546.00", "143.37", "0.00"),
    }
    # Inside the limits the declared wage is the base: 10000 × 0.16 = 1600.00, and so on.
    inside = amounts(shanghai, person("P3", "10000.00"), 1)
    assert inside["pension"] == ("10000.00", "1600.00", "800.00")
    assert inside[InsuranceType.UNEMPLOYMENT.value] == ("10000.00", "50.00", "50.00")


@pytest.mark.parametrize("industry_class", [1, 4, 8])
def test_shanghai_lines_agree_with_the_independent_calculator(shanghai: Policy, industry_class: int) -> None:
    check_against_the_calculator(industry_class, tomllib.loads(TEXT), shanghai)


def test_a_figures_source_of_its_own_is_checked_like_its_tables() -> None:
    unknown = TEXT.replace("[base.figures.average_wage]", "[base.figures.salary]")
    with pytest.raises(PolicyError) as refused:
        parse_policy(unknown, origin="city.toml")
    assert refused.value.key == "base.figures.salary"
    assert "not a figure of this table (its figures: average_wage, floor, ceiling)" in str(refused.value)
    flag = "# True: the figures listed by the program (Settings → Policy) are not from a document that was read.\nillustrative = true"
    assert flag in TEXT
    with pytest.raises(PolicyError) as refused:
        parse_policy(TEXT.replace(flag, "illustrative = false"), origin="city.toml")
    assert refused.value.key == "meta.illustrative"
    assert "must be true while figures are illustrative: base.average_wage, rounding.mode" in str(
        refused.value
    )


def test_a_table_whose_every_figure_is_sourced_is_not_illustrative() -> None:
    sourced = parse_policy(TEXT.replace("illustrative = true", "illustrative = false"))
    assert not sourced.illustrative and sourced.illustrative_figures() == []
