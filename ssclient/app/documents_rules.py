"""The rulebook and the policy as the document windows use them while the user types.

The rules are pure and take well under a millisecond per line, so the editor and the contribution forms run
them on the GUI thread as the user types; they reach them here, through the application layer, like every
other part of the program below the windows.
"""

from __future__ import annotations

from collections.abc import Sequence

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.io.messages import render_finding
from ssclient.policy.model import Policy
from ssclient.policy.regions import Region, Regions
from ssclient.rules import RuleContext, check_declaration, check_line, finding
from ssclient.rules.declaration import backpay_insurances
from ssclient.rules.identity import check_id_number, parse_id_type
from ssclient.rules.payment import check_payment, month_of
from ssclient.rules.payment_totals import PaymentTotals, payment_totals
from ssclient.rules.person import parse_hukou, parse_yes_no
from ssclient.rules.retirement import parse_womens_category

__all__ = [
    "PaymentTotals",
    "Policy",
    "Region",
    "Regions",
    "RuleContext",
    "backpay_insurances",
    "check_declaration",
    "check_id_number",
    "check_line",
    "check_payment",
    "error_counts",
    "finding",
    "month_of",
    "parse_hukou",
    "parse_id_type",
    "parse_womens_category",
    "parse_yes_no",
    "payment_totals",
    "render_finding",
]


def error_counts(
    lines: Sequence[DeclarationLine], kind: DeclarationType, period: Period, ctx: RuleContext
) -> dict[int, int]:
    """The errors of each line by row (rows without any left out): the editor's Problems column. A big
    document's takes seconds, so the editor counts it on a worker."""
    counts = {}
    for row, line in enumerate(lines):
        errors = sum(1 for found in check_line(line, kind, period, ctx) if found.is_error)
        if errors:
            counts[row] = errors
    return counts
