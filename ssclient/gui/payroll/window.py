"""Query → Payroll reconciliation: choose the month's payroll, see where it differs from the approved
payment declaration and the roster, with totals, and export the differences.

The file is read and compared on a worker (app.payroll); the window shows the outcome: the differences
(double-click one to see the person), or the file's bad rows (row, column, what to do) when it was refused,
or that the month has no approved payment yet. The wage tolerance is a setting of the program's own, not a
policy figure; it is kept in the user's settings.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.exports import Table, WriteError, export_table
from ssclient.app.payroll import (
    DEFAULT_WAGE_TOLERANCE,
    DIFFERENCE_ORDER,
    TEMPLATE_FILE_NAME,
    Mismatch,
    NoApprovedPayment,
    PayrollProblem,
    PayrollReconciliation,
    ReadCancelled,
    Reconciliation,
    Refused,
)
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.file_dialogs import ask_open_path, ask_save_path
from ssclient.gui.list_model import ListTableModel
from ssclient.gui.payroll import payroll_title
from ssclient.gui.payroll.columns import difference_columns, problem_columns
from ssclient.gui.payroll.texts import difference_name, translate
from ssclient.gui.payroll.totals import fill_totals
from ssclient.gui.records.export_action import ask_export_path, open_warning, report_export, write_file
from ssclient.gui.records.views import push_button, size_columns, table_view
from ssclient.gui.workers import Task, TaskCancelled, TaskControl, show_progress, start_call, start_task

Outcome = Reconciliation | Refused | NoApprovedPayment
_SAMPLES = ("Withheld ≠ employee share", "9999", "11010519491231002X", "欧阳娜娜", "unemployment",
            "24,000.00", "24,000.00", "-1,000.00", "No")  # fmt: skip


class PayrollWindow(QWidget):
    person_requested = Signal(str)  # an ID number: show the person (the main window opens the roster)
    checked = Signal(object)  # the outcome shown: Reconciliation, Refused or NoApprovedPayment

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.result: Reconciliation | None = None
        self.message_box: QMessageBox | None = None
        self.setObjectName("PayrollWindow")
        self.setWindowTitle(payroll_title())
        self.model: ListTableModel[Mismatch] = ListTableModel(difference_columns(), self)
        self.problems: ListTableModel[PayrollProblem] = ListTableModel(problem_columns(), self)
        self._build()
        self.status_label.setText(
            self.tr("Choose the month's payroll (.xlsx or .csv) to compare it with the approved payment.")
        )

    # --- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.period_edit = QLineEdit(str(self._ctx.current_period()), self)
        self.period_edit.setObjectName("periodEdit")
        self.period_edit.setMaximumWidth(90)
        self.tolerance_spin = QDoubleSpinBox(self)
        self.tolerance_spin.setObjectName("toleranceSpin")
        self.tolerance_spin.setRange(0, 100)
        self.tolerance_spin.setDecimals(1)
        self.tolerance_spin.setSuffix(" %")
        self.tolerance_spin.setValue(float(self._saved_tolerance() * 100))
        self.tolerance_spin.setToolTip(
            self.tr(
                "How far a gross wage may be from the declared wage before it is listed. The policy sets no "
                "such figure: this is the program's own choice (20 % unless you change it)."
            )
        )
        self.tolerance_spin.valueChanged.connect(self._remember_tolerance)
        self.choose_button = push_button(self, self.tr("Choose payroll…"), "chooseButton", self._choose_file)
        self.template_button = push_button(
            self, self.tr("Save template…"), "templateButton", self._ask_template
        )
        criteria = QHBoxLayout()
        criteria.addWidget(QLabel(self.tr("Period"), self))
        criteria.addWidget(self.period_edit)
        criteria.addWidget(QLabel(self.tr("Wage tolerance (the program's choice)"), self))
        criteria.addWidget(self.tolerance_spin)
        criteria.addWidget(self.choose_button)
        criteria.addStretch(1)
        criteria.addWidget(self.template_button)

        self.table = table_view(self.model, "differencesTable", self)
        size_columns(self.table, _SAMPLES)
        self.table.doubleClicked.connect(self._open_person)
        self.problem_table = table_view(self.problems, "problemsTable", self)
        size_columns(self.problem_table, ("9999", "养老保险(个人)"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.problem_table)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.export_button = push_button(self, self.tr("Export…"), "exportButton", self._ask_export_path)
        self.export_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(criteria)
        layout.addWidget(self.status_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._totals_box())
        layout.addLayout(buttons)

    def _totals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Totals"), self)
        grid = QGridLayout(box)
        self.total_labels: dict[str, QLabel] = {}
        heads = (self.tr("People"), self.tr("Gross wages"), self.tr("Employee contributions"))
        for column, text in enumerate(heads, 1):
            grid.addWidget(QLabel(f"<b>{text}</b>", box), 0, column)
        rows = [("payroll", self.tr("Payroll")), ("declared", self.tr("Approved payment"))]
        for row, (key, text) in enumerate(rows, 1):
            grid.addWidget(QLabel(text, box), row, 0)
            for column, part in enumerate(("people", "wages", "withheld"), 1):
                self._total_label(grid, f"{key}.{part}", row, column)
        grid.addWidget(QLabel(self.tr("Withheld − employee share"), box), 3, 0)
        self._total_label(grid, "difference", 3, 3)
        kinds_heads = (self.tr("Differences"), self.tr("Count"), self.tr("Amount"))
        for column, text in enumerate(kinds_heads, 5):
            grid.addWidget(QLabel(f"<b>{text}</b>", box), 0, column)
        for row, kind in enumerate(DIFFERENCE_ORDER, 1):
            grid.addWidget(QLabel(difference_name(kind), box), row, 5)
            self._total_label(grid, f"{kind}.count", row, 6)
            self._total_label(grid, f"{kind}.amount", row, 7)
        grid.setHorizontalSpacing(16)
        grid.setColumnMinimumWidth(4, 24)
        grid.setColumnStretch(8, 1)
        return box

    def _total_label(self, grid: QGridLayout, key: str, row: int, column: int) -> None:
        label = QLabel("—", self)
        label.setObjectName(f"total:{key}")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_labels[key] = label
        grid.addWidget(label, row, column)

    # --- the tolerance (a setting) -------------------------------------------------------------------
    def _saved_tolerance(self) -> Decimal:
        try:
            percent = Decimal(self._ctx.settings.payroll_wage_tolerance)
        except InvalidOperation:
            return DEFAULT_WAGE_TOLERANCE
        return percent / 100 if 0 <= percent <= 100 else DEFAULT_WAGE_TOLERANCE

    def _remember_tolerance(self, percent: float) -> None:
        self._ctx.settings.payroll_wage_tolerance = f"{percent:.1f}"

    def tolerance(self) -> Decimal:
        """The wage tolerance as a fraction of the declared wage (0.2 for 20 %)."""
        return Decimal(f"{self.tolerance_spin.value():.1f}") / 100

    # --- checking a payroll --------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path = ask_open_path(self, self.tr("Choose the payroll"), self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path is not None:
            self.check_file(path)

    def check_file(self, path: Path) -> Task | None:
        """Read and compare the payroll in `path` on a worker; `checked` follows with the outcome."""
        try:
            period = Period.parse(self.period_edit.text().strip())
        except ValueError:
            self.status_label.setText(self.tr("Write the period as year-month, such as 2026-11."))
            return None
        payroll: PayrollReconciliation = self._ctx.payroll
        tolerance = self.tolerance()

        def work(control: TaskControl) -> Outcome:
            try:
                return payroll.check(
                    path, period, tolerance, progress=control.report, cancelled=lambda: control.cancelled
                )
            except ReadCancelled as stop:
                raise TaskCancelled from stop

        self.status_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.choose_button.setEnabled(False)
        task = start_task(work, "payroll reconciliation")
        task.finished.connect(self._show)
        task.failed.connect(self._warn)
        task.cancelled.connect(lambda: self.status_label.setText(self.tr("Cancelled; nothing was compared.")))
        task.ended.connect(lambda: self.choose_button.setEnabled(True))
        show_progress(task, self.tr("Reading the payroll…"), self)
        return task

    def _show(self, outcome: Outcome) -> None:
        if isinstance(outcome, Reconciliation):
            self._show_reconciliation(outcome)
        elif isinstance(outcome, Refused):
            self._show_refused(outcome)
        else:
            self._clear()
            text = self.tr("%1 has no approved payment declaration yet: declare the payment first.")
            self.status_label.setText(text.replace("%1", str(outcome.period)))
        self.checked.emit(outcome)

    def _clear(self) -> None:
        self.result = None
        self.model.set_items([])
        self.problems.set_items([])
        self.pages.setCurrentWidget(self.table)
        self.export_button.setEnabled(False)
        for label in self.total_labels.values():
            label.setText("—")

    def _show_refused(self, refused: Refused) -> None:
        self._clear()
        if refused.file is not None:
            self.status_label.setText(
                self.tr("Cannot use the file: %1").replace("%1", refused.reason(translate))
            )
            return
        self.problems.set_items(list(refused.problems))
        self.pages.setCurrentWidget(self.problem_table)
        text = self.tr("%1 was not compared: %2 problems in its rows. Correct them and choose it again.")
        self.status_label.setText(text.replace("%1", refused.name).replace("%2", str(len(refused.problems))))

    def _show_reconciliation(self, report: Reconciliation) -> None:
        self._clear()
        self.result = report
        self.model.set_items(list(report.findings))
        self.export_button.setEnabled(True)
        fill_totals(self.total_labels, report)
        if report.findings:
            text = self.tr("%1 differences with the approved payment %2 of %3.")
            text = text.replace("%1", str(len(report.findings)))
        else:
            text = self.tr("The payroll matches the approved payment %2 of %3.")
        serials = ", ".join(report.serial_numbers)
        self.status_label.setText(text.replace("%2", serials).replace("%3", str(report.period)))

    def _open_person(self, index: QModelIndex) -> None:
        if index.isValid():
            self.person_requested.emit(self.model.item(index.row()).id_number)

    # --- template and export -------------------------------------------------------------------------
    def _ask_template(self) -> None:
        path = ask_save_path(
            self, self.tr("Save the payroll template"), TEMPLATE_FILE_NAME, self.tr("Excel workbook (*.xlsx)")
        )
        if path is not None:
            self.save_template_to(path)

    def save_template_to(self, path: Path) -> Task:
        done = self.tr("The template was saved to %1.")
        return write_file(
            self, PayrollReconciliation.save_template, path, self.status_label, done, self._warn
        )

    def _ask_export_path(self) -> None:
        path = ask_export_path(self, self.tr("Export the differences"), self.tr("payroll-differences"))
        if path:
            self.export_to(path)

    def export_to(self, path: Path) -> Task:
        columns = self.model.columns
        table = Table(
            [c.title for c in columns], self.model.export_rows(), self.windowTitle(),
            self.model.rowCount(), [c.kind for c in columns],
        )  # fmt: skip
        task = start_call(_exported, table, path)
        done = self.tr("%1 differences exported to %2.")
        return report_export(task, path, self.status_label, done, self._warn, id_numbers=True)

    def _warn(self, message: str) -> None:
        self.status_label.setText(message)
        self.message_box = open_warning(self, message)


def _exported(table: Table, path: Path) -> int | WriteError:
    try:
        export_table(table, path)
    except WriteError as error:
        return error
    return table.row_count
