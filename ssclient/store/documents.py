"""Declaration rows inside a transaction: finding them, the status rules, findings, and list rows."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from itertools import islice
from typing import Any, Literal, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    Dialect,
    Select,
    Table,
    delete,
    distinct,
    func,
    insert,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.store import convert
from ssclient.store.columns import JSONText
from ssclient.store.errors import InvalidTransitionError, NotFoundError
from ssclient.store.models import DeclarationRow, FindingRow, LineRow, PaymentRow
from ssclient.store.records import EDITABLE_STATUSES, DocumentSort, DocumentSummary, FindingSource

S = DeclarationStatus
T = TypeVar("T")

# Where each status may go next by `Store.set_status` (only `Store.enqueue` leads into PENDING).
TRANSITIONS: dict[DeclarationStatus, frozenset[DeclarationStatus]] = {
    S.DRAFT: frozenset({S.DRAFT, S.CHECKED}),
    S.CHECKED: frozenset({S.DRAFT, S.CHECKED}),
    S.PENDING: frozenset({S.SUBMITTED, S.APPROVED, S.REJECTED}),
    S.SUBMITTED: frozenset({S.SUBMITTED, S.APPROVED, S.REJECTED}),
    S.APPROVED: frozenset({S.APPROVED, S.REVOKED}),
    S.REJECTED: frozenset({S.REJECTED, S.DRAFT, S.CHECKED}),
    S.REVOKED: frozenset({S.REVOKED}),
}
_DECIDED = (S.APPROVED, S.REJECTED)
# How many names a document list row previews.
PREVIEW_NAMES = 3


def no_declaration(declaration_id: int) -> NotFoundError:
    return NotFoundError(f"Document {declaration_id} is not in the local store (deleted?).")


def declaration_row(session: Session, declaration_id: int) -> DeclarationRow:
    row = session.get(DeclarationRow, declaration_id)
    if row is None:
        raise no_declaration(declaration_id)
    return row


# What require_editable was asked to do → the message saying it cannot be done.
_NOT_EDITABLE = {
    "edited": "STORE_DOCUMENT_NOT_EDITABLE",
    "deleted": "STORE_DOCUMENT_NOT_DELETABLE",
    "checked": "STORE_DOCUMENT_NOT_CHECKABLE",
}


def require_editable(row: DeclarationRow, verb: Literal["edited", "deleted", "checked"]) -> None:
    """Refuse to edit, delete or check a document the agency has, or may have (it was declared from
    another window while this one kept it open): only drafts, checked and rejected documents can be."""
    if row.status not in EDITABLE_STATUSES:
        raise InvalidTransitionError(code=_NOT_EDITABLE[verb], id=row.id)


def move(
    row: DeclarationRow,
    status: DeclarationStatus,
    at: datetime,
    serial_number: str | None = None,
    agency_id: str | None = None,
) -> None:
    """Change the document's status if TRANSITIONS allows it, stamping submission and decision times."""
    status = DeclarationStatus(status)
    if status not in TRANSITIONS[row.status]:
        raise InvalidTransitionError(
            f"Document {row.id} is {row.status.value} and cannot become {status.value}."
        )
    if serial_number is not None:
        row.serial_number = serial_number
    if agency_id is not None:
        row.agency_id = agency_id
    if status is S.SUBMITTED or status in _DECIDED:
        # An answer given at once (approved or rejected straight away) was submitted at that moment.
        row.submitted_at = row.submitted_at or at
    if status in _DECIDED:
        row.decided_at = at
    row.status = status
    row.updated_at = at


def set_findings(
    session: Session, row: DeclarationRow, findings: Iterable[Finding], source: FindingSource
) -> None:
    session.execute(delete(FindingRow).where(FindingRow.declaration_id == row.id))
    # The relationship would still list the rows just deleted.
    session.expire(row, ["findings"])
    insert_rows(session, _FINDINGS, _FINDING_COLUMNS, convert.finding_rows(row.id, findings, source))


def filtered(
    query: Select[Any],
    unit_code: str,
    statuses: Collection[DeclarationStatus] | None = None,
    types: Collection[DeclarationType] | None = None,
    periods: tuple[Period, Period] | None = None,
    person: str = "",
) -> Select[Any]:
    """`query` narrowed to one unit's documents; optionally some statuses, types, a period range, and
    documents naming a person (part of an ID number or a name, on a personnel or payment line)."""
    query = query.where(DeclarationRow.unit_code == unit_code)
    if statuses is not None:
        query = query.where(DeclarationRow.status.in_(list(statuses)))
    if types is not None:
        query = query.where(DeclarationRow.type.in_(list(types)))
    if periods is not None:
        first, last = periods
        query = query.where(DeclarationRow.period >= first, DeclarationRow.period <= last)
    if person.strip():
        pattern = contains_pattern(person.strip())
        on_lines = select(LineRow.id).where(
            LineRow.declaration_id == DeclarationRow.id,
            or_(LineRow.id_number.like(pattern, escape="\\"), LineRow.name.like(pattern, escape="\\")),
        )
        on_payments = select(PaymentRow.id).where(
            PaymentRow.declaration_id == DeclarationRow.id,
            or_(PaymentRow.id_number.like(pattern, escape="\\"), PaymentRow.name.like(pattern, escape="\\")),
        )
        query = query.where(or_(on_lines.exists(), on_payments.exists()))
    return query


def ordered(query: Select[Any], sort: DocumentSort, descending: bool) -> Select[Any]:
    column = _SORT_COLUMNS[sort]
    direction = column.desc() if descending else column.asc()
    return query.order_by(direction, DeclarationRow.updated_at.desc(), DeclarationRow.id.desc())


_SORT_COLUMNS: dict[DocumentSort, Any] = {
    DocumentSort.UPDATED: DeclarationRow.updated_at,
    DocumentSort.CREATED: DeclarationRow.created_at,
    DocumentSort.PERIOD: DeclarationRow.period,
    DocumentSort.TYPE: DeclarationRow.type,
    DocumentSort.STATUS: DeclarationRow.status,
    DocumentSort.SERIAL: DeclarationRow.serial_number,
    DocumentSort.DECIDED: DeclarationRow.decided_at,
}


def contains_pattern(text: str) -> str:
    """A LIKE pattern (escape character backslash) matching `text` anywhere, its wildcards literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def summaries(session: Session, query: Select[Any]) -> list[DocumentSummary]:
    """The list rows of the documents `query` selects, in its order (a few queries, not one per row)."""
    rows: list[DeclarationRow] = list(session.scalars(query))
    ids = [row.id for row in rows]
    if not ids:
        return []
    line_counts = _counts(session, LineRow.declaration_id, ids)
    # A payment has a line per person, insurance type and month: it counts its people.
    payment_counts = _counts(
        session, PaymentRow.declaration_id, ids, counted=func.count(distinct(PaymentRow.id_number))
    )
    error_counts = _counts(session, FindingRow.declaration_id, ids, FindingRow.severity == Severity.ERROR)
    names = _preview_names(session, ids)
    return [
        DocumentSummary(
            id=row.id,
            unit_code=row.unit_code,
            type=row.type,
            period=row.period,
            status=row.status,
            line_count=line_counts.get(row.id, 0) or payment_counts.get(row.id, 0),
            names=tuple(names.get(row.id, ())),
            error_count=error_counts.get(row.id, 0),
            note=row.note,
            created_at=row.created_at,
            updated_at=row.updated_at,
            serial_number=row.serial_number,
            agency_id=row.agency_id,
            replaces_serial=row.replaces_serial,
            submitted_at=row.submitted_at,
            decided_at=row.decided_at,
        )
        for row in rows
    ]


def _preview_names(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for declaration_id, name in session.execute(
        select(LineRow.declaration_id, LineRow.name)
        .where(LineRow.declaration_id.in_(ids), LineRow.position < PREVIEW_NAMES)
        .order_by(LineRow.declaration_id, LineRow.position)
    ):
        names.setdefault(declaration_id, []).append(name)
    for declaration_id, name in session.execute(
        select(PaymentRow.declaration_id, PaymentRow.name)
        # A person has a payment line per insurance type: look a few people deep, not at them all.
        .where(PaymentRow.declaration_id.in_(ids), PaymentRow.position < PREVIEW_NAMES * 4)
        .order_by(PaymentRow.declaration_id, PaymentRow.position)
    ):
        shown = names.setdefault(declaration_id, [])
        if len(shown) < PREVIEW_NAMES and name not in shown:
            shown.append(name)
    return names


def _counts(
    session: Session, column: Any, ids: Sequence[int], *conditions: Any, counted: Any = None
) -> dict[int, int]:
    counting = func.count() if counted is None else counted
    query = select(column, counting).where(column.in_(ids), *conditions).group_by(column)
    return {key: int(count) for key, count in session.execute(query)}


# The tables themselves, for Core statements: the ORM's per-row bookkeeping cost more than the rows.
_LINES = cast(Table, LineRow.__table__)
_PAYMENTS = cast(Table, PaymentRow.__table__)
_LINE_COLUMNS = ("declaration_id", "position", *convert.LINE_FIELDS)
_PAYMENT_COLUMNS = ("declaration_id", "position", *convert.PAYMENT_FIELDS)
_FINDINGS = cast(Table, FindingRow.__table__)
_FINDING_COLUMNS = ("declaration_id", "position", "source", *convert.FINDING_FIELDS)
# Rows per executemany: an import's 100,000 lines go in as 20 batches of plain tuples, each dropped once
# written, so the rows never pile up (as the 100,000 parameter dicts of one executemany did: their building
# set off full garbage collections that stalled the GUI thread for 100 ms and more).
CHUNK_ROWS = 5_000


def insert_content(session: Session, declaration_id: int, declaration: Declaration) -> None:
    """A document's lines and payments, as bulk INSERTs (executemany) in the session's transaction."""
    if declaration.lines:
        insert_rows(session, _LINES, _LINE_COLUMNS, convert.line_rows(declaration_id, declaration.lines))
    if declaration.payments:
        rows = convert.payment_rows(declaration_id, declaration.payments)
        insert_rows(session, _PAYMENTS, _PAYMENT_COLUMNS, rows)


def delete_content(session: Session, row: DeclarationRow) -> None:
    """Delete a document's lines and payments with two statements (through the relationships, the ORM
    would load each of 100,000 lines first)."""
    session.flush()
    session.execute(delete(_LINES).where(_LINES.c.declaration_id == row.id))
    session.execute(delete(_PAYMENTS).where(_PAYMENTS.c.declaration_id == row.id))
    # The relationships would still list the rows just deleted.
    session.expire(row, ["lines", "payments"])


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """Insert `rows` (values in `columns` order) into `table`, CHUNK_ROWS at a time. Each value goes
    through its column type's bind processing, as a Core INSERT would do it, but without building a
    parameter dict per row (SQLAlchemy's executemany spent 9 µs a row on them)."""
    connection = session.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    if list(compiled.positiontup or ()) != list(columns):
        raise RuntimeError(f"INSERT into {table.name} does not take its values in the order given")
    processors = [
        (index, processor)
        for index, name in enumerate(columns)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    remaining = iter(rows)
    # Only the bound rows are kept until written: plain values, which the collector stops tracking (a
    # tuple holding a dict, as a line's back pay, it would track to the end and count towards a full
    # collection).
    while chunk := [_bound(row, processors) for row in islice(remaining, CHUNK_ROWS)]:
        connection.exec_driver_sql(compiled.string, chunk)


def _bound(row: Sequence[object], processors: Sequence[tuple[int, Callable[[Any], Any]]]) -> tuple[Any, ...]:
    values = list(row)
    for index, process in processors:
        values[index] = process(values[index])
    return tuple(values)


class _Backpay(JSONText):
    """A line's back pay as read: most lines have none, "{}", which needs no JSON parser."""

    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return {} if value == "{}" else super().process_result_value(value, dialect)


def _line_column(name: str) -> ColumnElement[Any]:
    column = _LINES.c[name]
    return type_coerce(column, _Backpay()).label(name) if name == "backpay" else column


def line_query(declaration_id: int) -> Select[Any]:
    """A document's personnel lines in order, as columns in convert.LINE_FIELDS order."""
    return (
        select(*(_line_column(name) for name in convert.LINE_FIELDS))
        .where(_LINES.c.declaration_id == declaration_id)
        .order_by(_LINES.c.position)
    )


def payment_query(declaration_id: int) -> Select[Any]:
    """A document's payment lines in order, as columns in convert.PAYMENT_FIELDS order."""
    return (
        select(*(_PAYMENTS.c[name] for name in convert.PAYMENT_FIELDS))
        .where(_PAYMENTS.c.declaration_id == declaration_id)
        .order_by(_PAYMENTS.c.position)
    )


def read_rows(session: Session, query: Select[Any], make: Callable[[Any], T]) -> list[T]:
    """`make` of each row `query` selects, fetched CHUNK_ROWS at a time (row by row, 100,000 fetches
    cost a quarter of a second more)."""
    made: list[T] = []
    for chunk in session.connection().execute(query).partitions(CHUNK_ROWS):
        made.extend(map(make, chunk))
    return made
