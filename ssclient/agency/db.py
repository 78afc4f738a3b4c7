"""The agency's own database: units, sessions, declarations with their people and payments, the roster.

Separate from the client's draft store. Amounts are whole cents (BigInteger) so that sums in SQL are exact
and no database needs a decimal type; times are stored as UTC and read back as aware datetimes.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    bindparam,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, whatever the database keeps."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the agency database")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class UnitRow(Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(9), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    tax_number: Mapped[str] = mapped_column(String(20))
    contact: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(30), default="")
    industry_class: Mapped[int] = mapped_column(Integer, default=1)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean)
    # Unused since log-in attempts are counted in login_throttle; kept for databases that have them.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Changes with every write to the unit's roster: /roster's ETag, so a client that holds the roster
    # of this tag is answered 304 instead of the whole roster again. "" until first asked for or written.
    roster_tag: Mapped[str] = mapped_column(String(32), default="", server_default="")


class SessionRow(Base):
    """A login session. Only the token's SHA-256 is kept: a copy of the database opens no session."""

    __tablename__ = "sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DeclarationRow(Base):
    """One submission and its review. `body` is the submission as received (canonical JSON); `findings`
    the review's findings (JSON); `roster_before` the roster entries it changed as they were before, so
    that revoking it can put them back."""

    __tablename__ = "declarations"
    __table_args__ = (
        # The guarantee that one idempotency key makes one record, even across processes.
        UniqueConstraint("unit_id", "idempotency_key", name="uq_declaration_unit_key"),
        # The records query: a unit's declarations newest first, with or without a criterion.
        Index("ix_declaration_unit", "unit_id", "id"),
        Index("ix_declaration_unit_period", "unit_id", "period", "id"),
        Index("ix_declaration_unit_status", "unit_id", "status", "id"),
        Index("ix_declaration_unit_type", "unit_id", "type", "id"),
        # The records query sorted by a column (the ones above serve period, status and type too): an index
        # walk in either direction, ties by id, so that a page of a sorted query is found without sorting.
        Index("ix_declaration_unit_serial", "unit_id", "serial_number", "id").ddl_if(dialect="sqlite"),
        Index("ix_declaration_unit_submitted", "unit_id", "submitted_at", "id"),
        # A criterion and a sort walked together (queries.WALKED_TOGETHER): the approved records by period,
        # the payments newest first and the like, a deep page too, in one index walk without a sort.
        Index("ix_declaration_unit_status_period", "unit_id", "status", "period", "id"),
        Index("ix_declaration_unit_status_submitted", "unit_id", "status", "submitted_at", "id"),
        Index("ix_declaration_unit_type_period", "unit_id", "type", "period", "id"),
        Index("ix_declaration_unit_type_submitted", "unit_id", "type", "submitted_at", "id"),
        # What must hold whichever process reviews: one approved payment declaration per unit and period,
        # and one successor per record (a rejected revision names the record too, but replaces nothing).
        Index(
            "uq_declaration_one_payment",
            "unit_id",
            "period",
            unique=True,
            sqlite_where=text("type = 'payment' AND status = 'approved'"),
            postgresql_where=text("type = 'payment' AND status = 'approved'"),
        ),
        Index(
            "uq_declaration_one_successor",
            "replaces_id",
            unique=True,
            sqlite_where=text("replaces_id IS NOT NULL AND status != 'rejected'"),
            postgresql_where=text("replaces_id IS NOT NULL AND status != 'rejected'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    idempotency_key: Mapped[str] = mapped_column(String(128))
    body_hash: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(7))
    status: Mapped[str] = mapped_column(String(16))
    serial_number: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("declarations.id"), nullable=True)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("declarations.id"), nullable=True)
    line_count: Mapped[int] = mapped_column(Integer)
    people: Mapped[str] = mapped_column(Text)  # JSON list of the first few names
    body: Mapped[str] = mapped_column(Text)
    findings: Mapped[str] = mapped_column(Text)
    roster_before: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The log-in name of the operator who submitted it; "" for the unit's administrator (and older records).
    submitted_by: Mapped[str] = mapped_column(String(40), default="", server_default="")


# Going up, the records query puts rejected records (no serial) first, as SQLite always sorts NULL; on
# PostgreSQL (NULL last unless told) an index of that order spares sorting the whole history for a page.
Index(
    "ix_declaration_unit_serial_nulls_first",
    DeclarationRow.unit_id,
    DeclarationRow.serial_number.asc().nulls_first(),
    DeclarationRow.id,
).ddl_if(dialect="postgresql")


class DeclarationPersonRow(Base):
    """Who is on a declaration: the records query finds a person by ID number or name through this."""

    __tablename__ = "declaration_people"
    __table_args__ = (
        Index("ix_people_unit_id_number", "unit_id", "id_number", "declaration_id"),
        Index("ix_people_unit_name", "unit_id", "name", "declaration_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id"), index=True)
    unit_id: Mapped[int] = mapped_column(Integer)
    id_number: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))


class RosterRow(Base):
    """One person insured (or once insured) by one unit. `backpay` is the back payment granted with the
    last renewal (JSON {insurance: months}); `base_history` JSON [[period, cents], ...]."""

    __tablename__ = "roster"
    __table_args__ = (
        UniqueConstraint("unit_id", "id_number", name="uq_roster_unit_person"),
        # "Is this person actively insured anywhere else?"
        Index("ix_roster_person_status", "id_number", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    id_number: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(60))
    hukou_type: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(16))
    base_cents: Mapped[int] = mapped_column(BigInteger)
    since: Mapped[str] = mapped_column(String(7))
    interrupted_from: Mapped[str | None] = mapped_column(String(7), nullable=True)
    insurances: Mapped[str] = mapped_column(String(100))
    base_history: Mapped[str] = mapped_column(Text, default="[]")
    backpay: Mapped[str] = mapped_column(Text, default="{}")
    renewed_in: Mapped[str | None] = mapped_column(String(7), nullable=True)
    womens_category: Mapped[str] = mapped_column(String(10), default="", server_default="")
    migrant_insurance: Mapped[str] = mapped_column(String(4), default="", server_default="")
    # The identity document, migrant-worker answer and home region (RosterEntry; "" when not known).
    id_type: Mapped[str] = mapped_column(String(20), default="", server_default="")
    nationality: Mapped[str] = mapped_column(String(60), default="", server_default="")
    migrant_worker: Mapped[str] = mapped_column(String(4), default="", server_default="")
    province: Mapped[str] = mapped_column(String(40), default="", server_default="")
    city: Mapped[str] = mapped_column(String(40), default="", server_default="")
    county: Mapped[str] = mapped_column(String(40), default="", server_default="")


class PaymentRow(Base):
    """One approved (or rejected) payment amount: person × insurance type × period."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payment_unit_period", "unit_id", "period"),
        Index("ix_payment_unit_person", "unit_id", "id_number"),
        Index("ix_payment_unit_name", "unit_id", "name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id"), index=True)
    unit_id: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(7))
    for_period: Mapped[str] = mapped_column(String(7))
    id_number: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    insurance: Mapped[str] = mapped_column(String(16))
    base_cents: Mapped[int] = mapped_column(BigInteger)
    employer_cents: Mapped[int] = mapped_column(BigInteger)
    employee_cents: Mapped[int] = mapped_column(BigInteger)


class LoginThrottleRow(Base):
    """Log-in attempts counted for one subject: a unit code as typed (known or not), a client address, or
    the pair. `attempts` counts this round's attempts (those still being checked too); the round's last one
    pauses the subject until `paused_until`, each pause longer than the one before (`pauses`)."""

    __tablename__ = "login_throttle"

    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    subject: Mapped[str] = mapped_column(String(100), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    pauses: Mapped[int] = mapped_column(Integer, default=0)
    paused_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SerialDayRow(Base):
    """The last serial number given on one business day: serial numbers count per day, not overall."""

    __tablename__ = "serial_days"

    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


# The tables as Core objects, for the review's hot path (executemany without ORM bookkeeping).
UNITS = cast(Table, UnitRow.__table__)
DECLARATIONS = cast(Table, DeclarationRow.__table__)
DECLARATION_PEOPLE = cast(Table, DeclarationPersonRow.__table__)
ROSTER = cast(Table, RosterRow.__table__)
PAYMENTS = cast(Table, PaymentRow.__table__)
LOGIN_THROTTLE = cast(Table, LoginThrottleRow.__table__)
SERIAL_DAYS = cast(Table, SerialDayRow.__table__)

_TOUCH_UNIT = (
    UNITS.update().where(UNITS.c.id == bindparam("unit")).values(industry_class=UNITS.c.industry_class)
)
# FOR NO KEY UPDATE: rows that only refer to the unit (a new session, a declaration) are not held up.
_LOCK_UNIT = select(UNITS.c.id).where(UNITS.c.id == bindparam("unit")).with_for_update(key_share=True)


def dialect_insert(db: Session | Connection, table: Table) -> Any:
    """INSERT with ON CONFLICT for the database at hand (the agency runs on SQLite and PostgreSQL)."""
    dialect = db.get_bind().dialect if isinstance(db, Session) else db.dialect
    return (postgresql if dialect.name == "postgresql" else sqlite).insert(table)


def lock_unit(db: Session, unit_id: int) -> None:
    """Hold the unit until the transaction ends: reviews and revocations of one unit take turns, whichever
    agency process runs them, so what one reads is still true when it writes. PostgreSQL locks the unit's
    row; SQLite has one writer at a time, and a write that changes nothing makes this transaction the writer
    now, before it reads (a reader that wrote later could find its snapshot out of date)."""
    if db.get_bind().dialect.name == "sqlite":
        db.execute(_TOUCH_UNIT, {"unit": unit_id})
    else:
        db.execute(_LOCK_UNIT, {"unit": unit_id})


def insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many plain rows (text and numbers) in one call: on SQLite through the driver's executemany,
    on PostgreSQL as one statement of one JSON parameter (see _insert_values).

    SQLAlchemy's executemany processes every parameter of every row in Python; the review's inserts of a
    hundred people or payments a declaration only need the values passed as they are, which is several
    times faster. The statement is compiled for the session's own dialect, so any database works.
    """
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _insert_values(connection, table, rows)
        return
    sql, order = _insert_sql(table, tuple(rows[0]), connection.dialect)
    params: Any = rows if order is None else [tuple(row[name] for name in order) for row in rows]
    connection.exec_driver_sql(sql, params)


@lru_cache(maxsize=64)
def _insert_sql(table: Table, keys: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple[str, ...] | None]:
    """The INSERT's text for this dialect, and the order of its positional parameters (None: named)."""
    compiled = table.insert().compile(dialect=dialect, column_keys=list(keys))
    if compiled.positional and compiled.positiontup is not None:
        return compiled.string, tuple(compiled.positiontup)
    return compiled.string, None


def _insert_values(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL: the rows in one INSERT from one JSON parameter that the server spreads into the table's
    columns (json_populate_recordset): one statement to parse and plan whatever the number of rows, and the
    rows encoded by the json module's C encoder (an array parameter per column had the driver encode every
    value in Python: a hundred-person review spent more time there than in its rules)."""
    sql = _json_insert_sql(table, tuple(rows[0]), connection.dialect)
    connection.exec_driver_sql(sql, (json.dumps(rows, ensure_ascii=False, default=_json_value),))


def _json_value(value: object) -> str:
    """Times (the naive UTC a column of UtcDateTime keeps) and dates as PostgreSQL reads them."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a plain column value")


@lru_cache(maxsize=64)
def _json_insert_sql(table: Table, keys: tuple[str, ...], dialect: Dialect) -> str:
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(key) for key in keys)
    return (
        f"INSERT INTO {quote(table.name)} ({columns}) "
        f"SELECT {columns} FROM json_populate_recordset(NULL::{quote(table.name)}, %s::json)"
    )


def contains_pattern(text: str) -> str:
    """A LIKE pattern (escape character backslash) matching `text` anywhere, its wildcards literally:
    the person criteria match part of an ID number or name, as the client's roster search does."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# The tables of the areas with modules of their own (made by create_all with these; imported last: they
# build on Base and the tables above): paying's bank accounts, agreements and collections; operators;
# agents and mandates.
from ssclient.agency import db_agents as db_agents  # noqa: E402
from ssclient.agency import db_operators as db_operators  # noqa: E402
from ssclient.agency import db_paying as db_paying  # noqa: E402
