"""One declaration record in full: its facts, its lines (or payment lines), and the review's findings.

Loaded from the agency off the GUI thread (app.records); `loaded` fires when it shows, `failed(message)`
otherwise. Bases are the amounts the agency approved, as Decimal, formatted here; not the text typed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.documents_rules import PaymentTotals, payment_totals
from ssclient.app.records import RecordDetails, Records
from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.domain.findings import line_index
from ssclient.domain.money import format_amount_text, format_money
from ssclient.gui.annual_base import average_wage_title
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.payment_lines_model import PaymentLinesModel
from ssclient.gui.documents.texts import document_title, reason_text, render_finding, status_name
from ssclient.gui.infochange.record_columns import info_change_columns
from ssclient.gui.operators.texts import submitted_by_header, submitter_text
from ssclient.gui.records.texts import hukou_text, insurance_name, local_time
from ssclient.gui.records.views import fill_payment_totals, table_view
from ssclient.gui.workers import Task, start_call


class RecordDetailsDialog(QDialog):
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, declaration_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecordDetailsDialog")
        self.setWindowTitle(self.tr("Declaration record"))
        self.record: RecordDetails | None = None
        self.facts = QFormLayout()
        self.status_label = QLabel(self.tr("Loading…"), self)
        self.status_label.setObjectName("statusLabel")
        self.lines_model = QStandardItemModel(0, 0, self)
        self.payments_model = PaymentLinesModel(self)
        self.lines_table = table_view(self.lines_model, "linesTable", self)
        self.payments_table = table_view(self.payments_model, "paymentsTable", self)
        self.payments_table.hide()
        # A payment's sums, as its form and the receipt show them.
        self.totals_box = QGroupBox(self.tr("Totals"), self)
        self.totals_box.setObjectName("totalsBox")
        self.totals_grid = QGridLayout(self.totals_box)
        self.total_labels: dict[str, QLabel] = {}
        self.totals_box.hide()
        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName("findingsList")
        self.findings_list.setMaximumHeight(120)
        self.findings_list.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.facts)
        layout.addWidget(self.status_label)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(self.payments_table, 1)
        layout.addWidget(self.totals_box)
        layout.addWidget(self.findings_list)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self._task: Task = start_call(_read, ctx.records, declaration_id)
        self._task.finished.connect(self._show)
        self._task.failed.connect(self._failed)

    def _failed(self, message: str) -> None:
        self.status_label.setText(message)
        self.failed.emit(message)

    def _show(self, read: tuple[RecordDetails, PaymentTotals | None]) -> None:
        record, totals = read
        self.record = record
        summary = record.summary
        facts = [
            (self.tr("Serial number"), summary.serial_number or ""),
            (self.tr("Business type"), document_title(summary.type)),
            (self.tr("Period"), str(summary.period)),
            (self.tr("Status"), status_name(summary.status)),
            (self.tr("Submitted at"), local_time(summary.submitted_at)),
            (submitted_by_header(), submitter_text(summary.submitted_by)),
        ]
        if summary.replaces_serial:
            facts.append((self.tr("Replaces"), summary.replaces_serial))
        if summary.replaced_by_serial:
            facts.append((self.tr("Replaced by"), summary.replaced_by_serial))
        if summary.revoked_at is not None:
            facts.append((self.tr("Revoked at"), local_time(summary.revoked_at)))
        for label, value in facts:
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, field)
        if summary.type is DeclarationType.PAYMENT:
            self.payments_model.set_lines(record.payments)
            self.payments_table.resizeColumnsToContents()
            self.payments_table.horizontalHeader().setStretchLastSection(False)
            self.lines_table.hide()
            self.payments_table.show()
            count = len(record.payments)
            if totals is not None:
                self.total_labels = fill_payment_totals(
                    self.totals_grid, self.totals_box, totals.by_insurance, totals.overall
                )
                self.totals_box.show()
        else:
            self._fill_lines(summary.type, record)
            count = len(record.lines)
        self.status_label.setText(self.tr("%n line(s).", "", count))
        for item in record.findings:
            line = line_index(item.field)
            prefix = "" if line is None else self.tr("Line %1: ").replace("%1", str(line + 1))
            self.findings_list.addItem(prefix + render_finding(item))
        self.findings_list.setVisible(bool(record.findings))
        self.loaded.emit()

    def _fill_lines(self, kind: DeclarationType, record: RecordDetails) -> None:
        Cell = Callable[[DeclarationLine, Decimal | None], str]
        columns: list[tuple[str, Cell]] = [
            (self.tr("ID number"), lambda x, _base: x.id_number),
            (self.tr("Name"), lambda x, _base: x.name),
        ]
        if kind in (DeclarationType.ADD, DeclarationType.RENEWAL):
            columns += [
                (self.tr("Household registration"), lambda x, _base: hukou_text(x.hukou_type)),
                (self.tr("Wage base"), _approved),
                (self.tr("Migrant worker"), lambda x, _base: x.migrant_worker),
            ]
        if kind is DeclarationType.RENEWAL:
            columns.append((self.tr("Back payment (months)"), lambda x, _base: _backpay(x)))
        if kind is DeclarationType.INTERRUPTION:
            columns.append((self.tr("Reason"), lambda x, _base: reason_text(x.reason)))
        if kind is DeclarationType.ANNUAL_BASE:
            columns.append((average_wage_title(), lambda x, _base: format_amount_text(x.average_wage)))
        if kind in (DeclarationType.BASE_CHANGE, DeclarationType.ANNUAL_BASE):
            columns += [
                (self.tr("New base"), _approved),
                (self.tr("Effective from"), lambda x, _base: x.effective_period or ""),
            ]
        if kind is DeclarationType.INFO_CHANGE:
            columns += info_change_columns()
        self.lines_model.setColumnCount(len(columns))
        self.lines_model.setHorizontalHeaderLabels([title for title, _cell in columns])
        amounts = {self.tr("Wage base"), self.tr("New base"), average_wage_title()}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for line, base in zip(record.lines, record.bases, strict=True):
            items = []
            for title, cell in columns:
                item = QStandardItem(cell(line, base))
                if title in amounts:
                    item.setTextAlignment(right)
                items.append(item)
            self.lines_model.appendRow(items)
        self.lines_table.resizeColumnsToContents()


def _read(records: Records, declaration_id: int) -> tuple[RecordDetails, PaymentTotals | None]:
    """On a worker: the record, and a payment's totals (the lines of a large unit take a while to add)."""
    record = records.details(declaration_id)
    paid = record.summary.type is DeclarationType.PAYMENT
    return record, payment_totals(record.payments) if paid else None


def _approved(line: DeclarationLine, base: Decimal | None) -> str:
    """The base the agency approved, as money; a line without one shows what it holds."""
    return line.wage_base if base is None else format_money(base)


def _backpay(line: DeclarationLine) -> str:
    return ", ".join(
        f"{insurance_name(InsuranceType(kind))} {months}"
        for kind, months in line.backpay.items()
        if months > 0
    )
