"""The check report as a sortable table: spreadsheet row, column, severity, message in the UI language.

A QStandardItemModel filled once per report, not a Python table model: the view then paints and sizes
itself without calling into Python. While the import's worker thread runs Python, every call from the
GUI thread into Python waits for the interpreter lock (up to the switch interval, 5 ms, each), so a
Python model repainting a few hundred cells froze the window for half a second.

The cells are made by `report_cells` on the worker that read the file (items are plain data, not
QObjects, and translation is thread-safe): a file with an error on each of 10,000 rows has tens of
thousands of cells, and making them on the GUI thread froze the window for a second. The window then
only inserts them, `set_report(report, cells)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ssclient.domain.enums import Severity
from ssclient.io.messages import REPORT_CONTEXT, REPORT_TEXTS, render_finding
from ssclient.io.sheet_check import RowFinding, SheetReport

ROW, COLUMN, SEVERITY, MESSAGE = range(4)
# Errors first when sorted by severity (then by row).
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_COLOURS = {Severity.ERROR: "#c0392b", Severity.WARNING: "#b9770e", Severity.INFO: "#555555"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _report_word(key: str) -> str:
    """A word of the check report's catalogue, the one `ssclient check` and the exported report use."""
    return QCoreApplication.translate(REPORT_CONTEXT, REPORT_TEXTS[key])


def severity_word(severity: Severity) -> str:
    word = _report_word(str(severity))
    return word[:1].upper() + word[1:]  # "Error" in English; Chinese has no case


class ReportModel(QStandardItemModel):
    """One row per finding, in the report's order (by spreadsheet row); `item(row)` is its finding."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [_report_word(key) for key in ("row", "column", "severity", "message")]
        )
        self._items: list[RowFinding] = []

    def set_report(self, report: SheetReport | None, cells: ReportCells | None = None) -> None:
        """Show a report, with its cells from `report_cells` (made here when not given)."""
        if cells is None:
            cells = report_cells(report)
        # Filled silently, then announced as one reset: cell by cell, the sorting proxy would re-sort on
        # every cell set (seconds for a long report).
        self.blockSignals(True)
        try:
            self._items = list(report.findings) if report is not None else []
            self.setRowCount(0)
            for row in cells:
                self.appendRow(row)
        finally:
            self.blockSignals(False)
        self.beginResetModel()
        self.endResetModel()

    def item_at(self, row: int) -> RowFinding:
        """The finding shown in source row `row`."""
        return self._items[row]


# One list of cells (row, column, severity, message) per finding, in the report's order.
ReportCells = list[list[QStandardItem]]


def report_cells(report: SheetReport | None) -> ReportCells:
    """The table's cells for a report, in the UI language; may run on a worker thread."""
    if report is None:
        return []
    words = {severity: severity_word(severity) for severity in Severity}
    brushes = {severity: QBrush(QColor(colour)) for severity, colour in _COLOURS.items()}
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    cells: ReportCells = []
    for item in report.findings:
        severity = item.finding.severity
        message = render_finding(item.finding, QCoreApplication.translate)
        row = QStandardItem(str(item.row))
        row.setData(item.row, SORT_ROLE)
        row.setTextAlignment(right)
        column = QStandardItem(item.column)
        column.setData(item.column, SORT_ROLE)
        level = QStandardItem(words[severity])
        level.setData(_RANK[severity] * 10_000_000 + item.row, SORT_ROLE)
        level.setForeground(brushes[severity])
        text = QStandardItem(message)
        text.setData(message, SORT_ROLE)
        text.setToolTip(message)
        for cell in (row, column, level, text):
            cell.setEditable(False)
        cells.append([row, column, level, text])
    return cells


def sorted_view_model(source: ReportModel) -> QSortFilterProxyModel:
    """The report sorted by any column on a header click (row numbers as numbers, errors first)."""
    proxy = QSortFilterProxyModel(source.parent())
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    return proxy
