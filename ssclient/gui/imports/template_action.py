""" "Save template…": write the .xlsx template of a declaration type where the user chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ssclient.app import imports
from ssclient.app.imports import WriteError, template_file_name
from ssclient.domain.enums import DeclarationType
from ssclient.gui.file_dialogs import ask_save_path
from ssclient.gui.records.texts import write_error_text


def write_template(kind: DeclarationType, path: Path) -> str | None:
    """Write the template; returns why it could not be written (in the UI language), or None."""
    try:
        imports.write_template(kind, path)
    except WriteError as error:
        return write_error_text(error)
    return None


def ask_and_save_template(kind: DeclarationType, parent: QWidget | None = None) -> Path | None:
    """Ask where to save the template of `kind`, write it, and say how it went; the path when written."""
    path = ask_save_path(
        parent,
        QCoreApplication.translate("ImportTemplate", "Save the template"),
        template_file_name(kind),
        QCoreApplication.translate("ImportTemplate", "Excel workbook (*.xlsx)"),
    )
    if path is None:
        return None
    return save_template_with_message(kind, path, parent)


def save_template_with_message(
    kind: DeclarationType, path: Path, parent: QWidget | None = None
) -> Path | None:
    """Write the template to `path`; a failure is shown in a message box saying what to do."""
    problem = write_template(kind, path)
    if problem is not None:
        title = QCoreApplication.translate("ImportTemplate", "The template was not saved")
        # None is allowed (no parent window); PySide6 6.8's stub says otherwise.
        QMessageBox.warning(parent, title, problem)  # type: ignore[arg-type]
        return None
    return path
