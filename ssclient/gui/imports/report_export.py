"""The import window's "Export the report…": the findings it shows, written to .xlsx or .csv (texts in the
window's translation context, ImportDialog)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ssclient.app.imports import REPORT_CONTEXT, REPORT_TEXTS, CheckedSheet, WriteError, export_report
from ssclient.gui.file_dialogs import ask_save_path
from ssclient.gui.imports.import_form import ERROR_STYLE
from ssclient.gui.records.texts import write_error_text


class ExportsReport:
    """Mixed into ImportDialog, which provides the sheet checked and where to say what happened."""

    if TYPE_CHECKING:
        _checked: CheckedSheet | None

        def _show_message(self, text: str, style: str = "") -> None: ...

    def export_report(self, path: Path) -> str | None:
        """Write the report (.xlsx or .csv by the name); returns why it could not be written, or None."""
        if self._checked is None:
            return None
        try:
            export_report(self._checked.report, path, QCoreApplication.translate)
        except WriteError as error:
            message = write_error_text(error)
            self._show_message(message, ERROR_STYLE)
            return message
        saved = QCoreApplication.translate("ImportDialog", "The report was saved to %1.")
        self._show_message(saved.replace("%1", str(path)))
        return None

    def _choose_export_path(self) -> None:
        if self._checked is None:
            return
        assert isinstance(self, QWidget)
        title = QCoreApplication.translate(REPORT_CONTEXT, REPORT_TEXTS["title"])
        suggested = self._checked.path.with_name(f"{self._checked.path.stem} - {title}.xlsx")
        ask = QCoreApplication.translate("ImportDialog", "Export the report")
        kind = QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx)")
        path = ask_save_path(self, ask, str(suggested), kind)
        if path is not None:
            self.export_report(path)
