"""Making the agency's database ready: an engine with the settings each database needs, the tables created,
and the columns and indexes added since an older version made them (the agency's own migrations: each step
is additive and checks first, so that a database made by any earlier version opens)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import ConnectionPoolEntry

from ssclient.agency.db import Base

log = logging.getLogger(__name__)


def make_engine(url: str) -> Engine:
    """An engine for the agency's database, its tables created. SQLite gets WAL, foreign keys and a busy
    timeout so that the server's worker threads (and other processes) wait for each other instead of
    failing, and its file is readable by its owner only; other databases get a connection checked before
    use (a restarted server would otherwise fail the first request)."""
    is_sqlite = url.startswith("sqlite")
    if make_url(url).drivername == "postgresql":
        # The driver the agency installs (SQLAlchemy would look for psycopg2 for a bare postgresql://).
        url = make_url(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    kwargs: dict[str, Any] = {}
    if is_sqlite:
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        _private_file(url)
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    Base.metadata.create_all(engine)
    _add_missing_columns(engine)  # before the indexes: a new index may be on a new column
    _create_missing_indexes(engine)
    return engine


def _create_missing_indexes(engine: Engine) -> None:
    """create_all leaves the tables that exist alone: an index added since is made here, once, in a database
    written by an earlier version. A unique one that the old data breaks is reported and left out."""
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            try:
                index.create(engine, checkfirst=True)
            except IntegrityError:
                log.warning("the agency database holds rows that %s forbids; it is not enforced", index.name)


def _private_file(url: str) -> None:
    """Create the SQLite file readable and writable by its owner only (its journal files take the same
    mode); tighten an existing one. In-memory databases have no file."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.exists():
        if path.stat().st_mode & 0o077:
            try:
                path.chmod(0o600)
            except OSError as exc:  # another user's file, opened as it is
                log.info("cannot make the agency database private: %s", exc)
    else:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _add_missing_columns(engine: Engine) -> None:
    """Columns added since a database was made (the roster's women's category and migrant-insurance
    answer), each with its server default so the rows already there read as "not known"."""
    present = inspect(engine)
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            have = {column["name"] for column in present.get_columns(table.name)}
            for column in table.columns:
                if column.name not in have and column.server_default is not None:
                    kind = column.type.compile(dialect=engine.dialect)
                    default = column.server_default.arg  # type: ignore[attr-defined]
                    connection.execute(
                        text(
                            f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind} NOT NULL DEFAULT '{default}'"
                        )
                    )


def _sqlite_pragmas(dbapi_connection: Any, connection_record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
