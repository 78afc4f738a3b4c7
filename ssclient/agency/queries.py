"""Reading declarations: one with its lines, and the records query (criteria, sort, pages)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, UnaryExpression, func, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ssclient.agency.db import DeclarationPersonRow, DeclarationRow, contains_pattern
from ssclient.agency.errors import ApiError
from ssclient.agency.schemas import DeclarationOut, DeclarationSummaryOut
from ssclient.agency.state import AgencyState
from ssclient.agency.wire import declaration_out, summary_out
from ssclient.domain.identity import normalize_id_number
from ssclient.rules.person import normalize_name


def get_declaration(state: AgencyState, unit_id: int, declaration_id: int) -> DeclarationOut:
    with state.sessions() as db:
        found = _linked(db, [DeclarationRow.id == declaration_id, DeclarationRow.unit_id == unit_id])
        if not found:
            raise not_found()
        return declaration_out(*found[0])


def not_found() -> ApiError:
    return ApiError(404, "NOT_FOUND", "There is no such declaration for this unit.")


def unit_record(db: Session, unit_id: int, declaration_id: int) -> DeclarationRow:
    """The unit's declaration `declaration_id`; another unit's, as one that does not exist, is not found."""
    row = db.get(DeclarationRow, declaration_id)
    if row is None or row.unit_id != unit_id:
        raise not_found()
    return row


Linked = tuple[DeclarationRow, str | None, str | None]

# What the records query sorts by (schemas.DeclarationSortName): each has an index (unit, column, id).
SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "serial_number": DeclarationRow.serial_number,
    "type": DeclarationRow.type,
    "period": DeclarationRow.period,
    "status": DeclarationRow.status,
    "submitted_at": DeclarationRow.submitted_at,
}


# A criterion and a sort that one index serves together (db: ix_declaration_unit_status_period and the
# ones beside it): the rows that match come in order from an index walk, a deep page without a sort.
WALKED_TOGETHER = {
    ("status", "period"),
    ("status", "submitted_at"),
    ("type", "period"),
    ("type", "submitted_at"),
}


def _order(sort: str | None, descending: bool | None, narrowed: bool = False) -> list[UnaryExpression[Any]]:
    """ORDER BY of the records query: the column asked for, ties by id in the same direction (so that
    pages of one order never overlap or skip, and the index serves it); without one, newest first.

    `narrowed`: the rows are picked by another indexed criterion (type, status, person). Walking the sort
    column's index and dropping the rows that do not match takes a pass over the whole history when few
    match (0.1 s on 100,000); the criterion's own index and a sort of what it finds take milliseconds
    (16 ms when 90,000 match). The column is then given as an expression (coalesce of itself), which the
    database sorts rather than walking an index for."""
    columns: list[ColumnElement[Any]] = [DeclarationRow.id.expression]
    if sort is not None:
        column = SORT_COLUMNS[sort]
        columns.insert(0, func.coalesce(column, column) if narrowed else column.expression)
    down = descending if descending is not None else sort is None
    ordered = [column.desc() if down else column.asc() for column in columns]
    if sort == "serial_number":
        # Rejected records have none: first going up, last going down, as SQLite always sorts NULL
        # (PostgreSQL's default is the other way round; saying it explicitly keeps SQLite's index walk).
        ordered[0] = ordered[0].nulls_last() if down else ordered[0].nulls_first()
    return ordered


_NEWEST_FIRST = _order(None, None)


def _linked(
    db: Session,
    conditions: list[ColumnElement[bool]],
    offset: int = 0,
    limit: int | None = None,
    order: list[UnaryExpression[Any]] = _NEWEST_FIRST,
) -> list[Linked]:
    """Declarations (in `order`) with the serial numbers of the records they replace / are replaced by."""
    # The page's ids first (an index walk), then the rows and their links for those ids only.
    page = (
        select(DeclarationRow.id).where(*conditions).order_by(*order).offset(offset).limit(limit).subquery()
    )
    replaces = aliased(DeclarationRow)
    replaced_by = aliased(DeclarationRow)
    query = (
        select(DeclarationRow, replaces.serial_number, replaced_by.serial_number)
        .join(page, page.c.id == DeclarationRow.id)
        .outerjoin(replaces, replaces.id == DeclarationRow.replaces_id)
        .outerjoin(replaced_by, replaced_by.id == DeclarationRow.replaced_by_id)
        .order_by(*order)
    )
    return [(found[0], found[1], found[2]) for found in db.execute(query)]


def person_texts(text: str) -> tuple[str | None, str | None]:
    """The text as part of an ID number and as part of a name, None for what it cannot be part of: a name
    has no digit; an ID number, of any document, only ASCII letters and digits. Each lookup costs a pass
    over the unit's entries, so one that cannot match is not made."""
    id_text, name_text = normalize_id_number(text), normalize_name(text)
    maybe_id = id_text.isascii()
    maybe_name = not any(character.isdigit() for character in name_text)
    return (
        id_text if maybe_id or not maybe_name else None,
        name_text if maybe_name or not maybe_id else None,
    )


def person_patterns(text: str) -> tuple[str | None, str | None]:
    """LIKE patterns (contains_pattern) of person_texts."""
    id_text, name_text = person_texts(text)
    return (
        None if id_text is None else contains_pattern(id_text),
        None if name_text is None else contains_pattern(name_text),
    )


def _contains(column: InstrumentedAttribute[str], text: str, sqlite: bool) -> ColumnElement[bool]:
    """`column` contains `text`. SQLite's LIKE runs its general pattern matcher on every entry (and folds
    ASCII letters' case): for text without ASCII letters, where folding changes nothing, instr finds the
    same entries in a third of the time (a name among a unit's 200,000 entries)."""
    if sqlite and not any("a" <= character <= "z" for character in text.lower()):
        return func.instr(column, text) > 0
    return column.like(contains_pattern(text), escape="\\")


def _with_person(unit_id: int, text: str, sqlite: bool) -> Select[int] | CompoundSelect[int]:
    """The ids of the unit's declarations with someone whose ID number or name contains `text`."""
    lookups = [
        select(DeclarationPersonRow.declaration_id).where(
            DeclarationPersonRow.unit_id == unit_id, _contains(column, part, sqlite)
        )
        for column, part in zip(
            (DeclarationPersonRow.id_number, DeclarationPersonRow.name), person_texts(text), strict=True
        )
        if part is not None
    ]
    return lookups[0] if len(lookups) == 1 else union_all(*lookups)


@dataclass(frozen=True, slots=True)
class Criteria:
    period_from: str | None = None
    period_to: str | None = None
    type: str | None = None
    status: str | None = None
    person: str | None = None
    offset: int = 0
    limit: int = 100
    # A key of SORT_COLUMNS or None (submission order); None for descending: newest first without a
    # sort, ascending with one.
    sort: str | None = None
    descending: bool | None = None


def query_declarations(
    state: AgencyState, unit_id: int, criteria: Criteria
) -> tuple[list[DeclarationSummaryOut], int]:
    conditions = [DeclarationRow.unit_id == unit_id]
    if criteria.period_from:
        conditions.append(DeclarationRow.period >= criteria.period_from)
    if criteria.period_to:
        conditions.append(DeclarationRow.period <= criteria.period_to)
    if criteria.type:
        conditions.append(DeclarationRow.type == criteria.type)
    if criteria.status:
        conditions.append(DeclarationRow.status == criteria.status)
    text = (criteria.person or "").strip()
    if text:
        # Part of an ID number or of a name: one lookup per index (each walks only this unit's entries),
        # joined; an OR of the two columns would scan every person row.
        sqlite = state.engine.dialect.name == "sqlite"
        conditions.append(DeclarationRow.id.in_(_with_person(unit_id, text, sqlite)))
    narrowed = bool(text) or any(
        value is not None and name != criteria.sort and (name, criteria.sort) not in WALKED_TOGETHER
        for name, value in (("type", criteria.type), ("status", criteria.status))
    )
    order = _order(criteria.sort, criteria.descending, narrowed)
    with state.sessions() as db:
        if narrowed:
            page, total = _narrowed_page(db, conditions, criteria, order)
        else:
            total = _count(db, conditions)
            page = _linked(db, conditions, criteria.offset, criteria.limit, order)
        return [summary_out(*found) for found in page], total


def _count(db: Session, conditions: list[ColumnElement[bool]]) -> int:
    return db.scalar(select(func.count(DeclarationRow.id)).where(*conditions)) or 0


def _narrowed_page(
    db: Session, conditions: list[ColumnElement[bool]], criteria: Criteria, order: list[UnaryExpression[Any]]
) -> tuple[list[Linked], int]:
    """A page of a narrowed query, and the count of all that match. The matching rows are all found and
    sorted for the page anyway, so their count comes with them (a window count) instead of from a second
    pass over the criterion's index, which for a person doubles the cost of the query."""
    found = db.execute(
        select(DeclarationRow.id, func.count().over())
        .where(*conditions)
        .order_by(*order)
        .offset(criteria.offset)
        .limit(criteria.limit)
    ).all()
    if not found:  # nothing matches, or the page is past the end
        return [], _count(db, conditions) if criteria.offset else 0
    return _linked(db, [DeclarationRow.id.in_([row[0] for row in found])], order=order), int(found[0][1])
