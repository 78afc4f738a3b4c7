"""Submitting a declaration: reviewed at once, exactly once per idempotency key. The steps are separate —
`loading` reads the unit in its turn, `planning` judges (pure), `storing` writes — and this module runs
them in one transaction. `revoking` revokes; `queries` reads the records."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssclient.agency.db import DECLARATIONS, DeclarationRow, lock_unit
from ssclient.agency.errors import ApiError
from ssclient.agency.loading import read_unit_state
from ssclient.agency.planning import Rulebook, plan_submission
from ssclient.agency.schemas import DeclarationIn, SubmissionOut
from ssclient.agency.state import AgencyState
from ssclient.agency.storing import Received, store_plan
from ssclient.agency.wire import canonical_body, declaration_from_wire, submission_out


@dataclass(frozen=True, slots=True)
class Submitted:
    answer: SubmissionOut
    created: bool


def submit(
    state: AgencyState, unit_id: int, key: str, data: DeclarationIn, submitted_by: str = ""
) -> Submitted:
    """Review and store the submission once per key; `submitted_by` is the operator's log-in name ("" for
    the unit's administrator)."""
    body = canonical_body(data)
    body_hash = hashlib.sha256(body.encode("utf-8")).hexdigest()
    with state.sessions() as db:
        existing = _by_key(db, unit_id, key)
        if existing is not None:
            return Submitted(_replay(existing, body_hash), created=False)
        # One review of this unit at a time, in any process: the roster, the payment already declared and
        # the record to replace are read and changed in one turn. The key is looked up again in the turn.
        lock_unit(db, unit_id)
        existing = _by_key(db, unit_id, key)
        if existing is not None:
            db.rollback()
            return Submitted(_replay(existing, body_hash), created=False)
        try:
            answer = _review_and_store(
                state, db, Received(unit_id, key, body_hash, declaration_from_wire(data), submitted_by), body
            )
            db.commit()
        except IntegrityError as exc:
            # Another process stored the same key first: its answer is the answer. Or it changed the same
            # people's roster at the same moment: nothing of this one is stored, and sending it again is safe.
            db.rollback()
            existing = _by_key(db, unit_id, key)
            if existing is None:
                raise ApiError(
                    503,
                    "CONCURRENT_CHANGE",
                    "Another submission changed the same people at the same moment; send this one again.",
                    headers={"Retry-After": "1"},
                ) from exc
            return Submitted(_replay(existing, body_hash), created=False)
        return Submitted(answer, created=True)


def _review_and_store(state: AgencyState, db: Session, received: Received, body: str) -> SubmissionOut:
    """Read the unit, plan the submission, store the plan (the caller commits)."""
    declaration = received.declaration
    unit = read_unit_state(state, db, received.unit_id, declaration)
    plan = plan_submission(
        declaration, body, unit, Rulebook(state.policy, state.regions, state.policies()), state.clock.now()
    )
    if state.while_reviewing is not None:
        state.while_reviewing()
    return store_plan(db, received, plan, unit.replaced)


def find_by_key(state: AgencyState, unit_id: int, key: str) -> SubmissionOut:
    with state.sessions() as db:
        row = _by_key(db, unit_id, key)
        if row is None:
            raise ApiError(404, "NOT_FOUND", "The agency has received nothing under this idempotency key.")
        return submission_out(row)


def _by_key(db: Session, unit_id: int, key: str) -> DeclarationRow | None:
    # Most submissions are new: ask for the id alone (a prepared statement) before loading a row.
    found = db.execute(_ID_BY_KEY, {"unit": unit_id, "key": key}).first()
    return None if found is None else db.get(DeclarationRow, found[0])


_ID_BY_KEY = select(DECLARATIONS.c.id).where(
    DECLARATIONS.c.unit_id == bindparam("unit"), DECLARATIONS.c.idempotency_key == bindparam("key")
)


def _replay(row: DeclarationRow, body_hash: str) -> SubmissionOut:
    if row.body_hash != body_hash:
        raise ApiError(
            409,
            "IDEMPOTENCY_KEY_REUSED",
            "This idempotency key was already used for a different declaration; a new declaration needs a new key.",
        )
    return submission_out(row)
