"""Roster rows inside a transaction: reading entries fast, and following an approved declaration."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry
from ssclient.rules.roster_changes import UnreadableLineError, apply_declaration
from ssclient.store import convert, documents
from ssclient.store.errors import StoreError
from ssclient.store.models import Base, PersonRow, UnitRow

# Read as plain columns, not ORM objects: 10,000 entries come back several times faster.
COLUMNS = (
    PersonRow.id_number,
    PersonRow.name,
    PersonRow.hukou_type,
    PersonRow.status,
    PersonRow.base,
    PersonRow.since,
    PersonRow.interrupted_from,
    PersonRow.insurances,
    PersonRow.base_history,
    PersonRow.womens_category,
    PersonRow.migrant_insurance,
    PersonRow.id_type,
    PersonRow.nationality,
    PersonRow.migrant_worker,
    PersonRow.province,
    PersonRow.city,
    PersonRow.county,
    PersonRow.renewed_in,
    PersonRow.backpay,
)


_PERSONS = Base.metadata.tables[PersonRow.__tablename__]


def entries(session: Session, *conditions: Any) -> dict[str, RosterEntry]:
    rows = session.execute(select(*COLUMNS).where(*conditions))
    return {row[0]: convert.roster_entry(*row) for row in rows}


def insert_entries(session: Session, unit_code: str, new: list[RosterEntry]) -> None:
    if new:
        rows = (convert.person_row(unit_code, entry) for entry in new)
        documents.insert_rows(session, _PERSONS, convert.PERSON_COLUMNS, rows)


def apply(session: Session, unit_code: str, declaration: Declaration) -> None:
    """Follow an approved declaration on the unit's roster (see roster_changes)."""
    if declaration.type is DeclarationType.PAYMENT:
        return
    wanted = {normalize_id_number(line.id_number) for line in declaration.lines}
    current = entries(session, PersonRow.unit_code == unit_code, PersonRow.id_number.in_(wanted))
    try:
        changed = apply_declaration(current, declaration)
    except UnreadableLineError as error:
        raise StoreError(f"The approved document cannot be applied to the local roster: {error}.") from error
    if not changed:
        return
    numbers = [entry.id_number for entry in changed]
    session.execute(
        delete(PersonRow).where(PersonRow.unit_code == unit_code, PersonRow.id_number.in_(numbers))
    )
    insert_entries(session, unit_code, changed)
    set_tag(session, unit_code, "")  # no longer exactly what the agency sent under its tag


def set_tag(session: Session, unit_code: str, tag: str) -> None:
    """The agency's tag of the unit's roster as now stored ("": none, the next refresh takes it whole)."""
    session.execute(update(UnitRow).where(UnitRow.unit_code == unit_code).values(roster_tag=tag or None))
