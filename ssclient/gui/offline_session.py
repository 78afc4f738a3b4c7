"""Working offline: a session opened against the local verifier while the agency cannot be reached
(app/session_login.py), and logging in online again by itself, once, when the agency answers.

While offline the user opens drafts, edits, checks with the cached policy and roster, declares into the
outbox and reads everything stored. As soon as the agency answers (the status bar's connection light or
the log-in window's reconnect says so), the session logs in online with the password typed at the offline
log-in, kept in memory only; if the agency refuses it (the password was changed elsewhere), the usual
"log in again" dialog asks for it. Then the outbox sends what waited, once, and the roster is refreshed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ssclient.app.session_login import OfflineRefused, SessionLogin
from ssclient.domain.clock import china_time
from ssclient.gui.workers import Task, start_call

if TYPE_CHECKING:
    from ssclient.app.session_login import OfflineLogin
    from ssclient.gui.login import LoginDialog
    from ssclient.gui.shell import Shell

log = logging.getLogger(__name__)


def refusal_text(refused: OfflineRefused, unit_code: str) -> str:
    """Why the offline log-in was refused, and what to do, in the user's language."""
    if refused.never_online:
        return QCoreApplication.translate(
            "OfflineLogin",
            "The agency cannot be reached, and unit %1 has not logged in online on this computer yet, so it "
            "cannot log in offline. Check the network and the agency address (Settings…), then log in online "
            "once.",
        ).replace("%1", unit_code)
    if refused.locked_until is not None:
        return QCoreApplication.translate(
            "OfflineLogin", "Too many wrong passwords. Try again after %1."
        ).replace("%1", china_time(refused.locked_until).strftime("%H:%M:%S"))
    return QCoreApplication.translate(
        "OfflineLogin",
        "The password is wrong. Offline, it is checked against the last online log-in on this computer.",
    )


def log_in_offline(login: LoginDialog, unit_code: str, password: str, operator: str) -> None:
    """The log-in window's offline log-in of a unit, checked against the local verifier on a worker."""
    task = start_call(login.session_login().offline, unit_code, password, operator)
    task.finished.connect(lambda outcome: _offline_checked(login, outcome, unit_code))
    task.failed.connect(login._login_failed)
    task.ended.connect(login._task_ended)


def _offline_checked(login: LoginDialog, outcome: OfflineLogin | OfflineRefused, unit_code: str) -> None:
    if isinstance(outcome, OfflineRefused):
        login._login_failed(refusal_text(outcome, unit_code))
        return
    password = login._typed_password
    login.ctx.settings.last_unit_code = unit_code
    login.password.clear()
    login.logged_in_offline.emit(outcome, password)


class OfflineSession(QObject):
    """The shell's offline session, from the offline log-in until the agency takes the user online."""

    def __init__(self, shell: Shell, unit_code: str, password: str) -> None:
        super().__init__(shell)
        self.shell = shell
        self.unit_code = unit_code
        self._password = password
        self._task: Task | None = None

    def start(self) -> None:
        ctx = self.shell.ctx
        if not ctx.has_agency:
            ctx.agency = self.shell.session.offline_client(ctx.settings.agency_url)
        ctx.offline_since = ctx.clock.now()
        ctx.set_connected(False)
        ctx.signals.connection_changed.connect(self._connection_changed)
        self.shell.open_session(self.unit_code, offline=True)

    def end(self) -> None:
        """Logged out or online again: forget the password and the offline state."""
        self._password = ""
        ctx = self.shell.ctx
        ctx.offline_since = None
        ctx.signals.connection_changed.disconnect(self._connection_changed)
        self.deleteLater()

    def _connection_changed(self, connected: bool) -> None:
        if connected:
            self.agency_answers()

    def agency_answers(self) -> None:
        """The agency answers again: log in online (once at a time)."""
        if self.shell.main_window is None or (self._task is not None and self._task.running):
            return
        ctx = self.shell.ctx
        self._task = start_call(
            SessionLogin.again, ctx.agency, self.unit_code, self._password, ctx.access.operator
        )
        self._task.finished.connect(self._answered)
        self._task.failed.connect(lambda message: log.info("still offline: %s", message))

    def _answered(self, accepted: bool) -> None:
        shell = self.shell
        shell.end_offline()
        shell.ctx.set_connected(True)
        if not accepted:  # the password changed meanwhile: ask for it, as for an ended session
            shell.ask_password_again()
            return
        shell.back_online()
