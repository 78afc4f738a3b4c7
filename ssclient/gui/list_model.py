"""A read-only table over a list held in memory (the reconciliation's differences, a refused file's
problems, a Check's findings): columns as (header, text of a row, value exported), rows replaced all at
once. A cell's text is made when the view asks for it, so a list of 100,000 rows shows as fast as one of
ten."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ssclient.app.exports import CellValue, ColumnKind

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListColumn(Generic[T]):
    title: str
    text: Callable[[T], str]
    value: Callable[[T], CellValue] | None = None  # what an export writes; the text when None
    numeric: bool = False
    kind: ColumnKind = ColumnKind.VALUE
    tooltip: Callable[[T], str] | None = None
    colour: Callable[[T], QColor] | None = None  # the text's colour (a severity's), the view's when None

    def cell(self, row: T) -> CellValue:
        return self.value(row) if self.value is not None else self.text(row)


class ListTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[ListColumn[T]], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.columns = list(columns)
        self.items: list[T] = []

    def set_items(self, items: Iterable[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self.items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def export_rows(self) -> list[list[CellValue]]:
        return [[column.cell(row) for column in self.columns] for row in self.items]
