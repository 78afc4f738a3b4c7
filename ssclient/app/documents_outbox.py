"""The store seen through the outbox's protocol (`ssclient.sync.outbox.OutboxStore`): the sync layer does
not import the store, so the application layer, which holds both, joins them here. Also the outbox's
report types, for the windows that show what a run delivered."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus
from ssclient.domain.findings import Finding
from ssclient.domain.roster import RosterEntry
from ssclient.store import AgencyOutcome, OutboxItem, Store
from ssclient.sync.outbox import Delivery, SyncReport

__all__ = ["Delivery", "StoreOutboxPort", "SyncReport"]


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
