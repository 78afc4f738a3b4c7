"""Change the unit's password: from System → Change password, and forced after the first log-in with the
initial password (the agency allows nothing else until it is changed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from ssclient.app.unit import check_new_password
from ssclient.gui.context import AppContext
from ssclient.gui.findings_text import finding_text
from ssclient.gui.forms import child, embed_form, show_row
from ssclient.gui.icons import app_icon
from ssclient.gui.training import is_training, mark_training
from ssclient.gui.workers import start_call


class ChangePasswordDialog(QDialog):
    """`forced`: the first log-in; `current_password` (just typed at log-in) spares typing it again.

    Accepted once the agency has taken the new password; `new_password` then holds it (for the keyring,
    when the user asked to remember it)."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        forced: bool = False,
        current_password: str = "",
        tax_number: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ChangePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setWindowIcon(app_icon())
        self.form = embed_form(self, "change_password.ui")
        self.current = child(self.form, QLineEdit, "currentEdit")
        self.new = child(self.form, QLineEdit, "newEdit")
        self.confirm = child(self.form, QLineEdit, "confirmEdit")
        self.new_error = child(self.form, QLabel, "newError")
        self.confirm_error = child(self.form, QLabel, "confirmError")
        self.message = child(self.form, QLabel, "message")
        self.change_button = child(self.form, QPushButton, "changeButton")
        self.cancel_button = child(self.form, QPushButton, "cancelButton")
        self.new_password = ""
        self._tax_number = tax_number or (ctx.unit.tax_number if ctx.unit else "")
        self._busy = False

        intro = child(self.form, QLabel, "intro")
        if forced:
            self.setWindowTitle(self.tr("Choose a new password"))
            intro.setText(
                self.tr(
                    "You logged in with the initial password. Choose your own password before you continue: "
                    "at least 8 characters, with letters and digits, not the tax registration number."
                )
            )
            self.cancel_button.setText(self.tr("Log out"))
        if current_password:
            self.current.setText(current_password)
            show_row(self.current, False)
        show_row(self.new_error, False)
        show_row(self.confirm_error, False)

        self.new.textEdited.connect(self._check)
        self.confirm.textEdited.connect(self._check)
        self.change_button.clicked.connect(self.change)
        self.cancel_button.clicked.connect(self.reject)
        self.training_banner = mark_training(self, is_training(ctx))
        self.resize(520, 300)

    def problems(self) -> tuple[str, str]:
        """(problem with the new password, problem with the repetition); empty when fine."""
        found = check_new_password(
            self.new.text(), self.current.text(), self._tax_number, unit_code=self.ctx.unit_code
        )
        new_problem = "\n".join(finding_text(f) for f in found)
        confirm_problem = (
            self.tr("The two passwords differ.") if self.confirm.text() != self.new.text() else ""
        )
        return new_problem, confirm_problem

    def _check(self) -> None:
        self.message.clear()
        new_problem, confirm_problem = self.problems()
        self._show(self.new_error, new_problem if self.new.text() else "")
        self._show(self.confirm_error, confirm_problem if self.confirm.text() else "")

    def change(self) -> None:
        if self._busy:
            return
        if not self.current.text():
            self.message.setText(self.tr("Enter the current password."))
            self.current.setFocus()
            return
        new_problem, confirm_problem = self.problems()
        self._show(self.new_error, new_problem)
        self._show(self.confirm_error, confirm_problem)
        if new_problem or confirm_problem:
            (self.new if new_problem else self.confirm).setFocus()
            return
        self._set_busy(True)
        task = start_call(self.ctx.unit_account.change_password, self.current.text(), self.new.text())
        task.finished.connect(self._changed)
        task.failed.connect(self._failed)
        task.ended.connect(self._ended)

    def _changed(self, _result: object) -> None:
        self.new_password = self.new.text()
        for edit in (self.current, self.new, self.confirm):
            edit.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def _ended(self) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.change_button.setEnabled(not busy)

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        show_row(label, bool(text))
