"""Backups and the session: the copies taken automatically as the session opens and at exit, and a
restore, which must end the session and close the store before it replaces the file."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from ssclient.gui.backups import BackupsDialog, problem_text
from ssclient.gui.workers import start_call
from ssclient.store.errors import StoreError
from ssclient.store.restore import BackupError, restore

if TYPE_CHECKING:
    from ssclient.gui.shell import Shell

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restored:
    """The outcome of a restore: the copy kept of the store as it was, or why nothing was restored."""

    kept: Path | None
    problem: str  # for the user, in their language; "" when the restore was done


def restore_store(
    store: Any, store_path: Path, source: Path, now: datetime, unit_code: str | None
) -> Restored:
    """On a worker: close the open store (if any), then restore `source` over it (see store.restore)."""
    if store is not None:
        store.close()
    try:
        return Restored(restore(store_path, source, now, unit_code), "")
    except BackupError as error:
        return Restored(None, problem_text(error))
    except StoreError as error:
        log.warning("restore failed: %s", error)
        return Restored(
            None,
            QCoreApplication.translate(
                "Backups",
                "The backup could not be copied into the data file (full or read-only disk?). Your data was "
                "left as it was. Free some space or check the folder's permissions, then try again.",
            ),
        )


def automatic_backup(take: Callable[[Path, datetime], Path | None], store_path: Path, now: datetime) -> None:
    """Take an automatic copy; a failure is logged and never stops the user's work."""
    try:
        made = take(store_path, now)
    except (OSError, sqlite3.Error, StoreError) as error:
        log.warning("automatic backup of the data file failed: %s", error)
        return
    if made is not None:
        log.info("backed up the data file to %s", made.name)


def close_session_for(shell: Shell, doing: str) -> Any:
    """Before the store file is replaced: log out (asking about unsaved forms), take the store from the
    session (the caller closes it on a worker) and show `doing` on the log-in window. Returns the store
    (None when none was open), or False when the user kept an unsaved form open."""
    if shell.main_window is not None:
        shell.log_out()
        if shell.main_window is not None:
            return False
    store, shell.ctx.store = shell.ctx.store, None
    if shell.login is not None:
        shell.login.show_message(doing)
        shell.login.set_opening(True)
    return store


class BackupsController(QObject):
    """Opens the backups dialog over the current window and carries out the restore it asks for."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell

    def show(self) -> None:
        shell = self.shell
        logged_in = shell.main_window is not None
        parent = shell.main_window if logged_in else shell.login
        unit_code = shell.ctx.unit_code if logged_in else None
        dialog = BackupsDialog(shell.store_path(), unit_code or None, shell.ctx.clock.now(), parent)
        dialog.restore_requested.connect(self.restore)
        from ssclient.gui.archive_actions import ArchiveActions

        ArchiveActions(shell, dialog)
        dialog.open()

    def restore(self, source: Path) -> None:
        """Log out (the store must be closed), then restore `source` on a worker; log in again after."""
        shell = self.shell
        unit_code = shell.ctx.unit_code or None
        store = close_session_for(shell, self.tr("Restoring the backup…"))
        if store is False:
            return
        task = start_call(restore_store, store, shell.store_path(), source, shell.ctx.clock.now(), unit_code)
        task.finished.connect(self._restored)

    def _restored(self, outcome: Restored) -> None:
        login = self.shell.login
        self.deleteLater()
        if login is None:
            return
        login.set_opening(False)
        if outcome.problem:
            login.show_message(outcome.problem)
            return
        text = self.tr("The backup was restored. Log in to continue.")
        if outcome.kept is not None:
            text += " " + self.tr("Your data as it was before is kept in %1.").replace(
                "%1", str(outcome.kept)
            )
        login.show_message(text)
