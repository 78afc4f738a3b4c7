"""My documents: the draft box, submitted, approved and rejected lists, with Check and Declare.

`DocumentList(ctx, statuses)` lists the unit's documents in those statuses. For documents the user may
still change (draft, checked, rejected) it offers Open, Check, Declare and Delete; otherwise Open shows
the document read-only. The findings of the selected documents (the last Check's, or the agency's) show
below; a double-click on one asks for the document to be opened at that line and field
(`open_requested(declaration_id, field_path)`: the main window opens a `DocumentEditor` and calls
`focus_finding(field_path)`).

Every store call runs on a worker (`ctx.documents` through `gui.workers`): the list fills when the
store answers (`refreshed`), and the selected documents' findings show when read (`findings_shown`).
A selection made before the rows arrive (`select_ids`) is applied when they do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ssclient.app.documents import (
    APPROVED,
    DRAFT_BOX,
    REJECTED,
    SUBMITTED,
    CheckResult,
    DocumentSummary,
    SelectionFindings,
    is_editable,
)
from ssclient.domain.enums import DeclarationStatus
from ssclient.gui.context import AppContext
from ssclient.gui.documents.findings_panel import FindingsPanel
from ssclient.gui.documents.list_table import (
    DocumentsModel,
    fit_notes,
    list_title,
    select_documents,
    selection_caption,
    size_list_columns,
)
from ssclient.gui.documents.sync_runner import SyncRunner
from ssclient.gui.documents.texts import document_name, render_finding
from ssclient.gui.forms import child, embed_form
from ssclient.gui.operators.actions import restrict_declare_button
from ssclient.gui.workers import Task, show_progress, start_call, start_task

__all__ = ["APPROVED", "DRAFT_BOX", "REJECTED", "SUBMITTED", "CheckResult", "DocumentList", "list_title"]


class DocumentList(QWidget):
    """One of the My documents lists; see the module docstring."""

    open_requested = Signal(int, str)  # declaration id, field path ("" = no particular field)
    # list[CheckResult]: after Check, once the list shows the statuses it gave and their findings; after the
    # check before Declare, once the clean documents are in the outbox.
    checked = Signal(object)
    refreshed = Signal()  # the rows show what the store holds now
    findings_shown = Signal()  # the findings pane shows the selected documents' stored findings

    def __init__(
        self, ctx: AppContext, statuses: tuple[DeclarationStatus, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.statuses = statuses
        self.editable = any(is_editable(status) for status in statuses)
        self._task: Task | None = None
        self._loading: Task | None = None
        self._reload = False  # the store changed while it was being read: read it again
        self._wanted: list[int] | None = None  # a selection waiting for its rows
        self._findings_task: Task | None = None
        self._filled = False  # the rows have been read once
        self._selecting = False
        # A Check's results, told (`checked`) once the list shows the statuses it gave and the findings
        # stored with them (ready: the rows are read; the findings may still be on their way).
        self._checked_pending: list[CheckResult] | None = None
        self._checked_ready = False  # rows selected by the list itself: their findings are shown once, after
        self._build()
        self._connect()
        self.refresh()
        self._on_selection()
        self._show_connection()

    # --- public ---------------------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        """False while the rows are being read."""
        return self._loading is None

    def document_ids(self) -> list[int]:
        return self._model.ids()

    def selected_ids(self) -> list[int]:
        if self._wanted is not None:
            return list(self._wanted)
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._model.id_at(row) for row in rows]

    def status_of(self, declaration_id: int) -> DeclarationStatus:
        """The status the list shows for one of its documents."""
        return self._model.status_of(declaration_id)

    def select_ids(self, declaration_ids: Sequence[int]) -> None:
        """Select those documents; while the rows are being read, as soon as they arrive."""
        if self._loading is not None:
            self._wanted = list(declaration_ids)
            self._update_buttons()
        self._select_rows(declaration_ids)
        self._on_selection()

    def refresh(self) -> Task | None:
        """Read the list again on a worker; `refreshed` follows (None: a read is under way and reads
        again after it)."""
        if not self._ctx.has_store:  # its window is closing while another unit opens: nothing to read
            return None
        if self._loading is not None:
            self._reload = True
            return None
        if self._wanted is None:
            self._wanted = self.selected_ids()
        task = start_call(self._ctx.documents.listed, self.statuses)
        self._loading = task
        task.finished.connect(self._fill)
        task.failed.connect(self.status_label.setText)
        task.ended.connect(self._on_loaded)
        return task

    def open_selected(self) -> None:
        for declaration_id in self.selected_ids()[:1]:
            self.open_requested.emit(declaration_id, "")

    def check_selected(self) -> Task | None:
        """Check the selected documents on a worker; `checked` follows."""
        return self._run_check(self.selected_ids(), declare=False)

    def declare_selected(self) -> Task | None:
        """Check the selected documents (window included) and declare those without errors."""
        return self._run_check(self.selected_ids(), declare=True)

    def delete_selected(self) -> Task | None:
        """Ask, then delete the selected documents on a worker (the list refreshes after)."""
        ids = self.selected_ids()
        if not ids:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Delete documents"),
            self.tr("Delete %n document(s) from the draft box? This cannot be undone.", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        task = start_call(self._ctx.documents.delete, ids)
        task.failed.connect(self.status_label.setText)
        task.ended.connect(self._ctx.signals.documents_changed)
        return task

    # --- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        form = embed_form(self, "document_list", margins=0)
        self.title_label = child(form, QLabel, "titleLabel")
        self.status_label = child(form, QLabel, "statusLabel")
        self.table = child(form, QTableView, "documentsTable")
        self.open_button = child(form, QPushButton, "openButton")
        self.check_button = child(form, QPushButton, "checkButton")
        self.declare_button = child(form, QPushButton, "declareButton")
        self.delete_button = child(form, QPushButton, "deleteButton")
        self.findings = FindingsPanel(self)
        pane_layout = child(form, QWidget, "findingsPane").layout()
        assert pane_layout is not None  # the form file gives the pane a layout
        pane_layout.addWidget(self.findings)
        self.title_label.setText(list_title(self.statuses))
        self._model = DocumentsModel(self)
        self.table.setModel(self._model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        size_list_columns(self.table, self.statuses)
        for button in (self.check_button, self.declare_button, self.delete_button):
            button.setVisible(self.editable)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.open_selected)
        self.check_button.clicked.connect(self.check_selected)
        self.declare_button.clicked.connect(self.declare_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_user_selection)
        self.findings.activated.connect(self.open_requested)
        signals = self._ctx.signals
        # Bound methods, not lambdas: Qt drops them when this list is closed and deleted.
        signals.documents_changed.connect(self.refresh)
        signals.connection_changed.connect(self._on_connection_changed)
        signals.pending_changed.connect(self._on_pending_changed)

    # --- reactions ------------------------------------------------------------------------------------

    def _fill(self, rows: object) -> None:
        assert isinstance(rows, list)
        summaries: list[DocumentSummary] = rows
        wanted = self._wanted or []
        self._model.fill(summaries, self._ctx.clock.now().tzinfo, self._head_count)
        fit_notes(self.table)
        # The first time, give a focused table its current cell as focusing a filled one does. (The columns
        # are sized once, to what they can hold: size_list_columns.)
        first, self._filled = not self._filled, True
        if first and self.table.hasFocus() and not self.table.currentIndex().isValid() and summaries:
            self.table.selectionModel().setCurrentIndex(
                self._model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._wanted = None
        self._select_rows(wanted)
        self._on_selection()
        if not summaries:
            self.status_label.setText(self.tr("No documents here."))

    def _on_loaded(self) -> None:
        self._loading = None
        self._update_buttons()
        if self._reload:
            self._reload = False
            self.refresh()
            return
        self.refreshed.emit()
        if self._checked_pending is not None:
            self._checked_ready = True
            if self._findings_task is None:
                self._tell_checked()

    def _on_user_selection(self) -> None:
        if not self._selecting:
            self._on_selection()

    def _select_rows(self, declaration_ids: Sequence[int]) -> None:
        """Select those rows (the caller then shows their findings once, not once per row)."""
        self._selecting = True
        try:
            select_documents(self.table, self._model, declaration_ids)
        finally:
            self._selecting = False

    def _run_check(self, ids: list[int], *, declare: bool) -> Task | None:
        if not ids or (self._task is not None and self._task.running):
            return None
        self.status_label.setText(self.tr("Checking…"))
        zone = self._ctx.clock.now().tzinfo

        def name_of(summary: DocumentSummary) -> str:
            return document_name(summary, zone)

        check = self._ctx.documents.check
        # Check is the rehearsal of Declare: the same rules, the declaration window included. Cancel leaves
        # every document as it was (the findings are stored once all are checked).
        task = start_task(lambda control: check(ids, name_of, declaring=True, progress=control.advance))
        self._task = task
        show_progress(task, self.tr("Checking…"), self)
        task.finished.connect(self._after_declare_check if declare else self._after_check)
        task.failed.connect(self.status_label.setText)
        task.cancelled.connect(self._check_cancelled)
        task.ended.connect(self._update_buttons)
        self._update_buttons()
        return task

    def _on_connection_changed(self, _connected: bool) -> None:
        self._show_connection()

    def _on_pending_changed(self, _count: int) -> None:
        self._show_connection()

    def _check_cancelled(self) -> None:
        self.status_label.setText(self.tr("Check cancelled; the documents are as they were."))

    def _after_check(self, results: object) -> None:
        assert isinstance(results, list)
        self._show_results(results)
        self.status_label.setText(self._check_outcome(results, 0))
        self._checked_pending = results
        self._ctx.signals.documents_changed.emit()  # this list reads itself again with the others

    def _after_declare_check(self, results: object) -> None:
        assert isinstance(results, list)
        clean = [r.declaration_id for r in results if r.clean]
        if not clean:
            self._after_check(results)
            return
        self._show_results(results)
        declaring = SyncRunner.for_context(self._ctx).declare(clean)
        declaring.failed.connect(self.status_label.setText)
        declaring.finished.connect(
            lambda _keys: self.status_label.setText(self._check_outcome(results, len(clean)))
        )
        # The documents changed status with the check, and again when they enter the outbox.
        self._ctx.signals.documents_changed.emit()
        # Told once the documents are in the outbox, before the agency's answer can arrive.
        declaring.ended.connect(lambda: self.checked.emit(results))

    def _tell_checked(self) -> None:
        results = self._checked_pending
        if self._checked_ready and results is not None:
            self._checked_pending, self._checked_ready = None, False
            self.checked.emit(results)

    def _head_count(self, count: int) -> str:
        return self.tr("%n person(s)", "", count)

    def _check_outcome(self, results: Sequence[CheckResult], declared: int) -> str:
        """What the list says after a Check, or after the Check before Declare sent `declared` documents."""
        blocked = sum(1 for result in results if not result.clean)
        if declared:
            text = self.tr(
                "%n document(s) sent to the agency; the answer appears when it arrives.", "", declared
            )
            if blocked:
                text += " " + self.tr(
                    "%n document(s) not declared: fix the problems listed below.", "", blocked
                )
            return text
        if blocked:
            return self.tr(
                "%n document(s) have problems: double-click one below to go to the field.", "", blocked
            )
        if warnings := sum(1 for r in results for f in r.findings if not f.is_error):
            return self.tr(
                "No errors: ready to declare. Look at the %n warning(s) listed below first.", "", warnings
            )
        return self.tr("No problems found: ready to declare.")

    def _show_results(self, results: Sequence[CheckResult]) -> None:
        triples = [(r.declaration_id, r.title, f) for r in results for f in r.findings]
        # With the documents, as the stored findings show once the list is read again: who is on each line.
        documents = {r.declaration_id: r.document for r in results if r.findings}
        self.findings.show_findings(triples, render_finding, declarations=documents)

    def _on_selection(self) -> None:
        self._update_buttons()
        ids = [i for i in self.selected_ids() if i in self._model.ids()]
        if not ids:
            self._findings_task = None
            self.findings.show_findings([], render_finding, selection_caption(set(), False, self.editable))
            self.findings_shown.emit()
            self._tell_checked()
            return
        task = start_call(self._ctx.documents.selection_findings, ids).owned_by(self)
        self._findings_task = task
        task.finished.connect(lambda found: self._show_selection(task, ids, found))

    def _show_selection(self, task: Task, ids: list[int], found: object) -> None:
        if task is not self._findings_task or ids != [
            i for i in self.selected_ids() if i in self._model.ids()
        ]:
            return  # the selection moved on while this was read
        assert isinstance(found, SelectionFindings)
        triples = [
            (declaration_id, self._model.name_of(declaration_id), f)
            for declaration_id in ids
            for f in found.findings.get(declaration_id, [])
        ]
        statuses = {self._model.status_of(declaration_id) for declaration_id in ids}
        caption = selection_caption(statuses, bool(triples), self.editable, len(ids))
        self.findings.show_findings(triples, render_finding, caption, found.documents)
        self._findings_task = None
        self.findings_shown.emit()
        self._tell_checked()

    def _show_connection(self) -> None:
        """While documents wait for the agency, say so (and that they go out by themselves)."""
        pending = self._ctx.pending_count
        if pending and self._ctx.connected is False:
            self.status_label.setStyleSheet("color: #b06000;")
            self.status_label.setText(
                self.tr(
                    "The agency cannot be reached. %n document(s) wait in the outbox and are sent automatically when it answers again.",
                    "",
                    pending,
                )
            )
        elif self.status_label.styleSheet():
            self.status_label.setStyleSheet("")
            self.status_label.setText("")

    def _update_buttons(self) -> None:
        has_selection = bool(self.selected_ids())
        busy = self._task is not None and self._task.running
        self.open_button.setEnabled(has_selection)
        for button in (self.check_button, self.declare_button, self.delete_button):
            button.setEnabled(has_selection and not busy)
        restrict_declare_button(self.declare_button, self._ctx)
