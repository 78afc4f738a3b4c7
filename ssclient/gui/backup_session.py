"""Backups and the session: a restore must end the session and close the store before it replaces the file
(the copies taken as the session opens and at exit are the session controller's, in app/session.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ssclient.app.backups import Backups, Restored
from ssclient.gui.backups import BackupsDialog, problem_text
from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from ssclient.app.session import Store
    from ssclient.gui.shell import Shell


def restored_text(outcome: Restored) -> str:
    """What the user reads on the log-in window after a restore, in their language."""
    if outcome.problem is not None:
        return problem_text(outcome.problem)
    if outcome.write_failed:
        return QCoreApplication.translate(
            "Backups",
            "The backup could not be copied into the data file (full or read-only disk?). Your data was "
            "left as it was. Free some space or check the folder's permissions, then try again.",
        )
    text = QCoreApplication.translate("BackupsController", "The backup was restored. Log in to continue.")
    if outcome.kept is not None:
        text += " " + QCoreApplication.translate(
            "BackupsController", "Your data as it was before is kept in %1."
        ).replace("%1", str(outcome.kept))
    return text


def close_session_for(shell: Shell, doing: str) -> tuple[bool, Store | None]:
    """Before the store file is replaced: log out (asking about unsaved forms), take the store from the
    session (the caller closes it on a worker) and show `doing` on the log-in window. Returns whether the
    session ended (False when the user kept an unsaved form open) and the store (None when none was open)."""
    if shell.main_window is not None:
        shell.log_out()
        if shell.main_window is not None:
            return False, None
    store = shell.ctx.take_store()
    if shell.login is not None:
        shell.login.show_message(doing)
        shell.login.set_opening(True)
    return True, store


class BackupsController(QObject):
    """Opens the backups dialog over the current window and carries out the restore it asks for."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        # The store the dialog lists, fixed as it opens: a restore goes into that one, whoever is typed
        # on the log-in window meanwhile; and only a backup of its own unit is restored into it.
        self.store_path = shell.store_path()
        self.unit_code = shell.ctx.unit_code or shell.session.units.unit_of(self.store_path)

    def show(self) -> None:
        shell = self.shell
        logged_in = shell.main_window is not None
        parent = shell.main_window if logged_in else shell.login
        # The dialog exports only a logged-in unit's data: it is told the unit only then.
        dialog = BackupsDialog(self.store_path, shell.ctx.unit_code or None, shell.ctx.clock, parent)
        dialog.restore_requested.connect(self.restore)
        from ssclient.gui.archive_actions import ArchiveActions

        ArchiveActions(shell, dialog)
        dialog.open()

    def restore(self, source: Path) -> None:
        """Log out (the store must be closed), then restore `source` on a worker; log in again after."""
        shell = self.shell
        ended, store = close_session_for(shell, self.tr("Restoring the backup…"))
        if not ended:
            return
        backups = Backups(self.store_path, shell.ctx.clock)
        task = start_call(backups.restore, store, source, self.unit_code)
        task.finished.connect(self._restored)

    def _restored(self, outcome: Restored) -> None:
        login = self.shell.login
        self.deleteLater()
        if login is None:
            return
        login.set_opening(False)
        login.show_message(restored_text(outcome))
