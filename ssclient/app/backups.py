"""Backups of the store: the automatic copies as the session opens and at exit, copies the user lists,
checks, takes by hand or restores (ssclient.store.backup and ssclient.store.restore underneath).

Everything here reads or writes files: call it from a worker. A restore needs the session ended and the
store closed first; `Backups.restore` closes the store it is handed.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ssclient.domain.clock import china_time
from ssclient.store.backup import BackupInfo as BackupInfo
from ssclient.store.backup import BackupKind as BackupKind
from ssclient.store.backup import copy_store, list_backups
from ssclient.store.errors import StoreError
from ssclient.store.restore import BackupContents as BackupContents
from ssclient.store.restore import BackupError as BackupError
from ssclient.store.restore import BackupProblem as BackupProblem
from ssclient.store.restore import restore, verify

if TYPE_CHECKING:
    from ssclient.domain.clock import Clock
    from ssclient.store import Store

log = logging.getLogger(__name__)


class BackupWriteError(StoreError):
    """A copy could not be written (full, read-only or removed disk); `folder` is where it was to go."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


@dataclass(frozen=True)
class Checked:
    """What verifying a file gave: its contents, or why it cannot be restored."""

    contents: BackupContents | None
    problem: BackupError | None


@dataclass(frozen=True)
class Restored:
    """The outcome of a restore: the copy kept of the store as it was, or why nothing was restored
    (`problem`: the backup's; `write_failed`: the data file could not be written)."""

    kept: Path | None
    problem: BackupError | None = None
    write_failed: bool = False

    @property
    def done(self) -> bool:
        return self.problem is None and not self.write_failed


def automatic_backup(take: Callable[[Path, datetime], Path | None], store_path: Path, now: datetime) -> None:
    """Take an automatic copy; a failure is logged and never stops the user's work."""
    try:
        made = take(store_path, now)
    except (OSError, sqlite3.Error, StoreError) as error:
        log.warning("automatic backup of the data file failed: %s", error)
        return
    if made is not None:
        log.info("backed up the data file to %s", made.name)


class Backups:
    """The backups beside one store file."""

    def __init__(self, store_path: Path, clock: Clock) -> None:
        self.store_path = store_path
        self.clock = clock

    def listed(self) -> list[BackupInfo]:
        """The copies beside the store, newest first (a glob and a stat: quick enough for any thread)."""
        return list(reversed(list_backups(self.store_path)))

    @staticmethod
    def check(path: Path, unit_code: str | None) -> Checked:
        """What the backup at `path` holds, or why it cannot be restored (for `unit_code`'s data)."""
        try:
            return Checked(verify(path, unit_code), None)
        except BackupError as error:
            return Checked(None, error)

    def back_up_to(self, folder: Path, unit_code: str | None = None) -> Path:
        """A consistent copy of the store in `folder`, named by the unit (copies of several units may share a
        USB stick) and the time on Beijing time, as the backups list shows it."""
        stamp = china_time(self.clock.now()).strftime("%Y%m%d-%H%M%S")
        target = folder / f"ssclient-backup-{unit_code + '-' if unit_code else ''}{stamp}.sqlite3"
        try:
            copy_store(self.store_path, target)
        except (OSError, sqlite3.Error) as error:
            log.info("backup to a chosen folder failed: %s", error)
            raise BackupWriteError(folder) from error
        return target

    def restore(self, store: Store | None, source: Path, unit_code: str | None) -> Restored:
        """Close the open store (if any), then restore `source` over it (see store.restore)."""
        if store is not None:
            store.close()
        try:
            return Restored(restore(self.store_path, source, self.clock.now(), unit_code))
        except BackupError as error:
            return Restored(None, problem=error)
        except StoreError as error:
            log.warning("restore failed: %s", error)
            return Restored(None, write_failed=True)
