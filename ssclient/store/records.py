"""What the store hands out besides domain objects: list rows, outbox items, cached policy, outcomes.

Plain frozen dataclasses; no ORM object ever leaves the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ssclient.domain.declaration import PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry


class FindingSource(StrEnum):
    """Who produced a declaration's stored findings: the client's last Check, or the agency's review."""

    CHECK = "check"
    AGENCY = "agency"


class OutboxState(StrEnum):
    """pending (waiting to be sent, or to be retried) → sending (a request is out) → answered."""

    PENDING = "pending"
    # A request went out and no answer was recorded: after a crash, reconcile with the agency using
    # the same idempotency key rather than sending the document as new.
    SENDING = "sending"
    ANSWERED = "answered"


class DocumentSort(StrEnum):
    """What a local document list can be ordered by (ties fall back to the newest document first)."""

    UPDATED = "updated"
    CREATED = "created"
    PERIOD = "period"
    TYPE = "type"
    STATUS = "status"
    SERIAL = "serial"
    DECIDED = "decided"


# Statuses in which a declaration is still the user's to edit or delete.
EDITABLE_STATUSES: frozenset[DeclarationStatus] = frozenset(
    {DeclarationStatus.DRAFT, DeclarationStatus.CHECKED, DeclarationStatus.REJECTED}
)


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of a local document list (draft box, submitted, approved, rejected)."""

    id: int
    unit_code: str
    type: DeclarationType
    period: Period
    status: DeclarationStatus
    # Personnel lines, or payment lines for a payment declaration.
    line_count: int
    # The first few people's names in line order, for a preview ("张三、李四…"): the GUI formats them.
    names: tuple[str, ...]
    # Errors among the stored findings (last Check or the agency's answer).
    error_count: int
    note: str
    created_at: datetime
    updated_at: datetime
    serial_number: str | None = None
    agency_id: str | None = None
    replaces_serial: str | None = None
    submitted_at: datetime | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A document waiting for, or having got, the agency's answer."""

    idempotency_key: str
    declaration_id: int
    unit_code: str
    state: OutboxState
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    last_error: str = ""
    sent_at: datetime | None = None
    answered_at: datetime | None = None
    # The agency's answer as it came (JSON text), once received.
    answer_json: str | None = None


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    """One payment line as declared, with the document it belongs to."""

    declaration_id: int
    status: DeclarationStatus
    serial_number: str | None
    payment: PaymentLine


@dataclass(frozen=True, slots=True)
class CachedPolicy:
    """The agency's policy as last fetched, and when."""

    text: str
    fetched_at: datetime


@dataclass(frozen=True, slots=True)
class RosterPage:
    """One page of the roster for a table view, and how many entries match in all."""

    entries: list[RosterEntry]
    total: int
    offset: int = 0
    filter_text: str = ""
