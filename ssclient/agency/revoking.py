"""Revoking an approved declaration while its period's window is open, and putting the roster back as it was
before it (also the first half of a revision: the record it replaces is revoked in the same turn)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ssclient.agency import queries
from ssclient.agency.db import DeclarationPersonRow, DeclarationRow, lock_unit
from ssclient.agency.errors import ApiError
from ssclient.agency.roster import Snapshot, load_states, write_states
from ssclient.agency.schemas import DeclarationOut
from ssclient.agency.state import AgencyState
from ssclient.domain.clock import today
from ssclient.domain.enums import DeclarationStatus, DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.policy.window import window_open_for

APPROVED = DeclarationStatus.APPROVED.value
Refusal = tuple[str, str] | tuple[str, str, tuple[Finding, ...]]


def revoke(state: AgencyState, unit_id: int, declaration_id: int) -> DeclarationOut:
    with state.sessions() as db:
        lock_unit(db, unit_id)
        row = db.scalar(
            select(DeclarationRow).where(
                DeclarationRow.id == declaration_id, DeclarationRow.unit_id == unit_id
            )
        )
        if row is None:
            raise queries.not_found()
        refusal = revocation_refusal(state, db, row)
        if refusal is not None:
            raise ApiError(409, *refusal)
        if not revoke_row(db, row.id, row.unit_id, snapshot_of(row), state.clock.now()):
            raise ApiError(409, "REVOKE_NOT_APPROVED", "The declaration was revoked a moment ago.")
        db.commit()
    return queries.get_declaration(state, unit_id, declaration_id)


def snapshot_of(row: DeclarationRow) -> dict[str, Snapshot | None]:
    """The roster entries the record changed, as they were before it."""
    snapshot: dict[str, Snapshot | None] = json.loads(row.roster_before or "{}")
    return snapshot


def revocation_refusal(state: AgencyState, db: Session, row: DeclarationRow) -> Refusal | None:
    """Why this record cannot be revoked now (a code, a sentence, maybe findings), or None when it can."""
    if row.status != APPROVED:
        return (
            "REVOKE_NOT_APPROVED",
            f"Only an approved declaration can be revoked; this one is {row.status}.",
        )
    period = Period.parse(row.period)
    if not window_open_for(state.policy, today(state.clock), period):
        return (
            "REVOKE_WINDOW_CLOSED",
            f"A declaration can be revoked only within its own period's window (days {state.policy.window_first_day}"
            f" to {state.policy.window_last_day} of {period}), which has passed.",
        )
    if row.type == DeclarationType.PAYMENT.value:
        # A payment changes no roster entry, so nothing declared later builds on it: it may be revoked or
        # revised (cancel-and-replace) whatever came after, as long as its window is open.
        return None
    later = _later_on_same_people(db, row)
    if later is not None:
        message = (
            f"The later declaration {later} builds on this one for the same people; revoke that one first."
        )
        # The serial also as a parameter, so that a client can name it in its own language.
        blocking = Finding("REVOKE_DEPENDENT", Severity.ERROR, "serial_number", message, {"serial": later})
        return ("REVOKE_DEPENDENT", message, (blocking,))
    return None


def _later_on_same_people(db: Session, row: DeclarationRow) -> str | None:
    """The serial of a later approved declaration of the unit naming someone this one names, if any."""
    own_people = select(DeclarationPersonRow.id_number).where(DeclarationPersonRow.declaration_id == row.id)
    return db.scalar(
        select(DeclarationRow.serial_number)
        .join(DeclarationPersonRow, DeclarationPersonRow.declaration_id == DeclarationRow.id)
        .where(
            DeclarationRow.unit_id == row.unit_id,
            DeclarationRow.id > row.id,
            DeclarationRow.status == APPROVED,
            DeclarationPersonRow.unit_id == row.unit_id,
            DeclarationPersonRow.id_number.in_(own_people),
        )
        .limit(1)
    )


def revoke_row(
    db: Session, row_id: int, unit_id: int, roster_before: dict[str, Snapshot | None], now: datetime
) -> bool:
    """Mark the record revoked, if it is still approved, and put the roster back as it was before it.
    False: it was not approved any more (nothing changed)."""
    revoked = db.connection().execute(
        update(DeclarationRow)
        .where(DeclarationRow.id == row_id, DeclarationRow.status == APPROVED)
        .values(status=DeclarationStatus.REVOKED.value, revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    if revoked.rowcount != 1:
        return False
    current = load_states(db, unit_id, roster_before)
    write_states(db, unit_id, roster_before, current)
    return True
