"""Copies of the store taken before a schema migration, with SQLite's online backup (always consistent)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ssclient.store.database import OWNER_ONLY_FILE

# How many pre-migration backups to keep beside the store; older ones are deleted.
KEEP_BACKUPS = 3
_SUFFIX = ".backup"


def backup_path(store_path: Path, at: datetime) -> Path:
    stamp = at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return store_path.with_name(f"{store_path.name}.{stamp}{_SUFFIX}")


def backups(store_path: Path) -> list[Path]:
    """The backups beside the store, oldest first (the UTC stamp in the name sorts in time order)."""
    return sorted(store_path.parent.glob(f"{store_path.name}.*{_SUFFIX}"))


def back_up(store_path: Path, at: datetime, keep: int = KEEP_BACKUPS) -> Path:
    """Copy the store to a timestamped file next to it, owner-only; keep only the newest `keep` copies."""
    target = backup_path(store_path, at)
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY_FILE)
    os.close(fd)
    try:
        with (
            contextlib.closing(sqlite3.connect(store_path)) as source,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    for old in backups(store_path)[:-keep]:
        old.unlink(missing_ok=True)
    return target
