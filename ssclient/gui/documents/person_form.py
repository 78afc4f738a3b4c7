"""The form for one person on a personnel document (ui/person_line.ui).

It shows the fields a declaration type needs, turns what the user picks into a `DeclarationLine` (fields
kept as text, as the rulebook reads them), shows each finding beside its field, and says who the ID number
belongs to (birth date and sex) once it is valid. It does not run rules itself: the editor does, so that the
form stays a plain view that import (a later issue) can reuse.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ssclient.app.documents_rules import (
    Policy,
    Region,
    Regions,
    backpay_insurances,
    check_identity,
    parse_yes_no,
)
from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, HukouType, InsuranceType, Sex
from ssclient.domain.roster import RosterEntry
from ssclient.gui.documents.backpay_choices import BackpayChoices
from ssclient.gui.documents.identity_fields import (
    fill_identity_choices,
    is_passport,
    stored_id_type,
    stored_womens_category,
)
from ssclient.gui.documents.person_fields import (
    BACKPAY_KINDS,
    COMBO_FIELDS,
    JOINING_FIELDS,
    NO,
    REGION_FIELDS,
    TEXT_FIELDS,
    YES,
    PersonFieldRows,
    backpay_field,
    hukou_code,
    yes_no,
)
from ssclient.gui.documents.texts import reason_names
from ssclient.gui.forms import child, mark_required, message_room


class PersonLineForm(PersonFieldRows):
    """Fields of one line. `edited(field)` fires on every change the user makes; `lookup_requested` when Enter is
    pressed in the ID number of an interruption or renewal (the editor then finds the person in the roster)."""

    edited = Signal(str)  # the field the user changed
    lookup_requested = Signal(str)

    def __init__(
        self,
        kind: DeclarationType,
        policy: Policy,
        regions: Regions,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._today = today
        self._policy = policy
        self._regions = regions
        self._filling = False
        self.identity_label = child(self._form, QLabel, "identityValue")
        self.insurances_label = child(self._form, QLabel, "insurancesValue")
        self._insurances_caption = child(self._form, QLabel, "insurancesLabel")
        self._backpay_hint = child(self._form, QLabel, "backpayHint")
        self.identity_label.setStyleSheet("color: #555;")
        self.identity_label.setMinimumHeight(message_room(self.identity_label))  # one line or two
        self._fill_choices()
        self._arrange_for_kind()
        self._connect()
        self._show_identity()

    # --- public ---------------------------------------------------------------------------------------

    def line(self) -> DeclarationLine:
        """The line as the fields show it now."""
        line = DeclarationLine(
            id_number=self.line_edit("id_number").text(),
            name=self.line_edit("name").text(),
            wage_base=self.line_edit("wage_base").text(),
            id_type=self._data("id_type"),
        )
        if is_passport(line.id_type):
            line.nationality = self.line_edit("nationality").text()
        if self.kind is DeclarationType.INTERRUPTION:
            line.reason = self._reason()
            return line
        line.hukou_type = self._data("hukou_type")
        line.migrant_worker = self._data("migrant_worker")
        line.migrant_insurance = self._data("migrant_insurance")
        line.womens_category = self._data("womens_category")
        if parse_yes_no(line.migrant_insurance):
            line.province, line.city, line.county = (self._data(f) for f in REGION_FIELDS)
        if self.kind in BACKPAY_KINDS:
            for insurance in backpay_insurances():
                months = self.combo(backpay_field(insurance)).currentData()
                if isinstance(months, int) and months > 0:
                    line.backpay[insurance] = months
        return line

    def _reason(self) -> str:
        """The reason as stored: one of the offered reasons as the agency writes it, else the text typed."""
        reason = self.combo("reason")
        text = reason.currentText().strip()
        offered = reason.findText(text)
        return str(reason.itemData(offered)) if offered > 0 else text

    def set_line(self, line: DeclarationLine, roster_entry: RosterEntry | None = None) -> None:
        """Show a line (no `edited` signal). For an interruption `roster_entry` fills the insured types."""
        self._filling = True
        try:
            self.line_edit("id_number").setText(line.id_number)
            self.line_edit("name").setText(line.name)
            self.line_edit("wage_base").setText(line.wage_base)
            self._select("id_type", stored_id_type(line.id_type))
            self.line_edit("nationality").setText(line.nationality)
            self._select("womens_category", stored_womens_category(line.womens_category))
            self._select("hukou_type", hukou_code(line.hukou_type))
            self._select("migrant_worker", yes_no(line.migrant_worker))
            self._select("migrant_insurance", yes_no(line.migrant_insurance))
            self._select_region(line.province, line.city, line.county)
            reason = self.combo("reason")
            known = reason.findData(line.reason) if line.reason else -1
            reason.setCurrentText(reason.itemText(known) if known > 0 else line.reason)
            for insurance in backpay_insurances():
                combo, months = self.combo(backpay_field(insurance)), line.backpay.get(insurance, 0)
                if combo.findData(months) < 0:  # beyond what is offered: kept, its problem shown beside it
                    combo.addItem(self.tr("%n month(s)", "", months), months)
                self._select(backpay_field(insurance), months)
        finally:
            self._filling = False
        self._show_region_rows()
        self._show_nationality()
        self._show_identity()
        self.show_roster_entry(roster_entry)
        self.show_findings([], str)

    def show_roster_entry(self, entry: RosterEntry | None) -> None:
        """Interruption: the insured types of the person found (or nothing)."""
        if entry is None:
            self.insurances_label.setText("")
            return
        names = {
            InsuranceType.PENSION: self.tr("pension"),
            InsuranceType.MEDICAL: self.tr("medical"),
            InsuranceType.UNEMPLOYMENT: self.tr("unemployment"),
            InsuranceType.WORK_INJURY: self.tr("work injury"),
        }
        self.insurances_label.setText(self.tr(", ").join(names[i] for i in entry.insurances))

    # --- set-up ---------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        hukou_names = {
            HukouType.LOCAL_URBAN: self.tr("Local urban"),
            HukouType.NONLOCAL_URBAN: self.tr("Non-local urban"),
            HukouType.LOCAL_RURAL: self.tr("Local rural"),
            HukouType.NONLOCAL_RURAL: self.tr("Non-local rural"),
            HukouType.RESIDENT: self.tr("Resident (unified registration)"),
        }
        hukou = self.combo("hukou_type")
        hukou.addItem(self.tr("(choose)"), "")
        for code, label in hukou_names.items():
            hukou.addItem(f"{code.value} {label}", code.value)
        for name in ("migrant_worker", "migrant_insurance"):
            combo = self.combo(name)
            combo.addItem(self.tr("(choose)"), "")
            combo.addItem(self.tr("Yes"), YES)
            combo.addItem(self.tr("No"), NO)
        province = self.combo("province")
        province.addItem(self.tr("(choose)"), "")
        for region in sorted(self._regions.provinces.values(), key=lambda r: r.code):
            province.addItem(region.name, region.code)
        self._fill_children("city", "")
        self._fill_children("county", "")
        fill_identity_choices(self.combo("id_type"), self.combo("womens_category"))
        reason = self.combo("reason")
        reason.addItem("", "")
        for stored, shown in reason_names().items():
            reason.addItem(shown, stored)
        reason_edit = reason.lineEdit()
        if reason_edit is not None:  # the combo is editable in the form file
            reason_edit.setPlaceholderText(self.tr("Choose or type the reason"))
        self.set_backpay_gap(None)

    def set_backpay_gap(self, gap: int | None) -> None:
        """Renewal: how many months the person was not insured before this period (None: not known); see
        `BackpayChoices`."""
        choices = BackpayChoices(self._policy, gap, self.kind)
        for insurance in backpay_insurances():
            choices.fill(self.combo(backpay_field(insurance)), insurance)
        self._backpay_hint.setText(choices.limits_text())

    def _arrange_for_kind(self) -> None:
        interruption = self.kind is DeclarationType.INTERRUPTION
        for name in ("hukou_type", "migrant_worker", "migrant_insurance"):
            self._set_row_visible(name, not interruption)
        self._set_row_visible("reason", interruption)
        self._set_row_visible("womens_category", not interruption)
        self.insurances_label.setVisible(interruption)
        self._insurances_caption.setVisible(interruption)
        self._backpay_group.setVisible(self.kind in BACKPAY_KINDS)
        required = ("id_number", "reason") if interruption else (*JOINING_FIELDS, *REGION_FIELDS)
        for name in required:
            label = self._rows[name].label
            if label is not None:
                mark_required(label)
        if interruption:
            # Name and base come from the roster: shown, not typed.
            for name in ("name", "wage_base"):
                edit = self.line_edit(name)
                edit.setReadOnly(True)
                edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                edit.setPlaceholderText(self.tr("from the roster"))
            self.line_edit("id_number").setPlaceholderText(self.tr("Type the ID number and press Enter"))
        if self.kind is DeclarationType.INFO_CHANGE:
            # The facts an information change corrects (gui/infochange): no base and no retirement category;
            # the ID number is the key of the person's record, shown and not typed.
            self._set_row_visible("wage_base", False)
            self._set_row_visible("womens_category", False)
            self.line_edit("id_number").setReadOnly(True)
        self._show_region_rows()
        self._show_nationality()

    def _show_nationality(self) -> None:
        self._set_row_visible("nationality", is_passport(self._data("id_type")))

    def _connect(self) -> None:
        for name in TEXT_FIELDS:
            self.line_edit(name).textEdited.connect(lambda _text, field=name: self._on_edit(field))
        self.line_edit("id_number").textChanged.connect(lambda _text: self._show_identity())
        self.line_edit("id_number").returnPressed.connect(self._on_return_in_id)
        for name in (*COMBO_FIELDS, *(backpay_field(i) for i in backpay_insurances())):
            self.combo(name).currentIndexChanged.connect(lambda _index, field=name: self._on_edit(field))
        self.combo("reason").editTextChanged.connect(lambda _text: self._on_edit("reason"))
        self.combo("migrant_insurance").currentIndexChanged.connect(self._show_region_rows)
        self.combo("id_type").currentIndexChanged.connect(self._show_nationality)
        self.combo("id_type").currentIndexChanged.connect(lambda _index: self._show_identity())
        self.combo("province").currentIndexChanged.connect(
            lambda: self._fill_children("city", self._data("province"))
        )
        self.combo("city").currentIndexChanged.connect(
            lambda: self._fill_children("county", self._data("city"))
        )

    # --- reactions ------------------------------------------------------------------------------------

    def _on_edit(self, field: str) -> None:
        if not self._filling:
            self.edited.emit(field)

    def _on_return_in_id(self) -> None:
        if self.kind in (DeclarationType.INTERRUPTION, DeclarationType.RENEWAL):
            self.lookup_requested.emit(self.line_edit("id_number").text())

    def _show_identity(self) -> None:
        """Birth date and sex as the number gives them, read as the rulebook reads it: by the chosen ID type
        (a Taiwan resident's permit, a foreigner's permanent residence card) and with today's region list.
        A passport number says neither."""
        id_type = self._data("id_type")
        if is_passport(id_type):
            self.identity_label.setText("")
            return
        text = self.line_edit("id_number").text()
        identity, _ = check_identity(id_type, text, "", self._today(), self._regions)
        if identity is None or identity.born is None:
            self.identity_label.setText(
                self.tr("Birth date and sex appear here once the ID number is valid.")
            )
            return
        shown_sex = self.tr("male") if identity.sex is Sex.MALE else self.tr("female")
        self.identity_label.setText(
            self.tr("Born %1, %2").replace("%1", identity.born.isoformat()).replace("%2", shown_sex)
        )

    def _show_region_rows(self) -> None:
        shown = (
            self.kind is not DeclarationType.INTERRUPTION
            and parse_yes_no(self._data("migrant_insurance")) is True
        )
        for name in REGION_FIELDS:
            self._set_row_visible(name, shown)

    def _fill_children(self, field: str, parent_code: str) -> None:
        combo = self.combo(field)
        keep = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("(choose)"), "")
            for region in (
                sorted(self._regions.children(parent_code), key=lambda r: r.code) if parent_code else []
            ):
                combo.addItem(region.name, region.code)
            index = combo.findData(keep)
            combo.setCurrentIndex(max(index, 0))
        if field == "city":
            self._fill_children("county", self._data("city"))
        self._on_edit(field)

    def _select_region(self, province: str, city: str, county: str) -> None:
        found_province = self._regions.find_province(province) if province.strip() else None
        self._select("province", found_province.code if found_province else "")
        self._fill_children("city", found_province.code if found_province else "")
        found_city: Region | None = None
        if found_province is not None and city.strip():
            found_city = self._regions.find_city(found_province, city)
        self._select("city", found_city.code if found_city else "")
        self._fill_children("county", found_city.code if found_city else "")
        if found_city is not None and county.strip():
            found_county = self._regions.find_county(found_city, county)
            self._select("county", found_county.code if found_county else "")
