"""Restoring the store from a backup, verified first, the current store kept as a backup before it is
replaced, and never a cause of a duplicate submission.

A backup can be older than what the agency has already answered. So every document the restored outbox
still holds as waiting is marked *sending*: the outbox then asks the agency what became of its idempotency
key (and records the first answer) before it sends anything (see `ssclient.sync.outbox`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from ssclient.store import migrate
from ssclient.store.backup import BackupKind, back_up, prune
from ssclient.store.database import SQLITE_HEADER
from ssclient.store.errors import StoreError
from ssclient.store.records import OutboxState

# A unit's documents can be stored before its profile is: all three say whose data a file holds.
UNITS_QUERY = (
    "SELECT unit_code FROM units UNION SELECT unit_code FROM declarations "
    "UNION SELECT unit_code FROM roster_persons ORDER BY unit_code"
)


class BackupProblem(StrEnum):
    """Why a file cannot be restored; the GUI says each in the user's language."""

    UNREADABLE = "unreadable"  # missing, a folder, or no permission
    NOT_A_BACKUP = "not_a_backup"  # not SQLite, or SQLite but not an ssclient store
    DAMAGED = "damaged"  # truncated or corrupt: SQLite's integrity check fails
    TOO_NEW = "too_new"  # written by a newer version of the program
    OTHER_UNIT = "other_unit"  # holds another unit's data
    NO_UNIT = "no_unit"  # holds no unit at all (an empty store)


class BackupError(StoreError):
    def __init__(self, problem: BackupProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: cannot be restored ({problem.value}{': ' + detail if detail else ''})")
        self.problem = problem
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class BackupContents:
    """What a verified backup holds, for the preview before a restore."""

    path: Path
    unit_codes: tuple[str, ...]
    documents: int
    roster_people: int
    waiting_in_outbox: int
    modified_at: datetime  # the file's time, local


def verify(path: Path, unit_code: str | None = None) -> BackupContents:
    """Check that `path` is a whole ssclient store this program can open, holding `unit_code`'s data.

    Raises BackupError naming the problem; reads the file only.
    """
    _check_header(path)
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as db:
            verdict = db.execute("PRAGMA integrity_check").fetchone()
            if verdict is None or verdict[0] != "ok":
                raise BackupError(BackupProblem.DAMAGED, path, str(verdict[0] if verdict else ""))
            contents = _contents(db, path)
    except sqlite3.DatabaseError as error:
        raise BackupError(BackupProblem.DAMAGED, path, str(error)) from error
    try:
        revision = migrate.file_revision(path)
    except StoreError as error:
        raise BackupError(BackupProblem.NOT_A_BACKUP, path) from error
    if revision is None:
        raise BackupError(BackupProblem.NOT_A_BACKUP, path)
    if not migrate.is_known(revision):
        raise BackupError(BackupProblem.TOO_NEW, path, revision)
    if not contents.unit_codes:
        raise BackupError(BackupProblem.NO_UNIT, path)
    if unit_code is not None and unit_code not in contents.unit_codes:
        raise BackupError(BackupProblem.OTHER_UNIT, path, ", ".join(contents.unit_codes))
    return contents


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise BackupError(BackupProblem.UNREADABLE, path, error.strerror or "") from error
    if header != SQLITE_HEADER:
        raise BackupError(BackupProblem.NOT_A_BACKUP, path)


def _contents(db: sqlite3.Connection, path: Path) -> BackupContents:
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    needed = {"units", "declarations", "roster_persons", "outbox", migrate.VERSION_TABLE}
    if not needed <= tables:
        raise BackupError(BackupProblem.NOT_A_BACKUP, path)

    def count(query: str, *args: str) -> int:
        return int(db.execute(query, args).fetchone()[0])

    units = tuple(row[0] for row in db.execute(UNITS_QUERY))
    return BackupContents(
        path=path,
        unit_codes=units,
        documents=count("SELECT count(*) FROM declarations"),
        roster_people=count("SELECT count(*) FROM roster_persons"),
        waiting_in_outbox=count(
            "SELECT count(*) FROM outbox WHERE state IN (?, ?)", OutboxState.PENDING, OutboxState.SENDING
        ),
        modified_at=datetime.fromtimestamp(path.stat().st_mtime).astimezone(),
    )


def restore(store_path: Path, source: Path, at: datetime, unit_code: str | None = None) -> Path | None:
    """Replace the store at `store_path` (which no one may have open) with the backup `source`.

    The backup is verified first; the current store, when it holds data, is backed up beside itself
    (returned) before it is replaced. The copy is one SQLite transaction: a failure leaves the store as
    it was. The schema is brought up to date the next time the store opens.
    """
    verify(source, unit_code)
    kept = None
    if store_path.is_file() and store_path.stat().st_size > 0:
        # Not rotated yet: the rotation could delete the very copy being restored.
        kept = back_up(store_path, at, BackupKind.RESTORE, rotate=False)
    elif not store_path.exists():
        fd = os.open(store_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        with (
            contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro&immutable=1", uri=True)) as backup,
            contextlib.closing(sqlite3.connect(store_path)) as store,
        ):
            backup.backup(store)
            _reconcile_before_sending(store)
    except sqlite3.Error as error:
        raise StoreError(
            f"The backup could not be copied into {store_path} ({error}). The data file was left as it was"
            + (f"; a copy of it is at {kept}." if kept else ".")
        ) from error
    prune(store_path)
    return kept


def _reconcile_before_sending(store: sqlite3.Connection) -> None:
    """Documents still waiting in the restored outbox may have reached the agency after the backup was
    taken: mark them *sending*, so the outbox asks the agency by their key before sending anything."""
    with store:
        store.execute(
            "UPDATE outbox SET state = ? WHERE state = ?", (OutboxState.SENDING, OutboxState.PENDING)
        )
