"""Register a new unit: each field is checked with the rulebook as it is typed; the answer is the unit
code, shown large, because it is the user name for logging in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ssclient.app.unit import (
    INDUSTRY_CLASSES,
    check_industry_class,
    check_new_password,
    check_tax_number,
    check_unit_name,
    check_uscc,
    normalize_code,
)
from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding
from ssclient.gui.context import AppContext
from ssclient.gui.findings_text import finding_text
from ssclient.gui.forms import child, embed_form, fit_on_screen, message_room
from ssclient.gui.icons import app_icon
from ssclient.gui.training import is_training, mark_training
from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from ssclient.app.unit import Registration

# The agency's field names (in its findings) → this form's line edits.
_FIELDS = {
    "name": "nameEdit",
    "uscc": "usccEdit",
    "tax_number": "taxNumberEdit",
    "contact": "contactEdit",
    "phone": "phoneEdit",
    "password": "passwordEdit",
    "confirm": "confirmEdit",
}


def industry_class_text(industry_class: int) -> str:
    """The class with what it means: the main industries of each risk class of the work-injury industry
    risk classification (人社部发〔2015〕71号, 工伤保险行业风险分类表), lowest risk first. A number outside
    1–8 is shown as it is (the agency never sends one; the rules refuse it)."""
    texts = {
        1: QCoreApplication.translate(
            "RegisterDialog",
            "Class 1 (lowest risk): software and IT services, finance, insurance, science services, "
            "public administration, social organisations",
        ),
        2: QCoreApplication.translate(
            "RegisterDialog",
            "Class 2: wholesale, retail, storage, post, hotels, catering, telecommunications, internet, "
            "real estate, business services, education, health",
        ),
        3: QCoreApplication.translate(
            "RegisterDialog",
            "Class 3: food, drink, tobacco, textiles, electronics and instrument manufacturing, water supply, "
            "repair services, public facilities, entertainment",
        ),
        4: QCoreApplication.translate(
            "RegisterDialog",
            "Class 4: farming, clothing, leather, printing, pharmaceuticals, rubber and plastics, metal "
            "products, machinery and vehicle manufacturing, power, heat and gas supply, rail and air transport",
        ),
        5: QCoreApplication.translate(
            "RegisterDialog",
            "Class 5: forestry, mining support, furniture, paper, building installation and decoration, "
            "road and water transport, loading and freight agency",
        ),
        6: QCoreApplication.translate(
            "RegisterDialog",
            "Class 6: fishing, chemicals, non-metallic mineral products, metal smelting and rolling, "
            "house building, civil engineering",
        ),
        7: QCoreApplication.translate(
            "RegisterDialog",
            "Class 7: oil and gas extraction, other mining, petroleum processing, coking and nuclear fuel",
        ),
        8: QCoreApplication.translate(
            "RegisterDialog",
            "Class 8 (highest risk): coal mining and washing, ferrous, non-ferrous and non-metallic ore mining",
        ),
    }
    return texts.get(industry_class, str(industry_class))


class RegisterDialog(QDialog):
    registered = Signal(str)  # the new unit code; the shell pre-fills it in the log-in window

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("RegisterDialog")
        self.setWindowTitle(self.tr("Register a new unit"))
        self.setWindowIcon(app_icon())
        self.form = embed_form(self, "register.ui")
        self.edits = {key: child(self.form, QLineEdit, name) for key, name in _FIELDS.items()}
        self.errors = {
            key: child(self.form, QLabel, name.replace("Edit", "Error")) for key, name in _FIELDS.items()
        }
        # Chosen on purpose, never taken as class 1: it sets the employer's work-injury rate.
        self.industry_class = child(self.form, QComboBox, "industryClassCombo")
        for number in INDUSTRY_CLASSES:
            self.industry_class.addItem(industry_class_text(number), number)
        self.industry_class.setPlaceholderText(self.tr("Choose the class of the unit's main industry"))
        self.industry_class.setCurrentIndex(-1)
        self.errors["industry_class"] = child(self.form, QLabel, "industryClassError")
        self.initial_password = child(self.form, QCheckBox, "initialPasswordCheck")
        self.message = child(self.form, QLabel, "message")
        self.pages = child(self.form, QStackedWidget, "pages")
        self.register_button = child(self.form, QPushButton, "registerButton")
        self.unit_code_value = child(self.form, QLabel, "unitCodeValue")
        self.done_note = child(self.form, QLabel, "doneNote")
        self.unit_code = ""
        self._touched: set[str] = set()
        self._busy = False
        # Always shown, empty when the field is fine: the rows never move as messages come and go.
        for label in self.errors.values():
            label.setMinimumHeight(message_room(label))

        for key, edit in self.edits.items():
            edit.textEdited.connect(lambda _text, key=key: self._edited(key))
        self.industry_class.currentIndexChanged.connect(lambda _index: self._edited("industry_class"))
        # The chosen class's industries are longer than the field: its tooltip shows them whole.
        explanation = self.industry_class.toolTip()
        self.industry_class.currentTextChanged.connect(
            lambda text: self.industry_class.setToolTip(f"{text}\n\n{explanation}" if text else explanation)
        )
        self.initial_password.toggled.connect(self._initial_password_toggled)
        self.register_button.clicked.connect(self.register)
        child(self.form, QPushButton, "cancelButton").clicked.connect(self.reject)
        child(self.form, QPushButton, "copyButton").clicked.connect(self._copy_unit_code)
        self.login_now_button = child(self.form, QPushButton, "loginNowButton")
        self.login_now_button.clicked.connect(self.accept)
        # Enter in any field means Register (never Cancel, never the hidden "Log in now" page's button).
        self.training_banner = mark_training(self, is_training(ctx))
        fit_on_screen(self, QSize(700, 700))

    # --- checking as typed ---------------------------------------------------------------------------
    def field_findings(self) -> dict[str, list[Finding]]:
        """What is wrong with each field now (empty lists for the good ones)."""
        text = {key: edit.text() for key, edit in self.edits.items()}
        found: dict[str, list[Finding]] = {
            "name": check_unit_name(text["name"]),
            "uscc": check_uscc(text["uscc"]),
            "tax_number": check_tax_number(text["tax_number"]),
            "contact": [] if text["contact"].strip() else [_required(self.tr("Enter the contact person."))],
            "phone": [],
            "industry_class": self._industry_class_findings(),
            "password": [],
            "confirm": [],
        }
        if not self.initial_password.isChecked():
            # Judged as the agency judges it, with the unit's codes and name as known words.
            found["password"] = check_new_password(
                text["password"],
                tax_number=text["tax_number"],
                field="password",
                uscc=text["uscc"],
                unit_name=text["name"],
            )
            if text["confirm"] != text["password"]:
                found["confirm"] = [_required(self.tr("The two passwords differ."))]
        return found

    def chosen_industry_class(self) -> int | None:
        data = self.industry_class.currentData()
        return data if isinstance(data, int) else None

    def _industry_class_findings(self) -> list[Finding]:
        chosen = self.chosen_industry_class()
        if chosen is None:
            return [_required(self.tr("Choose the work-injury industry class of the unit's main industry."))]
        return check_industry_class(chosen)

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.message.clear()
        self._show_findings(self.field_findings())

    def _show_findings(self, found: dict[str, list[Finding]], *, all_fields: bool = False) -> None:
        for key, label in self.errors.items():
            problems = found.get(key, []) if (all_fields or key in self._touched) else []
            label.setText("\n".join(finding_text(f) for f in problems))

    def _initial_password_toggled(self, on: bool) -> None:
        for key in ("password", "confirm"):
            self.edits[key].setEnabled(not on)
            if on:
                self.edits[key].clear()
        self._show_findings(self.field_findings())

    # --- registering ---------------------------------------------------------------------------------
    def register(self) -> None:
        if self._busy:
            return
        found = self.field_findings()
        if any(found.values()):
            self._show_findings(found, all_fields=True)
            first = next(key for key, problems in found.items() if problems)
            self.edits.get(first, self.industry_class).setFocus()
            self.message.setText(self.tr("Correct the fields marked in red, then register again."))
            return
        text = {key: edit.text().strip() for key, edit in self.edits.items()}
        industry_class = self.chosen_industry_class()
        assert industry_class is not None  # its finding above stops a dialog without one
        tax_number = normalize_code(text["tax_number"])
        password = tax_number if self.initial_password.isChecked() else self.edits["password"].text()
        self._set_busy(True)
        task = start_call(
            self.ctx.unit_account.register,
            name=text["name"],
            uscc=text["uscc"],
            tax_number=tax_number,
            contact=text["contact"],
            phone=text["phone"],
            password=password,
            industry_class=industry_class,
        )
        task.finished.connect(self._registered)
        task.failed.connect(self._failed)
        task.ended.connect(self._ended)

    def _registered(self, registration: Registration) -> None:
        if registration.must_change_password:
            note = self.tr(
                "Log in with this unit code and the tax registration number as the password. You will be "
                "asked to choose a new password at the first log-in."
            )
        else:
            note = self.tr("Log in with this unit code and the password you chose.")
        self.show_registered(registration.unit_code, note)

    def show_registered(self, code: str, note: str) -> None:
        """The done page: the code the agency gave (a unit's or an agent's), what to log in with, and
        Enter logging in with it."""
        self.unit_code = code
        self.unit_code_value.setText(code)
        self.done_note.setText(note)
        self.pages.setCurrentIndex(1)
        self.register_button.setDefault(False)
        self.login_now_button.setDefault(True)
        self.login_now_button.setFocus()
        self.registered.emit(self.unit_code)

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        # The agency names fields (e.g. the credit code already registered): put them beside the field.
        agency_findings = getattr(getattr(self.sender(), "error", None), "findings", ())
        if agency_findings:
            found: dict[str, list[Finding]] = {}
            for item in agency_findings:
                found.setdefault(item.field if item.field in self.errors else "name", []).append(item)
            self._show_findings(found, all_fields=True)

    def _ended(self) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.register_button.setEnabled(not busy)
        self.register_button.setText(self.tr("Registering…") if busy else self.tr("Register"))

    def _copy_unit_code(self) -> None:
        QGuiApplication.clipboard().setText(self.unit_code)


def _required(message: str) -> Finding:
    """A form-level problem the rulebook has no code for (contact person, repeated password)."""
    return Finding("FORM_FIELD", Severity.ERROR, "", message)
