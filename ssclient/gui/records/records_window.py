"""Query → Declaration records: the agency's records by period range, type, status and person.

Rows come page by page from the agency (LazyTableModel), so a history of 100,000 records opens with its
first page at once. Clicking a column's header sorts by asking the agency for that order (from its first
page again); only the columns the agency sorts by (RecordSort) offer it. On a selected record:

- Details: the record in full, with the amounts the agency approved;
- Revoke (approved records): asks for confirmation, then the agency revokes it or says why not;
- Revise (approved records): copies it into a new draft that will replace it (cancel-and-replace), and
  emits `draft_created(id, type)` for the main window to open it;
- Receipt (approved or revoked records): the PDF receipt, printed again from the record;
- Export: every matching record, in the order shown, to .xlsx or .csv.

Agency and store calls are ssclient.app use cases run by worker tasks. Tests drive the file-writing
actions through `write_receipt(path)` and `export_to(path)`; the buttons ask for the path first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.exports import WriteError
from ssclient.app.records import (
    DeclarationQuery,
    RecordSummary,
    Revision,
    RevokeRefused,
)
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.texts import document_title, status_name
from ssclient.gui.file_dialogs import ask_save_path
from ssclient.gui.operators.texts import revoke_refused
from ssclient.gui.records.change_window import change_window_note
from ssclient.gui.records.criteria import (
    criteria_error_label,
    period_range_edits,
    person_search,
    read_period_range,
)
from ssclient.gui.records.export_action import (
    ask_export_path,
    export_pages,
    open_question,
    open_warning,
    report_export,
)
from ssclient.gui.records.lazy_model import LazyTableModel
from ssclient.gui.records.record_details import RecordDetailsDialog
from ssclient.gui.records.records_columns import SAMPLES, record_columns
from ssclient.gui.records.texts import TRANSLATE, revoke_question, revoke_refusal_text, write_error_text
from ssclient.gui.records.views import push_button, size_columns, table_view
from ssclient.gui.workers import Task, start_call

# The agency answers at most 1000 records per page.
_EXPORT_PAGE = 1000


class DeclarationRecordsWindow(QWidget):
    """See the module docstring. `draft_created(declaration_id, type value)` after Revise."""

    draft_created = Signal(int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self._query = DeclarationQuery()
        self.confirm_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self.details_dialog: RecordDetailsDialog | None = None
        self.setObjectName("DeclarationRecordsWindow")
        self.setWindowTitle(self.tr("Declaration records"))
        self.model: LazyTableModel[RecordSummary] = LazyTableModel(record_columns(self._people), self)
        self._build()
        self.model.sort_declined.connect(self._sort_declined)
        self.model.loaded.connect(self._show_count)
        self.model.load_failed.connect(self._show_failure)
        ctx.signals.documents_changed.connect(self._documents_changed)
        self.search()

    # --- layout ---------------------------------------------------------------------------------------
    def _people(self, row: RecordSummary) -> str:
        text = self.tr("%n person(s)", "", row.line_count)
        if row.people:
            text += ": " + "、".join(row.people)
            if row.line_count > len(row.people):
                text += "…"
        return text

    def _build(self) -> None:
        # Made in the order Tab follows: the criteria, the table, the buttons.
        criteria = self._criteria()
        self.table = table_view(self.model, "recordsTable", self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        size_columns(self.table, SAMPLES)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the agency's order
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        buttons = self._buttons()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.window_note = QLabel(self)  # why Revise and Revoke are off for the selected record, and when
        self.window_note.setObjectName("windowNote")
        self.window_note.setWordWrap(True)
        self.window_note.setStyleSheet("color: #b06000;")

        layout = QVBoxLayout(self)
        layout.addLayout(criteria)
        layout.addWidget(self.criteria_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.window_note)
        layout.addLayout(buttons)
        self._selection_changed()

    def _criteria(self) -> QFormLayout:
        """Period range, type and status, person: the order Tab follows."""
        self.period_from_edit, self.period_to_edit = period_range_edits(self, self.search)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(self.tr("All types"), None)
        for kind in DeclarationType:
            self.type_combo.addItem(document_title(kind), kind.value)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in (DeclarationStatus.APPROVED, DeclarationStatus.REJECTED, DeclarationStatus.REVOKED):
            self.status_combo.addItem(status_name(status), status.value)
        self.person_edit, self.search_button = person_search(self, self.search, width=240)
        self.criteria_error = criteria_error_label(self)
        criteria = QFormLayout()
        rows = (
            (self.tr("Period"), (self.period_from_edit, QLabel(self.tr("to"), self), self.period_to_edit)),
            (self.tr("Type and status"), (self.type_combo, self.status_combo)),
            (self.tr("Person"), (self.person_edit, self.search_button)),
        )
        for title, widgets in rows:
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget)
            line.addStretch(1)
            criteria.addRow(title, line)
        return criteria

    def _buttons(self) -> QHBoxLayout:
        self.details_button = push_button(self, self.tr("Details…"), "detailsButton", self.show_details)
        self.revoke_button = push_button(self, self.tr("Revoke"), "revokeButton", self.revoke_selected)
        self.revise_button = push_button(self, self.tr("Revise"), "reviseButton", self.revise_selected)
        self.receipt_button = push_button(
            self, self.tr("Print receipt…"), "receiptButton", self._ask_receipt_path
        )
        self.export_button = push_button(self, self.tr("Export…"), "exportButton", self._ask_export_path)
        buttons = QHBoxLayout()
        for each in (self.details_button, self.revoke_button, self.revise_button, self.receipt_button):
            buttons.addWidget(each)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        return buttons

    # --- searching ------------------------------------------------------------------------------------
    def query(self) -> DeclarationQuery | None:
        """The criteria as typed, or None (with the problem shown) when a period cannot be read."""
        periods = read_period_range(self.period_from_edit, self.period_to_edit, self.criteria_error)
        if periods is None:
            return None
        kind = self.type_combo.currentData()
        status = self.status_combo.currentData()
        return DeclarationQuery(
            period_from=periods[0],
            period_to=periods[1],
            type=DeclarationType(kind) if kind else None,
            status=DeclarationStatus(status) if status else None,
            person=self.person_edit.text().strip() or None,
        )

    def search(self) -> None:
        query = self.query()
        if query is None:
            return
        self._query = query
        self.status_label.setText(self.tr("Loading…"))
        self.model.load_ordered(self._ctx.records.in_order(query))

    def refresh(self) -> None:
        """The same criteria again (new records arrived), from the first page, in the same order."""
        self.model.load_ordered(self._ctx.records.in_order(self._query))

    def _documents_changed(self) -> None:
        # A document was answered elsewhere (the outbox): its record may be new here. Changes this window's
        # own task announces (as it finishes, before it ends) are already shown.
        if self._task is None:
            self.refresh()

    def _show_count(self, loaded: int, total: int) -> None:
        if total == 0:
            self.status_label.setText(self.tr("No records match."))
        else:
            self.status_label.setText(
                self.tr("%1 of %2 records shown.").replace("%1", f"{loaded:,}").replace("%2", f"{total:,}")
            )
        self._selection_changed()

    def _sort_declined(self, column: int) -> None:
        # The header moved its indicator to the clicked column: put it back on the order shown.
        section, order = self.model.source_order or (-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicator(section, order)
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        self.status_label.setText(self.tr("The agency cannot sort by %1.").replace("%1", str(title)))

    def _show_failure(self, message: str) -> None:
        self.status_label.setText(message)

    # --- selection ------------------------------------------------------------------------------------
    def selected(self) -> RecordSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_serial(self, serial_number: str) -> bool:
        """Select the loaded record with this serial number (True when found)."""
        for index, row in enumerate(self.model.rows()):
            if row.serial_number == serial_number:
                self.table.selectRow(index)
                return True
        return False

    def _selection_changed(self, *_args: QItemSelection) -> None:
        row = self.selected()
        idle = self._task is None
        approved = row is not None and row.status is DeclarationStatus.APPROVED
        closed = (
            change_window_note(self._ctx.policy, self._ctx.today(), row.period) if approved and row else ""
        ) or (revoke_refused(self._ctx.access) if approved else "")
        self.details_button.setEnabled(row is not None)
        self.revoke_button.setEnabled(idle and approved and not closed)
        self.revise_button.setEnabled(idle and approved and not closed and self._ctx.has_store)
        for button in (self.revoke_button, self.revise_button):
            button.setToolTip(closed)
        self.window_note.setText(closed)
        self.window_note.setVisible(bool(closed))
        has_receipt = (
            row is not None
            and row.serial_number is not None
            and row.status in (DeclarationStatus.APPROVED, DeclarationStatus.REVOKED)
        )
        self.receipt_button.setEnabled(idle and has_receipt)

    def _start(self, task: Task) -> Task:
        self._task = task.owned_by(self)  # a closed tab is deleted: its slots must not run after
        task.ended.connect(self._task_ended)
        self._selection_changed()
        return task

    def _task_ended(self) -> None:
        self._task = None
        self._selection_changed()

    # --- details --------------------------------------------------------------------------------------
    def show_details(self) -> RecordDetailsDialog | None:
        """The selected record in full (lines and findings), in a window of its own."""
        row = self.selected()
        if row is None:
            return None
        dialog = RecordDetailsDialog(self._ctx, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.details_dialog = dialog
        dialog.open()
        return dialog

    # --- revoke ---------------------------------------------------------------------------------------
    def revoke_selected(self) -> None:
        row = self.selected()
        if row is None or row.status is not DeclarationStatus.APPROVED:
            return
        text = revoke_question(row.type, row.serial_number or "", row.period)
        self.confirm_box = open_question(self, self.tr("Revoke"), text, lambda: self._revoke(row))

    def _revoke(self, row: RecordSummary) -> None:
        self.status_label.setText(self.tr("Revoking…"))
        signals = self._ctx.signals
        task = self._start(start_call(self._ctx.records.revoke, row.id))
        # The use case took the agency's roster in again: the rest of the program hears of it even if this
        # tab was closed before the agency answered.
        task.then_emit(signals.roster_changed, signals.documents_changed)
        task.finished.connect(self._revoked)
        task.failed.connect(self._revoke_failed)

    def _revoked(self, summary: RecordSummary) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.id == summary.id:
                self.model.replace_row(index, summary)
        self.status_label.setText(
            self.tr("The declaration %1 was revoked.").replace("%1", summary.serial_number or "")
        )

    def _revoke_failed(self, message: str) -> None:
        error = self._task.error if self._task is not None else None  # the task is this one until it ends
        if isinstance(error, RevokeRefused):
            message = revoke_refusal_text(error)
        self.status_label.setText(message)
        self.message_box = open_warning(self, message, self.tr("Revoke"))

    # --- revise ---------------------------------------------------------------------------------------
    def revise_selected(self) -> None:
        row = self.selected()
        if row is None or row.status is not DeclarationStatus.APPROVED or not self._ctx.has_store:
            return
        self.status_label.setText(self.tr("Copying the record into a new draft…"))
        task = self._start(start_call(self._ctx.records.revise, row.id))
        task.then_emit(self._ctx.signals.documents_changed)
        task.finished.connect(self._revision_made)
        task.failed.connect(self.status_label.setText)

    def _revision_made(self, made: Revision) -> None:
        self.status_label.setText(
            self.tr("A new draft replacing this record is in the draft box; declaring it revokes the record.")
        )
        self.draft_created.emit(made.declaration_id, made.type.value)

    # --- receipt --------------------------------------------------------------------------------------
    def _ask_receipt_path(self) -> None:
        row = self.selected()
        if row is None:
            return
        name = self.tr("receipt-%1.pdf").replace("%1", row.serial_number or "")
        path = ask_save_path(self, self.tr("Save the receipt"), name, self.tr("PDF (*.pdf)"))
        if path is not None:
            self.write_receipt(path)

    def write_receipt(self, path: Path) -> Task | None:
        """Print the selected record's receipt to `path` (from the agency's record, off the GUI thread)."""
        row = self.selected()
        unit = self._ctx.unit
        if row is None or unit is None or row.serial_number is None:
            return None
        receipts = self._ctx.receipts

        def write() -> Path | WriteError:
            try:
                return receipts.write(row.id, unit, path, tr=TRANSLATE)
            except WriteError as error:  # the user's to fix (another folder), not a failure
                return error

        self.status_label.setText(self.tr("Writing the receipt…"))
        task = self._start(start_call(write))
        task.finished.connect(self._receipt_written)
        task.failed.connect(self._write_failed)
        return task

    def _receipt_written(self, done: Path | WriteError) -> None:
        if isinstance(done, WriteError):
            self._write_failed(write_error_text(done))
        else:
            self.status_label.setText(self.tr("The receipt was saved to %1.").replace("%1", str(done)))

    # --- export ---------------------------------------------------------------------------------------
    def _ask_export_path(self) -> None:
        path = ask_export_path(self, self.tr("Export the records"), self.tr("declaration-records"))
        if path:
            self.export_to(path)

    def export_to(self, path: Path) -> Task:
        """Every record matching the current criteria (not only the loaded ones), in the order shown, to
        .xlsx or .csv."""
        source = self.model.source or self._ctx.records.pages(self._query)
        task = export_pages(
            self,
            source,
            self.model.columns(),
            path,
            title=self.windowTitle(),
            page_size=_EXPORT_PAGE,
        )
        done = self.tr("%1 records exported to %2.")
        report = report_export(task, path, self.status_label, done, self._write_failed, id_numbers=True)
        return self._start(report)

    def _write_failed(self, message: str) -> None:
        self.status_label.setText(message)
        self.message_box = open_warning(self, message)
