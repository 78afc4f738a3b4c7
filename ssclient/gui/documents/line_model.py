"""The lines of a personnel document as a table: who is on it, and how many errors and warnings each line
has."""

from __future__ import annotations

from operator import is_

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ssclient.app.documents_rules import LineCounts
from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import format_amount_text
from ssclient.gui.documents.texts import reason_text
from ssclient.gui.table_model import TitledTableModel

_Index = QModelIndex | QPersistentModelIndex
_ERROR_BRUSH = QBrush(QColor("#c0392b"))
_WARNING_BRUSH = QBrush(QColor("#b9770e"))  # the colour the line form gives a warning
_OK_BRUSH = QBrush(QColor("#2e7d32"))
_NONE = LineCounts(0, 0)
_FIELDS = ("id_number", "name", "hukou_type", "wage_base", "migrant_worker", "migrant_insurance", "reason")


def filled(line: DeclarationLine) -> bool:
    """Whether the user typed anything on the line (an empty line is not saved)."""
    return any(getattr(line, name).strip() for name in _FIELDS) or bool(line.backpay)


class LinesModel(TitledTableModel):
    """One row per person. Columns: number, ID number, name, wage base (or reason), problems."""

    def __init__(
        self, kind: DeclarationType, lines: list[DeclarationLine] | None = None, *, share: bool = False
    ) -> None:
        """`share`: keep the given line objects instead of copies (lines just read for this model, which
        nobody changes in place: the model replaces a changed line, never edits one) — a 100,000-line
        document opens without 100,000 copies."""
        super().__init__()
        self._kind = kind
        given = lines or []
        self._lines: list[DeclarationLine] = list(given) if share else [line.copy() for line in given]
        self._counts: list[LineCounts] = [_NONE] * len(self._lines)
        # Rows by normalized ID number, kept up to date, so that finding a line's duplicates while the
        # user types costs nothing in a document of thousands of people.
        self._rows_by_id: dict[str, list[int]] = {}
        self._reindex()
        # Numbers to the right: the line's number, and the wage (an interruption's reason is words).
        self._right_aligned = (0,) if kind is DeclarationType.INTERRUPTION else (0, 3)
        self._headers = (
            self.tr("#"),
            self.tr("ID number"),
            self.tr("Name"),
            self.tr("Reason") if kind is DeclarationType.INTERRUPTION else self.tr("Wage base"),
            self.tr("Problems"),
        )

    # --- the lines ------------------------------------------------------------------------------------

    def lines(self) -> list[DeclarationLine]:
        return [line.copy() for line in self._lines]

    def snapshot(self) -> list[DeclarationLine]:
        """The lines as they are now, for reading only (a worker counting problems): no copies."""
        return list(self._lines)

    def line(self, row: int) -> DeclarationLine:
        return self._lines[row].copy()

    def set_line(self, row: int, line: DeclarationLine) -> None:
        old, new = normalize_id_number(self._lines[row].id_number), normalize_id_number(line.id_number)
        if old != new:
            self._unindex(old, row)
            if new:
                self._rows_by_id.setdefault(new, []).append(row)
                self._rows_by_id[new].sort()
        self._lines[row] = line.copy()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def append_line(self, line: DeclarationLine) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line.copy())
        self._counts.append(_NONE)
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        del self._counts[row]
        self._reindex()
        self.endRemoveRows()
        # Line numbers below the removed one shift up.
        if self._lines:
            self.dataChanged.emit(self.index(row, 0), self.index(len(self._lines) - 1, 0))

    def set_counts_of(self, snapshot: list[DeclarationLine], counts: dict[int, LineCounts]) -> None:
        """Errors and warnings per line counted on `snapshot` (taken earlier), for the lines still as they
        were then: a line changed, added or moved since keeps the count it has (the editor counts an edited
        line as it is edited). A changed line is another object (set_line replaces it), so sameness is
        identity."""
        # Compared in C (map over operator.is_), and only the rows with problems looked up: a Python loop
        # over every row held the GUI thread 13 ms for 100,000 lines.
        same = list(map(is_, self._lines, snapshot))
        if all(same):
            self._counts[: len(same)] = [_NONE] * len(same)
        else:
            kept_counts = zip(same, self._counts[: len(same)], strict=True)
            self._counts[: len(same)] = [_NONE if kept else old for kept, old in kept_counts]
        for row, found in counts.items():
            if row < len(same) and same[row]:
                self._counts[row] = found
        if self._lines:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, last), self.index(len(self._lines) - 1, last))

    def set_counts(self, row: int, counts: LineCounts) -> None:
        if self._counts[row] != counts:
            self._counts[row] = counts
            cell = self.index(row, self.columnCount() - 1)
            self.dataChanged.emit(cell, cell)

    def rows_with_same_person(self, row: int) -> list[int]:
        """Every row (this one included) whose ID number is the same as this row's; [] when it has none."""
        number = normalize_id_number(self._lines[row].id_number)
        return list(self._rows_by_id.get(number, [])) if number else []

    def _reindex(self) -> None:
        self._rows_by_id = {}
        for index, line in enumerate(self._lines):
            number = normalize_id_number(line.id_number)
            if number:
                self._rows_by_id.setdefault(number, []).append(index)

    def _unindex(self, number: str, row: int) -> None:
        rows = self._rows_by_id.get(number)
        if rows is not None and row in rows:
            rows.remove(row)
            if not rows:
                del self._rows_by_id[number]

    def counts(self, row: int) -> LineCounts:
        return self._counts[row]

    def error_count(self, row: int) -> int:
        return self._counts[row].errors

    def warning_count(self, row: int) -> int:
        return self._counts[row].warnings

    # --- Qt model -------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        line = self._lines[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row + 1)
            if column == 1:
                return line.id_number
            if column == 2:
                return line.name
            if column == 3:
                if self._kind is DeclarationType.INTERRUPTION:
                    return reason_text(line.reason)
                return format_amount_text(line.wage_base)  # as money ("8,000.00"); the form shows it as typed
            return self._problems_text(self._counts[row]) if filled(line) else ""  # not saved: no verdict
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            counts = self._counts[row]
            return _ERROR_BRUSH if counts.errors else _WARNING_BRUSH if counts.warnings else _OK_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _problems_text(self, counts: LineCounts) -> str:
        """Errors first (they stop the declaration); else warnings, such as a wage above the ceiling that
        will be capped: the user should see those in the list too, not only on the line."""
        if counts.errors:
            return self.tr("%n problem(s)", "", counts.errors)
        if counts.warnings:
            return self.tr("%n warning(s)", "", counts.warnings)
        return self.tr("OK")
