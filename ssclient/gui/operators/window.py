"""System → Operators: the unit's operators as the agency keeps them, for a session that may manage
operators — add one, change its permissions, disable (or enable) it, give it a new initial password.

The unit's administrator is the first row: it logs in with the unit code alone, holds every permission and
cannot be disabled (a unit always keeps someone who can manage it). Every change goes to the agency on a
worker; the list is read again after each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssclient.domain.permissions import ALL_PERMISSIONS, Permission
from ssclient.gui.context import AppContext
from ssclient.gui.forms import row_table
from ssclient.gui.operators.dialog import Mode, OperatorDialog
from ssclient.gui.operators.texts import administrator_name, missing_text, permission_list
from ssclient.gui.records.views import push_button
from ssclient.gui.workers import Task, start_call

if TYPE_CHECKING:
    from ssclient.app.operators import OperatorInfo


class OperatorsWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("OperatorsWindow")
        self.setWindowTitle(self.tr("Operators"))
        self.operators: list[OperatorInfo] = []
        self.dialog: OperatorDialog | None = None
        self._task: Task | None = None
        self._build()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.allowed = ctx.access.may(Permission.MANAGE_OPERATORS)
        if self.allowed:
            self.refresh()
        else:  # the menu entry is off for such a session; said here too, should the window open
            self.status.setText(missing_text(Permission.MANAGE_OPERATORS))
        self._update_buttons()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "Operators of unit %1: each logs in with the unit code, a log-in name and a password."
            ).replace("%1", self.ctx.unit_code),
            self,
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = row_table(
            self,
            "operatorsTable",
            [self.tr("Log-in name"), self.tr("Name"), self.tr("Permissions"), self.tr("State")],
            stretch=2,
        )
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add operator…"), "addButton", self.add_operator, buttons)
        self.permissions_button = self._button(
            self.tr("Permissions…"), "permissionsButton", self.edit_permissions, buttons
        )
        self.disable_button = self._button(self.tr("Disable"), "disableButton", self.toggle_enabled, buttons)
        self.password_button = self._button(
            self.tr("Reset password…"), "passwordButton", self.reset_password, buttons
        )
        buttons.addStretch(1)
        self.refresh_button = self._button(self.tr("Refresh"), "refreshButton", self.refresh, buttons)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = push_button(self, text, name, slot)
        row.addWidget(button)
        return button

    # --- the list --------------------------------------------------------------------------------------
    def refresh(self) -> Task:
        self.status.setText(self.tr("Reading the operators from the agency…"))
        self._task = start_call(self.ctx.operators.list).owned_by(self)
        self._task.finished.connect(self._listed)
        self._task.failed.connect(self.status.setText)
        self._task.ended.connect(self._update_buttons)
        return self._task

    def _listed(self, operators: list[OperatorInfo]) -> None:
        self.operators = operators
        self.status.setText(self.tr("%n operator(s) besides the administrator.", "", len(operators)))
        self.table.setRowCount(len(operators) + 1)
        self._row(0, self.ctx.unit_code, administrator_name(), ALL_PERMISSIONS, self.tr("Cannot be disabled"))
        for index, operator in enumerate(operators, 1):
            if not operator.enabled:
                state = self.tr("Disabled")
            elif operator.must_change_password:
                state = self.tr("Enabled; must change the initial password")
            else:
                state = self.tr("Enabled")
            self._row(
                index, operator.login, operator.name, operator.permissions, state, muted=not operator.enabled
            )

    def _row(
        self,
        row: int,
        login: str,
        name: str,
        permissions: frozenset[Permission],
        state: str,
        *,
        muted: bool = False,
    ) -> None:
        for column, text in enumerate((login, name, permission_list(permissions), state)):
            item = QTableWidgetItem(text)
            if muted:  # a disabled operator, shown as out of use
                item.setForeground(Qt.GlobalColor.gray)
            if row == 0:
                item.setToolTip(
                    self.tr(
                        "The unit's administrator logs in with the unit code alone and may do everything; it "
                        "cannot be disabled, so the unit always keeps someone who manages it."
                    )
                )
                item.setForeground(Qt.GlobalColor.darkGray)
            self.table.setItem(row, column, item)

    def cell(self, row: int, column: int) -> str:
        """The text shown in a cell ("" for none)."""
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def selected(self) -> OperatorInfo | None:
        """The operator of the selected row; None for none, or for the administrator's row."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index = rows[0].row() if rows else 0
        return self.operators[index - 1] if index >= 1 else None

    def select(self, login: str) -> None:
        for index, operator in enumerate(self.operators, 1):
            if operator.login == login:
                self.table.selectRow(index)

    def _update_buttons(self) -> None:
        idle = self.allowed and (self._task is None or not self._task.running)
        chosen = self.selected()
        self.add_button.setEnabled(idle)
        self.refresh_button.setEnabled(idle)
        for button in (self.permissions_button, self.disable_button, self.password_button):
            button.setEnabled(idle and chosen is not None)
        self.disable_button.setText(
            self.tr("Enable") if chosen and not chosen.enabled else self.tr("Disable")
        )
        self.disable_button.setToolTip(
            self.tr("Disabling ends the operator's sessions at once; its records keep its name.")
        )

    # --- changes ---------------------------------------------------------------------------------------
    def add_operator(self) -> OperatorDialog:
        dialog = OperatorDialog(Mode.NEW, self.ctx.operators.create, self, unit_code=self.ctx.unit_code)
        return self._open(dialog, self.tr("The operator %1 was created: give them the initial password."))

    def edit_permissions(self) -> OperatorDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        login = chosen.login

        def send(permissions: list[Permission]) -> OperatorInfo:
            return self.ctx.operators.set_permissions(login, permissions)

        dialog = OperatorDialog(Mode.PERMISSIONS, send, self, login=login, permissions=chosen.permissions)
        return self._open(dialog, self.tr("The permissions of %1 were changed."))

    def reset_password(self) -> OperatorDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        login = chosen.login

        def send(password: str) -> str:
            self.ctx.operators.reset_password(login, password)
            return login

        dialog = OperatorDialog(Mode.PASSWORD, send, self, login=login, unit_code=self.ctx.unit_code)
        return self._open(dialog, self.tr("%1 has a new initial password; their sessions were ended."))

    def toggle_enabled(self) -> Task | None:
        chosen = self.selected()
        if chosen is None:
            return None
        self._task = start_call(self.ctx.operators.set_enabled, chosen.login, not chosen.enabled)
        done = (
            self.tr("%1 is enabled again.")
            if not chosen.enabled
            else self.tr("%1 is disabled: its sessions ended at once.")
        )
        self._task.finished.connect(lambda info: self._changed(done, info.login))
        self._task.failed.connect(self.status.setText)
        self._task.ended.connect(self._update_buttons)
        self._update_buttons()
        return self._task

    def _open(self, dialog: OperatorDialog, done: str) -> OperatorDialog:
        self.dialog = dialog
        dialog.done_with.connect(
            lambda answer: self._changed(done, answer if isinstance(answer, str) else answer.login)
        )
        dialog.open()
        return dialog

    def _changed(self, done: str, login: str) -> None:
        task = self.refresh()
        task.finished.connect(lambda _operators: self._say(done.replace("%1", login), login))

    def _say(self, text: str, login: str) -> None:
        self.status.setText(text)
        self.select(login)
