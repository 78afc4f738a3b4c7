"""The agent's month board: the units section of the month board (gui.units.month_board), listing the units
that mandated the agent (offline: those it opened on this computer), each read from its own store here.
Enter or a double-click opens one; Log out ends the agent's session; closing the board with no unit open
logs out too (there is nothing left to work on)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ssclient.gui.units.month_board import MonthBoard

if TYPE_CHECKING:
    from ssclient.gui.agents.session import AgentSession
    from ssclient.gui.context import AppContext


class AgentBoard(MonthBoard):
    def __init__(self, ctx: AppContext, session: AgentSession, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session = session
        self.setObjectName("AgentBoard")
        self.agent_label = QLabel(self)
        self.agent_label.setObjectName("agentLabel")
        self.agent_label.setWordWrap(True)
        self.describe()
        self.agent_label.setStyleSheet("color:#555;")
        self.message = QLabel(self)
        self.message.setObjectName("agentMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.logout_button = QPushButton(self.tr("Log out"), self)
        self.logout_button.setObjectName("agentLogOut")
        self.logout_button.clicked.connect(lambda: session.log_out())
        layout = self.layout()
        first = layout.itemAt(0) if layout is not None else None
        top = first.layout() if first is not None else None
        if isinstance(top, QHBoxLayout):  # the heading's row: Refresh, then Log out
            top.addWidget(self.logout_button)
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.agent_label)
            layout.addWidget(self.message)

    def describe(self) -> None:
        """Whose board it is, and whether the agent works offline (title and the line above the units)."""
        session = self.session
        who = f"{session.name} ({session.agent_code})" if session.name else session.agent_code
        title = self.tr("Month board — units that mandated agent %1").replace("%1", who)
        if session.offline:
            title += " — " + self.tr("offline")
        self.setWindowTitle(title)
        self.agent_label.setText(
            self.tr(
                "Offline — agent %1: the units opened on this computer, from their data here. Documents you "
                "declare wait in each unit's outbox; log in online to send them."
            ).replace("%1", who)
            if session.offline
            else self.tr("Agent %1: the units whose mandate to you is in force.").replace("%1", who)
        )

    def refresh(self) -> None:
        """The agent's units again, on a worker (online the agency says which units mandated it)."""
        from ssclient.gui.workers import start_call

        self.refresh_button.setEnabled(False)
        self.heading.setText(self.tr("Reading the units' data…"))
        task = start_call(self.session.rows)
        task.finished.connect(self.show_rows)
        task.failed.connect(self._failed)
        task.ended.connect(self._read)

    def _heading_text(self) -> str:
        if self.rows:
            return super()._heading_text()
        period = str(self.ctx.current_period())
        if self.session.offline:
            text = self.tr("Period %1: this agent has opened no unit on this computer yet; log in online.")
        else:
            text = self.tr(
                "Period %1: no unit has mandated this agent yet. A unit's administrator grants the mandate "
                "with the agent code (System → Agents)."
            )
        return text.replace("%1", period)

    def missing_text(self) -> str:
        return self.tr("Not opened on this computer yet: open it to make its data file here.")

    def say(self, text: str, *, error: bool = True) -> None:
        """A message under the units (why a unit did not open, in the user's language)."""
        self.message.setStyleSheet("color:#c62828;" if error else "color:#2e7d32;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        session = self.session
        # Closed by the user (not at exit, which takes it from the session first) with no unit open.
        if event.isAccepted() and session.board is self and session.shell.main_window is None:
            session.board = None
            session.log_out()
