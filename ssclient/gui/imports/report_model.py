"""The check report as a sortable table: spreadsheet row, column, severity, message in the UI language.

A QStandardItemModel filled once per report, not a Python table model: the view then paints and sizes
itself without calling into Python. While the import's worker thread runs Python, every call from the
GUI thread into Python waits for the interpreter lock (up to the switch interval, 5 ms, each), so a
Python model repainting a few hundred cells froze the window for half a second.

A report's model is made whole on the worker that read the file (`ReportModel(report)`, then
`handed_to_gui`): a file with an error on each of 10,000 rows has 40,000 cells, and making or even just
inserting them on the GUI thread froze the window. So is its sorted view (`view`, sorted by `sort_view`
there, or not at all when the report's order is the view's), and so are the summary's counts. The
window then only points its view at the new model.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ssclient.app.imports import REPORT_CONTEXT, REPORT_TEXTS, RowFinding, SheetReport, render_finding
from ssclient.domain.enums import Severity

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
    """One row per finding, in the report's order (by spreadsheet row); `item_at(row)` is its finding.
    Made on any thread (see handed_to_gui)."""

    def __init__(self, report: SheetReport | None = None, parent: QObject | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [_report_word(key) for key in ("row", "column", "severity", "message")]
        )
        self._items: list[RowFinding] = list(report.findings) if report is not None else []
        # The report's summary, counted here rather than on the GUI thread.
        self.counts = Counter(item.finding.severity for item in self._items)
        self.rows_with_errors = len(report.rows_with_errors()) if report is not None else 0
        # The view's model: a child, so it moves with this model to the GUI thread and goes with it.
        self.view = sorted_view_model(self)
        self.sorted_as: tuple[int, Qt.SortOrder] | None = None  # how `sort_view` sorted the view
        # Cells are set through the model, not as QStandardItem objects: each of those keeps a Python
        # wrapper alive for as long as the model, and tens of thousands of them made every later garbage
        # collection walk them (hundreds of milliseconds with the interpreter lock held).
        self.setItemPrototype(_read_only_item())  # the model owns (and deletes) its prototype
        self.setRowCount(len(self._items))
        words = {severity: severity_word(severity) for severity in Severity}
        brushes = {severity: QBrush(QColor(colour)) for severity, colour in _COLOURS.items()}
        display, sort = Qt.ItemDataRole.DisplayRole, SORT_ROLE
        for position, item in enumerate(self._items):
            severity = item.finding.severity
            message = render_finding(item.finding, QCoreApplication.translate)
            self.setItemData(
                self.index(position, ROW),
                {display: str(item.row), sort: item.row, Qt.ItemDataRole.TextAlignmentRole: _RIGHT},
            )
            self.setItemData(self.index(position, COLUMN), {display: item.column, sort: item.column})
            self.setItemData(
                self.index(position, SEVERITY),
                {
                    display: words[severity],
                    sort: _RANK[severity] * 10_000_000 + item.row,
                    Qt.ItemDataRole.ForegroundRole: brushes[severity],
                },
            )
            self.setItemData(
                self.index(position, MESSAGE),
                {display: message, sort: message, Qt.ItemDataRole.ToolTipRole: message},
            )

    def item_at(self, row: int) -> RowFinding:
        """The finding shown in source row `row`."""
        return self._items[row]

    def sort_view(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the view as the window shows it (`sorted_as`). By row, as the window opens, the report's
        order is the view's already, so nothing is sorted: Qt's sort holds the interpreter lock, and the
        window's thread waited for it."""
        self.sorted_as = (column, order)
        in_order = all(first.row <= second.row for first, second in pairwise(self._items))
        if not (column == ROW and order == Qt.SortOrder.AscendingOrder and in_order):
            self.view.sort(column, order)

    def handed_to_gui(self) -> ReportModel:
        """Moved to the GUI thread, where its view lives (called on the thread that made it)."""
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        return self


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _read_only_item() -> QStandardItem:
    """What the model makes each cell from: a report is read, not edited."""
    item = QStandardItem()
    item.setEditable(False)
    return item


def sorted_view_model(source: ReportModel) -> QSortFilterProxyModel:
    """The report sorted by any column on a header click (row numbers as numbers, errors first)."""
    proxy = QSortFilterProxyModel(source)
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    return proxy
