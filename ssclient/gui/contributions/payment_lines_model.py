"""The payment form's lines as a table model: 400,000 lines of a 100,000-person unit are never widgets,
and a cell's text is made only when the view shows it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from ssclient.app.documents_rules import month_of
from ssclient.domain.declaration import PaymentLine
from ssclient.domain.money import format_money
from ssclient.gui.records.texts import insurance_name
from ssclient.gui.table_model import Index, TitledTableModel, release_gradually


class PaymentLinesModel(TitledTableModel):
    """Payment lines as a table (a model: 40,000 lines for 10,000 people are never widgets)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[PaymentLine] = []
        self._headers = [
            self.tr("ID number"),
            self.tr("Name"),
            self.tr("Insurance type"),
            self.tr("For month"),
            self.tr("Base"),
            self.tr("Employee share"),
            self.tr("Employer share"),
            self.tr("Total"),
        ]

    def set_lines(self, lines: Sequence[PaymentLine]) -> None:
        self.beginResetModel()
        replaced, self._lines = self._lines, list(lines)
        self.endResetModel()
        release_gradually(replaced)  # a computation's 400,000 lines, freed at once, would stall the window

    def lines(self) -> list[PaymentLine]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell painted: only the asked column's text is made.
        if role == _DISPLAY:
            return _CELLS[index.column()](self._lines[index.row()])
        if role == _ALIGNMENT and index.column() >= _FIRST_AMOUNT:
            return _RIGHT
        return None


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FIRST_AMOUNT = 4
# Each column's text, in the order of the headers.
_CELLS: tuple[Callable[[PaymentLine], str], ...] = (
    lambda line: line.id_number,
    lambda line: line.name,
    lambda line: insurance_name(line.insurance),
    lambda line: str(month_of(line)),
    lambda line: format_money(line.base),
    lambda line: format_money(line.employee_amount),
    lambda line: format_money(line.employer_amount),
    lambda line: format_money(line.total),
)
