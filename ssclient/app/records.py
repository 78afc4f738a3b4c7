"""Query → Declaration records: the agency's records page by page, one record in full with the amounts
the agency approved, Revoke, and Revise (cancel-and-replace into a new draft).

Qt-free. Every method asks the agency or the store, so windows call them on a worker thread
(gui.workers). A record becomes a Declaration in one place only (`record_declaration`): for a receipt,
and, through `revision_draft`, for the draft a revision starts from.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from ssclient.app.exports import PageSource
from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.money import CENT, parse_amount
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.model import Policy
from ssclient.policy.window import window_open_for
from ssclient.sync.api import AgencyClient
from ssclient.sync.results import (
    AgencyError,
    DeclarationQuery,
    DeclarationRecord,
    RecordSort,
    RecordSummary,
)
from ssclient.sync.roster_fetch import RosterKeeper, take_agency_roster

__all__ = [
    "ChangeWindow",
    "DeclarationQuery",
    "OrderedSource",
    "Policy",
    "RecordDetails",
    "RecordSort",
    "RecordSummary",
    "Records",
    "Revision",
    "RevokeRefused",
    "approved_amount",
    "change_window",
    "record_declaration",
    "revision_draft",
]

# A source that sorts itself: (a RecordSort value, or None for the agency's own order; descending)
# → the pages in that order.
OrderedSource = Callable[[str | None, bool], PageSource[RecordSummary]]


class RecordsStore(RosterKeeper, Protocol):
    """What Revoke and Revise need of the local store."""

    def create_revision(
        self, unit_code: str, declaration: Declaration, roster_before: Mapping[str, RosterEntry | None]
    ) -> int: ...
    def declaration_by_serial(self, serial_number: str) -> int | None: ...
    def set_status(self, declaration_id: int, status: DeclarationStatus) -> None: ...


class RevokeRefused(AgencyError):
    """The agency would not revoke: `code` says why (REVOKE_WINDOW_CLOSED, REVOKE_DEPENDENT,
    REVOKE_NOT_APPROVED or one the client does not know yet, with the agency's own `message`). Still an
    AgencyError: an answer of the agency, not a bug."""

    def __init__(self, refusal: AgencyError) -> None:
        super().__init__(refusal.status, refusal.code, refusal.message, refusal.findings)
        # REVOKE_DEPENDENT: the later declaration that builds on this one, when the agency names it.
        serials = (f.params.get("serial") for f in refusal.findings)
        self.blocking_serial: str | None = next((str(s) for s in serials if s), None)


@dataclass(frozen=True, slots=True)
class RecordDetails:
    """One record in full. `bases[i]` is the amount the agency approved for `lines[i]` (its wage base or
    new base, read once from the agency's answer), None when the line carries none."""

    summary: RecordSummary
    lines: tuple[DeclarationLine, ...]
    bases: tuple[Decimal | None, ...]
    payments: tuple[PaymentLine, ...]
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class Revision:
    """The draft a revision made: its id in the draft box and its business type."""

    declaration_id: int
    type: DeclarationType


@dataclass(frozen=True, slots=True)
class ChangeWindow:
    """The declaration window of a record's period, when the record may not be revised or revoked today:
    `closed` (it has passed) or not yet open."""

    first: date
    last: date
    closed: bool


def change_window(policy: Policy, today: date, period: Period) -> ChangeWindow | None:
    """None when a record of `period` may be revised or revoked today; else its period's window."""
    if window_open_for(policy, today, period):
        return None
    last_day = min(policy.window_last_day, calendar.monthrange(period.year, period.month)[1])
    first = date(period.year, period.month, policy.window_first_day)
    return ChangeWindow(first, date(period.year, period.month, last_day), closed=today >= first)


def approved_amount(text: str) -> Decimal | None:
    """A line's base as the agency's roster takes it on approval (rules.roster_changes): to the cent."""
    if not text.strip():
        return None
    try:
        return parse_amount(text).quantize(CENT)
    except ValueError:
        return None


def record_declaration(record: DeclarationRecord | RecordDetails) -> Declaration:
    """The record as a Declaration: its status, serial number, the record it replaces, and its lines with
    the amounts the agency approved (a copy: changing it changes nothing of the record)."""
    summary = record.summary
    return Declaration(
        type=summary.type,
        period=summary.period,
        lines=[_approved_line(line) for line in record.lines],
        payments=[replace(p) for p in record.payments],
        status=summary.status,
        serial_number=summary.serial_number,
        replaces_serial=summary.replaces_serial,
    )


def revision_draft(record: DeclarationRecord | RecordDetails) -> Declaration:
    """A new draft that, declared, replaces the record (cancel-and-replace)."""
    return replace(
        record_declaration(record),
        status=DeclarationStatus.DRAFT,
        serial_number=None,
        replaces_serial=record.summary.serial_number,
    )


def _approved_line(line: DeclarationLine) -> DeclarationLine:
    base = approved_amount(line.wage_base)
    copied = line.copy()
    if base is not None:
        copied.wage_base = str(base)
    return copied


class Records:
    """The records use case of one logged-in unit. `store` may be None (no local store open): then the
    records can be read and revoked, but not revised."""

    def __init__(self, agency: AgencyClient, store: RecordsStore | None, unit_code: str) -> None:
        self._agency = agency
        self._store = store
        self._unit_code = unit_code

    @property
    def can_revise(self) -> bool:
        return self._store is not None

    def pages(self, query: DeclarationQuery) -> PageSource[RecordSummary]:
        """Pages of the agency's records query for `query`'s criteria, in its order."""

        def page(offset: int, limit: int) -> tuple[Sequence[RecordSummary], int]:
            found = self._agency.declarations(replace(query, offset=offset, limit=limit))
            return found.items, found.total

        return page

    def in_order(self, query: DeclarationQuery) -> OrderedSource:
        """The records query for `query`'s criteria in any order the agency sorts by (a RecordSort)."""

        def ordered(order: str | None, descending: bool) -> PageSource[RecordSummary]:
            sort = RecordSort(order) if order is not None else None
            return self.pages(replace(query, sort=sort, descending=descending))

        return ordered

    def details(self, declaration_id: int) -> RecordDetails:
        """One record with its lines, the amounts the agency approved, and the review's findings."""
        record = self._agency.declaration(declaration_id)
        return RecordDetails(
            summary=record.summary,
            lines=record.lines,
            bases=tuple(approved_amount(line.wage_base) for line in record.lines),
            payments=record.payments,
            findings=record.findings,
        )

    def revoke(self, declaration_id: int) -> RecordSummary:
        """Revoke an approved record; raises RevokeRefused when the agency will not. The agency undoes
        what the record changed in its roster, so the local roster is taken from it again (an approval's
        undoing, as an approval is followed), and the local document, if any, is marked revoked."""
        try:
            record = self._agency.revoke(declaration_id)
        except AgencyError as error:
            if error.code.startswith("REVOKE_"):
                raise RevokeRefused(error) from error
            raise
        if self._store is not None:
            take_agency_roster(self._agency, self._store, self._unit_code)
            serial = record.summary.serial_number
            local_id = self._store.declaration_by_serial(serial) if serial else None
            if local_id is not None:
                self._store.set_status(local_id, DeclarationStatus.REVOKED)
        return record.summary

    def revise(self, declaration_id: int) -> Revision:
        """Copy an approved record into a new draft that will replace it; raises RuntimeError without a
        local store (the window offers Revise only with one)."""
        if self._store is None:
            raise RuntimeError("revising needs the local store")
        record = self._agency.declaration(declaration_id)
        # What the agency will judge the revision against: its people as they were before the record.
        before = self._agency.roster_before(record.summary.serial_number or "")
        draft_id = self._store.create_revision(self._unit_code, revision_draft(record), before)
        return Revision(draft_id, record.summary.type)
