"""The Operators window's dialog: a new operator (log-in name, name, initial password, permissions), an
operator's permissions, or a new initial password. The password is checked as the agency checks it before
anything is sent; the agency's refusal (a log-in name taken, say) stays in the dialog, with the typed
values, for the user to correct."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.operators import check_new_password
from ssclient.domain.permissions import PERMISSION_ORDER, Permission
from ssclient.gui.findings_text import finding_text
from ssclient.gui.forms import DIALOG_MARGIN, mark_required
from ssclient.gui.operators.texts import permission_help, permission_name
from ssclient.gui.workers import Task, start_call


class Mode(Enum):
    NEW = "new"
    PERMISSIONS = "permissions"
    PASSWORD = "password"


class OperatorDialog(QDialog):
    """`done_with` carries the agency's answer once it accepted; the dialog then closes itself."""

    done_with = Signal(object)

    def __init__(
        self,
        mode: Mode,
        send: Callable[..., Any],
        parent: QWidget | None = None,
        *,
        login: str = "",
        permissions: Iterable[Permission] = (Permission.QUERY,),
        unit_code: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OperatorDialog")
        self.mode = mode
        self._send = send
        self._unit_code = unit_code
        self._task: Task | None = None
        titles = {
            Mode.NEW: self.tr("New operator"),
            Mode.PERMISSIONS: self.tr("Permissions of %1").replace("%1", login),
            Mode.PASSWORD: self.tr("New initial password for %1").replace("%1", login),
        }
        self.setWindowTitle(titles[mode])
        self._build(set(permissions))
        self.resize(520, 0)

    def _build(self, granted: set[Permission]) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN)
        fields = QFormLayout()
        self.login = self._line("loginEdit", 40)
        self.name = self._line("nameEdit", 60)
        self.password = self._line("passwordEdit", 128)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        rows: list[tuple[str, QLineEdit]] = []
        if self.mode is Mode.NEW:
            self.login.setPlaceholderText(self.tr("e.g. wang.fang: letters, digits, dots, dashes"))
            rows += [(self.tr("Log-in name"), self.login), (self.tr("Name"), self.name)]
        if self.mode is not Mode.PERMISSIONS:
            rows.append((self.tr("Initial password"), self.password))
        for text, field in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            mark_required(label)
            fields.addRow(label, field)
        layout.addLayout(fields)
        if self.mode is not Mode.PERMISSIONS:
            hint = QLabel(self.tr("The operator must change this password at the first log-in."), self)
            hint.setStyleSheet("color:#555;")
            layout.addWidget(hint)
        self.boxes: dict[Permission, QCheckBox] = {}
        if self.mode is not Mode.PASSWORD:
            layout.addWidget(QLabel(self.tr("Permissions:"), self))
            for permission in PERMISSION_ORDER:
                box = QCheckBox(permission_name(permission), self)
                box.setObjectName(f"permission_{permission.value}")
                box.setToolTip(permission_help(permission))
                box.setChecked(permission in granted)
                self.boxes[permission] = box
                layout.addWidget(box)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c62828;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _line(self, name: str, limit: int) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setMaxLength(limit)
        return field

    def chosen(self) -> list[Permission]:
        return [p for p, box in self.boxes.items() if box.isChecked()]

    def send(self) -> None:
        """Check what the client can, then send it on a worker."""
        problem = self._problem()
        if problem:
            self.message.setText(problem)
            return
        self.message.clear()
        if self.mode is Mode.NEW:
            args: tuple[object, ...] = (
                self.login.text(),
                self.name.text(),
                self.password.text(),
                self.chosen(),
            )
        elif self.mode is Mode.PERMISSIONS:
            args = (self.chosen(),)
        else:
            args = (self.password.text(),)
        self.buttons.setEnabled(False)
        self._task = start_call(self._send, *args)
        self._task.finished.connect(self._sent)
        self._task.failed.connect(self.message.setText)
        self._task.ended.connect(lambda: self.buttons.setEnabled(True))

    def _problem(self) -> str:
        if self.mode is Mode.NEW and not self.login.text().strip():
            return self.tr("Enter the log-in name the operator will type at log-in.")
        if self.mode is Mode.NEW and not self.name.text().strip():
            return self.tr("Enter the operator's name.")
        if self.mode is not Mode.PASSWORD and not self.chosen():
            return self.tr("Give the operator at least one permission (“Query only” lets it only look).")
        if self.mode is not Mode.PERMISSIONS:
            found = check_new_password(self.password.text(), field="password", unit_code=self._unit_code)
            if found:
                return finding_text(found[0])
        return ""

    def _sent(self, answer: object) -> None:
        self.done_with.emit(answer)
        self.accept()
