"""The rulebook and the policy as the document windows use them while the user types.

The rules are pure and take well under a millisecond per line, so the editor and the contribution forms run
them on the GUI thread as the user types; they reach them here, through the application layer, like every
other part of the program below the windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.io.messages import render_finding
from ssclient.policy.model import Policy
from ssclient.policy.regions import Region, Regions
from ssclient.rules import RuleContext, check_declaration, check_line, finding
from ssclient.rules.declaration import backpay_insurances
from ssclient.rules.identity import check_identity, parse_id_type
from ssclient.rules.payment import check_payment, month_of
from ssclient.rules.payment_totals import PaymentTotals, payment_totals
from ssclient.rules.person import parse_hukou, parse_yes_no
from ssclient.rules.retirement import parse_womens_category

__all__ = [
    "LineCounts",
    "PaymentTotals",
    "Policy",
    "Region",
    "Regions",
    "RuleContext",
    "backpay_insurances",
    "check_declaration",
    "check_identity",
    "check_line",
    "check_payment",
    "finding",
    "line_counts",
    "month_of",
    "parse_hukou",
    "parse_id_type",
    "parse_womens_category",
    "parse_yes_no",
    "payment_totals",
    "problem_counts",
    "render_finding",
]


class LineCounts(NamedTuple):
    """A line's findings by severity, as the editor's Problems column shows them."""

    errors: int
    warnings: int


def line_counts(findings: Sequence[Finding]) -> LineCounts:
    return LineCounts(
        sum(1 for found in findings if found.is_error),
        sum(1 for found in findings if found.severity is Severity.WARNING),
    )


def problem_counts(
    lines: Sequence[DeclarationLine], kind: DeclarationType, period: Period, ctx: RuleContext
) -> dict[int, LineCounts]:
    """The errors and warnings of each line by row (rows with neither left out): the editor's Problems
    column. A big document's takes seconds, so the editor counts it on a worker."""
    counts = {}
    for row, line in enumerate(lines):
        found = line_counts(check_line(line, kind, period, ctx))
        if found.errors or found.warnings:
            counts[row] = found
    return counts
