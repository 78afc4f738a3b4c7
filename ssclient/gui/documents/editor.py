"""The personnel document editor: Add, Renew or Interrupt several people in one document.

Left, the people on the document; right, the form for the selected one. The rulebook runs on every
change to the selected line (it takes well under a millisecond), and each problem shows beside its field
once the user has touched that field, or on every field after a save attempt. "Save to draft box" runs
the rulebook on the whole document and saves only when nothing is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QWidget,
)

from ssclient.app.documents import is_editable, is_old_draft
from ssclient.app.documents_rules import check_declaration
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding, line_index
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.titles import show_title
from ssclient.gui.documents.editor_follow import FollowsStore, read_only_text
from ssclient.gui.documents.editor_lines import split_line_path
from ssclient.gui.documents.editor_lookup import RosterLookup
from ssclient.gui.documents.line_model import LinesModel, filled
from ssclient.gui.documents.opening import read_document
from ssclient.gui.documents.person_form import PersonLineForm
from ssclient.gui.documents.texts import document_title, render_finding
from ssclient.gui.forms import child, embed_form
from ssclient.gui.unsaved import AsksBeforeClosing
from ssclient.gui.workers import Task, start_call

# How many line numbers a refused save names before "…".
_LINES_SHOWN = 10


class DocumentEditor(AsksBeforeClosing, FollowsStore, RosterLookup, QWidget):
    """Edit one personnel document. `saved(declaration_id)` fires after it was saved to the draft box.

    The document and the roster are read on a worker: `loaded` fires when they are in (a saved document's
    lines, or for a new one the roster its look-ups use); until then the editor is disabled, and a field
    asked for with `focus_finding` is gone to when they arrive."""

    saved = Signal(int)
    loaded = Signal()
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
        self._roster: Mapping[str, RosterEntry] = {}
        self._lookup_task: Task | None = None
        self._saving: Task | None = None
        self._following: Task | None = None  # the document read again after the documents changed
        self._follow_again = False
        self._focus_when_loaded = ""
        self._save_when_loaded = False
        # Per line: fields the user has touched (their problems show), or None = show every problem.
        self._touched: list[set[str] | None] = []
        self._current = -1
        # Until a saved document is read, a blank one of its kind stands in (disabled).
        self.declaration = Declaration(kind, ctx.current_period(), [DeclarationLine()], id=declaration_id)
        self.read_only = False
        # The period the document is saved with: its own, until the user moves an old draft to the current one.
        self.period = self.declaration.period
        self._build()
        self._touched = [None if filled(line) else set() for line in self.declaration.lines]
        self._select_row(0)
        self._refresh_counts()
        self._loading: Task | None = None
        self._load(declaration_id)
        if declaration_id is None:  # a new document: the first thing to type is the person's ID number
            self.form.focus_field("id_number")

    # --- public ---------------------------------------------------------------------------------------

    @property
    def declaration_id(self) -> int | None:
        return self.declaration.id

    @property
    def is_loaded(self) -> bool:
        return self._loading is None

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
        The period (a draft from an earlier month) goes to the button that moves it. Asked before the
        document is read, it goes there when it is (and says True)."""
        if not self.is_loaded:
            self._focus_when_loaded = path
            return True
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
        """Save to the draft box (on a worker; `saved` follows) when the whole document verifies; otherwise
        show what is wrong and return False. Asked while the roster is still being read, it saves (or
        says what is wrong) when it is in."""
        if not self.is_loaded:
            self._save_when_loaded = True
            return True
        if self._saving is not None:
            return False
        lines = [line for line in self.model.lines() if filled(line)] or self.model.lines()
        candidate = Declaration(
            self.kind,
            self.period,
            lines,
            status=DeclarationStatus.DRAFT,
            id=self.declaration.id,
            # A revision stays one: saved without it, it would be declared as a document of its own.
            replaces_serial=self.declaration.replaces_serial,
        )
        findings = check_declaration(candidate, self._ctx.rule_context(self._roster))
        errors = [f for f in findings if f.is_error]
        if errors:
            self._show_save_refused(lines, errors)
            return False
        task = start_call(self._ctx.documents.save, candidate)
        task.then_emit(self._ctx.signals.documents_changed)  # heard even if this tab is closed meanwhile
        self._saving = task
        self.save_button.setEnabled(False)
        task.finished.connect(self._after_save)
        task.failed.connect(self._save_failed)
        task.ended.connect(self._save_ended)
        return True

    # --- reading and saving ---------------------------------------------------------------------------

    def _load(self, declaration_id: int | None) -> None:
        task = read_document(self, self._ctx.documents, declaration_id)
        self._loading = task
        task.finished.connect(self._after_load)
        task.failed.connect(self._load_failed)

    def _after_load(self, result: object) -> None:
        assert isinstance(result, tuple)  # read()'s (document or None, roster)
        document, self._roster = result
        self._loading = None
        self.setEnabled(True)
        if isinstance(document, Declaration):
            self.declaration = document
            self.kind = document.type
            self.read_only = not is_editable(document.status) or not self._ctx.access.may_edit(document.type)
            self.period = document.period
            show_title(self, self.title_label, document_title(self.kind), document.replaces_serial)
            self._show_period()
            self._reload_lines(document.lines)
            if self.read_only:
                self._make_read_only()
        else:
            self._refresh_counts()
        if self.isActiveWindow() and self.focusWidget() is None:
            self.focusNextChild()  # where showing it enabled would have put the keyboard focus
        self.loaded.emit()
        if self._focus_when_loaded:
            self.focus_finding(self._focus_when_loaded)
            self._focus_when_loaded = ""
        if self._save_when_loaded:
            self._save_when_loaded = False
            self.save()

    def _after_save(self, stored: object) -> None:
        assert isinstance(stored, Declaration) and stored.id is not None
        self.declaration = stored
        self._reload_lines(stored.lines)
        self._show_period()
        self.summary_label.setStyleSheet("color: #2e7d32;")
        self.summary_label.setText(
            self.tr(
                "Saved to the draft box: %n person(s). Check and declare it from My documents → Draft box.",
                "",
                len(stored.lines),
            )
        )
        self.saved.emit(stored.id)

    def _save_failed(self, message: str) -> None:
        self.summary_label.setStyleSheet("color: #c0392b;")
        self.summary_label.setText(self.tr("Not saved: %1").replace("%1", message))

    def _save_ended(self) -> None:
        self._saving = None
        self.save_button.setEnabled(True)

    # --- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        form = embed_form(self, "document_editor", margins=0)
        self.title_label = child(form, QLabel, "titleLabel")
        self.period_label = child(form, QLabel, "periodLabel")
        self.summary_label = child(form, QLabel, "summaryLabel")
        self._note_label = self.summary_label
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
        self._ctx.signals.documents_changed.connect(self._follow_store)
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
        old = is_old_draft(self.declaration, self.period, current)
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
        self._show_note(read_only_text(self._ctx, self.declaration))

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
            # The first few: a document of 2,000 wrong lines listed them all, and the list pushed the
            # lines and the form out of the window.
            shown = ", ".join(str(n) for n in bad_lines[:_LINES_SHOWN])
            text = text.replace("%1", shown + ("…" if len(bad_lines) > _LINES_SHOWN else ""))
        else:
            text = self.tr("Not saved: %1").replace("%1", render_finding(first))
        self.summary_label.setText(text)

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and (
            self.model.lines() != self.declaration.lines or self.period != self.declaration.period
        )
