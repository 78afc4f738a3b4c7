"""The check report as a sortable table: spreadsheet row, column, severity, message in the UI language."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ssclient.domain.enums import Severity
from ssclient.io.messages import REPORT_CONTEXT, REPORT_TEXTS, render_finding
from ssclient.io.sheet_check import RowFinding, SheetReport

ROW, COLUMN, SEVERITY, MESSAGE = range(4)
# Errors first when sorted by severity.
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_COLOURS = {
    Severity.ERROR: QColor("#c0392b"),
    Severity.WARNING: QColor("#b9770e"),
    Severity.INFO: QColor("#555"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _report_word(key: str) -> str:
    """A word of the check report's catalogue, the one `ssclient check` and the exported report use."""
    return QCoreApplication.translate(REPORT_CONTEXT, REPORT_TEXTS[key])


def severity_word(severity: Severity) -> str:
    word = _report_word(str(severity))
    return word[:1].upper() + word[1:]  # "Error" in English; Chinese has no case


class ReportModel(QAbstractTableModel):
    """One row per finding, in the report's order (by spreadsheet row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[RowFinding] = []
        self._messages: list[str] = []
        self._headers = [_report_word(key) for key in ("row", "column", "severity", "message")]

    def set_report(self, report: SheetReport | None) -> None:
        self.beginResetModel()
        self._items = list(report.findings) if report is not None else []
        # Rendered once: sorting by message and painting then cost nothing per call.
        self._messages = [render_finding(item.finding, QCoreApplication.translate) for item in self._items]
        self.endResetModel()

    def item(self, row: int) -> RowFinding:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        severity = item.finding.severity
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == SORT_ROLE:
            if column == ROW:
                return item.row
            if column == SEVERITY:
                return _RANK[severity] * 10_000_000 + item.row
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY:
            return QBrush(_COLOURS[severity])
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE:
            return self._messages[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, column: int) -> str:
        item = self._items[row]
        if column == ROW:
            return str(item.row)
        if column == COLUMN:
            return item.column
        if column == SEVERITY:
            return severity_word(item.finding.severity)
        return self._messages[row]


def sorted_view_model(source: ReportModel) -> QSortFilterProxyModel:
    """The report sorted by any column on a header click (row numbers as numbers, errors first)."""
    proxy = QSortFilterProxyModel(source.parent())
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    return proxy
