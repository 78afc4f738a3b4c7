"""My documents: the draft box, submitted, approved and rejected lists, with Check and Declare.

`DocumentList(ctx, statuses)` lists the unit's documents in those statuses. For documents the user may
still change (draft, checked, rejected) it offers Open, Check, Declare and Delete; otherwise Open shows
the document read-only. The findings of the selected documents (the last Check's, or the agency's) show
below; a double-click on one asks for the document to be opened at that line and field
(`open_requested(declaration_id, field_path)`: the main window opens a `DocumentEditor` and calls
`focus_finding(field_path)`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding, has_errors
from ssclient.gui.context import AppContext
from ssclient.gui.documents import backend, payment_currency
from ssclient.gui.documents.findings_panel import FindingsPanel
from ssclient.gui.documents.sync_runner import SyncRunner
from ssclient.gui.documents.texts import document_name, document_title, render_finding, status_name
from ssclient.gui.forms import child, load_form
from ssclient.gui.workers import Task, start_call
from ssclient.rules import check_batch, check_declaration
from ssclient.store import EDITABLE_STATUSES, Store
from ssclient.sync.results import AgencyError, AgencyUnreachable

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
_NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # the name that tells it from its neighbours (findings, messages)
DRAFT_BOX = (DeclarationStatus.DRAFT, DeclarationStatus.CHECKED)
SUBMITTED = (DeclarationStatus.PENDING, DeclarationStatus.SUBMITTED)
APPROVED = (DeclarationStatus.APPROVED,)
REJECTED = (DeclarationStatus.REJECTED,)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One document's Check: its findings, and whether it may be declared."""

    declaration_id: int
    title: str
    findings: tuple[Finding, ...]

    @property
    def clean(self) -> bool:
        return not has_errors(self.findings)


def list_title(statuses: Sequence[DeclarationStatus]) -> str:
    if DeclarationStatus.DRAFT in statuses:
        return QCoreApplication.translate("DocumentList", "Draft box")
    if DeclarationStatus.REJECTED in statuses:
        return QCoreApplication.translate("DocumentList", "Rejected")
    if DeclarationStatus.APPROVED in statuses:
        return QCoreApplication.translate("DocumentList", "Approved")
    return QCoreApplication.translate("DocumentList", "Submitted")


def check_documents(ctx: AppContext, declaration_ids: Sequence[int], *, declaring: bool) -> list[CheckResult]:
    """The full rulebook on each document against the roster (refreshed from the agency when it answers)
    and, when declaring, the window. Findings are stored; a clean document becomes *checked*.
    Runs on a worker thread."""
    store: Store = ctx.store
    roster = backend.roster(ctx)
    if ctx.has_agency:
        # Offline, the local roster is what we have; the agency checks again on receipt.
        with contextlib.suppress(AgencyError, AgencyUnreachable):
            roster = backend.refresh_roster(ctx)
    rules = ctx.rule_context(roster, declaring=declaring)
    zone = ctx.clock.now().tzinfo
    declarations = [store.get_declaration(declaration_id) for declaration_id in declaration_ids]
    names = [document_name(store.summary(declaration_id), zone) for declaration_id in declaration_ids]
    across = _check_together(ctx, declarations, names)
    payments = payment_currency.batch_findings(ctx, declarations)
    results = []
    for declaration, name, batch_findings, payment_findings in zip(
        declarations, names, across, payments, strict=False
    ):
        assert declaration.id is not None  # read from the store
        if declaration.type is DeclarationType.PAYMENT:
            # Amounts, not people: checked against the agency's own computation from the same inputs.
            from ssclient.gui.contributions.backend import check_payment_document

            findings = check_payment_document(ctx, declaration, declaring=declaring)
        else:
            findings = check_declaration(declaration, rules) + batch_findings
        findings += payment_findings
        if declaration.status in EDITABLE_STATUSES:
            store.record_check(declaration.id, findings)  # findings and status in one transaction
        else:
            store.replace_findings(declaration.id, findings)
        results.append(CheckResult(declaration.id, name, tuple(findings)))
    return results


def _check_together(
    ctx: AppContext, declarations: list[Declaration], names: list[str]
) -> list[list[Finding]]:
    """The documents checked together, and those already on their way to the agency, as one batch: the
    same person twice across them is found here rather than refused by the agency in one of them."""
    store: Store = ctx.store
    zone = ctx.clock.now().tzinfo
    checked = {declaration.id for declaration in declarations}
    waiting = [s for s in store.list_declarations(ctx.unit_code, statuses=SUBMITTED) if s.id not in checked]
    others = [
        store.get_declaration(summary.id)
        for summary in waiting
        if summary.type is not DeclarationType.PAYMENT
    ]
    other_names = [document_name(s, zone) for s in waiting if s.type is not DeclarationType.PAYMENT]
    return check_batch([*declarations, *others], [*names, *other_names])


class DocumentList(QWidget):
    """One of the My documents lists; see the module docstring."""

    open_requested = Signal(int, str)  # declaration id, field path ("" = no particular field)
    checked = Signal(object)  # list[CheckResult], after Check or the check before Declare

    def __init__(
        self, ctx: AppContext, statuses: tuple[DeclarationStatus, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.statuses = statuses
        self.editable = any(status in EDITABLE_STATUSES for status in statuses)
        self._task: Task | None = None
        self._declare_after_check = False
        form = load_form("document_list", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
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
        self.title_label.setText(list_title(statuses))
        self._model = QStandardItemModel(0, 7, self)
        self._model.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Period"),
                self.tr("People"),
                self.tr("Status"),
                self.tr("Problems"),
                self.tr("Serial number"),
                self.tr("Last changed"),
            ]
        )
        self.table.setModel(self._model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # The status as wide as the longest this list can show: measured on the rows present, it was cut
        # to "Che…" once a document became Checked.
        widest = max(self.table.fontMetrics().horizontalAdvance(status_name(s)) for s in statuses)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, max(widest + 24, header.sectionSizeHint(3)))
        for button in (self.check_button, self.declare_button, self.delete_button):
            button.setVisible(self.editable)
        self.open_button.clicked.connect(self.open_selected)
        self.check_button.clicked.connect(self.check_selected)
        self.declare_button.clicked.connect(self.declare_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.findings.activated.connect(self.open_requested)
        ctx.signals.documents_changed.connect(self.refresh)
        # Bound methods, not lambdas: Qt drops them when this list is closed and deleted.
        ctx.signals.connection_changed.connect(self._on_connection_changed)
        ctx.signals.pending_changed.connect(self._on_pending_changed)
        self.refresh()
        self._on_selection()
        self._show_connection()

    # --- public ---------------------------------------------------------------------------------------

    def document_ids(self) -> list[int]:
        return [int(self._model.item(row, 0).data(_ID_ROLE)) for row in range(self._model.rowCount())]

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self._model.item(row, 0).data(_ID_ROLE)) for row in rows]

    def select_ids(self, declaration_ids: Sequence[int]) -> None:
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for row in range(self._model.rowCount()):
            if int(self._model.item(row, 0).data(_ID_ROLE)) in declaration_ids:
                selection.select(
                    self._model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def refresh(self) -> None:
        selected = self.selected_ids()
        store: Store = self._ctx.store
        rows = store.list_declarations(self._ctx.unit_code, statuses=self.statuses)
        zone = self._ctx.clock.now().tzinfo
        self._model.removeRows(0, self._model.rowCount())
        for summary in rows:
            people = self.tr("%n person(s)", "", summary.line_count)
            if summary.names:
                people += ": " + "、".join(summary.names)
                if summary.line_count > len(summary.names):
                    people += "…"
            cells = [
                QStandardItem(document_title(summary.type)),
                QStandardItem(str(summary.period)),
                QStandardItem(people),
                QStandardItem(status_name(summary.status)),
                QStandardItem(str(summary.error_count) if summary.error_count else ""),
                QStandardItem(summary.serial_number or ""),
                QStandardItem(
                    summary.updated_at.astimezone(self._ctx.clock.now().tzinfo).strftime("%Y-%m-%d %H:%M")
                ),
            ]
            cells[0].setData(summary.id, _ID_ROLE)
            cells[0].setData(summary.status.value, _STATUS_ROLE)
            cells[0].setData(document_name(summary, zone), _NAME_ROLE)
            self._model.appendRow(cells)
        self.select_ids(selected)
        self._update_buttons()
        if not rows:
            self.status_label.setText(self.tr("No documents here."))

    def open_selected(self) -> None:
        for declaration_id in self.selected_ids()[:1]:
            self.open_requested.emit(declaration_id, "")

    def check_selected(self) -> Task | None:
        """Check the selected documents on a worker; `checked` follows."""
        return self._run_check(self.selected_ids(), declare=False)

    def declare_selected(self) -> Task | None:
        """Check the selected documents (window included) and declare those without errors."""
        return self._run_check(self.selected_ids(), declare=True)

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete documents"),
            self.tr("Delete %n document(s) from the draft box? This cannot be undone.", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        store: Store = self._ctx.store
        try:
            for declaration_id in ids:
                store.delete_declaration(declaration_id)
        except backend.StoreError as error:
            self.status_label.setText(str(error))
        self._ctx.signals.documents_changed.emit()
        return True

    # --- reactions ------------------------------------------------------------------------------------

    def _run_check(self, ids: list[int], *, declare: bool) -> Task | None:
        if not ids or (self._task is not None and self._task.running):
            return None
        self._set_busy(True)
        self.status_label.setText(self.tr("Checking…"))
        # Check is the rehearsal of Declare: the same rules, the declaration window included.
        task = start_call(check_documents, self._ctx, ids, declaring=True)
        self._task = task
        self._declare_after_check = declare
        task.finished.connect(self._after_check)
        task.failed.connect(self.status_label.setText)
        task.ended.connect(self._on_check_ended)
        return task

    def _on_check_ended(self) -> None:
        self._set_busy(False)

    def _on_connection_changed(self, _connected: bool) -> None:
        self._show_connection()

    def _on_pending_changed(self, _count: int) -> None:
        self._show_connection()

    def _after_check(self, results: object) -> None:
        assert isinstance(results, list)
        declare = self._declare_after_check
        self._show_results(results)
        clean = [r.declaration_id for r in results if r.clean]
        blocked = len(results) - len(clean)
        if declare and clean:
            try:
                SyncRunner.for_context(self._ctx).declare(clean)
            except backend.StoreError as error:
                self.status_label.setText(str(error))
                self._ctx.signals.documents_changed.emit()
                self.checked.emit(results)
                return
            text = self.tr(
                "%n document(s) sent to the agency; the answer appears when it arrives.", "", len(clean)
            )
            if blocked:
                text += " " + self.tr(
                    "%n document(s) not declared: fix the problems listed below.", "", blocked
                )
        elif blocked:
            text = self.tr(
                "%n document(s) have problems: double-click one below to go to the field.", "", blocked
            )
        elif warnings := sum(1 for r in results for f in r.findings if not f.is_error):
            text = self.tr(
                "No errors: ready to declare. Look at the %n warning(s) listed below first.", "", warnings
            )
        else:
            text = self.tr("No problems found: ready to declare.")
        self.status_label.setText(text)
        self._ctx.signals.documents_changed.emit()
        self.checked.emit(results)

    def _show_results(self, results: Sequence[CheckResult]) -> None:
        triples = [(r.declaration_id, r.title, f) for r in results for f in r.findings]
        self.findings.show_findings(triples, render_finding)

    def _on_selection(self) -> None:
        self._update_buttons()
        ids = self.selected_ids()
        store: Store = self._ctx.store
        triples = []
        declarations = {}
        for declaration_id in ids:
            title = str(self._model.item(self._row_of(declaration_id), 0).data(_NAME_ROLE))
            findings = store.findings(declaration_id)
            if findings:
                declarations[declaration_id] = store.get_declaration(declaration_id)  # who is on each line
            triples += [(declaration_id, title, f) for f in findings]
        # A clean Check stores no findings: the status, not their absence, tells checked from not checked.
        statuses = {self._status_of(declaration_id) for declaration_id in ids}
        if not ids:
            caption = self.tr("Select a document to see the problems found in it.")
        elif triples:
            caption = ""
        elif DeclarationStatus.DRAFT in statuses and self.editable:
            caption = self.tr("Not checked yet: press Check to run every rule on it.")
        elif statuses == {DeclarationStatus.CHECKED}:
            caption = self.tr("Checked: no problems found.")
        else:
            caption = self.tr("No problems found.")
        self.findings.show_findings(triples, render_finding, caption, declarations)

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

    def _row_of(self, declaration_id: int) -> int:
        return self.document_ids().index(declaration_id)

    def _status_of(self, declaration_id: int) -> DeclarationStatus:
        return DeclarationStatus(self._model.item(self._row_of(declaration_id), 0).data(_STATUS_ROLE))

    def _update_buttons(self) -> None:
        has_selection = bool(self.selected_ids())
        busy = self._task is not None and self._task.running
        self.open_button.setEnabled(has_selection)
        for button in (self.check_button, self.declare_button, self.delete_button):
            button.setEnabled(has_selection and not busy)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.check_button, self.declare_button, self.delete_button):
            button.setEnabled(not busy and bool(self.selected_ids()))
