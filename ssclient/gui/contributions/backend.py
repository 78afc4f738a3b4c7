"""What the contribution forms need from the agency and the store (called on worker threads).

A payment declaration is computed from the roster and from the back payments that this period's
approved renewals granted — the agency's own data when it answers (the agency recomputes from exactly
these), the store's copy when it cannot be reached.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ssclient.domain.declaration import Declaration, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.policy.model import Policy
from ssclient.rules.payment import (
    BackPayRequest,
    backpay_requests,
    check_payment_declaration,
    compute_payments,
)
from ssclient.store import Store
from ssclient.sync.results import AgencyUnreachable, DeclarationQuery

_PAGE = 1000


@dataclass(frozen=True, slots=True)
class PaymentInputs:
    roster: list[RosterEntry]
    backpay: list[BackPayRequest]
    # The agency's policy in force when it answers (it recomputes with exactly that), else the cached one.
    policy: Policy
    # False: the agency could not be reached and the store's copies were used.
    from_agency: bool


def payment_inputs(ctx: AppContext, period: Period) -> PaymentInputs:
    """The roster and the period's granted back payments, from the agency when it answers."""
    store: Store = ctx.store
    if ctx.has_agency:
        try:
            policy = ctx.agency.policy().policy
            roster = ctx.agency.roster()
            store.replace_roster(ctx.unit_code, roster)
            return PaymentInputs(roster, backpay_requests(_agency_renewals(ctx, period)), policy, True)
        except AgencyUnreachable:
            pass
    roster = list(store.roster(ctx.unit_code).values())
    renewals = _stored_renewals(store, ctx.unit_code, period)
    return PaymentInputs(roster, backpay_requests(renewals), ctx.policy, False)


def compute(ctx: AppContext, period: Period, inputs: PaymentInputs) -> list[PaymentLine]:
    industry_class = ctx.unit.industry_class if ctx.unit is not None else 1
    return compute_payments(
        inputs.roster, inputs.policy, period, industry_class=industry_class, backpay=inputs.backpay
    )


def check_payment_document(ctx: AppContext, declaration: Declaration, *, declaring: bool) -> list[Finding]:
    """The draft box's Check for a payment declaration (worker thread): the window when declaring, and
    every line against what the agency will compute from the same roster and back payments."""
    inputs = payment_inputs(ctx, declaration.period)
    roster = {entry.id_number: entry for entry in inputs.roster}
    industry_class = ctx.unit.industry_class if ctx.unit is not None else 1
    rules = ctx.rule_context(roster, declaring=declaring)
    return check_payment_declaration(
        declaration,
        replace(rules, policy=inputs.policy),
        industry_class=industry_class,
        backpay=inputs.backpay,
    )


def _agency_renewals(ctx: AppContext, period: Period) -> list[Declaration]:
    # Renewals, and adds of people hired before the period: both may carry back payment.
    found = []
    for kind in (DeclarationType.ADD, DeclarationType.RENEWAL):
        query = DeclarationQuery(
            period_from=period, period_to=period, type=kind, status=DeclarationStatus.APPROVED, limit=_PAGE
        )
        offset = 0
        while True:
            page = ctx.agency.declarations(replace(query, offset=offset))
            for summary in page.items:
                record = ctx.agency.declaration(summary.id)
                found.append(Declaration(kind, summary.period, list(record.lines)))
            offset += len(page.items)
            if not page.items or offset >= page.total:
                break
    return found


def _stored_renewals(store: Store, unit_code: str, period: Period) -> list[Declaration]:
    summaries = store.list_declarations(
        unit_code, statuses=[DeclarationStatus.APPROVED], types=[DeclarationType.ADD, DeclarationType.RENEWAL]
    )
    return [store.get_declaration(s.id) for s in summaries if s.period == period]
