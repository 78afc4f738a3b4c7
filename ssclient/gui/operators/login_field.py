"""The log-in window's operator field: empty logs in as the unit's administrator (with the unit code
alone), a log-in name logs in as that operator of the unit. The remembered password and the offline
log-in are each operator's own, so a changed operator looks up its own remembered password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QLineEdit

if TYPE_CHECKING:
    from ssclient.gui.login import LoginDialog


class OperatorField(QObject):
    """The field and its label; a different operator clears the password typed for the one before and
    looks up the new one's remembered password."""

    def __init__(self, login: LoginDialog) -> None:
        super().__init__(login)
        self.login = login
        self.edit = QLineEdit(login)
        self.edit.setObjectName("operator")
        self.edit.setMaxLength(40)
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "OperatorLogin", "Empty: the unit's administrator; else your operator log-in name"
            )
        )
        self.edit.setToolTip(
            QCoreApplication.translate(
                "OperatorLogin",
                "Operators are created by the unit's administrator (System → Operators) and log in with the "
                "unit code, their log-in name and their own password.",
            )
        )
        self.label = QLabel(QCoreApplication.translate("OperatorLogin", "Operator"), login)
        self.label.setBuddy(self.edit)
        self._looked_up = ""
        self.edit.editingFinished.connect(self._changed)

    def text(self) -> str:
        return self.edit.text().strip()

    def _changed(self) -> None:
        if self.text() == self._looked_up:
            return
        self._looked_up = self.text()
        self.login.password.clear()
        self.login.remembered.load()
