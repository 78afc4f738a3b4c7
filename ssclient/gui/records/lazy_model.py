"""A table model that loads its rows page by page, off the GUI thread, as the view scrolls.

Never all rows at once and never into widgets: the view asks `canFetchMore` / `fetchMore` when it nears
the end of what is loaded, and the next page comes from a background task. A history of 100,000 records
opens with its first page and scrolls smoothly.

Sorting by a column covers every matching row, not only the loaded ones, in one of two ways:

- a source that sorts itself (`load_ordered`, the agency's records query): sorting asks the source for the
  new order and starts again from its first page, so 100,000 rows sort as fast as they open. Only columns
  with an `order` name sort; asking for another one changes nothing and emits `sort_declined`;
- any other source (`load`): the rest is loaded first (in the background, page by page, the rows shown as
  they come), then sorted in memory. With more than `max_sort_rows` matching, sorting is refused
  (`sort_refused`) and the window asks for narrower criteria.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ssclient.app.exports import CellValue, ColumnKind
from ssclient.gui.workers import Task, TaskControl

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

# A page source: (offset, limit) → (rows, total number of matching rows). Runs on a worker thread.
PageSource = Callable[[int, int], tuple[Sequence[T], int]]
# A source that sorts itself: (a column's `order` name, or None for the source's own order; descending)
# → the pages in that order.
OrderedSource = Callable[[str | None, bool], PageSource[T]]

FIRST_PAGE = 100
NEXT_PAGE = 500
MAX_SORT_ROWS = 5000


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: its header, the text of a row's cell, and how it sorts: in memory by `sort_key` (by
    default by its text), or, for a source that sorts itself, by the `order` it knows (None: not at all).
    `value` is what an export writes (an amount as a number a spreadsheet can sum); by default the text.
    `kind` IDENTIFIER marks ID numbers and serial numbers, which an export keeps text in Excel."""

    title: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    numeric: bool = False
    order: str | None = None
    value: Callable[[T], CellValue] | None = None
    kind: ColumnKind = ColumnKind.VALUE

    def key(self, row: T) -> Any:
        return self.sort_key(row) if self.sort_key is not None else self.text(row)

    def cell(self, row: T) -> CellValue:
        return self.value(row) if self.value is not None else self.text(row)


class LazyTableModel(QAbstractTableModel, Generic[T]):
    """Rows of type T from a PageSource; columns say how to show them.

    Signals: `loaded(int, int)` after each page (rows loaded, total), `load_failed(str)` with a message
    for the user, `busy_changed(bool)` while a page is on its way.
    """

    loaded = Signal(int, int)
    load_failed = Signal(str)
    busy_changed = Signal(bool)
    # A sort asked for while more rows match than `max_sort_rows`: the number matching, nothing sorted.
    sort_refused = Signal(int)
    # A sort asked for by a column the ordered source cannot sort by: the column; the order stays.
    sort_declined = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        *,
        first_page: int = FIRST_PAGE,
        next_page: int = NEXT_PAGE,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.first_page = first_page
        self.next_page = next_page
        # Sorting loads every matching row first; beyond this many that takes too long to be useful.
        self.max_sort_rows = MAX_SORT_ROWS
        self._rows: list[T] = []
        self._total = 0
        self._source: PageSource[T] | None = None
        self._task: Task | None = None
        # Each reload starts a new generation; pages of an older one are dropped when they arrive.
        self._generation = 0
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # A source that sorts itself, and the order asked of it (None: its own).
        self._ordered: OrderedSource[T] | None = None
        self._source_order: tuple[int, Qt.SortOrder] | None = None

    # --- what is shown --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def row(self, index: int) -> T:
        return self._rows[index]

    def rows(self) -> list[T]:
        """The rows loaded so far, in the order shown."""
        return list(self._rows)

    @property
    def total(self) -> int:
        """How many rows match in all (known after the first page)."""
        return self._total

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def source(self) -> PageSource[T] | None:
        """Where the rows shown come from, in the order shown (an export reads every page of it)."""
        return self._source

    @property
    def source_order(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the ordered source was asked for; None: its own order."""
        return self._source_order

    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def replace_row(self, index: int, row: T) -> None:
        """Show a changed row (after a revoke) without reloading."""
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self._columns) - 1))

    # --- loading --------------------------------------------------------------------------------------
    def load(self, source: PageSource[T]) -> None:
        """Show the rows of `source` from the start (new criteria): the first page is fetched at once."""
        self._ordered = None
        self._source_order = None
        self._restart(source)

    def load_ordered(self, source: OrderedSource[T]) -> None:
        """Like `load`, for a source that sorts itself: the order asked for last is kept."""
        self._ordered = source
        self._sort = None
        self._restart(self._in_order(source))

    def _in_order(self, source: OrderedSource[T]) -> PageSource[T]:
        if self._source_order is None:
            return source(None, False)
        column, order = self._source_order
        return source(self._columns[column].order, order == Qt.SortOrder.DescendingOrder)

    def _restart(self, source: PageSource[T]) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._source = source
        self.endResetModel()
        self._cancel_task()
        self._fetch(self.first_page)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._source is None or self._task is not None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(self.next_page)

    def _fetch(self, limit: int) -> None:
        source = self._source
        if source is None:
            return
        offset = len(self._rows)
        generation = self._generation

        def work(control: TaskControl) -> tuple[Sequence[T], int]:
            control.check_cancelled()
            return source(offset, limit)

        task = Task(work, "loading records").owned_by(self)
        task.finished.connect(lambda page, g=generation: self._page_arrived(g, page))
        task.failed.connect(lambda message, g=generation: self._page_failed(g, message))
        task.ended.connect(lambda g=generation: self._task_ended(g))
        self._task = task
        self.busy_changed.emit(True)
        task.start()

    def _page_arrived(self, generation: int, page: tuple[Sequence[T], int]) -> None:
        if generation != self._generation:
            return
        rows, total = page
        self._total = total
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        else:
            # Fewer rows than announced (records went away meanwhile): stop asking.
            self._total = len(self._rows)
        self.loaded.emit(len(self._rows), self._total)

    def _page_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.load_failed.emit(message)

    def _task_ended(self, generation: int) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.busy_changed.emit(False)
        if self._sort is not None:
            if len(self._rows) < self._total and self._source is not None:
                self._fetch(self.next_page)  # a sort needs every row: keep loading
            else:
                self._apply_sort()

    def _cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.busy_changed.emit(False)

    # --- sorting --------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._ordered is not None:
            self._sort_at_source(self._ordered, column, order)
            return
        if not 0 <= column < len(self._columns):
            self._sort = None
            return
        if self._total > self.max_sort_rows and len(self._rows) < self._total:
            self._sort = None
            self.sort_refused.emit(self._total)
            return
        self._sort = (column, order)
        if len(self._rows) >= self._total:
            self._apply_sort()
        elif self._task is None:
            self._fetch(self.next_page)

    def _sort_at_source(self, source: OrderedSource[T], column: int, order: Qt.SortOrder) -> None:
        wanted = (column, order) if 0 <= column < len(self._columns) else None
        if wanted is not None and self._columns[column].order is None:
            self.sort_declined.emit(column)
            return
        if wanted == self._source_order:
            return  # the order shown (the view puts its indicator back, or asks again)
        self._source_order = wanted
        self._restart(self._in_order(source))

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        key = self._columns[column].key
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda row: _sortable(key(row)), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _sortable(value: Any) -> tuple[int, Any]:
    # None sorts first; numbers and text never meet in one column.
    if value is None:
        return (0, "")
    if isinstance(value, (int, float, Decimal)):
        return (1, value)
    return (2, value)
