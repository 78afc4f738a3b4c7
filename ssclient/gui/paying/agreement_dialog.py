"""The unit's bank agreement (三方协议): the bank, the account number and the agreement number, checked for
form before they are sent (app.paying), each problem shown under its field.

The account number typed here goes to the agency and is forgotten by this window once registered: the
program shows only the masked form the agency answers with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.paying import BANKS, AgreementRefused, BankAgreement, Paying
from ssclient.gui.paying.texts import form_problem_text
from ssclient.gui.workers import Task, start_call

_FIELDS = ("bank_code", "account_number", "agreement_number")


class AgreementDialog(QDialog):
    registered = Signal(object)  # the BankAgreement the agency registered
    refused = Signal(object)  # AgreementRefused: the form's problems, shown under the fields
    failed = Signal(str)  # the agency could not be asked, or refused otherwise: the message shown

    def __init__(self, paying: Paying, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paying = paying
        self.setObjectName("AgreementDialog")
        self.setWindowTitle(self.tr("Bank agreement"))
        self.bank_combo = QComboBox(self)
        self.bank_combo.setObjectName("bankCombo")
        self.bank_combo.addItem(self.tr("Choose the bank…"), "")
        for code, name in BANKS.items():
            self.bank_combo.addItem(f"{name} ({code})", code)
        self.account_edit = QLineEdit(self)
        self.account_edit.setObjectName("accountEdit")
        self.account_edit.setPlaceholderText(self.tr("The bank card number, e.g. 6222 0000 0000 0000 000"))
        self.agreement_edit = QLineEdit(self)
        self.agreement_edit.setObjectName("agreementEdit")
        self.agreement_edit.setPlaceholderText(self.tr("As printed on the agreement"))
        self.problem_labels = {name: self._problem_label(name) for name in _FIELDS}

        form = QFormLayout()
        form.addRow(self._label(self.tr("Bank")), self.bank_combo)
        form.addRow("", self.problem_labels["bank_code"])
        form.addRow(self._label(self.tr("Account number")), self.account_edit)
        form.addRow("", self.problem_labels["account_number"])
        form.addRow(self._label(self.tr("Agreement number")), self.agreement_edit)
        form.addRow("", self.problem_labels["agreement_number"])
        self.note_label = QLabel(
            self.tr(
                "The account number is checked as a bank card number (ISO/IEC 7812-1: 8 to 19 digits, the last "
                "a check digit). The agreement number's check is illustrative: no public document gives its "
                "form, and the agency's answer decides. The account number is kept at the agency; this "
                "program shows it masked."
            ),
            self,
        )
        self.note_label.setObjectName("noteLabel")
        self.note_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Register"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _label(self, text: str) -> QLabel:
        # Every field is mandatory: a red * as in the declaration forms.
        label = QLabel(f'{text} <span style="color:#c00">*</span>', self)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _problem_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"problem:{name}")
        label.setStyleSheet("color: #c00")
        label.setWordWrap(True)
        label.hide()
        return label

    def set_values(self, bank_code: str, account_number: str, agreement_number: str) -> None:
        self.bank_combo.setCurrentIndex(max(0, self.bank_combo.findData(bank_code)))
        self.account_edit.setText(account_number)
        self.agreement_edit.setText(agreement_number)

    def submit(self) -> Task:
        """Check and register on a worker; `registered`, `refused` or `failed` follows."""
        for label in self.problem_labels.values():
            label.hide()
        self.ok_button.setEnabled(False)
        self.status_label.setText(self.tr("Registering the agreement…"))
        task = start_call(
            self._paying.register_agreement,
            str(self.bank_combo.currentData() or ""),
            self.account_edit.text(),
            self.agreement_edit.text(),
        )
        task.finished.connect(self._answered)
        task.failed.connect(self._failed)
        task.ended.connect(lambda: self.ok_button.setEnabled(True))
        return task

    def _answered(self, answer: BankAgreement | AgreementRefused) -> None:
        if isinstance(answer, AgreementRefused):
            for item in answer.findings:
                label = self.problem_labels.get(item.field)
                if label is not None:
                    label.setText(form_problem_text(item))
                    label.show()
            self.status_label.setText(self.tr("Correct the fields marked in red, then register again."))
            self.adjustSize()  # room for the messages shown
            self.refused.emit(answer)
            return
        self.account_edit.clear()  # the full number is the agency's now
        self.status_label.clear()
        self.registered.emit(answer)
        self.accept()

    def _failed(self, message: str) -> None:
        self.status_label.setText(message)
        self.failed.emit(message)
