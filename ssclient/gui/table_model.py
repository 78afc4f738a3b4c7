"""Table models whose columns are a fixed row of titles, as the document and contribution forms show."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TitledTableModel(QAbstractTableModel):
    """A table model with one column per title in `_headers`, which the subclass sets in its `__init__`
    (its own `tr`, so that each title keeps the subclass's translation context)."""

    _headers: Sequence[str]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
