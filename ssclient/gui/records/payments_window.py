"""Query → Payment details: per period, person and insurance type what approved payment declarations
came to, with totals per insurance type and per share over every match; monthly statements for a period.

Rows come page by page from the agency (LazyTableModel); the totals come with every page, computed by
the agency over all matching rows, so they are right before the last row is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.exports import ColumnKind, WriteError
from ssclient.app.statements import PaymentDetail, PaymentDetailsQuery, ShareTotals, StatementFiles
from ssclient.domain.enums import InsuranceType
from ssclient.domain.money import format_money, round_money
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.file_dialogs import ask_folder
from ssclient.gui.records.criteria import (
    criteria_error_label,
    period_range_edits,
    person_search,
    read_period_range,
    unreadable_period_text,
)
from ssclient.gui.records.export_action import ask_export_path, export_pages, open_warning, report_export
from ssclient.gui.records.lazy_model import Column, LazyTableModel
from ssclient.gui.records.texts import TRANSLATE, insurance_name, write_error_text
from ssclient.gui.records.views import fill_payment_totals, report_loading, size_columns, table_view
from ssclient.gui.workers import Task, TaskControl, show_progress

# Typical cells, for the columns' widths.
_SAMPLES = (
    "2026-11",
    "2026-11",
    "11010519491231002X",
    "欧阳娜娜",
    "unemployment",
    "24,000.00",
    "1,920.00",
    "3,840.00",
    "5,760.00",
    "SB2026112000000003",
)


def _amount(title: str, of: Callable[[PaymentDetail], Decimal]) -> Column[PaymentDetail]:
    """An amount column: shown formatted and right-aligned; exported as a number a spreadsheet can sum."""
    return Column(title, lambda d: format_money(of(d)), of, numeric=True, value=lambda d: round_money(of(d)))


class PaymentDetailsWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        # The criteria searched for, with the totals of the latest page answered.
        self._details: PaymentDetailsQuery = ctx.statements.details(None, None, None)
        self.message_box: QMessageBox | None = None
        self.setObjectName("PaymentDetailsWindow")
        self.setWindowTitle(self.tr("Payment details"))
        self.model: LazyTableModel[PaymentDetail] = LazyTableModel(self._columns(), self)
        self._build()
        report_loading(
            self.model,
            self.table,
            self.status_label,
            none=self.tr("No payment details match."),
            shown=self.tr("%1 of %2 lines shown."),
        )
        self.model.loaded.connect(lambda _loaded, _total: self._show_totals())
        # A payment declaration approved meanwhile (the outbox) adds details: show the same criteria again.
        ctx.signals.documents_changed.connect(self.refresh)
        self.search()

    def _columns(self) -> list[Column[PaymentDetail]]:
        amount = _amount
        return [
            Column(self.tr("Period"), lambda d: str(d.period), lambda d: d.period),
            Column(self.tr("For month"), lambda d: str(d.for_period), lambda d: d.for_period),
            Column(self.tr("ID number"), lambda d: d.id_number, kind=ColumnKind.IDENTIFIER),
            Column(self.tr("Name"), lambda d: d.name),
            Column(self.tr("Insurance type"), lambda d: insurance_name(d.insurance)),
            amount(self.tr("Base"), lambda d: d.base),
            amount(self.tr("Employee share"), lambda d: d.employee_amount),
            amount(self.tr("Employer share"), lambda d: d.employer_amount),
            amount(self.tr("Total"), lambda d: d.total),
            Column(self.tr("Serial number"), lambda d: d.serial_number, kind=ColumnKind.IDENTIFIER),
        ]

    def _build(self) -> None:
        # Made in the order Tab follows: the criteria, the table, the statements and Export.
        criteria = self._criteria_row()
        self.table = table_view(self.model, "paymentsTable", self)
        size_columns(self.table, _SAMPLES)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.totals_box = QGroupBox(self.tr("Totals of every matching line"), self)
        self.totals_grid = QGridLayout(self.totals_box)
        self.total_labels: dict[str, QLabel] = {}
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")

        layout = QVBoxLayout(self)
        layout.addLayout(criteria)
        layout.addWidget(self.criteria_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_box)
        layout.addWidget(self.status_label)
        layout.addLayout(self._buttons())
        self._show_totals()

    def _criteria_row(self) -> QHBoxLayout:
        self.period_from_edit, self.period_to_edit = period_range_edits(self, self.search)
        self.person_edit, self.search_button = person_search(self, self.search, width=220)
        self.criteria_error = criteria_error_label(self)
        criteria = QHBoxLayout()
        criteria.addWidget(QLabel(self.tr("Period"), self))
        criteria.addWidget(self.period_from_edit)
        criteria.addWidget(QLabel(self.tr("to"), self))
        criteria.addWidget(self.period_to_edit)
        criteria.addSpacing(12)
        criteria.addWidget(QLabel(self.tr("Person"), self))
        criteria.addWidget(self.person_edit)
        criteria.addWidget(self.search_button)
        criteria.addStretch(1)
        return criteria

    def _buttons(self) -> QHBoxLayout:
        """Statements for a period (ID numbers masked unless asked for in full), and Export."""
        self.statement_period_edit = QLineEdit(str(self._ctx.current_period()), self)
        self.statement_period_edit.setMaximumWidth(120)
        self.statements_button = QPushButton(self.tr("Monthly statements…"), self)
        self.statements_button.setObjectName("statementsButton")
        self.statements_button.clicked.connect(self._ask_statements_folder)
        # Statements go to each employee on paper: the ID number masked unless asked for in full.
        self.full_id_check = QCheckBox(self.tr("Full ID numbers"), self)
        self.full_id_check.setObjectName("fullIdCheck")
        self.full_id_check.setToolTip(
            self.tr(
                "Off: statements print ID numbers as 4403**********0000, so a lost sheet does not give them away."
            )
        )
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._ask_export_path)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Statements for"), self))
        buttons.addWidget(self.statement_period_edit)
        buttons.addWidget(self.statements_button)
        buttons.addWidget(self.full_id_check)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        return buttons

    # --- searching ------------------------------------------------------------------------------------
    def search(self) -> None:
        periods = read_period_range(self.period_from_edit, self.period_to_edit, self.criteria_error)
        if periods is None:
            return
        self._details = self._ctx.statements.details(*periods, self.person_edit.text().strip() or None)
        self.status_label.setText(self.tr("Loading…"))
        self.refresh()

    def refresh(self) -> None:
        """The same criteria again, from the first page, totals afresh."""
        self._details = self._ctx.statements.details(*self._details.criteria)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.load(self._details.page)

    def totals(self) -> tuple[dict[InsuranceType, ShareTotals], ShareTotals | None]:
        return self._details.totals()

    def _show_totals(self) -> None:
        by_insurance, overall = self.totals()
        self.total_labels = fill_payment_totals(self.totals_grid, self.totals_box, by_insurance, overall)

    # --- statements -----------------------------------------------------------------------------------
    def _ask_statements_folder(self) -> None:
        folder = ask_folder(self, self.tr("Folder for the monthly statements"))
        if folder is not None:
            self.write_statements(folder)

    def write_statements(self, folder: Path) -> Task | None:
        """The period's statements as PDF (one page per employee) and CSV in `folder`, from the agency's
        details, named in the user's language (社会保险缴费明细告知单-<period>)."""
        text = self.statement_period_edit.text().strip()
        try:
            period = Period.parse(text)
        except ValueError:
            self._warn(unreadable_period_text(text))
            return None
        unit = self._ctx.unit
        if unit is None:
            return None
        statements, full = self._ctx.statements, self.full_id_check.isChecked()

        def work(control: TaskControl) -> StatementFiles | WriteError:
            try:
                return statements.write(
                    unit, period, folder, full_id_numbers=full, tr=TRANSLATE, progress=control.advance
                )
            except WriteError as error:  # the user's to fix (another folder), not a failure
                return error

        task = Task(work, "writing statements").owned_by(self)
        show_progress(task, self.tr("Writing the monthly statements…"), self)
        task.finished.connect(lambda written: self._statements_written(written, period))
        task.failed.connect(self._warn)
        self.statements_button.setEnabled(False)
        task.ended.connect(lambda: self.statements_button.setEnabled(True))
        self._task = task
        return task.start()

    def _statements_written(self, written: StatementFiles | WriteError, period: Period) -> None:
        if isinstance(written, WriteError):
            self._warn(write_error_text(written))
        elif written.people == 0:
            self._warn(
                self.tr("No approved payment declaration covers %1, so there are no statements.").replace(
                    "%1", str(period)
                )
            )
        else:
            text = self.tr("Statements for %1 people of %2 saved to %3 and %4.")
            for key, value in (
                ("%1", written.people),
                ("%2", period),
                ("%3", written.pdf),
                ("%4", written.csv),
            ):
                text = text.replace(key, str(value))
            self.status_label.setText(text)

    # --- export ---------------------------------------------------------------------------------------
    def _ask_export_path(self) -> None:
        path = ask_export_path(self, self.tr("Export the payment details"), self.tr("payment-details"))
        if path:
            self.export_to(path)

    def export_to(self, path: Path) -> Task:
        """Every matching detail as the table shows it, then, when a policy table sets a fixed monthly
        charge (大额医疗), each line's fixed part as the statements' spreadsheet splits it out."""
        details = self._ctx.statements.details(*self._details.criteria)

        def fixed_columns() -> list[Column[PaymentDetail]]:
            fixed = details.fixed_charge_parts(TRANSLATE)

            def part(share: int) -> Callable[[PaymentDetail], Decimal]:
                return lambda detail: fixed.parts(detail)[share]

            return [_amount(title, part(share)) for share, title in enumerate(fixed.headers)]

        task = export_pages(
            self,
            details.page,
            self.model.columns(),
            path,
            title=self.windowTitle(),
            more_columns=fixed_columns,
        )
        done = self.tr("%1 lines exported to %2.")
        return report_export(task, path, self.status_label, done, self._warn, id_numbers=True)

    def _warn(self, message: str) -> None:
        self.status_label.setText(message)
        self.message_box = open_warning(self, message)
