"""Export a query's whole result (every page, not only the rows loaded in the view) off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ssclient.gui.records.lazy_model import Column, PageSource
from ssclient.gui.workers import Task, TaskControl, show_progress
from ssclient.io.atomic import WriteError
from ssclient.io.export import CellValue, Table, export_table

T = TypeVar("T")


def ask_export_path(parent: QWidget, caption: str, file_stem: str) -> Path | None:
    """Where to export a query table: an .xlsx (proposed) or .csv the user picks; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        file_stem + ".xlsx",
        QCoreApplication.translate("Records", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    return Path(path) if path else None


def open_warning(window: QWidget, message: str, title: str = "") -> QMessageBox:
    """A warning (an export that could not be written or read) in a box over the window, opened without
    blocking; the caller keeps it so a test can read and close it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or window.windowTitle(),
        message,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.open()
    return box


def export_pages(
    parent: QWidget,
    source: PageSource[T],
    columns: Sequence[Column[T]],
    path: Path,
    *,
    title: str,
    page_size: int = 1000,
) -> Task:
    """Write every row of `source` as the columns show it; the task's result is the number of rows, or
    the WriteError that says why the file could not be written (a user's problem, not a failure).

    A progress dialog with Cancel follows the task; a cancelled export leaves no file behind.
    """

    def work(control: TaskControl) -> int | WriteError:
        first, total = source(0, page_size)

        def rows() -> Iterator[Sequence[CellValue]]:
            page: Sequence[T] = first
            offset = 0
            while page:
                for row in page:
                    yield [column.text(row) for column in columns]
                offset += len(page)
                if offset >= total:
                    return
                control.check_cancelled()
                page, _ = source(offset, page_size)

        def progress(done: int, count: int) -> None:
            control.check_cancelled()
            control.report(done, count)

        table = Table([column.title for column in columns], rows(), title=title, row_count=total)
        try:
            export_table(table, path, progress)
        except WriteError as error:
            return error
        return total

    task = Task(work, "exporting")
    show_progress(task, QCoreApplication.translate("Records", "Exporting…"), parent)
    return task.start()
