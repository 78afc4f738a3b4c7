"""A list of findings (from Check or from the agency's review); a double-click goes to the field."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding, field_name, line_index

_SEVERITY_COLORS = {Severity.ERROR: "#c0392b", Severity.WARNING: "#b06000", Severity.INFO: "#555555"}
_DECLARATION_ROLE = Qt.ItemDataRole.UserRole + 1
_FIELD_ROLE = Qt.ItemDataRole.UserRole + 2


def field_label(name: str) -> str:
    """A field's name as the form labels it (``wage_base`` → "Declared wage base")."""
    labels = {
        "id_number": QCoreApplication.translate("FindingsPanel", "ID number"),
        "name": QCoreApplication.translate("FindingsPanel", "Name"),
        "hukou_type": QCoreApplication.translate("FindingsPanel", "Household registration"),
        "wage_base": QCoreApplication.translate("FindingsPanel", "Declared wage base"),
        "migrant_worker": QCoreApplication.translate("FindingsPanel", "Migrant worker"),
        "migrant_insurance": QCoreApplication.translate("FindingsPanel", "Migrant-worker insurance"),
        "province": QCoreApplication.translate("FindingsPanel", "Home province"),
        "city": QCoreApplication.translate("FindingsPanel", "Home city"),
        "county": QCoreApplication.translate("FindingsPanel", "Home county"),
        "reason": QCoreApplication.translate("FindingsPanel", "Reason"),
        "id_type": QCoreApplication.translate("FindingsPanel", "ID type"),
        "nationality": QCoreApplication.translate("FindingsPanel", "Nationality"),
        "womens_category": QCoreApplication.translate("FindingsPanel", "Women's retirement category"),
        "pension": QCoreApplication.translate("FindingsPanel", "Back payment: pension"),
        "medical": QCoreApplication.translate("FindingsPanel", "Back payment: medical"),
        "unemployment": QCoreApplication.translate("FindingsPanel", "Back payment: unemployment"),
        "period": QCoreApplication.translate("FindingsPanel", "Period"),
        "lines": QCoreApplication.translate("FindingsPanel", "People"),
    }
    return labels.get(name, name)


class FindingsPanel(QWidget):
    """Findings grouped by nothing, in document order: severity, document, line, field, message.

    `activated(declaration_id, field_path)` fires on a double-click (or Enter) on a finding.
    """

    activated = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = QLabel(self)
        self._caption.setWordWrap(True)
        self._model = QStandardItemModel(0, 5, self)
        self._model.setHorizontalHeaderLabels(
            [self.tr("Severity"), self.tr("Document"), self.tr("Line"), self.tr("Field"), self.tr("Problem")]
        )
        self.view = QTreeView(self)
        self.view.setModel(self._model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        header = self.view.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._caption)
        layout.addWidget(self.view)
        self.show_findings([], str)

    def row_count(self) -> int:
        return self._model.rowCount()

    def show_findings(
        self,
        findings: Iterable[tuple[int, str, Finding]],
        render: Callable[[Finding], str],
        caption: str = "",
    ) -> None:
        """Show (declaration id, document title, finding) triples; `caption` says what they come from."""
        self._model.removeRows(0, self._model.rowCount())
        count = 0
        severity_names = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        for declaration_id, title, item in findings:
            index = line_index(item.field)
            line_text = str(index + 1) if index is not None else ""
            cells = [
                QStandardItem(severity_names[item.severity]),
                QStandardItem(title),
                QStandardItem(line_text),
                QStandardItem(field_label(field_name(item.field))),
                QStandardItem(render(item)),
            ]
            cells[0].setForeground(QBrush(QColor(_SEVERITY_COLORS[item.severity])))
            for cell in cells:
                cell.setData(declaration_id, _DECLARATION_ROLE)
                cell.setData(item.field, _FIELD_ROLE)
                cell.setToolTip(render(item))
            self._model.appendRow(cells)
            count += 1
        self._caption.setText(caption or (self.tr("No problems found.") if count == 0 else ""))
        self._caption.setVisible(bool(self._caption.text()))

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        declaration_id = index.data(_DECLARATION_ROLE)
        field = index.data(_FIELD_ROLE)
        if isinstance(declaration_id, int):
            self.activated.emit(declaration_id, str(field or ""))
