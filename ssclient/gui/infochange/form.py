"""Business → Personnel information change (人员信息变更): correct one insured person's name, ID type (and a
passport holder's nationality), household type, migrant-worker answers or home region.

Pick the person on the left (the local roster, searched by name or ID number on a worker); the fields fill
with what the roster has, and the table under them shows each correction beside it. The rulebook runs on
every change as the Add form's does. The ID number is not a field to correct: "The ID number is wrong…"
says what to do instead. "Save to draft box after verification" saves only when nothing is wrong; the draft
box then checks and declares it as every document, and the roster follows the agency's approval.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.documents import is_editable
from ssclient.app.documents_rules import check_line
from ssclient.app.info_change import INFO_CHANGE, changes_of, id_number_change_refusal, starting_line
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding, field_name
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.titles import show_title
from ssclient.gui.documents.editor_follow import FollowsStore, read_only_text
from ssclient.gui.documents.person_form import PersonLineForm
from ssclient.gui.documents.texts import render_finding
from ssclient.gui.findings_text import shown_before_save
from ssclient.gui.infochange.corrections import CorrectionsTable
from ssclient.gui.infochange.people import PersonPicker
from ssclient.gui.unsaved import AsksBeforeClosing
from ssclient.gui.workers import Task, start_call

_ERROR_COLOR = "#a8071a"


class InfoChangeForm(AsksBeforeClosing, FollowsStore, QWidget):
    """See the module docstring. `saved(declaration_id)` after it was saved to the draft box; `loaded` once
    a saved document and its person are read and shown."""

    saved = Signal(int)
    loaded = Signal()

    def __init__(
        self, ctx: AppContext, declaration_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._saving: Task | None = None
        self._following: Task | None = None  # the document read again after the documents changed
        self._follow_again = False
        self._read = declaration_id is None
        self.declaration = Declaration(INFO_CHANGE, ctx.current_period(), id=declaration_id)
        self.entry: RosterEntry | None = None
        self.read_only = False
        self.findings: list[Finding] = []
        self._save_pressed = False  # until then "nothing corrected" is the status line's, not an error
        self._refused = False  # the status line says Save was refused: until the problems are corrected
        self.setObjectName("InfoChangeForm")
        self._build()
        self._show_title()
        self._show_person()
        ctx.signals.roster_changed.connect(self._roster_changed)
        ctx.signals.documents_changed.connect(self._follow_store)
        if declaration_id is None:
            self.picker.search("")
        else:
            self.setEnabled(False)
            documents = ctx.documents

            def read() -> tuple[Declaration, RosterEntry | None]:
                document = documents.load(declaration_id)
                number = normalize_id_number(document.lines[0].id_number) if document.lines else ""
                # A revision's person as the record it replaces found them (app.revision_roster).
                return document, documents.roster_for(document).get(number) if number else None

            task = start_call(read)
            task.finished.connect(self._loaded)
            task.failed.connect(self._load_failed)

    @property
    def is_loaded(self) -> bool:
        """False while a saved document is being read."""
        return self._read

    def has_unsaved_changes(self) -> bool:
        """A correction not saved yet: for a new document any field changed from the roster, for a saved one
        any field changed since its save."""
        if not self._read or self.read_only:
            return False
        current = self.current()
        if self.declaration.id is None:
            entry = self.entry
            return (
                entry is not None
                and bool(current.lines)
                and bool(changes_of(entry, current.lines[0], self._ctx.regions))
            )
        return list(current.lines) != list(self.declaration.lines)

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.picker = PersonPicker(self._ctx, self)
        self.picker.picked.connect(self.pick)
        self.fields = PersonLineForm(INFO_CHANGE, self._ctx.policy, self._ctx.regions, self._ctx.today, self)
        self.fields.edited.connect(lambda _field: self.run_rules())
        self.id_change_button = QPushButton(self.tr("The ID number is wrong…"), self)
        self.id_change_button.setObjectName("idNumberChangeButton")
        self.id_change_button.clicked.connect(self.explain_id_number_change)
        self.id_change_note = QLabel(self)
        self.id_change_note.setObjectName("idNumberChangeNote")
        self.id_change_note.setWordWrap(True)
        self.id_change_note.setStyleSheet("background: #fff7e6; border: 1px solid #ffd591; padding: 6px;")
        self.id_change_note.hide()
        self.id_change_hint = QLabel(self.tr("The ID number is the key of the person's record."), self)
        self.id_change_hint.setStyleSheet("color: #555;")
        self.corrections_label = QLabel(self)
        self.corrections_label.setObjectName("correctionsLabel")
        self.corrections = CorrectionsTable(self)
        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName("findingsList")
        self.findings_list.itemActivated.connect(self._go_to_finding)
        self.findings_list.setMaximumHeight(110)
        self.findings_list.setWordWrap(True)
        self.findings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_list.hide()
        self.save_button = QPushButton(self.tr("Save to draft box after verification"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel(self)
        self._note_label = self.status_label
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        # Beside the identity fields, which come first: the ID number is shown, and this says what to do
        # when it is the number that is wrong.
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_change_hint, 1)
        id_row.addWidget(self.id_change_button)
        column.addLayout(id_row)
        column.addWidget(self.id_change_note)
        # The fields scroll rather than make the window taller than a 768-pixel laptop screen.
        fields = QScrollArea(right)
        fields.setObjectName("fieldsScroll")
        fields.setWidgetResizable(True)
        fields.setFrameShape(QFrame.Shape.NoFrame)
        fields.setWidget(self.fields)
        column.addWidget(fields, 3)
        column.addWidget(self.corrections_label)
        # A few rows at most: on a short screen the fields come first, the table takes what is left.
        self.corrections.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.corrections.setMinimumHeight(90)
        column.addWidget(self.corrections, 1)
        column.addWidget(self.findings_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(splitter, 1)

    def _show_title(self) -> None:
        title = self.tr("Personnel information change %1").replace("%1", str(self.declaration.period))
        show_title(self, self.title_label, title, self.declaration.replaces_serial)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The messages beside the fields were fitted to the fields' widths before the form was laid out:
        # fitted again now that it is, a long one no longer leaves a gap under it.
        self.fields.show_findings(shown_before_save(self.findings, self._save_pressed), render_finding)

    # --- the person -------------------------------------------------------------------------------------
    def pick(self, entry: object) -> None:
        """Correct `entry` (a RosterEntry): the fields start from what the roster has of them."""
        assert isinstance(entry, RosterEntry)
        if self.read_only:
            return
        self._save_pressed = False  # a person just picked has nothing corrected yet
        self.entry = entry
        self.fields.set_line(starting_line(entry))
        self.id_change_note.hide()
        self._show_person()
        self.run_rules()
        self.status_label.setText(self.tr("Correct what is wrong; the table shows each correction."))

    def _show_person(self) -> None:
        chosen = self.entry is not None or bool(self.declaration.lines)
        self.fields.setEnabled(chosen and not self.read_only)
        self.id_change_button.setEnabled(chosen)
        self.picker.setVisible(not self.read_only)
        self.save_button.setVisible(not self.read_only)
        self.status_label.setText(
            "" if chosen else self.tr("Pick the person to correct from the roster on the left.")
        )

    def explain_id_number_change(self) -> None:
        """What to do when the ID number itself is wrong: it cannot be corrected here."""
        self.id_change_note.setText(render_finding(id_number_change_refusal()))
        self.id_change_note.show()

    def _loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        document, self.entry = result
        assert isinstance(document, Declaration)
        self.declaration = document
        self.read_only = not is_editable(document.status)
        self.setEnabled(True)
        if document.lines:
            self.fields.set_line(document.lines[0])
        self._show_title()
        self._show_person()
        self.run_rules()
        if self.read_only:
            self._show_note(read_only_text(self._ctx, document))
        else:
            self.picker.search("")
        self._read = True
        self.loaded.emit()

    # --- following the document (editor_follow) --------------------------------------------------------
    def _reload_lines(self, lines: list[DeclarationLine]) -> None:
        if lines:
            self.fields.set_line(lines[0])

    def _make_read_only(self) -> None:
        self.read_only = True
        self._show_person()
        self.run_rules()

    def _roster_changed(self) -> None:
        if self.read_only:
            return
        self.picker.search()
        number = self.entry.id_number if self.entry is not None else ""
        if number:
            documents, declaration = self._ctx.documents, self.declaration
            task = start_call(lambda: documents.roster_for(declaration).get(number))
            task.finished.connect(self._person_read)

    def _person_read(self, entry: object) -> None:
        self.entry = entry if isinstance(entry, RosterEntry) else None
        self.run_rules()

    # --- rules ------------------------------------------------------------------------------------------
    def current(self) -> Declaration:
        lines = [self.fields.line()] if self.entry is not None or self.declaration.lines else []
        return Declaration(
            INFO_CHANGE,
            self.declaration.period,
            lines,
            status=self.declaration.status,
            id=self.declaration.id,
            replaces_serial=self.declaration.replaces_serial,
        )

    def run_rules(self) -> list[Finding]:
        """The rulebook on the line against the person's roster entry; each problem beside its field and
        in the list, each correction in the table."""
        declaration = self.current()
        if not declaration.lines or self.read_only:
            self.findings = []
            self.fields.show_findings([], render_finding)
            self.findings_list.clear()
            self.findings_list.hide()
            self._show_changes()
            return []
        line = declaration.lines[0]
        roster = {self.entry.id_number: self.entry} if self.entry is not None else {}
        findings = check_line(line, INFO_CHANGE, declaration.period, self._ctx.rule_context(roster))
        self.findings = findings
        shown = shown_before_save(findings, self._save_pressed)
        self.fields.show_findings(shown, render_finding)
        self.findings_list.clear()
        for item in shown:
            entry = QListWidgetItem(render_finding(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.field)
            if item.severity is Severity.ERROR:
                entry.setForeground(QBrush(QColor(_ERROR_COLOR)))
            self.findings_list.addItem(entry)
        self.findings_list.setVisible(bool(shown))
        self._show_changes()
        if self._refused and not any(f.is_error for f in findings):  # corrected since Save refused
            self._refused = False
            self.status_label.setText(self.tr("Correct what is wrong; the table shows each correction."))
        return findings

    def _show_changes(self) -> None:
        declaration = self.current()
        changes = (
            changes_of(self.entry, declaration.lines[0], self._ctx.regions)
            if self.entry is not None and declaration.lines
            else []
        )
        self.corrections.show_changes(changes)
        if self.entry is None:
            self.corrections_label.setText(self.tr("Corrections"))
        elif changes:
            self.corrections_label.setText(self.tr("Corrections: %1").replace("%1", str(len(changes))))
        else:
            self.corrections_label.setText(self.tr("Nothing corrected yet: change a field above."))

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        self.focus_finding(str(item.data(Qt.ItemDataRole.UserRole)))

    def focus_finding(self, path: str) -> bool:
        """Put the cursor in the field a finding names (``lines[0].name`` or ``name``)."""
        return self.fields.focus_field(field_name(path))

    # --- saving -----------------------------------------------------------------------------------------
    def save(self) -> Task | None:
        """Save to the draft box (on a worker; `saved(id)` follows) when the rulebook finds nothing wrong."""
        if self.read_only or self._saving is not None:
            return None
        if not self.current().lines:
            self.status_label.setText(self.tr("Pick the person to correct first; nothing was saved."))
            return None
        self._save_pressed = True
        if any(f.is_error for f in self.run_rules()):
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
        self.status_label.setText(
            self.tr("Saved to the draft box. Check and declare it there; the roster follows its approval.")
        )
        self.saved.emit(stored.id)

    def _save_ended(self) -> None:
        self._saving = None
        self.save_button.setEnabled(True)
