"""The import window's widgets, found in its form file (ui/import_dialog.ui) and set up; `ImportDialog`
adds what they do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from ssclient.gui.documents.texts import document_title
from ssclient.gui.forms import child, embed_form
from ssclient.gui.imports.kinds import IMPORT_KINDS
from ssclient.gui.imports.report_model import ROW, ReportModel

ERROR_STYLE = "color: #c0392b;"
DONE_STYLE = "color: #1e7e34; font-weight: bold;"


class ImportDialogWidgets(QDialog):
    """The import window's widgets: type and file, progress, report, and the buttons."""

    def _build_widgets(self) -> None:
        form = embed_form(self, "import_dialog")
        self.type_combo = child(form, QComboBox, "typeCombo")
        self.path_edit = child(form, QLineEdit, "pathEdit")
        self.browse_button = child(form, QPushButton, "browseButton")
        self.import_button = child(form, QPushButton, "importButton")
        self.progress_pane = child(form, QWidget, "progressPane")
        self.progress_label = child(form, QLabel, "progressLabel")
        self.progress_bar = child(form, QProgressBar, "progressBar")
        self.cancel_button = child(form, QPushButton, "cancelButton")
        self.message_label = child(form, QLabel, "messageLabel")
        self.summary_label = child(form, QLabel, "summaryLabel")
        self.report_view = child(form, QTableView, "reportView")
        self.import_all_button = child(form, QPushButton, "importAllButton")
        self.import_clean_button = child(form, QPushButton, "importCleanButton")
        self.reimport_button = child(form, QPushButton, "reimportButton")
        self.open_draft_button = child(form, QPushButton, "openDraftButton")
        self.export_button = child(form, QPushButton, "exportButton")
        self.close_button = child(form, QPushButton, "closeButton")

        for kind in IMPORT_KINDS:
            self.type_combo.addItem(document_title(kind), kind.value)
        self.model = ReportModel(parent=self)
        self.proxy = self.model.view
        self.report_view.setModel(self.proxy)
        self.report_view.sortByColumn(ROW, Qt.SortOrder.AscendingOrder)
        header = self.report_view.horizontalHeader()
        header.setResizeContentsPrecision(200)  # sized by the first rows: a long report stays quick
        header.setStretchLastSection(True)
        self.report_view.verticalHeader().hide()
        self.progress_pane.hide()
        self.message_label.hide()
        self.summary_label.hide()
