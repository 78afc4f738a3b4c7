"""What the payment form reads on a worker: a saved payment declaration, and whether it changed since."""

from __future__ import annotations

from dataclasses import dataclass

from ssclient.app.documents import Documents
from ssclient.app.documents_rules import PaymentTotals, payment_totals
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus
from ssclient.domain.findings import Finding


def read_saved(documents: Documents, declaration_id: int) -> tuple[Declaration, list[Finding], PaymentTotals]:
    """On a worker: a saved payment declaration, the findings stored with it, and its totals."""
    declaration, findings = documents.load_with_findings(declaration_id)
    return declaration, findings, payment_totals(declaration.payments)


@dataclass(frozen=True, slots=True)
class Followed:
    """What became of the saved payment the form shows: deleted, or read again (`saved`, read_saved's)
    because its status is no longer the one shown; neither when nothing changed."""

    deleted: bool = False
    saved: tuple[Declaration, list[Finding], PaymentTotals] | None = None


def follow_saved(documents: Documents, declaration_id: int, shown: DeclarationStatus) -> Followed:
    """On a worker: its status first (a large payment's lines are read again only when it moved on)."""
    summary = documents.summary_if_kept(declaration_id)
    if summary is None:
        return Followed(deleted=True)
    return Followed() if summary.status is shown else Followed(saved=read_saved(documents, declaration_id))
