"""The personnel document editor: Add, Renew or Interrupt several people in one document.

Left, the people on the document; right, the form for the selected one. The rulebook runs on every
change to the selected line (it takes well under a millisecond), and each problem shows beside its field
once the user has touched that field, or on every field after a save attempt. "Save to draft box" runs
the rulebook on the whole document and saves only when nothing is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding, line_index
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.gui.documents import backend
from ssclient.gui.documents.line_model import LinesModel
from ssclient.gui.documents.person_form import PersonLineForm
from ssclient.gui.documents.texts import document_title, render_finding
from ssclient.gui.forms import child, load_form
from ssclient.gui.workers import Task, start_call
from ssclient.rules import check_declaration, check_line, finding
from ssclient.store import EDITABLE_STATUSES


def split_line_path(path: str) -> tuple[int | None, str]:
    """``lines[2].backpay.medical`` → (2, ``backpay.medical``); a path without a line → (None, path)."""
    index = line_index(path)
    if index is None:
        return None, path
    rest = path.split("]", 1)[1]
    return index, rest.removeprefix(".")


class DocumentEditor(QWidget):
    """Edit one personnel document. `saved(declaration_id)` fires after it was saved to the draft box."""

    saved = Signal(int)
    answers_filled = Signal(int)  # renewal: the line took the person's answers from their last record

    def __init__(
        self,
        ctx: AppContext,
        kind: DeclarationType,
        declaration_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.kind = kind
        self._roster: dict[str, RosterEntry] = backend.roster(ctx)
        self._lookup_task: Task | None = None
        self._looking_up = ""
        # Per line: fields the user has touched (their problems show), or None = show every problem.
        self._touched: list[set[str] | None] = []
        self._current = -1
        if declaration_id is None:
            self.declaration = Declaration(kind, ctx.current_period(), [DeclarationLine()])
        else:
            self.declaration = backend.load(ctx, declaration_id)
            self.kind = self.declaration.type
        self.read_only = self.declaration.status not in EDITABLE_STATUSES
        # The period the document is saved with: its own, until the user moves an old draft to the current one.
        self.period = self.declaration.period
        self._build()
        self._touched = [None if _filled(line) else set() for line in self.declaration.lines]
        self._select_row(0)
        self._refresh_counts()

    # --- public ---------------------------------------------------------------------------------------

    @property
    def declaration_id(self) -> int | None:
        return self.declaration.id

    def current_row(self) -> int:
        return self._current

    def select_line(self, row: int) -> None:
        self._select_row(row)

    def move_to_current_period(self) -> None:
        """Make an old draft a declaration for the current period (saved with the next Save): a draft keeps
        the month it was made in, and only the current period can be declared."""
        self.period = self._ctx.current_period()
        self._show_period()
        self._refresh_counts()
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(
            self.tr("The document is now for %1. Save it to keep the change.").replace("%1", str(self.period))
        )

    def focus_finding(self, path: str) -> bool:
        """Go to the line and field a finding names (``lines[2].name``); False when there is no such field.
        The period (a draft from an earlier month) goes to the button that moves it."""
        if path == "period" and self.move_period_button.isVisibleTo(self):
            self.move_period_button.setFocus()
            return True
        row, field = split_line_path(path)
        if row is None or not 0 <= row < self.model.rowCount():
            return False
        self._touched[row] = None
        self._select_row(row)
        return self.form.focus_field(field)

    def add_line(self) -> int:
        row = self.model.append_line(DeclarationLine())
        self._touched.append(set())
        self._select_row(row)
        self.form.focus_field("id_number")
        return row

    def remove_current_line(self) -> None:
        row = self._current
        if row < 0:
            return
        if self.model.rowCount() == 1:
            self.model.set_line(0, DeclarationLine())
            self._touched[0] = set()
            self._current = -1
            self._select_row(0)
        else:
            self._current = -1
            self.model.remove_line(row)
            del self._touched[row]
            self._select_row(min(row, self.model.rowCount() - 1))
        self._refresh_counts()

    def save(self) -> bool:
        """Save to the draft box when the whole document verifies; otherwise show what is wrong."""
        lines = [line for line in self.model.lines() if _filled(line)] or self.model.lines()
        candidate = Declaration(
            self.kind, self.period, lines, status=DeclarationStatus.DRAFT, id=self.declaration.id
        )
        findings = check_declaration(candidate, self._ctx.rule_context(self._roster))
        errors = [f for f in findings if f.is_error]
        if errors:
            self._show_save_refused(lines, errors)
            return False
        try:
            saved_id = backend.save(self._ctx, candidate)
        except backend.StoreError as error:
            self.summary_label.setStyleSheet("color: #c0392b;")
            self.summary_label.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return False
        self.declaration = backend.load(self._ctx, saved_id)
        self._reload_lines(self.declaration.lines)
        self._show_period()
        self.summary_label.setStyleSheet("color: #2e7d32;")
        self.summary_label.setText(
            self.tr(
                "Saved to the draft box: %n person(s). Check and declare it from My documents → Draft box.",
                "",
                len(self.declaration.lines),
            )
        )
        self._ctx.signals.documents_changed.emit()
        self.saved.emit(saved_id)
        return True

    # --- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        form = load_form("document_editor", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.title_label = child(form, QLabel, "titleLabel")
        self.period_label = child(form, QLabel, "periodLabel")
        self.summary_label = child(form, QLabel, "summaryLabel")
        self.lines_table = child(form, QTableView, "linesTable")
        self.add_line_button = child(form, QPushButton, "addLineButton")
        self.remove_line_button = child(form, QPushButton, "removeLineButton")
        self.save_button = child(form, QPushButton, "saveButton")
        hint = self.mandatory_hint = child(form, QLabel, "mandatoryHint")
        hint.setTextFormat(Qt.TextFormat.RichText)
        hint.setText(
            self.tr("Fields marked %1 are required. Problems show beside the field as you type.").replace(
                "%1", '<span style="color:#d4380d;">*</span>'
            )
        )
        self.title_label.setText(document_title(self.kind))
        self.setWindowTitle(document_title(self.kind))
        self.move_period_button = child(form, QPushButton, "movePeriodButton")
        self.move_period_button.clicked.connect(self.move_to_current_period)
        self._show_period()
        self.model = LinesModel(self.kind, self.declaration.lines)
        self.lines_table.setModel(self.model)
        self.lines_table.verticalHeader().hide()
        header = self.lines_table.horizontalHeader()
        # Sized once from a sample of rows: re-measuring every row on each keystroke would make typing lag
        # in a document of thousands of people.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(50)
        header.setStretchLastSection(True)
        self.lines_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._size_columns()
        self.form = PersonLineForm(self.kind, self._ctx.policy, self._ctx.regions, self._ctx.today, self)
        scroll = child(form, QScrollArea, "formScroll")
        scroll.setWidget(self.form)
        splitter = child(form, QSplitter, "splitter")
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 520])
        self.form.edited.connect(self._on_edited)
        self._ctx.signals.roster_changed.connect(self._reload_roster)
        self.form.lookup_requested.connect(self._look_up)
        self.lines_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._select_row(current.row())
        )
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button.clicked.connect(self.remove_current_line)
        self.save_button.clicked.connect(self.save)
        if self.read_only:
            self._make_read_only()

    def _show_period(self) -> None:
        """The document's period; for a draft of an earlier period, also that only the current period can be
        declared, and the button that moves it there."""
        current = self._ctx.current_period()
        # A revision keeps the period of the record it replaces.
        old = not self.read_only and not self.declaration.replaces_serial and self.period != current
        if old:
            text = self.tr("Period %1 (declarations are now for %2)")
            self.move_period_button.setText(self.tr("Move to %1").replace("%1", str(current)))
        else:
            text = self.tr("Period %1")
        self.period_label.setText(text.replace("%1", str(self.period)).replace("%2", str(current)))
        self.period_label.setStyleSheet("color: #b9770e; font-weight: bold;" if old else "")
        self.move_period_button.setVisible(old)

    def _make_read_only(self) -> None:
        self.form.setEnabled(False)
        self.mandatory_hint.hide()
        self.lines_table.setColumnHidden(self.model.columnCount() - 1, True)
        for button in (self.add_line_button, self.remove_line_button, self.save_button):
            button.hide()
        status = self.declaration.status
        if status is DeclarationStatus.APPROVED and self.declaration.serial_number:
            text = self.tr("Approved by the agency, serial number %1.").replace(
                "%1", self.declaration.serial_number
            )
        else:
            text = self.tr("This document has been declared and can no longer be changed.")
        self.summary_label.setText(text)

    def _size_columns(self) -> None:
        """Columns as wide as their content in a sample of rows, and never narrower than a full ID number,
        a long name and a large amount (the table starts empty, and is not re-measured while typing)."""
        self.lines_table.resizeColumnsToContents()
        metrics = self.lines_table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        widest = {1: "11010119900307123X", 2: "买买提·艾力", 3: "24,000.00"}
        for column, sample in widest.items():
            needed = metrics.horizontalAdvance(sample) + padding
            if self.lines_table.columnWidth(column) < needed:
                self.lines_table.setColumnWidth(column, needed)

    # --- reactions ------------------------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        if row != self._current:
            self._current = row
            entry = self._roster.get(normalize_id_number(self.model.line(row).id_number))
            self.form.set_line(self.model.line(row), entry)
            if self.kind is DeclarationType.RENEWAL:
                self.form.set_backpay_gap(self._gap(entry))
        selection = self.lines_table.selectionModel()
        index = self.model.index(row, 0)
        if selection.currentIndex().row() != row:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._validate_current()

    def _on_edited(self, field: str) -> None:
        row = self._current
        if row < 0:
            return
        touched = self._touched[row]
        if touched is not None:
            touched.add(field)
        line = self.form.line()
        if self.kind is DeclarationType.INTERRUPTION:
            # Name and base are the roster's; a changed ID number clears them until the next lookup.
            previous = self.model.line(row)
            if normalize_id_number(previous.id_number) == normalize_id_number(line.id_number):
                line.name, line.wage_base = previous.name, previous.wage_base
            else:
                line.name = line.wage_base = ""
                self.form.line_edit("name").clear()
                self.form.line_edit("wage_base").clear()
                self.form.show_roster_entry(None)
        self.model.set_line(row, line)
        self._validate_current()
        self.summary_label.setText("")

    def _validate_current(self) -> None:
        row = self._current
        if self.read_only:
            # A declared document is the agency's record: today's roster would only confuse it.
            self.form.show_findings([], render_finding)
            return
        findings = self._line_findings(row)
        touched = self._touched[row]
        shown = findings if touched is None else [f for f in findings if f.field in touched]
        self.form.show_findings(shown, render_finding)
        self.model.set_error_count(row, sum(1 for f in findings if f.is_error))

    def _line_findings(self, row: int) -> list[Finding]:
        line = self.model.line(row)
        ctx = self._ctx.rule_context(self._roster)
        findings = check_line(line, self.kind, self.period, ctx)
        same = self.model.rows_with_same_person(row)
        if len(same) > 1:
            # What check_duplicates says for this line, without scanning the whole document per keystroke.
            findings.append(
                finding("DUPLICATE_PERSON", "id_number", lines=", ".join(str(i + 1) for i in same))
            )
        return findings

    def _reload_roster(self) -> None:
        self._roster = backend.roster(self._ctx)
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        if self.read_only:
            return
        ctx = self._ctx.rule_context(self._roster)
        counts = {}
        for row, line in enumerate(self.model.lines()):
            counts[row] = sum(1 for f in check_line(line, self.kind, self.period, ctx) if f.is_error)
        self.model.set_error_counts(counts)
        if 0 <= self._current < self.model.rowCount():
            self._validate_current()

    def _show_save_refused(self, lines: Sequence[DeclarationLine], errors: Sequence[Finding]) -> None:
        if len(lines) != self.model.rowCount():
            self._reload_lines(list(lines))
        self._touched = [None] * self.model.rowCount()
        self._refresh_counts()
        first = errors[0]
        row, field = split_line_path(first.field)
        if row is not None:
            self._current = -1
            self._select_row(row)
            self.form.focus_field(field)
        bad_lines = sorted({i + 1 for f in errors if (i := line_index(f.field)) is not None})
        self.summary_label.setStyleSheet("color: #c0392b;")
        if bad_lines:
            text = self.tr(
                "Not saved: %n problem(s) on line(s) %1. Fix them and save again.", "", len(errors)
            )
            text = text.replace("%1", ", ".join(str(n) for n in bad_lines))
        else:
            text = self.tr("Not saved: %1").replace("%1", render_finding(first))
        self.summary_label.setText(text)

    def _reload_lines(self, lines: list[DeclarationLine]) -> None:
        self._current = -1
        self.model = LinesModel(self.kind, lines)
        self.lines_table.setModel(self.model)
        self._size_columns()
        self.lines_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._select_row(current.row())
        )
        self._touched = [None if _filled(line) else set() for line in lines]
        self._select_row(0)
        self._refresh_counts()

    # --- interruption: find the person in the roster ---------------------------------------------------

    def _look_up(self, text: str) -> None:
        number = normalize_id_number(text)
        if self.kind is DeclarationType.RENEWAL:
            self._prefill_renewal(self._roster.get(number))
            return
        if number in self._roster:
            self._fill_from_roster(self._roster[number])
            return
        if not self._ctx.has_agency or (self._lookup_task is not None and self._lookup_task.running):
            self._fill_from_roster(None)
            return
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Looking the person up in your unit's roster at the agency…"))
        task = start_call(backend.refresh_roster, self._ctx)
        self._lookup_task = task
        self._looking_up = number
        task.finished.connect(self._after_roster_refresh)
        task.failed.connect(self._after_roster_failure)

    def _after_roster_refresh(self, roster: object) -> None:
        assert isinstance(roster, dict)
        number = self._looking_up
        self._roster = roster
        self._ctx.signals.roster_changed.emit()
        self.summary_label.setText("")
        if normalize_id_number(self.form.line_edit("id_number").text()) == number:
            self._fill_from_roster(roster.get(number))

    def _after_roster_failure(self, message: str) -> None:
        self.summary_label.setStyleSheet("color: #b06000;")
        self.summary_label.setText(
            self.tr("The agency could not be asked (%1). The local roster was used.").replace("%1", message)
        )
        self._fill_from_roster(None)

    def _fill_from_roster(self, entry: RosterEntry | None) -> None:
        row = self._current
        line = self.form.line()
        line.name = entry.name if entry else ""
        line.wage_base = f"{entry.base:.2f}" if entry else ""
        self.model.set_line(row, line)
        touched = self._touched[row]
        if touched is not None:
            touched.add("id_number")
        self._current = -1
        self._select_row(row)
        if entry is not None:
            self.form.focus_field("reason")

    def _gap(self, entry: RosterEntry | None) -> int | None:
        """Renewal: the months the person was not insured before this document's period (None: unknown)."""
        if entry is None or entry.interrupted_from is None:
            return None
        return self.period.months_since(entry.interrupted_from)

    def _prefill_renewal(self, entry: RosterEntry | None) -> None:
        """Renewal: a person the roster knows brings their name, household type and last base along, and
        (from their last add or renewal, looked up in the background) their migrant-worker answers and home
        region; what the user already typed stays."""
        if entry is None:
            return
        line = self.form.line()
        line.name = line.name or entry.name
        line.hukou_type = line.hukou_type or entry.hukou_type
        line.wage_base = line.wage_base or f"{entry.base:.2f}"
        row = self._current
        self.model.set_line(row, line)
        self._current = -1
        self._select_row(row)
        self.form.focus_field("migrant_worker")
        task = start_call(backend.last_joining_line, self._ctx, entry.id_number)
        self._lookup_task = task
        task.finished.connect(lambda last: self._prefill_answers(row, entry.id_number, last))

    def _prefill_answers(self, row: int, id_number: str, last: object) -> None:
        """The answers the person gave last time, into the fields still empty on that line."""
        if not isinstance(last, DeclarationLine) or row >= self.model.rowCount():
            return
        line = self.model.line(row)
        if normalize_id_number(line.id_number) != normalize_id_number(id_number):
            return  # the user moved on to someone else
        for name in ("migrant_worker", "migrant_insurance", "province", "city", "county"):
            if not getattr(line, name).strip():
                setattr(line, name, getattr(last, name))
        self.model.set_line(row, line)
        if row == self._current:
            self._current = -1
            self._select_row(row)
            self.form.focus_field("wage_base")
        self.answers_filled.emit(row)

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and (
            self.model.lines() != self.declaration.lines or self.period != self.declaration.period
        )

    def confirm_discard(self) -> bool:
        """Ask before closing with unsaved changes; True when it may close."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This document has changes that are not saved. Close it and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()


def _filled(line: DeclarationLine) -> bool:
    return any(
        getattr(line, name).strip()
        for name in (
            "id_number",
            "name",
            "hukou_type",
            "wage_base",
            "migrant_worker",
            "migrant_insurance",
            "reason",
        )
    ) or bool(line.backpay)
