"""Export a query's whole result (every page, not only the rows loaded in the view) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ssclient.app import exports
from ssclient.app.exports import WriteError
from ssclient.gui.file_dialogs import ask_save_path
from ssclient.gui.records.lazy_model import Column, PageSource
from ssclient.gui.records.texts import write_error_text
from ssclient.gui.workers import Task, TaskControl, show_progress, start_call

T = TypeVar("T")


def ask_export_path(parent: QWidget, caption: str, file_stem: str) -> Path | None:
    """Where to export a query table: an .xlsx (proposed) or .csv the user picks; None when cancelled."""
    return ask_save_path(
        parent,
        caption,
        file_stem + ".xlsx",
        QCoreApplication.translate("Records", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )


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


def open_question(window: QWidget, title: str, text: str, yes: Callable[[], object]) -> QMessageBox:
    """A Yes/No question over the window, No by default, opened without blocking; Yes calls `yes`. The
    caller keeps the box so a test can answer it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).clicked.connect(yes)
    box.open()
    return box


def report_export(
    task: Task,
    path: Path,
    status: QLabel,
    done_text: str,
    warn: Callable[[str], None],
    *,
    id_numbers: bool = False,
) -> Task:
    """Say in a query window's status line how an export goes: "Exporting…", then `done_text` (%1 the rows
    written, %2 the file), or, through `warn`, why the file could not be written or the rows not read.
    A CSV with `id_numbers` adds how they are written there."""
    status.setText(QCoreApplication.translate("Records", "Exporting…"))

    def finished(count: int | WriteError) -> None:
        if isinstance(count, WriteError):
            warn(write_error_text(count))
            return
        text = done_text.replace("%1", f"{count:,}").replace("%2", str(path))
        if id_numbers and path.suffix.lower() == ".csv":
            text += " " + csv_id_numbers_note()
        status.setText(text)

    task.owned_by(status)  # the window closed meanwhile: the file is written, nobody is left to tell
    task.finished.connect(finished)
    task.failed.connect(warn)  # e.g. the agency gone while pages were read: not left at "Exporting…"
    return task


def write_file(
    owner: QWidget,
    write: Callable[[Path], object],
    path: Path,
    status: QLabel,
    done_text: str,
    warn: Callable[[str], None],
) -> Task:
    """Write a file (a template) on a worker: then the status line says `done_text` (%1 the file), or
    `warn` says why it could not be written."""

    def work() -> WriteError | None:
        try:
            write(path)
        except WriteError as error:
            return error
        return None

    def finished(error: WriteError | None) -> None:
        if error is not None:
            warn(write_error_text(error))
        else:
            status.setText(done_text.replace("%1", str(path)))

    task = start_call(work).owned_by(owner)
    task.finished.connect(finished)
    task.failed.connect(warn)
    return task


def csv_id_numbers_note() -> str:
    """A CSV carries no cell types, so ID numbers are written as ="…" (ssclient.io.export says why): what
    a user sees of that outside Excel."""
    return QCoreApplication.translate(
        "Records",
        'ID and serial numbers are written as ="…" so that Excel, opening the file, keeps every digit; '
        "this program's import reads them back as they were.",
    )


def export_pages(
    parent: QWidget,
    source: PageSource[T],
    columns: Sequence[Column[T]],
    path: Path,
    *,
    title: str,
    page_size: int = 1000,
    more_columns: Callable[[], Sequence[Column[T]]] | None = None,
) -> Task:
    """Write every row of `source` as the columns show it; the task's result is the number of rows, or
    the WriteError that says why the file could not be written (a user's problem, not a failure).
    `more_columns`, called on the worker first, adds columns the export has beyond the view's.

    A progress dialog with Cancel follows the task; a cancelled export leaves no file behind.
    """

    def work(control: TaskControl) -> int | WriteError:
        written = [*columns, *(more_columns() if more_columns is not None else ())]
        try:
            return exports.export_pages(
                source,
                lambda row: [column.cell(row) for column in written],
                path,
                headers=[column.title for column in written],
                kinds=[column.kind for column in written],
                title=title,
                page_size=page_size,
                progress=control.advance,
                between_pages=control.check_cancelled,
            )
        except WriteError as error:
            return error

    task = Task(work, "exporting")
    show_progress(task, QCoreApplication.translate("Records", "Exporting…"), parent)
    return task.start()
