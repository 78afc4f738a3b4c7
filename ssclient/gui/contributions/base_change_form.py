"""Business → Contribution base (缴费工资申报): change the base of one or many people from a month on.

Type an ID number and press Enter (or "Add everyone insured"); the name and current base come from the
roster. The new base and the first month it applies can be typed in the table too. The rulebook runs on
every change: a base outside the floor and ceiling, a month earlier than the back-pay allowance permits,
someone not insured here — each problem shows on its line and in the list below. "Save to draft box"
saves only when nothing is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QWidget,
)

from ssclient.app.documents import is_editable, is_old_draft
from ssclient.app.documents_rules import check_declaration
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, PersonStatus, Severity
from ssclient.domain.findings import Finding, field_name, line_index
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import format_money
from ssclient.domain.name_order import roster_order
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.base_change_model import (
    COLUMN_FIELDS,
    CURRENT_BASE_COLUMN,
    PROBLEMS_COLUMN,
    BaseChangeLinesModel,
)
from ssclient.gui.contributions.titles import show_title
from ssclient.gui.documents.editor_follow import FollowsStore, read_only_text
from ssclient.gui.documents.opening import read_document
from ssclient.gui.documents.texts import render_finding
from ssclient.gui.findings_text import shown_before_save
from ssclient.gui.forms import child, embed_form
from ssclient.gui.records.views import configure_table, size_columns
from ssclient.gui.unsaved import AsksBeforeClosing
from ssclient.gui.workers import Task, start_call


class ContributionBaseForm(AsksBeforeClosing, FollowsStore, QWidget):
    """See the module docstring. `saved(declaration_id)` after it was saved to the draft box."""

    saved = Signal(int)
    loaded = Signal()  # the document (a saved one) and the roster are read and shown

    def __init__(
        self, ctx: AppContext, declaration_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._saving: Task | None = None
        self._following: Task | None = None  # the document read again after the documents changed
        self._follow_again = False
        self._read = False
        self._focus_when_loaded = ""
        # Until a saved document is read (on a worker; `loaded` follows), a blank one stands in.
        self.declaration = Declaration(DeclarationType.BASE_CHANGE, ctx.current_period(), id=declaration_id)
        self.read_only = False
        # The period the document is saved with: its own, until the user moves an old draft to the current one.
        self.period = self.declaration.period
        self.findings: list[Finding] = []
        self._save_pressed = False  # until then a new document's emptiness is not shown in red
        self._refused = False  # the status line says Save was refused: until the problems are corrected
        self.setObjectName("ContributionBaseForm")
        self.model = BaseChangeLinesModel(self)
        self._build()
        self.model.edited.connect(self.run_rules)
        ctx.signals.roster_changed.connect(self._roster_changed)
        ctx.signals.documents_changed.connect(self._follow_store)
        self.run_rules()
        task = read_document(self, ctx.documents, declaration_id)
        task.finished.connect(self._loaded)
        task.failed.connect(self._load_failed)

    @property
    def is_loaded(self) -> bool:
        """False while the document and the roster are being read."""
        return self._read

    def has_unsaved_changes(self) -> bool:
        """Lines or a period changed since the last save (or ever, for a new document)."""
        return (
            self._read
            and not self.read_only
            and (self.model.lines != self.declaration.lines or self.period != self.declaration.period)
        )

    def _loaded(self, result: object) -> None:
        assert isinstance(result, tuple)  # read()'s (document or None, roster)
        document, self.model.roster = result
        self.setEnabled(True)
        if isinstance(document, Declaration):
            self.declaration = document
            editable = is_editable(document.status) and self._ctx.access.may_edit(document.type)
            self.read_only = self.model.read_only = not editable
            self.period = document.period
            self.effective_edit.setText(str(self.period))
            self._show_period()
            self._show_editing()
            self.model.set_lines([line.copy() for line in document.lines])
            if self.read_only:
                self._show_note(read_only_text(self._ctx, document))
        self.run_rules()
        self._read = True
        self.loaded.emit()
        if self._focus_when_loaded:
            self.focus_finding(self._focus_when_loaded)

    def _build(self) -> None:
        form = embed_form(self, "contribution_base", margins=0)
        self.title_label = child(form, QLabel, "titleLabel")
        self.period_note = child(form, QLabel, "periodNote")
        self.move_period_button = child(form, QPushButton, "movePeriodButton")
        self.move_period_button.clicked.connect(self.move_to_current_period)
        self._show_period()
        self.entry_row = child(form, QWidget, "entryRow")
        self.id_edit = child(form, QLineEdit, "idNumberEdit")
        self.base_edit = child(form, QLineEdit, "newBaseEdit")
        self.effective_edit = child(form, QLineEdit, "effectiveEdit")
        self.effective_edit.setText(str(self.period))
        self.add_button = child(form, QPushButton, "addButton")
        self.add_all_button = child(form, QPushButton, "addAllButton")
        self.remove_button = child(form, QPushButton, "removeButton")
        self.save_button = child(form, QPushButton, "saveButton")
        self.status_label = child(form, QLabel, "statusLabel")
        self._note_label = self.status_label
        self.findings_list = child(form, QListWidget, "findingsList")
        self.table = configure_table(child(form, QTableView, "baseLinesTable"), self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        size_columns(self.table, ["11010519491231002X", "欧阳娜娜", "24,000.00", "24,000.00", "2026-11"])

        self.id_edit.returnPressed.connect(self.add_from_fields)
        self.base_edit.returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)
        self.add_all_button.clicked.connect(self.add_everyone)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save)
        self.findings_list.itemActivated.connect(self._go_to_finding)
        self._show_editing()

    def _show_editing(self) -> None:
        self.entry_row.setVisible(not self.read_only)
        for button in (self.remove_button, self.save_button):
            button.setVisible(not self.read_only)
        # Declared: what was declared, without today's base (after the approval, the new one) or problems.
        for column in (CURRENT_BASE_COLUMN, PROBLEMS_COLUMN):
            self.table.setColumnHidden(column, self.read_only)
        self.findings_list.setVisible(not self.read_only)

    # --- following the document (editor_follow) --------------------------------------------------------
    def _reload_lines(self, lines: list[DeclarationLine]) -> None:
        self.model.set_lines([line.copy() for line in lines])  # _make_read_only follows, and runs the rules

    def _make_read_only(self) -> None:
        self.read_only = self.model.read_only = True
        self._show_editing()
        self.run_rules()

    # --- lines ------------------------------------------------------------------------------------------
    def add_from_fields(self) -> None:
        """The person typed (name and current base from the roster) with the new base and month typed."""
        number = normalize_id_number(self.id_edit.text())
        if not number:
            self.id_edit.setFocus()
            return
        if not self.base_edit.text().strip() and self.sender() is self.id_edit:
            # Enter in the ID field: show who it is, then let the user type the base.
            entry = self.model.roster.get(number)
            self.status_label.setText(
                self.tr("%1, current base %2.")
                .replace("%1", entry.name)
                .replace("%2", format_money(entry.base))
                if entry is not None
                else self.tr("No one with this ID number is on the roster.")
            )
            self.base_edit.setFocus()
            return
        self._put(number, self.base_edit.text().strip(), self.effective_edit.text().strip())
        self.id_edit.clear()
        self.base_edit.clear()
        self.id_edit.setFocus()
        self.run_rules()

    def add_everyone(self) -> None:
        """A line for every person insured here who is not on the document yet (the base to be typed)."""
        effective = self.effective_edit.text().strip()
        base = self.base_edit.text().strip()
        for entry in sorted(self.model.roster.values(), key=lambda e: roster_order(e.name, e.id_number)):
            if entry.status is PersonStatus.ACTIVE:
                self._put(entry.id_number, base, effective, replace_existing=False)
        self.run_rules()

    def _put(self, number: str, base: str, effective: str, *, replace_existing: bool = True) -> None:
        entry = self.model.roster.get(number)
        for row, line in enumerate(self.model.lines):
            if normalize_id_number(line.id_number) == number:
                if replace_existing:
                    line.wage_base, line.effective_period = base, effective
                    self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, 5))
                return
        name = entry.name if entry is not None else ""
        self.model.add(
            DeclarationLine(id_number=number, name=name, wage_base=base, effective_period=effective)
        )

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if rows:
            self.model.remove(rows)
            self.run_rules()

    def _roster_changed(self) -> None:
        documents, declaration = self._ctx.documents, self.declaration
        task = start_call(lambda: documents.roster_for(declaration))
        task.finished.connect(self._roster_read)

    def _roster_read(self, roster: object) -> None:
        assert isinstance(roster, Mapping)
        self.model.roster = roster
        self.run_rules()

    # --- rules ------------------------------------------------------------------------------------------
    def current(self) -> Declaration:
        declaration = Declaration(
            DeclarationType.BASE_CHANGE,
            self.period,
            [line.copy() for line in self.model.lines],
            status=self.declaration.status,
            id=self.declaration.id,
            replaces_serial=self.declaration.replaces_serial,
        )
        return declaration

    def run_rules(self) -> list[Finding]:
        # A declared document was judged by the agency, not against today's roster (which its approval
        # changed: every new base would now read "same as the current one").
        findings = (
            []
            if self.read_only
            else check_declaration(self.current(), self._ctx.rule_context(self.model.roster))
        )
        self.findings = findings
        shown = shown_before_save(findings, self._save_pressed)
        self.model.show_findings(shown)
        self.findings_list.clear()
        for item in shown:
            row = line_index(item.field)
            prefix = self.tr("Line %1: ").replace("%1", str(row + 1)) if row is not None else ""
            entry = QListWidgetItem(prefix + render_finding(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.field)
            if item.severity is Severity.ERROR:
                entry.setForeground(QBrush(QColor("#a8071a")))
            self.findings_list.addItem(entry)
        if self._refused and not any(f.is_error for f in findings):  # corrected since Save refused
            self._refused = False
            self.status_label.clear()
        return findings

    # --- period -----------------------------------------------------------------------------------------
    def _show_period(self) -> None:
        """The title with the period; for a draft of an earlier period, also that only the current period
        can be declared, and the button that moves it there."""
        title = self.tr("Contribution base %1").replace("%1", str(self.period))
        show_title(self, self.title_label, title, self.declaration.replaces_serial)
        current = self._ctx.current_period()
        old = is_old_draft(self.declaration, self.period, current)
        if old:
            self.period_note.setText(self.tr("Declarations are now for %1").replace("%1", str(current)))
            self.move_period_button.setText(self.tr("Move to %1").replace("%1", str(current)))
        self.period_note.setVisible(old)
        self.move_period_button.setVisible(old)

    def move_to_current_period(self) -> None:
        """Make an old draft a declaration for the current period (saved with the next Save). New bases that
        took effect from the old period follow it only when the user changes them: the rules say which
        months are allowed."""
        previous, self.period = self.period, self._ctx.current_period()
        if self.effective_edit.text().strip() == str(previous):
            self.effective_edit.setText(str(self.period))
        self._show_period()
        self.run_rules()
        self.status_label.setText(
            self.tr("The document is now for %1. Save it to keep the change.").replace("%1", str(self.period))
        )

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        self.focus_finding(str(item.data(Qt.ItemDataRole.UserRole)))

    def focus_finding(self, path: str) -> bool:
        """Go to the cell a finding names (``lines[2].wage_base``): its line, and its column when the table
        shows that field; the period (a draft from an earlier month) goes to the button that moves it.
        False when the document has no such line. Asked before the document is read, it goes there when
        it is (and says True)."""
        if not self._read:
            self._focus_when_loaded = path
            return True
        if path == "period" and self.move_period_button.isVisibleTo(self):
            self.move_period_button.setFocus()
            return True
        row = line_index(path)
        if row is None or not 0 <= row < self.model.rowCount():
            return False
        name = field_name(path)
        column = COLUMN_FIELDS.index(name) if name and name in COLUMN_FIELDS else 0
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    # --- saving -----------------------------------------------------------------------------------------
    def save(self) -> Task | None:
        """Save to the draft box (on a worker; `saved(id)` follows) when the rulebook finds nothing wrong."""
        if self.read_only or self._saving is not None:
            return None
        self._save_pressed = True
        findings = self.run_rules()
        if any(f.is_error for f in findings):
            self.status_label.setText(self.tr("Correct the problems listed first; nothing was saved."))
            self._refused = True
            return None
        task = start_call(self._ctx.documents.save, self.current())
        task.then_emit(self._ctx.signals.documents_changed)  # heard even if this tab is closed meanwhile
        self._saving = task
        self.save_button.setEnabled(False)
        task.finished.connect(self._saved)
        task.failed.connect(self.status_label.setText)
        task.ended.connect(self._save_ended)
        return task

    def _saved(self, stored: object) -> None:
        assert isinstance(stored, Declaration) and stored.id is not None
        self.declaration = stored
        self.status_label.setText(self.tr("Saved to the draft box."))
        self.saved.emit(stored.id)

    def _save_ended(self) -> None:
        self._saving = None
        self.save_button.setEnabled(True)
