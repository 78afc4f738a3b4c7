"""Unit registration rules: unified social credit code (GB 32100-2015), tax registration number, password."""

from __future__ import annotations

import pytest

from ssclient.domain.findings import Finding
from ssclient.rules.unit import (
    check_industry_class,
    check_new_password,
    check_tax_number,
    check_unit_name,
    check_uscc,
)

# Published example code (checksum valid).
USCC = "91110000600037341L"
ORG_CODE = "600037341"  # its organization-code part, with a valid GB 11714 check character


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_valid_uscc_with_spaces_dashes_and_lower_case() -> None:
    assert check_uscc(USCC) == []
    assert check_uscc(" 9111-0000-6000-3734-1l ") == []


@pytest.mark.parametrize(
    ("text", "code", "reason"),
    [("", "USCC_REQUIRED", None), ("91110000600037341", "USCC_INVALID", "has 18 characters"),
     ("91110000600037341M", "USCC_INVALID", "does not match"), ("9111000060003734I1", "USCC_INVALID", "characters")],
)  # fmt: skip
def test_invalid_uscc(text: str, code: str, reason: str | None) -> None:
    findings = check_uscc(text)
    assert codes(findings) == [code]
    if reason:
        assert reason in findings[0].message


def test_tax_number_as_credit_code_legacy_15_and_sole_trader_20() -> None:
    assert check_tax_number(USCC) == []
    assert check_tax_number("110105" + ORG_CODE) == []
    assert check_tax_number("11010519900307123X01") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "TAX_NUMBER_REQUIRED"), ("12345", "TAX_NUMBER_INVALID"), ("110105600037342", "TAX_NUMBER_INVALID"),
     ("11010519900307123XAB", "TAX_NUMBER_INVALID"), ("91110000600037341M", "TAX_NUMBER_INVALID")],
)  # fmt: skip
def test_invalid_tax_number(text: str, code: str) -> None:
    assert codes(check_tax_number(text)) == [code]


def test_unit_name() -> None:
    assert check_unit_name("北京示例科技有限公司") == []
    assert codes(check_unit_name(" ")) == ["UNIT_NAME_REQUIRED"]
    assert codes(check_unit_name("公" * 101)) == ["UNIT_NAME_LENGTH"]


def test_password_rules() -> None:
    assert check_new_password("Harbour2026ok", old="old-pass1") == []
    assert codes(check_new_password("abc12345", old="old-pass1")) == ["PASSWORD_GUESSABLE"]
    assert codes(check_new_password("short1")) == ["PASSWORD_WEAK"]
    assert codes(check_new_password("abcdefgh")) == ["PASSWORD_WEAK"]
    assert codes(check_new_password("abc12345", old="abc12345")) == ["PASSWORD_SAME"]
    assert codes(check_new_password(USCC.lower(), tax_number=USCC)) == ["PASSWORD_SAME"]


@pytest.mark.parametrize("value", [1, 8, "3", "８"])
def test_industry_classes_1_to_8(value: object) -> None:
    assert check_industry_class(value) == []


@pytest.mark.parametrize("value", [0, 9, -1, "", "一类", True, None, 1.0])
def test_any_other_industry_class_is_refused(value: object) -> None:
    assert [f.code for f in check_industry_class(value)] == ["INDUSTRY_CLASS_INVALID"]
