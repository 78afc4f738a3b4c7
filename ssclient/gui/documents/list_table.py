"""The table of a My documents list: one row per document (type, period, people, status, problems, serial
number, last change, note: an imported draft's file and its place), and what the findings pane says of the
selected documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from ssclient.app.documents import DocumentSummary
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.documents.texts import document_name, document_note, document_title, status_name
from ssclient.gui.records.views import size_columns

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
_NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # the name that tells it from its neighbours (findings, messages)
NOTE_COLUMN = 7
# The texts keep the translation context "DocumentList": they were the list's own.


def list_title(statuses: Sequence[DeclarationStatus]) -> str:
    if DeclarationStatus.DRAFT in statuses:
        return QCoreApplication.translate("DocumentList", "Draft box")
    if DeclarationStatus.REJECTED in statuses:
        return QCoreApplication.translate("DocumentList", "Rejected")
    if DeclarationStatus.APPROVED in statuses:
        return QCoreApplication.translate("DocumentList", "Approved")
    return QCoreApplication.translate("DocumentList", "Submitted")


class DocumentsModel(QStandardItemModel):
    """The documents of one list, as the store listed them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("DocumentList", "Document"),
                QCoreApplication.translate("DocumentList", "Period"),
                QCoreApplication.translate("DocumentList", "People"),
                QCoreApplication.translate("DocumentList", "Status"),
                QCoreApplication.translate("DocumentList", "Problems"),
                QCoreApplication.translate("DocumentList", "Serial number"),
                QCoreApplication.translate("DocumentList", "Last changed"),
                QCoreApplication.translate("DocumentList", "Note"),
            ]
        )

    def fill(
        self, summaries: Sequence[DocumentSummary], zone: tzinfo | None, head_count: Callable[[int], str]
    ) -> None:
        """The rows; `head_count(n)` says "n person(s)" in the user's language."""
        self.removeRows(0, self.rowCount())
        for summary in summaries:
            people = head_count(summary.line_count)
            if summary.names:
                people += ": " + "、".join(summary.names)
                if summary.line_count > len(summary.names):
                    people += "…"
            cells = [
                QStandardItem(document_title(summary.type)),
                QStandardItem(str(summary.period)),
                QStandardItem(people),
                QStandardItem(status_name(summary.status)),
                QStandardItem(f"{summary.error_count:,}" if summary.error_count else ""),
                QStandardItem(summary.serial_number or ""),
                QStandardItem(summary.updated_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")),
                # The file an import read, and which of its drafts this is ("staff.xlsx 3/46"); the record a
                # revision replaces.
                QStandardItem(document_note(summary)),
            ]
            cells[0].setData(summary.id, _ID_ROLE)
            cells[0].setData(summary.status.value, _STATUS_ROLE)
            cells[0].setData(document_name(summary, zone), _NAME_ROLE)
            self.appendRow(cells)

    def ids(self) -> list[int]:
        return [self.id_at(row) for row in range(self.rowCount())]

    def id_at(self, row: int) -> int:
        return int(self.item(row, 0).data(_ID_ROLE))

    def status_of(self, declaration_id: int) -> DeclarationStatus:
        return DeclarationStatus(self.item(self.ids().index(declaration_id), 0).data(_STATUS_ROLE))

    def name_of(self, declaration_id: int) -> str:
        return str(self.item(self.ids().index(declaration_id), 0).data(_NAME_ROLE))


# Text as wide as the widest each fixed column shows: a serial number, a minute, a period, a count.
def size_list_columns(table: QTableView, statuses: Sequence[DeclarationStatus]) -> None:
    """Every column but the people's as wide as the widest text it can hold, whatever the rows present:
    sized to the rows, a list emptied by declaring its last document squeezed its columns to their titles,
    and the status was cut to "Che…" once a document became Checked. The people take the rest."""
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Interactive)
    titles = [document_title(kind) for kind in DeclarationType]
    statuses_shown = [status_name(status) for status in statuses]
    samples = [
        max(titles, key=metrics.horizontalAdvance),
        "2026-12",
        "",  # the people: stretched
        max(statuses_shown, key=metrics.horizontalAdvance),
        "9,999",
        "SB2026120500000000",
        "2026-12-05 22:54",
    ]
    size_columns(table, samples)


def fit_notes(table: QTableView) -> None:
    """The notes whole, however long the file's name: "3/46" at the end is what tells the drafts apart."""
    table.resizeColumnToContents(NOTE_COLUMN)


def selection_caption(
    statuses: set[DeclarationStatus], has_findings: bool, editable: bool, count: int = 1
) -> str:
    """What the findings pane says above the `count` selected documents' findings. A clean Check stores no
    findings: the status, not their absence, tells checked from not checked."""
    if not statuses:
        return QCoreApplication.translate(
            "DocumentList", "Select a document to see the problems found in it."
        )
    if has_findings:
        return ""
    if DeclarationStatus.DRAFT in statuses and editable and count > 1:
        return QCoreApplication.translate(
            "DocumentList", "Not checked yet: press Check to run every rule on them."
        )
    if DeclarationStatus.DRAFT in statuses and editable:
        return QCoreApplication.translate(
            "DocumentList", "Not checked yet: press Check to run every rule on it."
        )
    if statuses == {DeclarationStatus.CHECKED}:
        return QCoreApplication.translate("DocumentList", "Checked: no problems found.")
    return QCoreApplication.translate("DocumentList", "No problems found.")


def select_documents(table: QTableView, model: DocumentsModel, declaration_ids: Sequence[int]) -> None:
    """Select the rows of those documents, and only those."""
    table.clearSelection()
    selection = table.selectionModel()
    for row, declaration_id in enumerate(model.ids()):
        if declaration_id in declaration_ids:
            selection.select(
                model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            )
