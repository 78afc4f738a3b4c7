"""Paying in tests: a unit with a month's payment declaration approved at the real agency, and the
published test card numbers (Luhn-valid per ISO/IEC 7812-1) its agreements name."""

from __future__ import annotations

import itertools
from decimal import Decimal

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.rules.payment import compute_payments
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

# China UnionPay's published test card number (also in payment providers' test-card lists).
UNIONPAY_TEST_CARD = "6200000000000005"
# The Visa test card number printed in payment providers' documentation.
VISA_TEST_CARD = "4111111111111111"
# The worked example of the Luhn formula in its usual descriptions (e.g. Wikipedia's "Luhn algorithm").
LUHN_EXAMPLE = "79927398713"

_keys = itertools.count(1)


def approve_payment(unit: AgencyUnit, period: Period = CURRENT_PERIOD, first_person: int = 71) -> Decimal:
    """Add two people (6000.00 and 8000.00) and declare `period`'s payment for them; its total."""
    lines = [
        DeclarationLine(make_id_number(first_person), "张三", "11", "6000.00", "否", "否"),
        DeclarationLine(make_id_number(first_person + 1), "李四", "11", "8000.00", "否", "否"),
    ]
    added = unit.client.submit(Declaration(DeclarationType.ADD, period, lines), f"paying-{next(_keys)}")
    assert added.approved, added.findings
    policy = unit.client.policy().policy
    industry = unit.client.profile().industry_class
    payments = compute_payments(unit.client.roster(), policy, period, industry_class=industry)
    verdict = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, period, payments=payments), f"paying-{next(_keys)}"
    )
    assert verdict.approved, verdict.findings
    return sum((line.employer_amount + line.employee_amount for line in payments), Decimal("0.00"))
