"""System → Agents: the accounting agencies (代理记账) the unit lets declare for it. The unit's
administrator grants a mandate by the agent's code and withdraws it; a withdrawal counts from the agent's
next request. Every change goes to the agency on a worker; the list is read again after each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssclient.gui.context import AppContext
from ssclient.gui.forms import row_table
from ssclient.gui.records.views import push_button
from ssclient.gui.workers import Task, start_call

if TYPE_CHECKING:
    from ssclient.app.mandates import MandateInfo


def _moment(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


class MandatesWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MandatesWindow")
        self.setWindowTitle(self.tr("Agents"))
        self.mandates: list[MandateInfo] = []
        self._task: Task | None = None
        self._build()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.agent_code.textChanged.connect(self._update_buttons)
        self.allowed = ctx.access.is_administrator
        if self.allowed:
            self.refresh()
        else:  # the menu entry is off for an operator; said here too, should the window open
            self.status.setText(self.tr("Only the unit's administrator manages mandates."))
        self._update_buttons()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "Accounting agencies (agents) that may declare for unit %1. An agent logs in with its own "
                "agent code and works for the unit only while its mandate is in force."
            ).replace("%1", self.ctx.unit_code),
            self,
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        grant_row = QHBoxLayout()
        grant_row.addWidget(QLabel(self.tr("Agent code"), self))
        self.agent_code = QLineEdit(self)
        self.agent_code.setObjectName("agentCode")
        self.agent_code.setMaxLength(20)
        self.agent_code.setPlaceholderText(self.tr("as the agency gave it, e.g. 190123456"))
        self.agent_code.returnPressed.connect(self.grant)
        grant_row.addWidget(self.agent_code, 1)
        self.grant_button = self._button(self.tr("Grant mandate"), "grantButton", self.grant, grant_row)
        layout.addLayout(grant_row)
        self.table = row_table(
            self,
            "mandatesTable",
            [self.tr("Agent code"), self.tr("Agent"), self.tr("Granted"), self.tr("State")],
            stretch=1,
        )
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.withdraw_button = self._button(
            self.tr("Withdraw mandate"), "withdrawButton", self.withdraw, buttons
        )
        self.withdraw_button.setToolTip(self.tr("The agent's next request for this unit is refused."))
        buttons.addStretch(1)
        self.refresh_button = self._button(self.tr("Refresh"), "refreshButton", self.refresh, buttons)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = push_button(self, text, name, slot)
        row.addWidget(button)
        return button

    # --- the list --------------------------------------------------------------------------------------
    def refresh(self) -> Task:
        self.status.setText(self.tr("Reading the mandates from the agency…"))
        return self._run(start_call(self.ctx.mandates.list), self._listed)

    def _listed(self, mandates: list[MandateInfo]) -> None:
        self.mandates = mandates
        in_force = sum(1 for m in mandates if m.withdrawn_at is None)
        self.status.setText(self.tr("%n agent(s) hold a mandate from this unit.", "", in_force))
        self.table.setRowCount(len(mandates))
        for row, mandate in enumerate(mandates):
            withdrawn = mandate.withdrawn_at
            state = (
                self.tr("In force")
                if withdrawn is None
                else self.tr("Withdrawn on %1").replace("%1", _moment(withdrawn))
            )
            texts = (mandate.agent_code, mandate.agent_name, _moment(mandate.granted_at), state)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if withdrawn is not None:  # kept for the record, out of use
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def selected(self) -> MandateInfo | None:
        """The mandate of the selected row, if it is in force (a withdrawn one has nothing to withdraw)."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self.mandates):
            return None
        mandate = self.mandates[rows[0].row()]
        return mandate if mandate.withdrawn_at is None else None

    def select(self, agent_code: str) -> None:
        for row, mandate in enumerate(self.mandates):
            if mandate.agent_code == agent_code:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        idle = self.allowed and (self._task is None or not self._task.running)
        self.refresh_button.setEnabled(idle)
        self.grant_button.setEnabled(idle and bool(self.agent_code.text().strip()))
        self.withdraw_button.setEnabled(idle and self.selected() is not None)

    # --- changes ---------------------------------------------------------------------------------------
    def grant(self) -> Task | None:
        code = self.agent_code.text().strip()
        if not (self.allowed and code) or (self._task is not None and self._task.running):
            return None
        done = self.tr("The agent %1 may now declare for this unit.")
        return self._run(start_call(self.ctx.mandates.grant, code), lambda info: self._changed(done, info))

    def withdraw(self) -> Task | None:
        chosen = self.selected()
        if chosen is None:
            return None
        done = self.tr("The mandate of %1 is withdrawn: its next request for this unit is refused.")
        task = start_call(self.ctx.mandates.withdraw, chosen.agent_code)
        return self._run(task, lambda info: self._changed(done, info))

    def _run(self, task: Task, finished: Callable[..., object]) -> Task:
        self._task = task.owned_by(self)
        task.finished.connect(finished)
        task.failed.connect(self.status.setText)
        task.ended.connect(self._update_buttons)
        self._update_buttons()
        return task

    def _changed(self, done: str, mandate: MandateInfo) -> None:
        if mandate.withdrawn_at is None:
            self.agent_code.clear()
        code = mandate.agent_code
        task = self.refresh()
        task.finished.connect(lambda _mandates: self._say(done.replace("%1", code), code))

    def _say(self, text: str, agent_code: str) -> None:
        self.status.setText(text)
        self.select(agent_code)
