"""Query → Audit trail: every submission, agency answer and revoke of the unit, with the exact bytes sent
and received, searchable, exportable as CSV, and its hash chain verifiable (app/audit.py does the work).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.audit import Audit, AuditEntry, ChainCheck, body_text
from ssclient.domain.clock import china_time
from ssclient.gui.context import AppContext
from ssclient.gui.file_dialogs import ask_save_path
from ssclient.gui.workers import start_call


def pretty(data: bytes) -> str:
    """JSON bodies indented for reading; anything else as text."""
    try:
        return json.dumps(json.loads(data), ensure_ascii=False, indent=2)
    except ValueError:
        return body_text(data)


class AuditWindow(QWidget):
    """A tab of the main window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AuditWindow")
        self.entries: list[AuditEntry] = []
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search: a serial number, a key, an ID number, an action…"))
        self.search.returnPressed.connect(self.refresh)
        search_button = QPushButton(self.tr("Search"), self)
        search_button.clicked.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("Verify the chain"), self)
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.table = QTableWidget(0, 6, self)
        headers = (
            self.tr("Time"),
            self.tr("Action"),
            self.tr("Reference"),
            self.tr("Request"),
            self.tr("Answer"),
        )
        self.table.setHorizontalHeaderLabels([*headers, self.tr("Operator")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out(search_button)
        self.refresh()

    def _lay_out(self, search_button: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(search_button)
        top.addStretch(0)
        top.addWidget(self.verify_button)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        self.status.setText(self.tr("Reading…"))
        task = start_call(self.ctx.audit.entries, self.ctx.unit_code, self.search.text())
        task.finished.connect(self._show)
        task.failed.connect(self.status.setText)

    def _show(self, entries: list[AuditEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                china_time(entry.record.at).strftime("%Y-%m-%d %H:%M:%S"),
                action_text(entry.record.action),
                entry.record.reference,
                f"{entry.record.method} {entry.record.path}",
                str(entry.record.status),
                entry.record.operator,
            )
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.status.setText(self.tr("Entries: %1").replace("%1", str(len(entries))))

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        entry = self.entries[rows[0].row()]
        self.details.setPlainText(
            self.tr("Sent:\n%1\n\nReceived (%2):\n%3\n\nHash: %4")
            .replace("%1", pretty(entry.record.request))
            .replace("%2", str(entry.record.status))
            .replace("%3", pretty(entry.record.response))
            .replace("%4", entry.entry_hash)
        )

    def verify(self) -> None:
        self.status.setText(self.tr("Verifying…"))
        task = start_call(self.ctx.audit.verify)
        task.finished.connect(self._verified)
        task.failed.connect(self.status.setText)

    def _verified(self, check: ChainCheck) -> None:
        if check.intact:
            text = self.tr("The chain is intact: %1 entries checked, none changed, removed or inserted.")
            self.status.setText(text.replace("%1", str(check.checked)))
        else:
            text = self.tr(
                "The chain is broken at entry %1: it was changed, or an entry before it was removed."
            )
            self.status.setText(text.replace("%1", str(check.first_broken)))

    def choose_export(self) -> None:
        stamp = china_time(self.ctx.clock.now()).strftime("%Y%m%d")
        name = self.tr("audit-%1.csv").replace("%1", stamp)
        path = ask_save_path(self, self.tr("Export CSV"), name, self.tr("CSV (*.csv)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, target: Path) -> None:
        task = start_call(Audit.write_csv, target, list(self.entries))
        task.finished.connect(
            lambda path: self.status.setText(self.tr("Exported to %1.").replace("%1", str(path)))
        )
        task.failed.connect(self.status.setText)


def action_text(action: str) -> str:
    texts = {
        "submit": QCoreApplication.translate("AuditWindow", "Submission"),
        "answer": QCoreApplication.translate("AuditWindow", "Answer asked again"),
        "revoke": QCoreApplication.translate("AuditWindow", "Revoke"),
    }
    return texts.get(action, action)
