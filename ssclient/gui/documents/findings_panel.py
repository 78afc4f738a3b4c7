"""A list of findings (from Check or from the agency's review); a double-click goes to the field."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding, field_name
from ssclient.gui.list_model import ListColumn, ListTableModel

_LINE_COLUMN = 2
_SEVERITY_COLORS = {Severity.ERROR: "#c0392b", Severity.WARNING: "#b06000", Severity.INFO: "#555555"}


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


# A finding as the panel lists it: (declaration id, document title, finding).
Shown = tuple[int, str, Finding]


class FindingsPanel(QWidget):
    """Findings grouped by nothing, in document order: severity, document, line, field, message.

    A table over the list, each cell's text made when the view paints it: a Check of a 90,000-line document
    the roster no longer fits finds a problem on every line, and making every cell first held the window
    for minutes.

    `activated(declaration_id, field_path)` fires on a double-click (or Enter) on a finding.
    """

    activated = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = QLabel(self)
        self._caption.setWordWrap(True)
        self._render: Callable[[Finding], str] = str
        self._declarations: Mapping[int, Declaration] = {}
        self._model: ListTableModel[Shown] = ListTableModel(self._columns(), self)
        # A table, not a tree: a tree lays out every row (two calls into the model for each), a table only
        # those in sight. One line a finding; the whole message is its tooltip.
        self.view = QTableView(self)
        self.view.setModel(self._model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list, as it left the tree, not cell by cell
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Columns fit the rows in sight (precision 0), not the next 1,000 too: each is a call into Python.
        # The line column is sized by show_findings.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(_LINE_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._caption)
        layout.addWidget(self.view)
        self.show_findings([], str)

    def _columns(self) -> list[ListColumn[Shown]]:
        severity_names = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        colours = {severity: QColor(colour) for severity, colour in _SEVERITY_COLORS.items()}

        def message(row: Shown) -> str:
            return self._render(row[2])

        def declaration(row: Shown) -> Declaration | None:
            return self._declarations.get(row[0])

        return [
            ListColumn(
                self.tr("Severity"),
                lambda row: severity_names[row[2].severity],
                tooltip=message,
                colour=lambda row: colours[row[2].severity],
            ),
            ListColumn(self.tr("Document"), lambda row: row[1], tooltip=message),
            ListColumn(
                self.tr("Line"), lambda row: line_number_text(declaration(row), row[2].field), tooltip=message
            ),
            ListColumn(
                self.tr("Person"), lambda row: person_on_line(declaration(row), row[2].field), tooltip=message
            ),
            ListColumn(self.tr("Field"), lambda row: field_label(field_name(row[2].field)), tooltip=message),
            ListColumn(self.tr("Problem"), message, tooltip=message),
        ]

    def row_count(self) -> int:
        return self._model.rowCount()

    def caption_text(self) -> str:
        """What the panel says above the list (empty when the findings speak for themselves)."""
        return self._caption.text()

    def show_findings(
        self,
        findings: Iterable[Shown],
        render: Callable[[Finding], str],
        caption: str = "",
        declarations: Mapping[int, Declaration] | None = None,
    ) -> None:
        """Show (declaration id, document title, finding) triples; `caption` says what they come from;
        `declarations` (by id), when given, name the person on each line."""
        self._render = render
        self._declarations = declarations or {}
        self._model.set_items(findings)  # copied once, by the model
        count = self._model.rowCount()
        self._fit_line_column(count)
        self._caption.setText(caption or (self.tr("No problems found.") if count == 0 else ""))
        self._caption.setVisible(bool(self._caption.text()))

    def _fit_line_column(self, count: int) -> None:
        """Line numbers grow down the list, so the last row's is the widest (the other columns fit the rows
        in sight, and line 90,709 would not fit a column sized at line 1)."""
        rows = {0, count - 1} if count else set()
        widths = [self.view.sizeHintForIndex(self._model.index(row, _LINE_COLUMN)).width() for row in rows]
        header = self.view.horizontalHeader()
        self.view.setColumnWidth(_LINE_COLUMN, max([header.sectionSizeHint(_LINE_COLUMN), *widths]))

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        declaration_id, _title, item = self._model.item(index.row())
        self.activated.emit(declaration_id, item.field)
