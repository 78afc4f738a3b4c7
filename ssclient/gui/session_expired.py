"""The agency ended the session (sessions last a few hours): log in again over the main window, so that
open forms and unsaved work stay as they are. Log out is the other way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from ssclient.app.session_login import SessionLogin
from ssclient.gui.context import AppContext
from ssclient.gui.forms import child, embed_form
from ssclient.gui.icons import app_icon
from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from ssclient.gui.agents.session import AgentSession
    from ssclient.gui.shell import Shell


class SessionExpiredDialog(QDialog):
    """Accepted once logged in again (the agency client holds the new session); rejected = log out."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, agent: AgentSession | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agent = agent  # an agent logs in again as itself, for every unit it opened
        self.setObjectName("SessionExpiredDialog")
        self.setWindowTitle(self.tr("Log in again"))
        self.setWindowIcon(app_icon())
        self.form = embed_form(self, "session_expired.ui")
        self.password = child(self.form, QLineEdit, "passwordEdit")
        self.message = child(self.form, QLabel, "message")
        self.continue_button = child(self.form, QPushButton, "continueButton")
        child(self.form, QLabel, "unitCodeValue").setText(agent.agent_code if agent else ctx.unit_code)
        if agent is not None:
            child(self.form, QLabel, "unitCodeLabel").setText(
                QCoreApplication.translate("AgentLogin", "Agent code")
            )
        self.continue_button.clicked.connect(self.log_in)
        child(self.form, QPushButton, "logOutButton").clicked.connect(self.reject)
        self.resize(480, 230)

    def log_in(self) -> None:
        if not self.password.text():
            self.message.setText(self.tr("Enter the password."))
            return
        self.continue_button.setEnabled(False)
        if self.agent is not None:
            task = start_call(self.agent.log_in_again, self.password.text())
            task.finished.connect(self._logged_in)
            task.failed.connect(self._failed)
            task.ended.connect(self._ended)
            return
        task = start_call(
            SessionLogin.online,
            self.ctx.agency,
            self.ctx.unit_code,
            self.password.text(),
            self.ctx.access.operator,
        )
        task.finished.connect(self._logged_in)
        task.failed.connect(self._failed)
        task.ended.connect(self._ended)

    def _logged_in(self, _result: object) -> None:
        self.password.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self.password.selectAll()

    def _ended(self) -> None:
        self.continue_button.setEnabled(True)


class Reauthentication(QObject):
    """The shell's answer to an ended session: one dialog at a time over the main window; open forms stay.
    Logging in again sends what waits in the outbox; Log out is the other answer."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.dialog: SessionExpiredDialog | None = None

    def ask(self) -> None:
        agent = self.shell.agent
        # Over the unit's window; an agent with no unit open: over its month board, which stays.
        window = self.shell.main_window or (agent.board if agent is not None else None)
        if window is None or self.dialog is not None:
            return
        dialog = SessionExpiredDialog(self.shell.ctx, window, agent=agent)
        dialog.accepted.connect(self._renewed)
        dialog.rejected.connect(self.shell.log_out)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _renewed(self) -> None:
        from ssclient.gui.documents.sync_runner import SyncRunner

        agent = self.shell.agent
        if agent is not None and agent.board is not None:
            agent.board.say("")
            agent.board.refresh()  # its units as the new session sees them
        if self.shell.main_window is None:  # the agent's board alone: no unit's outbox to send
            return
        SyncRunner.for_context(self.shell.ctx).kick(force=True)  # what the ended session held back goes now
