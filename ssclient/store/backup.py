"""Backups of the store: consistent copies taken with SQLite's online backup (safe while the program has
the store open), kept beside it by a rotation, and verified before one is restored.

Automatic copies are taken at the first start of each day, before a schema migration, before a restore
and at exit after a change (the callers decide when; `ssclient.store.restore` restores). The rotation keeps,
like common backup tools do, the newest copy of each of the last 7 days, 4 weeks and 12 months that have
one, and always the newest three.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from ssclient.domain.clock import china_time
from ssclient.store.database import OWNER_ONLY_FILE

_SUFFIX = ".backup"
_STAMP = "%Y%m%dT%H%M%S%fZ"
# Always kept, whatever their age: the newest few (a migration's copy must survive the exit copy after it).
KEEP_BACKUPS = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


class BackupKind(StrEnum):
    """Why a copy was taken (part of its file name)."""

    DAILY = "daily"  # the first start of a day
    EXIT = "exit"  # leaving the program after a change
    MIGRATION = "migration"  # just before a schema migration
    RESTORE = "restore"  # the store as it was just before a restore replaced it
    MANUAL = "manual"  # "back up now"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware, UTC
    kind: BackupKind
    size: int  # bytes


def backup_path(store_path: Path, at: datetime, kind: BackupKind = BackupKind.MIGRATION) -> Path:
    stamp = at.astimezone(UTC).strftime(_STAMP)
    return store_path.with_name(f"{store_path.name}.{stamp}.{kind.value}{_SUFFIX}")


def backups(store_path: Path) -> list[Path]:
    """The backups beside the store, oldest first (the UTC stamp in the name sorts in time order)."""
    return [info.path for info in list_backups(store_path)]


def list_backups(store_path: Path) -> list[BackupInfo]:
    """The backups beside the store with their time, kind and size, oldest first."""
    found = []
    for path in store_path.parent.glob(f"{store_path.name}.*{_SUFFIX}"):
        info = _parse(store_path, path)
        if info is not None:
            found.append(info)
    return sorted(found, key=lambda info: (info.taken_at, info.path.name))


def _parse(store_path: Path, path: Path) -> BackupInfo | None:
    middle = path.name[len(store_path.name) + 1 : -len(_SUFFIX)]
    stamp, _, kind = middle.partition(".")
    try:
        taken_at = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        # Copies made before kinds were named were all taken before a migration.
        why = BackupKind(kind) if kind else BackupKind.MIGRATION
        size = path.stat().st_size
    except (ValueError, OSError):
        return None  # not one of ours, or gone meanwhile
    return BackupInfo(path, taken_at, why, size)


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite file `source` at `target` (created owner-only, must not exist).

    Written under a temporary name and renamed when complete, so a failure (a full disk, a pulled USB
    stick) never leaves a half copy that looks whole.
    """
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, OWNER_ONLY_FILE)
    os.close(fd)
    try:
        with (
            # Read-write: a read-only connection cannot open a WAL-mode file whose -shm is missing.
            contextlib.closing(sqlite3.connect(source)) as reading,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            reading.backup(copy)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def back_up(
    store_path: Path, at: datetime, kind: BackupKind = BackupKind.MIGRATION, *, rotate: bool = True
) -> Path:
    """Copy the store to a timestamped file next to it, owner-only, then apply the rotation (unless the
    caller still needs an older copy, as a restore does, and rotates afterwards)."""
    target = backup_path(store_path, at, kind)
    if target.exists():
        raise FileExistsError(target)
    for stale in store_path.parent.glob(f"{store_path.name}.*.partial"):  # left by a crash mid-copy
        stale.unlink(missing_ok=True)
    copy_store(store_path, target)
    if rotate:
        prune(store_path)
    return target


def back_up_daily(store_path: Path, now: datetime) -> Path | None:
    """The day's first copy, unless the store is new or a copy was already taken today (Beijing time)."""
    if not _holds_data(store_path):
        return None
    today = china_time(now).date()
    if any(china_time(info.taken_at).date() == today for info in list_backups(store_path)):
        return None
    return back_up(store_path, now, BackupKind.DAILY)


def back_up_if_changed(store_path: Path, now: datetime) -> Path | None:
    """At exit, after the store is closed: a copy when the file changed since the newest backup.

    The file's own modification time says so; the store must be closed first, because closing folds the
    write-ahead log into the file (and so changes its time once more).
    """
    if not _holds_data(store_path):
        return None
    known = list_backups(store_path)
    if known and store_path.stat().st_mtime_ns <= max(info.path.stat().st_mtime_ns for info in known):
        return None
    # A session of the unit closed twice within one clock tick (a switch to another unit and back): the
    # second copy is taken a microsecond later rather than not at all.
    while backup_path(store_path, now, BackupKind.EXIT).exists():
        now += timedelta(microseconds=1)
    return back_up(store_path, now, BackupKind.EXIT)


def _holds_data(store_path: Path) -> bool:
    return store_path.is_file() and store_path.stat().st_size > 0


def prune(store_path: Path) -> list[Path]:
    """Delete the copies the rotation no longer keeps; returns what was deleted."""
    found = list_backups(store_path)
    kept = to_keep(found)
    deleted = [info.path for info in found if info.path not in kept]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def to_keep(found: Sequence[BackupInfo]) -> set[Path]:
    """The rotation: the newest few, and the newest copy of each of the most recent days, weeks and months
    that have one (on Beijing time, as the program counts days)."""
    newest_first = sorted(found, key=lambda info: info.taken_at, reverse=True)

    def day(info: BackupInfo) -> Hashable:
        return china_time(info.taken_at).date()

    def week(info: BackupInfo) -> Hashable:
        return china_time(info.taken_at).isocalendar()[:2]

    def month(info: BackupInfo) -> Hashable:
        local = china_time(info.taken_at)
        return (local.year, local.month)

    kept = {info.path for info in newest_first[:KEEP_BACKUPS]}
    for bucket, count in ((day, KEEP_DAILY), (week, KEEP_WEEKLY), (month, KEEP_MONTHLY)):
        kept |= _newest_per_bucket(newest_first, bucket, count)
    return kept


def _newest_per_bucket(
    newest_first: Iterable[BackupInfo], bucket: Callable[[BackupInfo], Hashable], count: int
) -> set[Path]:
    seen: dict[Hashable, Path] = {}
    for info in newest_first:
        key = bucket(info)
        if key not in seen:
            if len(seen) == count:
                break
            seen[key] = info.path
    return set(seen.values())


def units_in(store_path: Path) -> dict[str, str]:
    """The units whose data the store file holds (a profile, roster, documents or an audit trail), each with
    its name ("" when the file has no profile of it).

    Schema-agnostic: every table with a `unit_code` column counts, so a store of any version answers."""
    # Read-write: a read-only connection cannot open a WAL-mode file whose -shm is missing; only reads run.
    with contextlib.closing(sqlite3.connect(store_path)) as connection:
        codes: set[str] = set()
        for table in _unit_tables(connection):
            codes.update(row[0] for row in connection.execute(f'SELECT DISTINCT unit_code FROM "{table}"'))
        names: dict[str, str] = {}
        if "units" in _unit_tables(connection):
            names = dict(connection.execute("SELECT unit_code, name FROM units"))
    return {code: names.get(code) or "" for code in sorted(codes) if code}


def copy_unit_store(source: Path, target: Path, unit_code: str) -> None:
    """A copy of the store `source` at `target` that holds only `unit_code`'s data: a consistent copy,
    then every other unit's rows deleted (their lines, findings and outbox entries follow by the
    foreign keys' cascade), then the freed pages given back. `target` must not exist."""
    partial = target.with_name(target.name + ".unit")
    partial.unlink(missing_ok=True)
    copy_store(source, partial)
    try:
        with contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as connection:
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("BEGIN IMMEDIATE")
            for table in _unit_tables(connection):
                connection.execute(f'DELETE FROM "{table}" WHERE unit_code IS NOT ?', (unit_code,))
            connection.execute("COMMIT")
            connection.execute("VACUUM")
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _unit_tables(connection: sqlite3.Connection) -> list[str]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [
        table
        for table in tables
        if any(column[1] == "unit_code" for column in connection.execute(f'PRAGMA table_info("{table}")'))
    ]
