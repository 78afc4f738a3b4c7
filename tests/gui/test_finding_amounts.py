"""Findings write amounts of money as every table does, with thousands separators, in both languages."""

from __future__ import annotations

import pytest

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding
from ssclient.gui.findings_text import finding_text
from ssclient.rules.messages import finding

MISSING = finding(
    "PAYMENT_MISSING",
    "payments",
    insurance="pension",
    name="何丽",
    id_number="X",
    period="2026-12",
    amount="2434.20",
)


def test_amounts_in_english() -> None:
    assert MISSING.message.endswith(": 2,434.20 is due.")
    assert finding_text(MISSING) == MISSING.message
    # What was declared with more decimals than money has is shown as declared.
    odd = finding("PAYMENT_MISMATCH", "payments[0].employee_amount", share="employee", insurance="pension",
                  period="2026-12", expected="1234.50", value="1234.505")  # fmt: skip
    assert odd.message.endswith("should be 1,234.50, not 1234.505.")


@pytest.mark.usefixtures("chinese")
def test_amounts_in_chinese() -> None:
    assert finding_text(MISSING) == "费款申报缺少何丽（X）2026-12的养老保险，应缴2,434.20。"
    below = Finding(
        "BASE_BELOW_FLOOR", Severity.WARNING, "wage_base", "", {"value": "3000.00", "limit": "4494.00"}
    )
    assert "3,000.00" in finding_text(below) and "4,494.00" in finding_text(below)
