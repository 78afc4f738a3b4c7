"""A list of findings (from Check or from the agency's review); a double-click goes to the field."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding, field_name

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
        "effective_period": QCoreApplication.translate("FindingsPanel", "Effective from"),
        # Payment lines.
        "payments": QCoreApplication.translate("FindingsPanel", "Payment lines"),
        "insurance": QCoreApplication.translate("FindingsPanel", "Insurance type"),
        "base": QCoreApplication.translate("FindingsPanel", "Contribution base"),
        "employer_amount": QCoreApplication.translate("FindingsPanel", "Employer share"),
        "employee_amount": QCoreApplication.translate("FindingsPanel", "Employee share"),
    }
    return labels.get(name, name)


def line_position(path: str) -> int | None:
    """The line (from 0) a finding's path names, of people or of payments: ``lines[3].name`` and
    ``payments[3].base`` → 3; None for a path on the whole document."""
    for prefix in ("lines[", "payments["):
        if path.startswith(prefix):
            end = path.find("]")
            number = path[len(prefix) : end]
            return int(number) if number.isdigit() else None
    return None


def person_on_line(declaration: Declaration | None, path: str) -> str:
    """The name on the line a finding names ("" when it names none, or the document is not at hand)."""
    index = line_position(path)
    if declaration is None or index is None:
        return ""
    rows: Sequence[DeclarationLine | PaymentLine] = (
        declaration.payments if path.startswith("payments[") else declaration.lines
    )
    return rows[index].name.strip() if index < len(rows) else ""


def line_number_text(declaration: Declaration | None, path: str) -> str:
    """The line's number in the document, and for an imported line the spreadsheet row it came from (the
    row the import report named): "3 (sheet row 5)"; "" when the finding names no line."""
    index = line_position(path)
    if index is None:
        return ""
    text = str(index + 1)
    lines = declaration.lines if declaration is not None and not path.startswith("payments[") else []
    row = lines[index].source_row if index < len(lines) else None
    if row is not None:
        text += QCoreApplication.translate("FindingsPanel", " (sheet row %1)").replace("%1", str(row))
    return text


def finding_place(item: Finding, declaration: Declaration | None = None) -> str:
    """Where a finding is, in words: "Line 3 (张三), Insurance type"; "" for the document as a whole."""
    where = field_label(field_name(item.field)) if item.field else ""
    index = line_position(item.field)
    if index is None:
        return where
    person = person_on_line(declaration, item.field)
    if person:
        line = QCoreApplication.translate("FindingsPanel", "Line %1 (%2)").replace("%2", person)
    else:
        line = QCoreApplication.translate("FindingsPanel", "Line %1")
    line = line.replace("%1", line_number_text(declaration, item.field))
    return QCoreApplication.translate("FindingsPanel", "%1, %2").replace("%1", line).replace("%2", where)


def finding_lines(
    findings: Iterable[Finding], declaration: Declaration | None, render: Callable[[Finding], str]
) -> list[str]:
    """One "• place: problem" line per finding, each said once (the agency may name a problem twice)."""
    out = []
    for item in findings:
        place = finding_place(item, declaration)
        out.append(f"• {place}: {render(item)}" if place else f"• {render(item)}")
    return list(dict.fromkeys(out))


class FindingsPanel(QWidget):
    """Findings grouped by nothing, in document order: severity, document, line, field, message.

    `activated(declaration_id, field_path)` fires on a double-click (or Enter) on a finding.
    """

    activated = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = QLabel(self)
        self._caption.setWordWrap(True)
        self._model = QStandardItemModel(0, 6, self)
        self._model.setHorizontalHeaderLabels(
            [
                self.tr("Severity"),
                self.tr("Document"),
                self.tr("Line"),
                self.tr("Person"),
                self.tr("Field"),
                self.tr("Problem"),
            ]
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
        for column in range(5):
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

    def caption_text(self) -> str:
        """What the panel says above the list (empty when the findings speak for themselves)."""
        return self._caption.text()

    def show_findings(
        self,
        findings: Iterable[tuple[int, str, Finding]],
        render: Callable[[Finding], str],
        caption: str = "",
        declarations: Mapping[int, Declaration] | None = None,
    ) -> None:
        """Show (declaration id, document title, finding) triples; `caption` says what they come from;
        `declarations` (by id), when given, name the person on each line."""
        self._model.removeRows(0, self._model.rowCount())
        count = 0
        severity_names = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        for declaration_id, title, item in findings:
            declaration = (declarations or {}).get(declaration_id)
            line_text = line_number_text(declaration, item.field)
            person = person_on_line(declaration, item.field)
            cells = [
                QStandardItem(severity_names[item.severity]),
                QStandardItem(title),
                QStandardItem(line_text),
                QStandardItem(person),
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
