"""The bank agreement's form (ssclient.rules.bank): the account number's length and Luhn check digit
(ISO/IEC 7812-1) with published test numbers, the bank, the illustrative agreement number check, masking."""

from __future__ import annotations

import pytest

from ssclient.rules.bank import (
    AgreementForm,
    account_digits,
    check_account_number,
    check_agreement,
    mask_account,
)
from tests.support.paying import LUHN_EXAMPLE, UNIONPAY_TEST_CARD, VISA_TEST_CARD


@pytest.mark.parametrize(
    "number", [UNIONPAY_TEST_CARD, VISA_TEST_CARD, LUHN_EXAMPLE, "6200 0000 0000 0005", "4111-1111-1111-1111"]
)
def test_published_test_numbers_pass(number: str) -> None:
    assert check_account_number(number) == []


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("", "ACCOUNT_REQUIRED"),
        ("   ", "ACCOUNT_REQUIRED"),
        ("6200a00000000005", "ACCOUNT_NOT_DIGITS"),
        (
            "６２００００００００００００００５",
            "ACCOUNT_NOT_DIGITS",
        ),  # full-width digits are not ASCII digits
        ("6200006", "ACCOUNT_LENGTH"),
        ("62000000000000000005", "ACCOUNT_LENGTH"),
        ("6200000000000006", "ACCOUNT_CHECK_DIGIT"),  # the last digit changed
        ("79927398710", "ACCOUNT_CHECK_DIGIT"),
        ("2600000000000005", "ACCOUNT_CHECK_DIGIT"),  # the first two digits swapped: Luhn catches it
    ],
)
def test_ill_formed_numbers_are_named(number: str, code: str) -> None:
    (found,) = check_account_number(number)
    assert (found.code, found.field) == (code, "account_number")


def test_the_length_finding_says_how_many_digits() -> None:
    (found,) = check_account_number("6200006")
    assert found.params == {"length": "7"} and "7" in found.message


def test_a_whole_form() -> None:
    good = AgreementForm("102", UNIONPAY_TEST_CARD, "SX2026110001")
    assert check_agreement(good) == []
    bad = AgreementForm("", "", "")
    assert [f.code for f in check_agreement(bad)] == [
        "BANK_UNKNOWN",
        "ACCOUNT_REQUIRED",
        "AGREEMENT_REQUIRED",
    ]
    short = AgreementForm("308", VISA_TEST_CARD, "SX-1")
    assert [f.code for f in check_agreement(short)] == ["AGREEMENT_FORM"]


def test_masking_keeps_the_first_and_last_four_digits() -> None:
    assert mask_account(UNIONPAY_TEST_CARD) == "6200 **** **** 0005"
    assert mask_account("6222 0212 3456 7890 123") == "6222 **** **** 0123"
    assert mask_account(LUHN_EXAMPLE) == "**** 8713"
    assert account_digits(" 6200-0000 0000 0005 ") == UNIONPAY_TEST_CARD
