"""The fields of the person form (ui/person_line.ui) as rows: label, input and the problem beside it.

`PersonFieldRows` finds each field's widgets in the loaded form, puts findings beside their fields, gives
each shown message the height it needs, and moves the cursor to a field. `PersonLineForm` adds what the
fields mean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from ssclient.app.documents_rules import backpay_insurances, parse_hukou, parse_yes_no
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.domain.findings import Finding
from ssclient.gui.forms import child, embed_form, message_room, reserve_space

ERROR_COLOR = "#c0392b"
WARNING_COLOR = "#b06000"

# What a yes/no field stores: the answers as a spreadsheet holds them, so import and form agree.
YES, NO = "是", "否"

TEXT_FIELDS = ("id_number", "name", "wage_base", "nationality")
COMBO_FIELDS = ("hukou_type", "migrant_worker", "migrant_insurance", "province", "city", "county", "reason",
                 "id_type", "womens_category")  # fmt: skip
_WIDGET_NAMES = {
    "id_type": "idTypeCombo",
    "nationality": "nationalityEdit",
    "womens_category": "womensCategoryCombo",
    "id_number": "idNumberEdit",
    "name": "nameEdit",
    "wage_base": "wageBaseEdit",
    "hukou_type": "hukouTypeCombo",
    "migrant_worker": "migrantWorkerCombo",
    "migrant_insurance": "migrantInsuranceCombo",
    "province": "provinceCombo",
    "city": "cityCombo",
    "county": "countyCombo",
    "reason": "reasonCombo",
}
_PREFIXES = {
    "id_type": "idType",
    "nationality": "nationality",
    "womens_category": "womensCategory",
    "id_number": "idNumber",
    "name": "name",
    "wage_base": "wageBase",
    "hukou_type": "hukouType",
    "migrant_worker": "migrantWorker",
    "migrant_insurance": "migrantInsurance",
    "province": "province",
    "city": "city",
    "county": "county",
    "reason": "reason",
}
JOINING_FIELDS = ("id_number", "hukou_type", "name", "wage_base", "migrant_worker", "migrant_insurance")
REGION_FIELDS = ("province", "city", "county")
# A renewal's gap, and a new hire's first months that passed before the declaration, may be paid back.
BACKPAY_KINDS = (DeclarationType.ADD, DeclarationType.RENEWAL)


@dataclass(frozen=True, slots=True)
class _Row:
    label: QLabel | None
    widget: QWidget
    problem: QLabel


def backpay_field(insurance: InsuranceType) -> str:
    """The finding path of a renewal's back-payment answer for one insurance type."""
    return f"backpay.{insurance.value}"


class PersonFieldRows(QWidget):
    """The form's rows by field name (``id_number``, ``backpay.medical``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = embed_form(self, "person_line", margins=0)
        self._rows: dict[str, _Row] = {}
        for name in (*TEXT_FIELDS, *COMBO_FIELDS):
            prefix = _PREFIXES[name]
            kind_of = QLineEdit if name in TEXT_FIELDS else QComboBox
            self._rows[name] = _Row(
                child(self._form, QLabel, f"{prefix}Label"),
                child(self._form, kind_of, _WIDGET_NAMES[name]),
                child(self._form, QLabel, f"{prefix}Problem"),
            )
        for insurance in backpay_insurances():
            self._rows[backpay_field(insurance)] = _Row(
                child(self._form, QLabel, f"{insurance.value}BackpayLabel"),
                child(self._form, QComboBox, f"{insurance.value}BackpayCombo"),
                child(self._form, QLabel, f"{insurance.value}BackpayProblem"),
            )
        for row in self._rows.values():
            if isinstance(row.widget, QComboBox):
                # Long region names must not widen the form beyond its pane.
                row.widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                row.widget.setMinimumContentsLength(12)
            reserve_space(row.problem)
        self._backpay_group = child(self._form, QGroupBox, "backpayGroup")

    def widget(self, field: str) -> QWidget:
        """The input of a field (``id_number``, ``backpay.medical``); KeyError for a field it does not have."""
        return self._rows[field].widget

    def line_edit(self, field: str) -> QLineEdit:
        widget = self._rows[field].widget
        assert isinstance(widget, QLineEdit)
        return widget

    def combo(self, field: str) -> QComboBox:
        widget = self._rows[field].widget
        assert isinstance(widget, QComboBox)
        return widget

    def problem_label(self, field: str) -> QLabel:
        return self._rows[field].problem

    def show_findings(self, findings: Sequence[Finding], render: Callable[[Finding], str]) -> None:
        """Put each finding (field paths relative to the line) beside its field; clear the others."""
        by_field: dict[str, list[Finding]] = {}
        for item in findings:
            by_field.setdefault(item.field, []).append(item)
        for name, row in self._rows.items():
            items = by_field.get(name, [])
            row.problem.setVisible(bool(items) and row.widget.isVisibleTo(self))
            if items:
                worst = ERROR_COLOR if any(f.is_error for f in items) else WARNING_COLOR
                row.problem.setStyleSheet(f"color: {worst};")
                row.problem.setText("\n".join(render(f) for f in items))
            else:
                row.problem.setText("")
        self._fit_problem_heights()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_problem_heights()

    def _fit_problem_heights(self) -> None:
        # A word-wrapped label inside nested layouts in a scroll area gets one line's height (Qt does not
        # pass height-for-width through them), so give each shown message the height its text needs.
        for row in self._rows.values():
            room = message_room(row.problem)
            if row.problem.isVisibleTo(self) and row.problem.text():
                width = max(row.widget.width(), 120)
                row.problem.setMinimumHeight(max(room, row.problem.heightForWidth(width)))
            else:  # the room kept for a message (none when the field's row is hidden)
                row.problem.setMinimumHeight(room if row.widget.isVisibleTo(self) else 0)
        for layout in (self._backpay_group.layout(), self._form.layout(), self.layout()):
            if layout is not None:
                layout.activate()

    def focus_field(self, field: str) -> bool:
        """Put the cursor in a field (``name``, ``backpay.medical``); False when the form has no such field."""
        row = self._rows.get(field)
        if row is None or not row.widget.isVisibleTo(self):
            return False
        row.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(row.widget, QLineEdit):
            row.widget.selectAll()
        return True

    def visible_fields(self) -> Iterable[str]:
        return [name for name, row in self._rows.items() if row.widget.isVisibleTo(self)]

    def _set_row_visible(self, name: str, visible: bool) -> None:
        row = self._rows[name]
        if row.label is not None:
            row.label.setVisible(visible)
        row.widget.setVisible(visible)
        reserve_space(row.problem, visible)  # a hidden field keeps no room for its message
        if not visible:
            row.problem.setVisible(False)

    def _data(self, field: str) -> str:
        value = self.combo(field).currentData()
        return "" if value is None else str(value)

    def _select(self, field: str, value: object) -> None:
        combo = self.combo(field)
        combo.setCurrentIndex(max(combo.findData(value), 0))


def hukou_code(text: str) -> str:
    found = parse_hukou(text)
    return found.value if found else ""


def yes_no(text: str) -> str:
    answer = parse_yes_no(text)
    return "" if answer is None else (YES if answer else NO)
