"""Outbox rows inside a transaction: finding them and handing them out as OutboxItem."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ssclient.store.errors import NotFoundError
from ssclient.store.models import DeclarationRow, OutboxRow
from ssclient.store.records import OutboxItem, OutboxState

# Items still waiting for the agency's answer.
LIVE_STATES = (OutboxState.PENDING, OutboxState.SENDING)


def with_unit() -> Select[OutboxRow, str]:
    """Outbox rows with their document's unit code."""
    return select(OutboxRow, DeclarationRow.unit_code).join(
        DeclarationRow, OutboxRow.declaration_id == DeclarationRow.id
    )


def by_key(session: Session, key: str) -> tuple[OutboxRow, str]:
    found = session.execute(with_unit().where(OutboxRow.idempotency_key == key)).first()
    if found is None:
        raise NotFoundError(f"No submission with key {key} is in the outbox.")
    return found[0], found[1]


def live_for(session: Session, declaration_id: int) -> OutboxRow | None:
    return session.scalar(
        select(OutboxRow).where(OutboxRow.declaration_id == declaration_id, OutboxRow.state.in_(LIVE_STATES))
    )


def in_states(
    states: Collection[OutboxState], due_by: datetime | None = None, unit_code: str | None = None
) -> Select[OutboxRow, str]:
    """Items in `states`, earliest next attempt first; optionally only those due, or one unit's."""
    query = (
        with_unit().where(OutboxRow.state.in_(list(states))).order_by(OutboxRow.next_attempt_at, OutboxRow.id)
    )
    if due_by is not None:
        query = query.where(OutboxRow.next_attempt_at <= due_by)
    if unit_code is not None:
        query = query.where(DeclarationRow.unit_code == unit_code)
    return query


def item(row: OutboxRow, unit_code: str) -> OutboxItem:
    return OutboxItem(
        idempotency_key=row.idempotency_key,
        declaration_id=row.declaration_id,
        unit_code=unit_code,
        state=row.state,
        attempts=row.attempts,
        created_at=row.created_at,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        sent_at=row.sent_at,
        answered_at=row.answered_at,
        answer_json=row.answer_json,
    )
