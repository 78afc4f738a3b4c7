"""Declarations: submit (reviewed at once, exactly once per idempotency key) and revoke; `queries` reads
them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssclient.agency import queries
from ssclient.agency.db import (
    DECLARATION_PEOPLE,
    DECLARATIONS,
    PAYMENTS,
    SERIAL_DAYS,
    UNITS,
    DeclarationPersonRow,
    DeclarationRow,
    dialect_insert,
    insert_many,
    lock_unit,
)
from ssclient.agency.errors import ApiError
from ssclient.agency.review import ReviewData, review
from ssclient.agency.roster import (
    Snapshot,
    apply_declaration,
    entry_from_state,
    load_people,
    load_states,
    to_cents,
    write_states,
)
from ssclient.agency.schemas import (
    DeclarationIn,
    DeclarationOut,
    FindingOut,
    SubmissionOut,
)
from ssclient.agency.state import AgencyState
from ssclient.agency.wire import (
    canonical_body,
    declaration_from_wire,
    findings_to_json,
    local,
    submission_out,
)
from ssclient.domain.clock import today
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, Severity
from ssclient.domain.findings import Finding, has_errors
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period
from ssclient.policy.window import window_open_for
from ssclient.rules.payment import BackPayRequest
from ssclient.rules.person import normalize_name

# How many names a summary lists ("张三, 李四, 王五 and 97 more").
_PEOPLE_SHOWN = 3
APPROVED = DeclarationStatus.APPROVED.value


@dataclass(frozen=True, slots=True)
class Submitted:
    answer: SubmissionOut
    created: bool


def submit(state: AgencyState, unit_id: int, key: str, data: DeclarationIn) -> Submitted:
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
            answer = _review_and_store(state, db, unit_id, key, body_hash, body, data)
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


def _review_and_store(
    state: AgencyState, db: Session, unit_id: int, key: str, body_hash: str, body: str, data: DeclarationIn
) -> SubmissionOut:
    """Review and store one submission in the session's transaction (the caller commits). The hot path of
    the agency: Core statements and executemany, no ORM objects for the rows it writes."""
    declaration = declaration_from_wire(data)
    now = state.clock.now()
    day = today(state.clock)
    replaced = _replaced(state, db, unit_id, declaration) if declaration.replaces_serial else None
    replaced_snapshot: dict[str, Snapshot | None] = (
        json.loads(replaced.roster_before or "{}") if replaced else {}
    )
    people = _people(declaration)
    is_payment = declaration.type is DeclarationType.PAYMENT
    elsewhere: set[str] = set()
    if is_payment:
        current = load_states(db, unit_id)
    else:
        current, elsewhere = load_people(db, unit_id, [*people, *replaced_snapshot])
    # The roster as it will be once the replaced record is revoked: the new one is judged against that.
    virtual: dict[str, Snapshot | None] = {**current, **replaced_snapshot}
    roster = {number: entry_from_state(number, s) for number, s in virtual.items() if s is not None}
    data_for_review = ReviewData(
        policy=state.policy,
        regions=state.regions,
        today=day,
        roster=roster,
        insured_elsewhere=frozenset(elsewhere & people.keys() if declaration.type in _JOINING else ()),
        industry_class=_industry_class(db, unit_id),
        backpay=_backpay_granted(virtual, declaration.period) if is_payment else (),
        payment_declared_as=_payment_declared(db, unit_id, declaration.period, replaced)
        if is_payment
        else None,
    )
    findings = review(declaration, data_for_review)
    approved = not has_errors(findings)
    changes = (
        apply_declaration(declaration.type, declaration.period, declaration.lines, virtual)
        if approved
        else {}
    )
    if approved and replaced is not None and not _revoke_row(db, replaced, now):
        raise _replaced_meanwhile()
    status = APPROVED if approved else DeclarationStatus.REJECTED.value
    inserted = db.connection().execute(
        _INSERT_DECLARATION,
        {
            "unit_id": unit_id,
            "idempotency_key": key,
            "body_hash": body_hash,
            "type": declaration.type.value,
            "period": str(declaration.period),
            "status": status,
            "serial_number": None,
            "submitted_at": now,
            "revoked_at": None,
            "replaces_id": replaced.id if replaced else None,
            "replaced_by_id": None,
            # A payment has a line per person, insurance type and month: its count is of people.
            "line_count": len(people) if is_payment else len(declaration.lines),
            "people": json.dumps(list(people.values())[:_PEOPLE_SHOWN], ensure_ascii=False),
            "body": body,
            "findings": findings_to_json(findings),
            "roster_before": json.dumps({n: virtual.get(n) for n in changes}, ensure_ascii=False)
            if approved
            else None,
        },
    )
    key_of_row = inserted.inserted_primary_key
    assert key_of_row is not None  # an INSERT always has one
    declaration_id = int(key_of_row[0])
    _store_people(db, unit_id, declaration_id, people)
    serial = None
    if approved:
        serial = _next_serial(db, day)
        db.execute(_SET_SERIAL, {"row": declaration_id, "serial": serial})
        if replaced is not None:
            db.execute(_SET_SUCCESSOR, {"row": replaced.id, "successor": declaration_id})
        existing = {number for number, s in virtual.items() if s is not None}
        write_states(db, unit_id, changes, existing)
        if is_payment:
            _store_payments(db, unit_id, declaration_id, declaration)
    return SubmissionOut(
        id=declaration_id,
        status=status,
        serial_number=serial,
        findings=[FindingOut.of(f) for f in findings],
        submitted_at=local(now),
        idempotency_key=key,
    )


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


def _replaced_meanwhile() -> ApiError:
    return ApiError(
        409,
        "REPLACED_NOT_REVOCABLE",
        "The record was revoked or replaced a moment ago; it cannot be replaced.",
    )


def _industry_class(db: Session, unit_id: int) -> int:
    return int(db.execute(_INDUSTRY_CLASS, {"unit": unit_id}).scalar() or 1)


_INDUSTRY_CLASS = select(UNITS.c.industry_class).where(UNITS.c.id == bindparam("unit"))


_JOINING = (DeclarationType.ADD, DeclarationType.RENEWAL)


def _people(declaration: Declaration) -> dict[str, str]:
    """ID number → name of everyone on the declaration, in order, once each."""
    people: dict[str, str] = {}
    sources = (
        ((p.id_number, p.name) for p in declaration.payments)
        if declaration.type is DeclarationType.PAYMENT
        else ((line.id_number, line.name) for line in declaration.lines)
    )
    for raw_number, raw_name in sources:
        number = normalize_id_number(raw_number)
        if number and number not in people:
            people[number] = normalize_name(raw_name)
    return people


def _store_people(db: Session, unit_id: int, declaration_id: int, people: dict[str, str]) -> None:
    if people:
        rows = [
            {
                "declaration_id": declaration_id,
                "unit_id": unit_id,
                "id_number": number[:40],
                "name": name[:60],
            }
            for number, name in people.items()
        ]
        insert_many(db, DECLARATION_PEOPLE, rows)


def _store_payments(db: Session, unit_id: int, declaration_id: int, declaration: Declaration) -> None:
    rows = [
        {
            "declaration_id": declaration_id,
            "unit_id": unit_id,
            "period": str(line.period),
            "for_period": str(line.for_period or line.period),
            "id_number": normalize_id_number(line.id_number)[:40],
            "name": normalize_name(line.name)[:60],
            "insurance": line.insurance.value,
            "base_cents": to_cents(line.base),
            "employer_cents": to_cents(line.employer_amount),
            "employee_cents": to_cents(line.employee_amount),
        }
        for line in declaration.payments
    ]
    insert_many(db, PAYMENTS, rows)


def _backpay_granted(states: dict[str, Snapshot | None], period: Period) -> list[BackPayRequest]:
    requests = []
    for number, state in states.items():
        if state is not None and state["renewed_in"] == str(period):
            for insurance, months in json.loads(state["backpay"]).items():
                requests.append(BackPayRequest(number, InsuranceType(insurance), int(months)))
    return requests


def _payment_declared(
    db: Session, unit_id: int, period: Period, replaced: DeclarationRow | None
) -> str | None:
    query = select(DeclarationRow.serial_number).where(
        DeclarationRow.unit_id == unit_id,
        DeclarationRow.type == DeclarationType.PAYMENT.value,
        DeclarationRow.period == str(period),
        DeclarationRow.status == APPROVED,
    )
    if replaced is not None:
        query = query.where(DeclarationRow.id != replaced.id)
    return db.scalar(query.limit(1))


def _replaced(state: AgencyState, db: Session, unit_id: int, declaration: Declaration) -> DeclarationRow:
    row = db.scalar(
        select(DeclarationRow).where(
            DeclarationRow.unit_id == unit_id, DeclarationRow.serial_number == declaration.replaces_serial
        )
    )
    if row is None:
        raise ApiError(404, "REPLACED_NOT_FOUND", "The record to replace does not exist for this unit.")
    if row.type != declaration.type.value:
        raise ApiError(
            409,
            "REPLACED_NOT_REVOCABLE",
            "A revision must be of the same business type as the record it replaces.",
        )
    refusal = _revocation_refusal(state, db, row)
    if refusal is not None:
        raise ApiError(409, "REPLACED_NOT_REVOCABLE", f"The record cannot be replaced: {refusal[1]}")
    return row


# --- revoking ----------------------------------------------------------------------------------------


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
        refusal = _revocation_refusal(state, db, row)
        if refusal is not None:
            raise ApiError(409, *refusal)
        if not _revoke_row(db, row, state.clock.now()):
            raise ApiError(409, "REVOKE_NOT_APPROVED", "The declaration was revoked a moment ago.")
        db.commit()
    return queries.get_declaration(state, unit_id, declaration_id)


def _revocation_refusal(
    state: AgencyState, db: Session, row: DeclarationRow
) -> tuple[str, str] | tuple[str, str, tuple[Finding, ...]] | None:
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
    own_people = select(DeclarationPersonRow.id_number).where(DeclarationPersonRow.declaration_id == row.id)
    later = db.scalar(
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
    if later is not None:
        message = (
            f"The later declaration {later} builds on this one for the same people; revoke that one first."
        )
        # The serial also as a parameter, so that a client can name it in its own language.
        blocking = Finding("REVOKE_DEPENDENT", Severity.ERROR, "serial_number", message, {"serial": later})
        return ("REVOKE_DEPENDENT", message, (blocking,))
    return None


def _revoke_row(db: Session, row: DeclarationRow, now: datetime) -> bool:
    """Mark the record revoked, if it is still approved, and put the roster back as it was before it.
    False: it was not approved any more (nothing changed)."""
    revoked = db.connection().execute(
        update(DeclarationRow)
        .where(DeclarationRow.id == row.id, DeclarationRow.status == APPROVED)
        .values(status=DeclarationStatus.REVOKED.value, revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    if revoked.rowcount != 1:
        return False
    snapshot: dict[str, Snapshot | None] = json.loads(row.roster_before or "{}")
    current = load_states(db, row.unit_id, snapshot)
    write_states(db, row.unit_id, snapshot, current)
    return True
