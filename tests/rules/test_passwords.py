"""The password rule shared by the agency and the client's dialogs: long enough, letters and digits, not the
old one or the tax number, and not easy to guess (common passwords, patterns, the unit's own codes)."""

from __future__ import annotations

import pytest

from ssclient.rules.passwords import check_new_password

UNIT_CODE = "170123456"
TAX_NUMBER = "91110108000000006R"


def codes(password: str, **context: str) -> list[str]:
    return [f.code for f in check_new_password(password, **context)]


@pytest.mark.parametrize(
    "password",
    [
        "password1",  # among the commonest passwords of every breach list
        "aaaaaaa1",  # a repeat
        "Qwerty123",  # a keyboard walk
        "abcd1234",  # sequences
        "20261120ab",  # a date
    ],
)
def test_common_and_patterned_passwords_are_refused(password: str) -> None:
    assert codes(password) == ["PASSWORD_GUESSABLE"]


def test_the_units_own_codes_do_not_make_a_password() -> None:
    context = {"unit_code": UNIT_CODE, "tax_number": TAX_NUMBER}
    assert codes(UNIT_CODE + "a", **context) == ["PASSWORD_GUESSABLE"]
    assert codes("x" + UNIT_CODE.replace("170", "170-") + "Q", **context) == ["PASSWORD_GUESSABLE"]
    assert codes(TAX_NUMBER.lower() + "!", **context) == ["PASSWORD_GUESSABLE"]
    assert codes(TAX_NUMBER.lower(), **context) == ["PASSWORD_SAME"]
    assert codes("Harbour2026ok", **context) == []


def test_control_characters_are_refused_before_anything_else() -> None:
    assert codes("Harbour\x002026ok") == ["PASSWORD_CHARACTERS"]
    assert codes("Harbour2026ok\n") == ["PASSWORD_CHARACTERS"]


def test_a_long_password_is_judged_without_delay() -> None:
    assert codes("Harbour2026ok" * 9) == []  # longer than zxcvbn judges: its start is judged
    assert codes("a1" * 64) == ["PASSWORD_GUESSABLE"]
