"""An amount as typed, shown as money in tables and receipts: what is no amount yet stays as it was typed."""

from __future__ import annotations

import pytest

from ssclient.domain.money import format_amount_text


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("8000", "8,000.00"),
        ("8,000.5", "8,000.50"),
        ("８０００", "8,000.00"),  # full width, as some input methods type it
        (" ¥24000 ", "24,000.00"),
        ("", ""),
        ("八千", "八千"),  # no amount: as typed, beside the finding that says so
        ("8000.125", "8000.125"),  # three decimals: rounded it would hide what the rules refuse
        ("8000.120", "8,000.12"),  # a trailing zero is no third decimal
    ],
)
def test_an_amount_is_shown_as_money_and_anything_else_as_typed(typed: str, shown: str) -> None:
    assert format_amount_text(typed) == shown
