"""The agency's verdict on one submission: the one value that goes from its answer on the wire, through
the outbox, into the local store (which keeps the raw answer with the outbox item)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ssclient.domain.enums import DeclarationStatus
from ssclient.domain.findings import Finding


@dataclass(frozen=True, slots=True)
class Verdict:
    """APPROVED (with `serial_number`; warnings may come with it) or REJECTED (with `findings`, whose
    field paths such as ``lines[3].id_number`` name the line).

    `declaration_id` is the agency's id of its record; 0 when the agency refused the submission outright
    (a malformed or oversized body, a reused key) and kept no record. `replayed` is true when this is the
    agency's stored first answer to a key sent before. `answer` is the agency's answer as it came (JSON
    text), so nothing has to rebuild it.
    """

    idempotency_key: str
    status: DeclarationStatus
    serial_number: str | None = None
    findings: tuple[Finding, ...] = ()
    declaration_id: int = 0
    submitted_at: datetime | None = None
    replayed: bool = False
    answer: str = ""

    @property
    def approved(self) -> bool:
        return self.status is DeclarationStatus.APPROVED

    @property
    def agency_id(self) -> str | None:
        """The agency's record id as the store keeps it (text), None when there is no record."""
        return str(self.declaration_id) if self.declaration_id else None
