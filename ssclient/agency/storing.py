"""Storing a planned submission in the session's transaction (the caller commits). The hot path of the
agency: Core statements and executemany, no ORM objects for the rows it writes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from ssclient.agency.db import (
    DECLARATION_PEOPLE,
    DECLARATIONS,
    PAYMENTS,
    SERIAL_DAYS,
    dialect_insert,
    insert_many,
)
from ssclient.agency.errors import ApiError
from ssclient.agency.planning import Plan, Replaced, shown_people
from ssclient.agency.revoking import revoke_row
from ssclient.agency.roster import write_states
from ssclient.agency.schemas import FindingOut, SubmissionOut
from ssclient.agency.wire import findings_to_json, local
from ssclient.domain.declaration import Declaration


@dataclass(frozen=True, slots=True)
class Received:
    """A submission as received: its unit, idempotency key, the hash of its canonical body, the declaration."""

    unit_id: int
    key: str
    body_hash: str
    declaration: Declaration
    submitted_by: str = ""  # the operator's log-in name; "" for the unit's administrator


def store_plan(db: Session, received: Received, plan: Plan, replaced: Replaced | None) -> SubmissionOut:
    """Write the record, its people and, when approved, its serial, the roster's changes, the replaced
    record's revocation and the payment amounts; the answer to the submission."""
    if plan.approved and replaced is not None:
        _revoke_replaced(db, received.unit_id, replaced, plan.submitted_at)
    declaration_id = _insert_record(db, received, plan, replaced)
    _store_people(db, received.unit_id, declaration_id, plan.people)
    serial = None
    if plan.approved:
        serial = _next_serial(db, plan.day)
        db.execute(_SET_SERIAL, {"row": declaration_id, "serial": serial})
        if replaced is not None:
            db.execute(_SET_SUCCESSOR, {"row": replaced.id, "successor": declaration_id})
        write_states(db, received.unit_id, plan.changes, plan.existing)
        rows = [{"declaration_id": declaration_id, "unit_id": received.unit_id, **p} for p in plan.payments]
        insert_many(db, PAYMENTS, rows)
    return SubmissionOut(
        id=declaration_id,
        status=plan.status,
        serial_number=serial,
        findings=[FindingOut.of(f) for f in plan.findings],
        submitted_at=local(plan.submitted_at),
        idempotency_key=received.key,
    )


def _revoke_replaced(db: Session, unit_id: int, replaced: Replaced, now: datetime) -> None:
    if not revoke_row(db, replaced.id, unit_id, replaced.roster_before, now):
        raise ApiError(
            409,
            "REPLACED_NOT_REVOCABLE",
            "The record was revoked or replaced a moment ago; it cannot be replaced.",
        )


def _insert_record(db: Session, received: Received, plan: Plan, replaced: Replaced | None) -> int:
    declaration = received.declaration
    inserted = db.connection().execute(
        _INSERT_DECLARATION,
        {
            "unit_id": received.unit_id,
            "idempotency_key": received.key,
            "body_hash": received.body_hash,
            "type": declaration.type.value,
            "period": str(declaration.period),
            "status": plan.status,
            "serial_number": None,
            "submitted_at": plan.submitted_at,
            "revoked_at": None,
            "replaces_id": replaced.id if replaced else None,
            "replaced_by_id": None,
            "line_count": plan.line_count,
            "people": json.dumps(shown_people(plan.people), ensure_ascii=False),
            "body": plan.body,
            "findings": findings_to_json(plan.findings),
            "roster_before": None
            if plan.roster_before is None
            else json.dumps(plan.roster_before, ensure_ascii=False),
            "submitted_by": received.submitted_by,
        },
    )
    key_of_row = inserted.inserted_primary_key
    assert key_of_row is not None  # an INSERT always has one
    return int(key_of_row[0])


# Built once, executed with parameters: building a statement per submission costs more than running it.
_INSERT_DECLARATION = DECLARATIONS.insert()
_SET_SERIAL = (
    DECLARATIONS.update()
    .where(DECLARATIONS.c.id == bindparam("row"))
    .values(serial_number=bindparam("serial"))
)
_SET_SUCCESSOR = (
    DECLARATIONS.update()
    .where(DECLARATIONS.c.id == bindparam("row"))
    .values(replaced_by_id=bindparam("successor"))
)


def _next_serial(db: Session, day: date) -> str:
    """SB, the business day, and that day's count of approved declarations in this agency: nothing tells
    how many were approved before, elsewhere or on other days."""
    text = f"{day:%Y%m%d}"
    insert = dialect_insert(db, SERIAL_DAYS).values(day=text, last=1)
    counted = insert.on_conflict_do_update(
        index_elements=[SERIAL_DAYS.c.day], set_={"last": SERIAL_DAYS.c.last + 1}
    ).returning(SERIAL_DAYS.c.last)
    return f"SB{text}{int(db.execute(counted).scalar_one()):08d}"


def _store_people(db: Session, unit_id: int, declaration_id: int, people: dict[str, str]) -> None:
    rows = [
        {"declaration_id": declaration_id, "unit_id": unit_id, "id_number": number[:40], "name": name[:60]}
        for number, name in people.items()
    ]
    insert_many(db, DECLARATION_PEOPLE, rows)
