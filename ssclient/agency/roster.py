"""The agency's roster: rows ↔ domain RosterEntry, and what an approved declaration does to it.

Effects: add → active from the period; renewal → active again from the period, the back payment recorded;
interruption → interrupted from the period; base change → the new base from its effective month. Before a
declaration changes a row, the row's state is kept (a snapshot) so that revoking the declaration can put
it back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ssclient.agency.db import ROSTER, RosterRow, insert_many
from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import parse_amount
from ssclient.domain.period import Period
from ssclient.domain.roster import ALL_INSURANCES, RosterEntry
from ssclient.rules.person import normalize_name, parse_hukou

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
)
Snapshot = dict[str, Any]
_ALL_INSURANCES = ",".join(i.value for i in ALL_INSURANCES)

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


def row_state(row: RosterRow) -> Snapshot:
    return {column: getattr(row, column) for column in _STATE_COLUMNS}


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
    )


def entry_from_row(row: RosterRow) -> RosterEntry:
    return entry_from_state(row.id_number, row_state(row))


def load_states(db: Session, unit_id: int, id_numbers: Iterable[str] | None = None) -> dict[str, Snapshot]:
    """This unit's roster rows (all, or those of the given ID numbers) as states by ID number."""
    if id_numbers is None:
        found = db.execute(_ALL_STATES, {"unit": unit_id})
    else:
        wanted = sorted(set(id_numbers))
        if not wanted:
            return {}
        found = db.execute(_SOME_STATES, {"unit": unit_id, "numbers": wanted})
    return {row[0]: dict(zip(_STATE_COLUMNS, row[1:], strict=True)) for row in found}


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
    """The new state of every person an approved declaration touches (`states` holds the current ones)."""
    changed: dict[str, Snapshot] = {}
    for line in lines:
        number = normalize_id_number(line.id_number)
        current = states.get(number)
        if kind in (DeclarationType.ADD, DeclarationType.RENEWAL):
            changed[number] = _joined(kind, period, line, current)
        elif current is not None and kind is DeclarationType.INTERRUPTION:
            changed[number] = {
                **current,
                "status": PersonStatus.INTERRUPTED.value,
                "interrupted_from": str(period),
            }
        elif current is not None and kind is DeclarationType.BASE_CHANGE:
            changed[number] = _base_changed(period, line, current)
    return changed


def _joined(
    kind: DeclarationType, period: Period, line: DeclarationLine, current: Snapshot | None
) -> Snapshot:
    hukou = parse_hukou(line.hukou_type)
    backpay = (
        {k.value: v for k, v in line.backpay.items() if v > 0} if kind is DeclarationType.RENEWAL else {}
    )
    return {
        "name": normalize_name(line.name),
        "hukou_type": hukou.value if hukou else "",
        "status": PersonStatus.ACTIVE.value,
        "base_cents": to_cents(parse_amount(line.wage_base)),
        "since": str(period),
        "interrupted_from": None,
        "insurances": _ALL_INSURANCES,
        "base_history": "[]",
        "backpay": json.dumps(backpay, sort_keys=True) if backpay else "{}",
        "renewed_in": str(period) if kind is DeclarationType.RENEWAL else (current or {}).get("renewed_in"),
    }


def _base_changed(period: Period, line: DeclarationLine, current: Snapshot) -> Snapshot:
    """The new base from its effective month. The history lists every base with its first month (the
    first one from `since`), so that RosterEntry.base_on finds the base of any month; `base` is the
    latest declared."""
    since = Period.parse(current["since"])
    effective = Period.parse(line.effective_period) if line.effective_period.strip() else period
    effective = max(effective, since)
    cents = to_cents(parse_amount(line.wage_base))
    history = [(Period.parse(p), c) for p, c in json.loads(current["base_history"])]
    if not history:
        history = [(since, current["base_cents"])]
    history = [(p, c) for p, c in history if p != effective] + [(effective, cents)]
    history.sort()
    return {
        **current,
        "base_cents": history[-1][1],
        "base_history": json.dumps([[str(p), c] for p, c in history]),
    }


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
