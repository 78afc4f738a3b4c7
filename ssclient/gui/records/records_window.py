"""Query → Declaration records: the agency's records by period range, type, status and person.

Rows come page by page from the agency (LazyTableModel), so a history of 100,000 records opens with its
first page at once. Clicking a column's header sorts by asking the agency for that order (from its first
page again); only the columns the agency sorts by (DeclarationSort) offer it. On a selected record:

- Revoke (approved records): asks for confirmation, then the agency revokes it or says why not;
- Revise (approved records): copies it into a new draft that will replace it (cancel-and-replace), and
  emits `draft_created(id, type)` for the main window to open it;
- Receipt (approved or revoked records): the PDF receipt, printed again from the record;
- Export: every matching record, in the order shown, to .xlsx or .csv.

Tests drive the file-writing actions through `write_receipt(path)` and `export_to(path)`; the buttons ask
for the path with a file dialog first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.texts import document_title, status_name
from ssclient.gui.records.change_window import change_window_note
from ssclient.gui.records.criteria import (
    criteria_error_label,
    period_range_edits,
    person_search,
    read_period_range,
)
from ssclient.gui.records.export_action import ask_export_path, export_pages, open_warning, report_export
from ssclient.gui.records.lazy_model import Column, LazyTableModel, OrderedSource, PageSource
from ssclient.gui.records.record_details import RecordDetailsDialog
from ssclient.gui.records.texts import (
    TRANSLATE,
    local_time,
    revoke_refusal_text,
    write_error_text,
)
from ssclient.gui.records.views import size_columns, table_view
from ssclient.gui.workers import Task, start_call
from ssclient.io.atomic import WriteError
from ssclient.io.receipts import RecordState, write_receipt_pdf
from ssclient.sync.api import AgencyClient
from ssclient.sync.results import (
    AgencyError,
    DeclarationQuery,
    DeclarationRecord,
    DeclarationSort,
    DeclarationSummary,
)

# The agency answers at most 1000 records per page.
_EXPORT_PAGE = 1000


def records_source(agency: AgencyClient, query: DeclarationQuery) -> PageSource[DeclarationSummary]:
    """Pages of the agency's records query for `query`'s criteria."""

    def page(offset: int, limit: int) -> tuple[Sequence[DeclarationSummary], int]:
        found = agency.declarations(replace(query, offset=offset, limit=limit))
        return found.items, found.total

    return page


def ordered_records(agency: AgencyClient, query: DeclarationQuery) -> OrderedSource[DeclarationSummary]:
    """The records query for `query`'s criteria in any order the agency sorts by (a DeclarationSort)."""

    def in_order(order: str | None, descending: bool) -> PageSource[DeclarationSummary]:
        sort = DeclarationSort(order) if order is not None else None
        return records_source(agency, replace(query, sort=sort, descending=descending))

    return in_order


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
        self.model: LazyTableModel[DeclarationSummary] = LazyTableModel(self._columns(), self)
        self._build()
        self.model.sort_declined.connect(self._sort_declined)
        self.model.loaded.connect(self._show_count)
        self.model.load_failed.connect(self._show_failure)
        ctx.signals.documents_changed.connect(self._documents_changed)
        self._announcing = False
        self.search()

    # --- layout ---------------------------------------------------------------------------------------
    def _columns(self) -> list[Column[DeclarationSummary]]:
        # The agency sorts (`order`) by the first five; the others do not sort.
        return [
            Column(
                self.tr("Serial number"), lambda r: r.serial_number or "", order=DeclarationSort.SERIAL_NUMBER
            ),
            Column(self.tr("Business type"), lambda r: document_title(r.type), order=DeclarationSort.TYPE),
            Column(self.tr("Period"), lambda r: str(r.period), order=DeclarationSort.PERIOD),
            Column(self.tr("Status"), lambda r: status_name(r.status), order=DeclarationSort.STATUS),
            Column(
                self.tr("Submitted at"),
                lambda r: local_time(r.submitted_at),
                order=DeclarationSort.SUBMITTED_AT,
            ),
            Column(self.tr("People"), self._people),
            Column(self.tr("Replaces"), lambda r: r.replaces_serial or ""),
            Column(self.tr("Replaced by"), lambda r: r.replaced_by_serial or ""),
            Column(self.tr("Revoked at"), lambda r: local_time(r.revoked_at)),
        ]

    def _people(self, row: DeclarationSummary) -> str:
        text = self.tr("%n person(s)", "", row.line_count)
        if row.people:
            text += ": " + "、".join(row.people)
            if row.line_count > len(row.people):
                text += "…"
        return text

    def _build(self) -> None:
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
        periods = QHBoxLayout()
        periods.addWidget(self.period_from_edit)
        periods.addWidget(QLabel(self.tr("to"), self))
        periods.addWidget(self.period_to_edit)
        periods.addStretch(1)
        criteria.addRow(self.tr("Period"), periods)
        kinds = QHBoxLayout()
        kinds.addWidget(self.type_combo)
        kinds.addWidget(self.status_combo)
        kinds.addStretch(1)
        criteria.addRow(self.tr("Type and status"), kinds)
        person = QHBoxLayout()
        person.addWidget(self.person_edit)
        person.addWidget(self.search_button)
        person.addStretch(1)
        criteria.addRow(self.tr("Person"), person)

        self.table = table_view(self.model, "recordsTable", self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        size_columns(
            self.table,
            [
                "SB2026112000000003",
                "Interrupt personnel",
                "2026-11",
                "Approved",
                "2026-11-20 09:00:00",
                "10 person(s): 张三、李四、王五…",
                "SB2026112000000003",
                "SB2026112000000003",
            ],
        )
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the agency's order
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setObjectName("detailsButton")
        self.details_button.clicked.connect(self.show_details)
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        self.revoke_button = QPushButton(self.tr("Revoke"), self)
        self.revoke_button.setObjectName("revokeButton")
        self.revise_button = QPushButton(self.tr("Revise"), self)
        self.revise_button.setObjectName("reviseButton")
        self.receipt_button = QPushButton(self.tr("Print receipt…"), self)
        self.receipt_button.setObjectName("receiptButton")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.revise_button.clicked.connect(self.revise_selected)
        self.receipt_button.clicked.connect(self._ask_receipt_path)
        self.export_button.clicked.connect(self._ask_export_path)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.window_note = QLabel(self)  # why Revise and Revoke are off for the selected record, and when
        self.window_note.setObjectName("windowNote")
        self.window_note.setWordWrap(True)
        self.window_note.setStyleSheet("color: #b06000;")

        buttons = QHBoxLayout()
        for button in (self.details_button, self.revoke_button, self.revise_button, self.receipt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(criteria)
        layout.addWidget(self.criteria_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.window_note)
        layout.addLayout(buttons)
        self._selection_changed()

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
        self.model.load_ordered(ordered_records(self._ctx.agency, query))

    def refresh(self) -> None:
        """The same criteria again (new records arrived), from the first page, in the same order."""
        self.model.load_ordered(ordered_records(self._ctx.agency, self._query))

    def _documents_changed(self) -> None:
        # A document was answered elsewhere (the outbox): its record may be new here. Changes this window
        # announces itself are already shown.
        if not self._announcing and self._task is None:
            self.refresh()

    def _announce_documents_changed(self) -> None:
        self._announcing = True
        try:
            self._ctx.signals.documents_changed.emit()
        finally:
            self._announcing = False

    def _show_count(self, loaded: int, total: int) -> None:
        if total == 0:
            self.status_label.setText(self.tr("No records match."))
        else:
            self.status_label.setText(
                self.tr("%1 of %2 records shown.").replace("%1", str(loaded)).replace("%2", str(total))
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
    def selected(self) -> DeclarationSummary | None:
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
        )
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
        self._task = task
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
        text = self.tr("Revoke the declaration %1? The agency undoes what it changed in the roster.").replace(
            "%1", row.serial_number or ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Revoke"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.clicked.connect(lambda: self._revoke(row))
        self.confirm_box = box
        box.open()

    def _revoke(self, row: DeclarationSummary) -> None:
        ctx = self._ctx

        def revoke() -> DeclarationRecord:
            record: DeclarationRecord = ctx.agency.revoke(row.id)
            _follow_revocation(ctx, record)
            return record

        self.status_label.setText(self.tr("Revoking…"))
        task = self._start(start_call(revoke))
        task.finished.connect(lambda record: self._revoked(row, record))
        task.failed.connect(lambda message: self._revoke_failed(task, message))

    def _revoked(self, old: DeclarationSummary, record: DeclarationRecord) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.id == old.id:
                self.model.replace_row(index, record.summary)
        self.status_label.setText(
            self.tr("The declaration %1 was revoked.").replace("%1", old.serial_number or "")
        )
        self._ctx.signals.roster_changed.emit()
        self._announce_documents_changed()

    def _revoke_failed(self, task: Task, message: str) -> None:
        error = task.error
        if isinstance(error, AgencyError) and error.code.startswith("REVOKE_"):
            message = revoke_refusal_text(error)
        self.status_label.setText(message)
        self.message_box = open_warning(self, message, self.tr("Revoke"))

    # --- revise ---------------------------------------------------------------------------------------
    def revise_selected(self) -> None:
        row = self.selected()
        if row is None or row.status is not DeclarationStatus.APPROVED or not self._ctx.has_store:
            return
        ctx = self._ctx

        def copy_to_draft() -> tuple[int, str]:
            record: DeclarationRecord = ctx.agency.declaration(row.id)
            summary = record.summary
            draft = Declaration(
                type=summary.type,
                period=summary.period,
                lines=[line.copy() for line in record.lines],
                payments=[replace(p) for p in record.payments],
                replaces_serial=summary.serial_number,
            )
            return ctx.store.create_draft(ctx.unit_code, draft), summary.type.value

        self.status_label.setText(self.tr("Copying the record into a new draft…"))
        task = self._start(start_call(copy_to_draft))
        task.finished.connect(self._revision_made)
        task.failed.connect(self.status_label.setText)

    def _revision_made(self, made: tuple[int, str]) -> None:
        declaration_id, kind = made
        self.status_label.setText(
            self.tr("A new draft replacing this record is in the draft box; declaring it revokes the record.")
        )
        self._announce_documents_changed()
        self.draft_created.emit(declaration_id, kind)

    # --- receipt --------------------------------------------------------------------------------------
    def _ask_receipt_path(self) -> None:
        row = self.selected()
        if row is None:
            return
        name = f"{self.tr('receipt')}-{row.serial_number}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipt"), name, self.tr("PDF (*.pdf)"))
        if path:
            self.write_receipt(Path(path))

    def write_receipt(self, path: Path) -> Task | None:
        """Print the selected record's receipt to `path` (from the agency's record, off the GUI thread)."""
        row = self.selected()
        unit = self._ctx.unit
        if row is None or unit is None or row.serial_number is None:
            return None
        ctx = self._ctx

        def write() -> Path | WriteError:
            record: DeclarationRecord = ctx.agency.declaration(row.id)
            summary = record.summary
            declaration = Declaration(
                type=summary.type,
                period=summary.period,
                lines=list(record.lines),
                payments=list(record.payments),
                status=summary.status,
                serial_number=summary.serial_number,
                replaces_serial=summary.replaces_serial,
            )
            # The status as the agency has it now: a revoked or replaced record's receipt says so.
            state = RecordState(summary.revoked_at, summary.replaced_by_serial, printed_at=ctx.clock.now())
            try:
                write_receipt_pdf(declaration, unit, summary.submitted_at, path, tr=TRANSLATE, state=state)
            except WriteError as error:
                return error
            return path

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
        source = self.model.source or records_source(self._ctx.agency, self._query)
        task = export_pages(
            self,
            source,
            self.model.columns(),
            path,
            title=self.windowTitle(),
            page_size=_EXPORT_PAGE,
        )
        done = self.tr("%1 records exported to %2.")
        return self._start(report_export(task, path, self.status_label, done, self._write_failed))

    def _write_failed(self, message: str) -> None:
        self.status_label.setText(message)
        self.message_box = open_warning(self, message)


def _follow_revocation(ctx: AppContext, record: DeclarationRecord) -> None:
    """After a revoke (worker thread): the local roster from the agency, the local document marked."""
    store = ctx.store_or_none
    if store is None:
        return
    store.replace_roster(ctx.unit_code, ctx.agency.roster())
    serial = record.summary.serial_number
    local_id = store.declaration_by_serial(serial) if serial else None
    if local_id is not None:
        store.set_status(local_id, DeclarationStatus.REVOKED)
