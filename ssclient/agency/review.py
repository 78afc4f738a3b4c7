"""The agency's review of one declaration: the shared rulebook with the agency's own roster and clock,
plus what only the agency knows — who is insured at another unit, what a payment should come to, and
whether this period's payment is already declared. Pure: the caller loads the data, this judges it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry
from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import Policy
from ssclient.policy.regions import Regions
from ssclient.rules import RuleContext, check_declaration, finding
from ssclient.rules.payment import BackPayRequest, check_payment_declaration

_JOINING = (DeclarationType.ADD, DeclarationType.RENEWAL)


@dataclass(frozen=True, slots=True)
class ReviewData:
    """What the agency knows that bears on one declaration."""

    policy: Policy
    regions: Regions
    today: date
    # This unit's roster: for personnel declarations the entries of the people on it, for a payment
    # declaration all of them.
    roster: Mapping[str, RosterEntry]
    # People on the declaration who are actively insured by another unit.
    insured_elsewhere: frozenset[str] = frozenset()
    industry_class: int = 1
    # Payment declarations: back payments granted by this period's renewals, and the serial number of an
    # approved payment declaration for the same period (other than the one being replaced), if any.
    backpay: Sequence[BackPayRequest] = ()
    payment_declared_as: str | None = None
    # The agency's tables by month: a declaration is judged with its period's table, and a payment's back
    # pay with the table of each month it covers. None: `policy` for every month.
    history: PolicyHistory | None = None


def review(declaration: Declaration, data: ReviewData) -> list[Finding]:
    policy = data.history.in_force(declaration.period) if data.history is not None else data.policy
    ctx = RuleContext(policy, data.regions, data.today, roster=data.roster, declaring=True)
    if declaration.type is DeclarationType.PAYMENT:
        return _review_payment(declaration, data, ctx)
    findings = check_declaration(declaration, ctx)
    if declaration.payments:
        findings.append(finding("PAYMENTS_NOT_ALLOWED", "payments"))
    if declaration.type in _JOINING and data.insured_elsewhere:
        for index, line in enumerate(declaration.lines):
            if normalize_id_number(line.id_number) in data.insured_elsewhere:
                findings.append(finding("ROSTER_INSURED_ELSEWHERE", f"lines[{index}].id_number"))
    return findings


def _review_payment(declaration: Declaration, data: ReviewData, ctx: RuleContext) -> list[Finding]:
    """The client's own payment check (window, lines present, every amount recomputed from the agency's
    roster), then what only the agency knows: whether this period is already paid."""
    findings = check_payment_declaration(
        declaration, ctx, industry_class=data.industry_class, backpay=data.backpay, history=data.history
    )
    if declaration.lines:
        findings.append(finding("LINES_NOT_ALLOWED", "lines"))
    if data.payment_declared_as is not None:
        findings.append(
            finding(
                "PAYMENT_ALREADY_DECLARED",
                "period",
                period=declaration.period,
                serial=data.payment_declared_as,
            )
        )
    for index, line in enumerate(declaration.payments):
        if line.period != declaration.period:
            findings.append(
                finding(
                    "PAYMENT_PERIOD",
                    f"payments[{index}].period",
                    expected=declaration.period,
                    value=line.period,
                )
            )
    return findings
