"""The agency's roster: rows ↔ domain RosterEntry, and what an approved declaration does to it.

Effects (rules.roster_changes, shared with the client): add → active from the period; renewal → active
again from the period, and here its back payment recorded; interruption → interrupted from the period;
base change → the new base from its effective month; information change → the person's facts corrected.
Before a declaration changes a row, the row's state is kept (a snapshot) so that revoking the declaration
can put it back.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ssclient.agency.db import ROSTER, UNITS, insert_many
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.rules import roster_changes

# The person's identity and migrant-worker facts (RosterEntry), kept as they are written.
FACT_COLUMNS = ("id_type", "nationality", "migrant_worker", "province", "city", "county")
# The columns a snapshot keeps (everything but the keys).
_STATE_COLUMNS = (
    "name",
    "hukou_type",
    "status",
    "base_cents",
    "since",
    "interrupted_from",
    "insurances",
    "base_history",
    "backpay",
    "renewed_in",
    "womens_category",
    "migrant_insurance",
    *FACT_COLUMNS,
)
Snapshot = dict[str, Any]

# Built once: the review runs these for every submission.
_STATES = select(ROSTER.c.id_number, *(ROSTER.c[name] for name in _STATE_COLUMNS))
_ALL_STATES = _STATES.where(ROSTER.c.unit_id == bindparam("unit"))
_SOME_STATES = _ALL_STATES.where(ROSTER.c.id_number.in_(bindparam("numbers", expanding=True)))
_ANYWHERE = select(ROSTER.c.unit_id, ROSTER.c.id_number, *(ROSTER.c[name] for name in _STATE_COLUMNS)).where(
    ROSTER.c.id_number.in_(bindparam("numbers", expanding=True))
)
_STATUS_INDEX = _STATE_COLUMNS.index("status")


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def entry_from_state(id_number: str, state: Mapping[str, Any]) -> RosterEntry:
    history = tuple((Period.parse(p), from_cents(c)) for p, c in json.loads(state["base_history"]))
    return RosterEntry(
        id_number=id_number,
        name=state["name"],
        status=PersonStatus(state["status"]),
        base=from_cents(state["base_cents"]),
        since=Period.parse(state["since"]),
        hukou_type=state["hukou_type"],
        insurances=tuple(InsuranceType(x) for x in state["insurances"].split(",") if x),
        interrupted_from=Period.parse(state["interrupted_from"]) if state["interrupted_from"] else None,
        base_history=history,
        womens_category=state.get("womens_category") or "",
        migrant_insurance=state.get("migrant_insurance") or "",
        id_type=state.get("id_type") or "",
        nationality=state.get("nationality") or "",
        migrant_worker=state.get("migrant_worker") or "",
        province=state.get("province") or "",
        city=state.get("city") or "",
        county=state.get("county") or "",
    )


def load_states(db: Session, unit_id: int, id_numbers: Iterable[str] | None = None) -> dict[str, Snapshot]:
    """This unit's roster rows (all, or those of the given ID numbers) as states by ID number."""
    if id_numbers is None:
        found = db.execute(_ALL_STATES, {"unit": unit_id})
    else:
        wanted = sorted(set(id_numbers))
        if not wanted:
            return {}
        found = db.execute(_SOME_STATES, {"unit": unit_id, "numbers": wanted})
    # all(): fetched in one call, not a row at a time (a 90,000-person roster took a second more so).
    return {row[0]: dict(zip(_STATE_COLUMNS, row[1:], strict=True)) for row in found.all()}


def load_people(db: Session, unit_id: int, id_numbers: Iterable[str]) -> tuple[dict[str, Snapshot], set[str]]:
    """In one query: this unit's roster states of the given people, and which of them are actively
    insured by another unit right now."""
    wanted = sorted(set(id_numbers))
    states: dict[str, Snapshot] = {}
    elsewhere: set[str] = set()
    if not wanted:
        return states, elsewhere
    for row in db.execute(_ANYWHERE, {"numbers": wanted}):
        if row[0] == unit_id:
            states[row[1]] = dict(zip(_STATE_COLUMNS, row[2:], strict=True))
        elif row[2 + _STATUS_INDEX] == PersonStatus.ACTIVE.value:
            elsewhere.add(row[1])
    return states, elsewhere


def apply_declaration(
    kind: DeclarationType,
    period: Period,
    lines: Iterable[DeclarationLine],
    states: Mapping[str, Snapshot | None],
) -> dict[str, Snapshot]:
    """The new state of every person an approved declaration touches (`states` holds the current ones).
    The roster effect is the rulebook's (rules.roster_changes, the client's too); the agency adds what
    only it keeps: a renewal's back payment and month."""
    lines = list(lines)
    by_person = {normalize_id_number(line.id_number): line for line in lines}
    current = {n: entry_from_state(n, state) for n in by_person if (state := states.get(n)) is not None}
    changed = roster_changes.apply_declaration(current, Declaration(kind, period, lines))
    return {
        entry.id_number: _state(entry, kind, period, by_person[entry.id_number], states.get(entry.id_number))
        for entry in changed
    }


def _state(
    entry: RosterEntry, kind: DeclarationType, period: Period, line: DeclarationLine, old: Snapshot | None
) -> Snapshot:
    """A roster entry as a row's state; the back payment and renewal month carried over unless the
    declaration is itself an add or a renewal (a new spell)."""
    backpay, renewed_in = (old or {}).get("backpay") or "{}", (old or {}).get("renewed_in")
    if kind in (DeclarationType.ADD, DeclarationType.RENEWAL):
        months = {k.value: v for k, v in line.backpay.items() if v > 0}
        # A renewal, or an add of someone hired before the period, may carry back payment.
        backpay = json.dumps(months, sort_keys=True) if months else "{}"
        renewed_in = str(period)
    return {
        "name": entry.name,
        "hukou_type": entry.hukou_type,
        "status": entry.status.value,
        "base_cents": to_cents(entry.base),
        "since": str(entry.since),
        "interrupted_from": str(entry.interrupted_from) if entry.interrupted_from else None,
        "insurances": _insurances_text(entry.insurances),
        "base_history": json.dumps([[str(start), to_cents(base)] for start, base in entry.base_history])
        if entry.base_history
        else "[]",
        "backpay": backpay,
        "renewed_in": renewed_in,
        "womens_category": entry.womens_category,
        "migrant_insurance": entry.migrant_insurance,
        **{column: getattr(entry, column) for column in FACT_COLUMNS},
    }


@functools.cache
def _insurances_text(insurances: tuple[InsuranceType, ...]) -> str:
    # Cached: a review stores this for every line, and nearly every line has the same set.
    return ",".join(insurance.value for insurance in insurances)


def write_states(
    db: Session, unit_id: int, new: Mapping[str, Snapshot | None], existing: Iterable[str]
) -> None:
    """Store new states: update rows that exist, insert the others, delete those whose state is None."""
    existing = set(existing)
    inserts = [
        {"unit_id": unit_id, "id_number": number, **state}
        for number, state in new.items()
        if state is not None and number not in existing
    ]
    insert_many(db, ROSTER, inserts)
    table = ROSTER
    key = (table.c.unit_id == bindparam("key_unit"), table.c.id_number == bindparam("key_number"))
    updates = [
        {"key_unit": unit_id, "key_number": number, **state}
        for number, state in new.items()
        if state is not None and number in existing
    ]
    if updates:
        db.execute(table.update().where(*key), updates)
    removed = [
        {"key_unit": unit_id, "key_number": n} for n, state in new.items() if state is None and n in existing
    ]
    if removed:
        db.execute(table.delete().where(*key), removed)
    if inserts or updates or removed:
        db.execute(update(UNITS).where(UNITS.c.id == unit_id).values(roster_tag=_new_tag()))


def roster_tag(db: Session, unit_id: int) -> str:
    """The tag of the unit's roster as it is now. A roster never tagged (a unit made before tags were) is
    given one now, committed, unless another process tagged it first."""
    tag = db.scalar(select(UNITS.c.roster_tag).where(UNITS.c.id == unit_id))
    if tag:
        return str(tag)
    untagged = (UNITS.c.id == unit_id, UNITS.c.roster_tag == "")
    db.execute(update(UNITS).where(*untagged).values(roster_tag=_new_tag()))
    db.commit()
    return str(db.scalar(select(UNITS.c.roster_tag).where(UNITS.c.id == unit_id)))


def _new_tag() -> str:
    # Random, not a count: a database made again cannot hand out a tag a client already holds.
    return uuid.uuid4().hex
