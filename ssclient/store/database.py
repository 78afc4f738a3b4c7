"""The SQLite file: created owner-only, opened in WAL mode with foreign keys on every connection.

pysqlite's own transaction handling starts transactions late and never for DDL, so it is switched off and
the store says BEGIN itself: `BEGIN IMMEDIATE` for writes (take the write lock up front, so two writers
wait for each other instead of failing halfway), plain `BEGIN` for reads.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

from ssclient import paths
from ssclient.store.errors import folder_read_only, not_a_store

FILENAME = "ssclient.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
# How long a writer waits for another connection's transaction before giving up (milliseconds).
BUSY_TIMEOUT_MS = 10_000
# The execution option that makes a connection's transactions BEGIN IMMEDIATE.
WRITE_OPTION = "ssclient_write"
OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700


def default_path() -> Path:
    """The store in the user's data directory."""
    return paths.data_dir() / FILENAME


def prepare_file(path: Path, now: datetime | None = None) -> Path | None:
    """Make sure `path` can hold the store, owner-only: create it empty (mode 0600, folder 0700) when
    missing. Refuses (StoreError) a file that is not SQLite, before SQLite or anything else touches it,
    and a folder it cannot write in (SQLite keeps its journal beside the file).

    An existing file of 0 bytes is a store whose writing never finished (SQLite would silently make it a
    new one): it is kept aside under a name with the time `now` and the store starts anew. Returns where
    it was kept, or None.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
    if not os.access(path.parent, os.W_OK):
        raise folder_read_only(path.parent)
    set_aside = _set_aside_if_empty(path, now or datetime.now(UTC))
    try:
        # Created with the final mode: never readable by others, not even for a moment.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY_FILE)
    except FileExistsError:
        _tighten(path)
        with path.open("rb") as existing:
            header = existing.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise not_a_store(path) from None
    else:
        os.close(fd)
    return set_aside


def _set_aside_if_empty(path: Path, now: datetime) -> Path | None:
    try:
        if path.stat().st_size != 0 or path.with_name(path.name + "-wal").exists():
            return None  # (a -wal file beside it may still hold the data: SQLite replays it)
    except FileNotFoundError:
        return None
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.{stamp}.empty")
    path.rename(kept)
    return kept


def _tighten(path: Path) -> None:
    """Owner-only permissions, for a file made by an older version or copied in by hand."""
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(OWNER_ONLY_FILE)


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _configure_connection(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
    # We issue BEGIN ourselves (see the module docstring).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # In WAL mode NORMAL loses no committed data on a crash of the program, only on power loss
        # right after a commit; it makes each commit far cheaper.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def pragma(connection: Connection, name: str) -> Any:
    """The value of one PRAGMA on this connection (tests use it to prove WAL and foreign keys)."""
    return connection.exec_driver_sql(f"PRAGMA {name}").scalar()
