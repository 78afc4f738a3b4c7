"""What the document windows ask of the store and the agency, in one place.

Also `StoreOutboxPort`: the store seen through the outbox's protocol (the sync layer does not import the
store; the GUI, which holds both, joins them here).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.store import AgencyOutcome, OutboxItem, Store, StoreError
from ssclient.sync.outbox import Outbox
from ssclient.sync.results import AgencyError, AgencyUnreachable, DeclarationQuery

_JOINING = (DeclarationType.ADD, DeclarationType.RENEWAL)

__all__ = ["StoreError", "StoreOutboxPort", "load", "outbox", "refresh_roster", "roster", "save"]


def roster(ctx: AppContext) -> dict[str, RosterEntry]:
    """The unit's roster as the store has it, by ID number."""
    store: Store = ctx.store
    return store.roster(ctx.unit_code)


def refresh_roster(ctx: AppContext) -> dict[str, RosterEntry]:
    """Take the agency's roster into the store and return it (runs on a worker thread)."""
    store: Store = ctx.store
    store.replace_roster(ctx.unit_code, ctx.agency.roster())
    return store.roster(ctx.unit_code)


def last_joining_line(ctx: AppContext, id_number: str) -> DeclarationLine | None:
    """The person's line in their latest approved add or renewal: what they answered last time (migrant
    worker, migrant-worker insurance, home region), which the roster does not keep. The records on this
    computer first, then the agency's when it answers (runs on a worker thread)."""
    store: Store = ctx.store
    number = normalize_id_number(id_number)
    kept = store.list_declarations(
        ctx.unit_code, statuses=[DeclarationStatus.APPROVED], types=_JOINING, person=number
    )
    for summary in sorted(kept, key=lambda s: s.period, reverse=True):
        found = _line_of(store.get_declaration(summary.id).lines, number)
        if found is not None:
            return found
    if not ctx.has_agency:
        return None
    try:
        page = ctx.agency.declarations(
            DeclarationQuery(person=number, status=DeclarationStatus.APPROVED, limit=100)
        )
        joining = sorted((s for s in page.items if s.type in _JOINING), key=lambda s: s.period, reverse=True)
        for latest in joining[:1]:
            return _line_of(ctx.agency.declaration(latest.id).lines, number)
    except (AgencyError, AgencyUnreachable):
        return None  # the user answers the questions instead
    return None


def _line_of(lines: Sequence[DeclarationLine], number: str) -> DeclarationLine | None:
    return next((line for line in lines if normalize_id_number(line.id_number) == number), None)


def load(ctx: AppContext, declaration_id: int) -> Declaration:
    store: Store = ctx.store
    return store.get_declaration(declaration_id)


def save(ctx: AppContext, declaration: Declaration) -> int:
    """Save to the draft box (a new document, or the edited one); returns its id."""
    store: Store = ctx.store
    if declaration.id is None:
        return store.create_draft(ctx.unit_code, declaration)
    store.update_draft(declaration.id, declaration)
    return declaration.id


def outbox(ctx: AppContext) -> Outbox:
    # The store is the outbox's port itself (it records the agency's Verdict whole).
    return Outbox(ctx.store, ctx.agency, ctx.unit_code, ctx.clock)


class StoreOutboxPort:
    """The store, as `ssclient.sync.outbox.OutboxStore`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get_declaration(self, declaration_id: int) -> Declaration:
        return self._store.get_declaration(declaration_id)

    def enqueue(self, declaration_id: int, key: str) -> OutboxItem:
        return self._store.enqueue(declaration_id, key)

    def waiting(self, unit_code: str) -> list[OutboxItem]:
        return self._store.pending_items(unit_code=unit_code)

    def mark_sending(self, key: str) -> None:
        self._store.mark_sending(key)

    def record_attempt(self, key: str, error: str, next_at: datetime) -> None:
        self._store.record_attempt(key, error, next_at)

    def record_answer(
        self,
        key: str,
        answer_json: str,
        status: DeclarationStatus,
        serial_number: str | None,
        agency_id: str | None,
        findings: Sequence[Finding],
    ) -> None:
        outcome = AgencyOutcome(status, serial_number, agency_id, list(findings))
        self._store.record_answer(key, answer_json, outcome=outcome)

    def replace_roster(self, unit_code: str, entries: Sequence[RosterEntry]) -> None:
        self._store.replace_roster(unit_code, entries)
