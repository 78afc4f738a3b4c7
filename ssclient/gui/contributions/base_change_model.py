"""The people on a contribution-base document as a table: ID number, name, current base (the roster's),
new base and the month it takes effect (both typed in the table), and each line's problems."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.findings import Finding, field_name, line_index
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import format_amount_text, format_money
from ssclient.domain.roster import RosterEntry
from ssclient.gui.documents.texts import render_finding
from ssclient.gui.table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
_ERROR_BRUSH = QBrush(QColor("#fff1f0"))
# Columns: the fields their findings belong to, and which the user may type in.
COLUMN_FIELDS = ("id_number", "name", "", "wage_base", "effective_period", "")
CURRENT_BASE_COLUMN, PROBLEMS_COLUMN = 2, 5  # the roster's base now, and the rulebook's findings
_EDITABLE_COLUMNS = (3, 4)
# Current base and new base: right-aligned like every amount.
_AMOUNT_COLUMNS = (2, 3)


class BaseChangeLinesModel(TitledTableModel):
    """The people on the document; New base and Effective from can be typed in the table."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[DeclarationLine] = []
        self.roster: Mapping[str, RosterEntry] = {}
        self.findings: list[Finding] = []
        self.read_only = False
        self._headers = [
            self.tr("ID number"),
            self.tr("Name"),
            self.tr("Current base"),
            self.tr("New base"),
            self.tr("Effective from"),
            self.tr("Problems"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in _EDITABLE_COLUMNS and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        line = self.lines[row]
        problems = self.line_findings(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            entry = self.roster.get(normalize_id_number(line.id_number))
            cells = (
                line.id_number,
                line.name,
                format_money(entry.base) if entry is not None else "",
                # Shown as money beside the current base; edited as typed.
                format_amount_text(line.wage_base) if role == Qt.ItemDataRole.DisplayRole else line.wage_base,
                line.effective_period,
                "; ".join(render_finding(f) for f in problems),
            )
            return cells[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _AMOUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and any(
            f.is_error and field_name(f.field) == COLUMN_FIELDS[column] for f in problems
        ):
            return _ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and problems:
            return "\n".join(render_finding(f) for f in problems)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in _EDITABLE_COLUMNS or self.read_only:
            return False
        line = self.lines[index.row()]
        text = str(value).strip()
        if index.column() == 3:
            line.wage_base = text
        else:
            line.effective_period = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def line_findings(self, row: int) -> list[Finding]:
        return [f for f in self.findings if line_index(f.field) == row]

    def set_lines(self, lines: list[DeclarationLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def add(self, line: DeclarationLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(self._headers) - 1))
