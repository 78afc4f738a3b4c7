"""Table models whose columns are a fixed row of titles, as the document and contribution forms show."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

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


# Rows let go of per turn of the event loop: 5,000 payment lines take under a millisecond to free.
_RELEASE_SLICE = 5_000
_releasing: set[QTimer] = set()


def release_gradually(rows: list[Any]) -> None:
    """Let go of a model's old rows (the caller's last reference to them) a slice per turn of the event
    loop. Freed at once, a computation's 400,000 payment lines held the window for 50 ms; freed on a worker,
    they fought the GUI thread for the interpreter lock while the new rows were painted."""
    if not rows:
        return
    # Owned by the application: one still running when the program quits goes with it.
    timer = QTimer(QCoreApplication.instance())

    def release_a_slice() -> None:
        del rows[-_RELEASE_SLICE:]
        if not rows:
            timer.stop()
            timer.deleteLater()
            _releasing.discard(timer)

    timer.timeout.connect(release_a_slice)
    _releasing.add(timer)
    timer.start(0)
