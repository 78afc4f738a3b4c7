"""Storing a planned submission in the session's transaction (the caller commits). The hot path of the
agency: Core statements and executemany, no ORM objects for the rows it writes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, Text, bindparam, cast, func, select
from sqlalchemy.dialects import postgresql
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
        if replaced is not None:
            db.execute(_SET_SUCCESSOR, {"row": replaced.id, "successor": declaration_id})
        write_states(db, received.unit_id, plan.changes, plan.existing)
        rows = [{"declaration_id": declaration_id, "unit_id": received.unit_id, **p} for p in plan.payments]
        insert_many(db, PAYMENTS, rows)
        # Last, just before the commit: the day's count is one row that every approving review of every
        # unit updates and holds until its commit, so it is held for as short a time as can be.
        serial = _set_serial(db, declaration_id, plan.day)
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


def _set_serial(db: Session, declaration_id: int, day: date) -> str:
    """Give the record its serial number: SB, the business day, and that day's count of approved
    declarations in this agency (nothing tells how many were approved before, elsewhere or on other days).
    On PostgreSQL the count and the record are written by one statement (one round trip while the count's
    row is held); SQLite, one writer at a time, takes two."""
    text = f"{day:%Y%m%d}"
    if db.get_bind().dialect.name == "postgresql":
        return str(
            db.execute(
                _SERIAL_IN_ONE, {"day": text, "prefix": f"SB{text}", "row": declaration_id}
            ).scalar_one()
        )
    counted = dialect_insert(db, SERIAL_DAYS).values(day=text, last=1)
    counted = counted.on_conflict_do_update(
        index_elements=[SERIAL_DAYS.c.day], set_={"last": SERIAL_DAYS.c.last + 1}
    ).returning(SERIAL_DAYS.c.last)
    serial = f"SB{text}{int(db.execute(counted).scalar_one()):08d}"
    db.execute(_SET_SERIAL, {"row": declaration_id, "serial": serial})
    return serial


def _serial_in_one() -> Any:
    """PostgreSQL: count the day and set the record's serial (the count zero-padded to 8 digits)."""
    counted = (
        postgresql.insert(SERIAL_DAYS)
        .values(day=bindparam("day"), last=1)
        .on_conflict_do_update(index_elements=[SERIAL_DAYS.c.day], set_={"last": SERIAL_DAYS.c.last + 1})
        .returning(SERIAL_DAYS.c.last)
        .cte("counted")
    )
    digits = cast(select(counted.c.last).scalar_subquery(), Text)
    number = bindparam("prefix", type_=String) + func.lpad(digits, func.greatest(8, func.length(digits)), "0")
    return (
        DECLARATIONS.update()
        .where(DECLARATIONS.c.id == bindparam("row"))
        .values(serial_number=number)
        .returning(DECLARATIONS.c.serial_number)
    )


_SERIAL_IN_ONE = _serial_in_one()


def _store_people(db: Session, unit_id: int, declaration_id: int, people: dict[str, str]) -> None:
    rows = [
        {"declaration_id": declaration_id, "unit_id": unit_id, "id_number": number[:40], "name": name[:60]}
        for number, name in people.items()
    ]
    insert_many(db, DECLARATION_PEOPLE, rows)
