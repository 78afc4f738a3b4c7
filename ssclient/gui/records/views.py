"""Table views of the query windows: uniform rows (the view never measures 100,000 of them) and columns
as wide as their typical content."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def table_view(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """A read-only, row-selecting table on `model` with uniform row heights and no word wrap."""
    table = QTableView(parent)
    table.setObjectName(name)
    return configure_table(table, model)


def configure_table(table: QTableView, model: QAbstractItemModel) -> QTableView:
    """Set up a table (made here or loaded from a form) as `table_view` describes."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def size_columns(table: QTableView, samples: Sequence[str]) -> None:
    """Each column as wide as its header or its sample text, whichever is wider."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    model = table.model()
    for column, sample in enumerate(samples):
        title = str(model.headerData(column, header.orientation()) or "")
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 28
        header.resizeSection(column, width)
