"""Whether the period's payment declaration still matches the roster, and the fix when it does not.

A payment declaration is computed from the roster. Personnel documents of the same period change the
roster: one declared together with the payment, or still waiting for the agency, makes the payment wrong
once approved (the agency then refuses the payment); one approved after the payment leaves the approved
payment short or over (it has to be revised). These are said where they happen: in the Check, in the
agency's approval, in the payment form; and Revise is offered.
"""

from __future__ import annotations

from collections.abc import Sequence

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.rules import finding
from ssclient.store import DeclarationSummary, Store

PERSONNEL = (
    DeclarationType.ADD,
    DeclarationType.RENEWAL,
    DeclarationType.INTERRUPTION,
    DeclarationType.BASE_CHANGE,
)
_ON_THE_WAY = (DeclarationStatus.PENDING, DeclarationStatus.SUBMITTED)


def waiting_personnel(ctx: AppContext, period: Period) -> list[DeclarationSummary]:
    """The period's personnel documents sent but not yet answered by the agency."""
    store: Store = ctx.store
    return store.list_declarations(
        ctx.unit_code, statuses=_ON_THE_WAY, types=PERSONNEL, periods=(period, period)
    )


def approved_payment(ctx: AppContext, period: Period) -> DeclarationSummary | None:
    """The period's approved payment declaration, as this computer knows it (the latest, if revised)."""
    store: Store = ctx.store
    found = store.list_declarations(
        ctx.unit_code,
        statuses=[DeclarationStatus.APPROVED],
        types=[DeclarationType.PAYMENT],
        periods=(period, period),
    )
    return found[0] if found else None


def batch_findings(ctx: AppContext, declarations: Sequence[Declaration]) -> list[list[Finding]]:
    """For each document checked together: a payment with personnel changes of its period declared with
    it or still waiting (an error: it could only be refused); a personnel change of a period whose payment
    is already approved (a warning: the payment has to be revised after it)."""
    out: list[list[Finding]] = []
    for declaration in declarations:
        period = declaration.period
        if declaration.type is DeclarationType.PAYMENT:
            together = sum(1 for d in declarations if d.type in PERSONNEL and d.period == period)
            count = together + len(waiting_personnel(ctx, period))
            out.append([finding("PAYMENT_CHANGES_PENDING", "", count=count, period=period)] if count else [])
        elif declaration.type in PERSONNEL and not declaration.replaces_serial:
            paid = approved_payment(ctx, period)
            out.append(
                [
                    finding(
                        "PAYMENT_APPROVED_BEFORE_CHANGE",
                        "",
                        Severity.WARNING,
                        period=period,
                        serial=paid.serial_number or "",
                    )
                ]
                if paid is not None
                else []
            )
        else:
            out.append([])
    return out


def revision_of(ctx: AppContext, payment: DeclarationSummary) -> int:
    """The draft that replaces the approved payment: the one already in the draft box, else a new copy
    (the user computes it again there). Returns its id."""
    store: Store = ctx.store
    serial = payment.serial_number or ""
    editable = (DeclarationStatus.DRAFT, DeclarationStatus.CHECKED, DeclarationStatus.REJECTED)
    for summary in store.list_declarations(ctx.unit_code, statuses=editable, types=[DeclarationType.PAYMENT]):
        if summary.replaces_serial == serial:
            return summary.id
    approved = store.get_declaration(payment.id)
    draft = Declaration(
        DeclarationType.PAYMENT, approved.period, payments=list(approved.payments), replaces_serial=serial
    )
    return store.create_draft(ctx.unit_code, draft)
