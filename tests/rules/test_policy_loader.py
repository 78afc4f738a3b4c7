"""The policy is data: the shipped file loads; a bad file is refused with a message naming the key."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ssclient import assets
from ssclient.domain.enums import InsuranceType
from ssclient.policy import PolicyError, default_policy, load_policy, parse_policy
from ssclient.policy.loader import DEFAULT_POLICY_FILE

SHIPPED = assets.resource("policy", DEFAULT_POLICY_FILE).read_text(encoding="utf-8")


def test_shipped_policy_has_every_figure_with_source_and_year() -> None:
    policy = default_policy()
    assert (policy.window_first_day, policy.window_last_day) == (1, 23)
    assert policy.base_floor < policy.base_ceiling
    assert policy[InsuranceType.PENSION].employer_rate == Decimal("0.16")
    assert policy[InsuranceType.PENSION].employee_rate == Decimal("0.08")
    assert policy[InsuranceType.MEDICAL].employee_rate == Decimal("0.02")
    assert (
        policy[InsuranceType.MEDICAL].backpay_min_months,
        policy[InsuranceType.MEDICAL].backpay_max_months,
    ) == (1, 3)
    assert policy[InsuranceType.PENSION].backpay_max_months == 1
    assert policy[InsuranceType.UNEMPLOYMENT].backpay_max_months == 1
    assert len(policy[InsuranceType.WORK_INJURY].industry_class_rates) == 8
    for insurance in policy.insurances.values():
        assert insurance.origin.source and insurance.origin.year
    assert policy.illustrative  # city figures are not official: the file says so


def edited(old: str, new: str) -> str:
    assert old in SHIPPED, old
    return SHIPPED.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("first_day = 1", "first_day = 0", "window.first_day"),
        ("last_day = 23", "last_day = 32", "window.last_day"),
        ('floor = "4800.00"', "floor = 4800.0", "base.floor"),
        ('floor = "4800.00"', 'floor = "lots"', "base.floor"),
        ('floor = "4800.00"', 'floor = "30000"', "base.floor"),
        ('mode = "ROUND_HALF_UP"', 'mode = "ROUND_NICELY"', "rounding.mode"),
        ('employer_rate = "0.16"', 'employer_rate = "1.5"', "insurance.pension.employer_rate"),
        ('employer_rate = "0.16"', "", "insurance.pension.employer_rate"),
        ("backpay_max_months = 3", "backpay_max_months = 0", "insurance.medical.backpay_min_months"),
        ("[insurance.unemployment]", "[insurance.jobless]", "insurance.unemployment"),
        ('id = "illustrative-2026"', 'id = ""', "meta.id"),
        ("illustrative = true\n\n[window]", 'illustrative = "yes"\n\n[window]', "meta.illustrative"),
    ],
)
def test_bad_policy_is_refused_naming_the_key(old: str, new: str, key: str) -> None:
    with pytest.raises(PolicyError, match=f"key '{key}'"):
        parse_policy(edited(old, new), origin="city.toml")


def test_not_toml_is_refused_naming_the_file() -> None:
    with pytest.raises(PolicyError, match=r"city\.toml: not valid TOML"):
        parse_policy("[window\nfirst_day = 1", origin="city.toml")


def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "missing.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b"name = '\xe9'")
    with pytest.raises(PolicyError, match="not UTF-8"):
        load_policy(latin)


def test_a_good_file_loads_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "city.toml"
    path.write_text(edited('ceiling = "24000.00"', 'ceiling = "25000.00"'), encoding="utf-8")
    assert load_policy(path).base_ceiling == Decimal("25000.00")


def test_the_rural_contract_workers_rate_is_read_checked_and_published() -> None:
    from ssclient.policy.serialize import policy_from_json, policy_to_json

    policy = default_policy()
    assert policy_from_json(policy_to_json(policy))[
        InsuranceType.UNEMPLOYMENT
    ].rural_employee_rate == Decimal("0")
    text = assets.resource("policy", DEFAULT_POLICY_FILE).read_text(encoding="utf-8")
    bad = text.replace(
        'rural_contract_worker_employee_rate = "0"', 'rural_contract_worker_employee_rate = "2"'
    )
    with pytest.raises(PolicyError, match=r"insurance\.unemployment\.rural_contract_worker_employee_rate"):
        parse_policy(bad)
