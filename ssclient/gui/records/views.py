"""Table views of the query windows: uniform rows (the view never measures 100,000 of them) and columns
as wide as their typical content."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ssclient.app.statements import ShareTotals
from ssclient.domain.enums import InsuranceType
from ssclient.domain.money import format_money
from ssclient.gui.records.lazy_model import LazyTableModel
from ssclient.gui.records.texts import insurance_name, sort_refused_text


def table_view(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """A read-only, row-selecting table on `model` with uniform row heights and no word wrap."""
    table = QTableView(parent)
    table.setObjectName(name)
    return configure_table(table, model)


def configure_table(table: QTableView, model: QAbstractItemModel) -> QTableView:
    """Set up a table (made here or loaded from a form) as `table_view` describes."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def push_button(parent: QWidget, text: str, name: str, clicked: Callable[[], object]) -> QPushButton:
    """A button with an object name (tests and style sheets find it by that) that calls `clicked`."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(clicked)
    return button


def size_columns(table: QTableView, samples: Sequence[str]) -> None:
    """Each column as wide as its header or its sample text, whichever is wider."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    model = table.model()
    for column, sample in enumerate(samples):
        title = str(model.headerData(column, header.orientation()) or "")
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 28
        header.resizeSection(column, width)


def fill_payment_totals(
    grid: QGridLayout,
    box: QWidget,
    by_insurance: Mapping[InsuranceType, ShareTotals],
    overall: ShareTotals | None,
) -> dict[str, QLabel]:
    """A payment's totals (the payment form's, a record's, the payment details'): a row per insurance type,
    then all of them; labels by insurance type's value and "all"."""
    headers = [
        "",
        QCoreApplication.translate("PaymentTotals", "Employee share"),
        QCoreApplication.translate("PaymentTotals", "Employer share"),
        QCoreApplication.translate("PaymentTotals", "Total"),
    ]
    rows = [(kind.value, insurance_name(kind), sums) for kind, sums in by_insurance.items()]
    if overall is not None:
        rows.append(("all", QCoreApplication.translate("PaymentTotals", "All insurance types"), overall))
    return fill_totals_grid(grid, box, headers, rows)


def fill_totals_grid(
    grid: QGridLayout, box: QWidget, headers: Sequence[str], rows: Sequence[tuple[str, str, ShareTotals]]
) -> dict[str, QLabel]:
    """Lay out payment totals, replacing what the grid held: a header row (first cell blank), then per
    (key, name, totals) row the employee share, employer share and total, right-aligned. Returns the
    total labels by key, for tests and updates."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for column, text in enumerate(headers):
        header = QLabel(f"<b>{text}</b>", box)
        header.setAlignment(right)
        grid.addWidget(header, 0, column)
    totals: dict[str, QLabel] = {}
    for row, (key, name, sums) in enumerate(rows, 1):
        grid.addWidget(QLabel(name, box), row, 0)
        for column, amount in enumerate((sums.employee, sums.employer, sums.total), 1):
            label = QLabel(format_money(amount), box)
            label.setAlignment(right)
            grid.addWidget(label, row, column)
        totals[key] = label
    grid.setColumnStretch(4, 1)  # the figures stay together on the left
    for column in range(1, 4):
        grid.setColumnMinimumWidth(column, 130)
    return totals


def report_loading(
    model: LazyTableModel[Any], table: QTableView, label: QLabel, *, none: str, shown: str
) -> None:
    """Keep `label` telling how a lazily loaded table is doing: `none` when nothing matches, `shown`
    ("%1 of %2 … shown") as pages come, why a page failed, or why sorting was refused (the header's sort
    indicator put back, since no order was applied)."""

    def loaded(count: int, total: int) -> None:
        label.setText(none if total == 0 else shown.replace("%1", f"{count:,}").replace("%2", f"{total:,}"))

    def sort_refused(matching: int) -> None:
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        label.setText(sort_refused_text(matching, model.max_sort_rows))

    model.loaded.connect(loaded)
    model.sort_refused.connect(sort_refused)
    model.load_failed.connect(label.setText)
