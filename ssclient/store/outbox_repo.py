"""The outbox: documents on their way to the agency, and the agency's verdicts with their effect."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ssclient.domain.clock import Clock
from ssclient.domain.enums import DeclarationStatus
from ssclient.domain.verdict import Verdict
from ssclient.store import convert, documents, outbox_rows, roster_rows
from ssclient.store.errors import InvalidTransitionError, NotFoundError, StoreError
from ssclient.store.models import DeclarationRow, OutboxRow
from ssclient.store.records import FindingSource, OutboxItem, OutboxState
from ssclient.store.session import Transactions

S = DeclarationStatus


class OutboxRepository:
    """The outbox items of every unit; each method is one transaction."""

    def __init__(self, transactions: Transactions, clock: Clock) -> None:
        self._tx = transactions
        self._clock = clock

    def enqueue(self, declaration_id: int, key: str, *, at: datetime | None = None) -> OutboxItem:
        """Put a draft or checked document in the outbox under idempotency `key`; it becomes PENDING.

        A document already waiting in the outbox keeps the key it entered with: that item is returned
        and the new key is not used (read the key from the result). Reusing a key for another document,
        or a key already answered, is refused (StoreError).
        """
        now = at or self._clock.now()
        with self._tx.write() as session:
            same_key = session.scalar(select(OutboxRow).where(OutboxRow.idempotency_key == key))
            if same_key is not None and same_key.declaration_id != declaration_id:
                raise StoreError(
                    f"The submission key {key} already belongs to document {same_key.declaration_id}; "
                    "a new submission needs a new key."
                )
            row = documents.declaration_row(session, declaration_id)
            live = outbox_rows.live_for(session, declaration_id)
            if live is not None:
                return outbox_rows.item(live, row.unit_code)
            if same_key is not None:
                raise StoreError(
                    f"The submission key {key} was already answered; a new submission needs a new key."
                )
            if row.status not in (S.DRAFT, S.CHECKED):
                raise InvalidTransitionError(
                    f"Document {declaration_id} is {row.status.value} and cannot be declared; "
                    "only a draft or checked document can."
                )
            new = OutboxRow(
                declaration_id=declaration_id,
                idempotency_key=key,
                state=OutboxState.PENDING,
                attempts=0,
                last_error="",
                created_at=now,
                next_attempt_at=now,
            )
            session.add(new)
            row.status = S.PENDING
            row.updated_at = now
            session.flush()
            return outbox_rows.item(new, row.unit_code)

    def pending_items(
        self, *, due_by: datetime | None = None, unit_code: str | None = None
    ) -> list[OutboxItem]:
        """Items still waiting for an answer (PENDING, and SENDING ones left by a crash to reconcile),
        earliest next attempt first; with `due_by`, only those due by then; with `unit_code`, one unit's."""
        return self._items(outbox_rows.in_states(outbox_rows.LIVE_STATES, due_by, unit_code))

    def outbox_items(self, unit_code: str, states: Collection[OutboxState]) -> list[OutboxItem]:
        """One unit's outbox items in the given states, earliest next attempt first."""
        return self._items(outbox_rows.in_states(states, unit_code=unit_code))

    def outbox_item(self, key: str) -> OutboxItem | None:
        """The outbox item with idempotency `key`, or None."""
        with self._tx.read() as session:
            try:
                return outbox_rows.item(*outbox_rows.by_key(session, key))
            except NotFoundError:
                return None

    def outbox_for(self, declaration_id: int) -> OutboxItem | None:
        """The document's latest outbox item (its current or last submission)."""
        query = (
            outbox_rows.with_unit()
            .where(OutboxRow.declaration_id == declaration_id)
            .order_by(OutboxRow.id.desc())
            .limit(1)
        )
        found = self._items(query)
        return found[0] if found else None

    def mark_sending(self, key: str, *, at: datetime | None = None) -> OutboxItem:
        """Record that a request with this key is going out now, so that after a crash before its answer
        the item is found SENDING and reconciled with the agency rather than sent as new."""
        with self._tx.write() as session:
            row, unit_code = outbox_rows.by_key(session, key)
            if row.state is OutboxState.ANSWERED:
                raise InvalidTransitionError(
                    f"The submission {key} was already answered; it is not sent again."
                )
            row.state = OutboxState.SENDING
            row.sent_at = at or self._clock.now()
            return outbox_rows.item(row, unit_code)

    def record_attempt(self, key: str, error: str, next_at: datetime) -> OutboxItem:
        """Record a failed or unfinished attempt (agency unreachable, timeout, server error; `error` is its
        message, may be empty) and when to try again: the item is PENDING again, `attempts` one more."""
        with self._tx.write() as session:
            row, unit_code = outbox_rows.by_key(session, key)
            if row.state is OutboxState.ANSWERED:
                raise InvalidTransitionError(f"The submission {key} was already answered.")
            row.state = OutboxState.PENDING
            row.attempts += 1
            row.last_error = error
            row.next_attempt_at = next_at
            return outbox_rows.item(row, unit_code)

    def record_verdict(self, verdict: Verdict, *, at: datetime | None = None) -> OutboxItem:
        """Record the agency's verdict on the submission with its key, in one transaction: its raw answer
        kept with the item, the document moved to its status with the serial number and agency id, the
        agency's findings stored, and on approval the document applied to the local roster (and the
        record a revision replaces revoked). A key already answered changes nothing: the item is
        returned as it is."""
        return self._answer(verdict.idempotency_key, verdict.answer, at, verdict, verdict.agency_id)

    def _answer(
        self, key: str, answer: str, at: datetime | None, verdict: Verdict | None, agency_id: str | None
    ) -> OutboxItem:
        now = at or self._clock.now()
        with self._tx.write() as session:
            row, unit_code = outbox_rows.by_key(session, key)
            if row.state is OutboxState.ANSWERED:
                return outbox_rows.item(row, unit_code)
            row.state = OutboxState.ANSWERED
            row.answer_json = answer
            row.answered_at = now
            if verdict is not None:
                _settle(session, row.declaration_id, verdict, agency_id, now)
            return outbox_rows.item(row, unit_code)

    def _items(self, query: Select[OutboxRow, str]) -> list[OutboxItem]:
        with self._tx.read() as session:
            return [outbox_rows.item(row, unit_code) for row, unit_code in session.execute(query)]


def _settle(
    session: Session, declaration_id: int, verdict: Verdict, agency_id: str | None, at: datetime
) -> None:
    """What a verdict does to its document: status, serial, findings, and the local roster."""
    row = documents.declaration_row(session, declaration_id)
    documents.move(row, verdict.status, at, verdict.serial_number, agency_id)
    documents.set_findings(session, row, verdict.findings, FindingSource.AGENCY)
    if verdict.approved:
        roster_rows.apply(session, row.unit_code, convert.declaration(row))
        if row.replaces_serial:
            _revoke_replaced(session, row.unit_code, row.replaces_serial, at)


def _revoke_replaced(session: Session, unit_code: str, serial_number: str, at: datetime) -> None:
    """A revision approved is cancel-and-replace: the record it replaces is revoked with it."""
    replaced = session.scalar(
        select(DeclarationRow).where(
            DeclarationRow.unit_code == unit_code, DeclarationRow.serial_number == serial_number
        )
    )
    if replaced is not None and replaced.status is S.APPROVED:
        documents.move(replaced, S.REVOKED, at)
