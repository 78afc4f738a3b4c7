"""The unit's profile as the agency has it: codes shown; name, contact and the work-injury industry class
(a unit-information change, 1–8; the payments computed after it use the new class) editable."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from ssclient.app.unit import INDUSTRY_CLASSES, check_industry_class, check_unit_name
from ssclient.domain.permissions import Permission
from ssclient.domain.roster import Unit
from ssclient.gui.context import AppContext
from ssclient.gui.findings_text import finding_text
from ssclient.gui.forms import child, embed_form, show_row
from ssclient.gui.icons import app_icon
from ssclient.gui.operators.actions import restrict_button
from ssclient.gui.register import industry_class_text
from ssclient.gui.workers import start_call


class UnitInfoDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("UnitInfoDialog")
        self.setWindowTitle(self.tr("Unit information"))
        self.setWindowIcon(app_icon())
        self.form = embed_form(self, "unit_info.ui")
        self.name = child(self.form, QLineEdit, "nameEdit")
        self.contact = child(self.form, QLineEdit, "contactEdit")
        self.phone = child(self.form, QLineEdit, "phoneEdit")
        self.industry_class = child(self.form, QComboBox, "industryClassCombo")
        for number in INDUSTRY_CLASSES:
            self.industry_class.addItem(industry_class_text(number), number)
        self.name_error = child(self.form, QLabel, "nameError")
        self.message = child(self.form, QLabel, "message")
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        restrict_button(self.save_button, ctx, Permission.MANAGE_OPERATORS)  # the agency refuses it otherwise
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name.textEdited.connect(self._check_name)
        show_row(self.name_error, False)
        if ctx.unit is not None:
            self.show_unit(ctx.unit)
        self.resize(600, 360)

    def show_unit(self, unit: Unit) -> None:
        child(self.form, QLabel, "unitCodeValue").setText(unit.unit_code)
        child(self.form, QLabel, "usccValue").setText(unit.uscc)
        child(self.form, QLabel, "taxNumberValue").setText(unit.tax_number)
        industry_class = child(self.form, QLabel, "industryClassValue")
        industry_class.setText(industry_class_text(unit.industry_class))
        industry_class.setWordWrap(True)
        self._industry_class = unit.industry_class
        self.industry_class.setCurrentIndex(self.industry_class.findData(unit.industry_class))
        self.name.setText(unit.name)
        self.contact.setText(unit.contact)
        self.phone.setText(unit.phone)

    def refresh(self) -> None:
        """Read the profile again from the agency (another workstation may have changed it)."""
        task = start_call(self.ctx.unit_account.profile)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)

    def _loaded(self, unit: Unit) -> None:
        self.ctx.set_unit(unit)
        self.show_unit(unit)

    def _check_name(self) -> bool:
        problems = check_unit_name(self.name.text())
        self.name_error.setText("\n".join(finding_text(f) for f in problems))
        show_row(self.name_error, bool(problems))
        return not problems

    def save(self) -> None:
        if not self._check_name():
            self.name.setFocus()
            return
        if not self.contact.text().strip():
            self._say(self.tr("Enter the contact person."), error=True)
            self.contact.setFocus()
            return
        chosen = self.chosen_industry_class()
        problems = check_industry_class(chosen)
        if problems:  # the list offers 1–8 only; a class the agency holds outside them must be replaced
            self._say("\n".join(finding_text(f) for f in problems), error=True)
            self.industry_class.setFocus()
            return
        self.save_button.setEnabled(False)
        task = start_call(
            self.ctx.unit_account.update_profile,
            name=self.name.text().strip(),
            contact=self.contact.text().strip(),
            phone=self.phone.text().strip(),
            industry_class=chosen if chosen != self._industry_class else None,
        )
        task.finished.connect(self._saved)
        task.failed.connect(self._failed)
        task.ended.connect(self._ended)

    def chosen_industry_class(self) -> int | None:
        data = self.industry_class.currentData()
        return data if isinstance(data, int) else None

    def _saved(self, unit: Unit) -> None:
        changed = unit.industry_class != self._industry_class
        self.ctx.set_unit(unit)
        self.show_unit(unit)
        if changed:
            text = self.tr("Saved at the agency. Payments computed from now on use industry class %1.")
            self._say(text.replace("%1", str(unit.industry_class)), error=False)
        else:
            self._say(self.tr("Saved at the agency."), error=False)

    def _failed(self, message: str) -> None:
        self._say(message, error=True)

    def _ended(self) -> None:
        self.save_button.setEnabled(True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color:#c62828;" if error else "color:#2e7d32;")
        self.message.setText(text)
