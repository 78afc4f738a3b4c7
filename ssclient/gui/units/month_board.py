"""The month board: this period of every unit on this computer in one window, the one needing attention
first (app.month_board reads each unit's store on a worker). Double-click or Enter on a unit asks to open
it (`open_requested`); the shell fills the log-in window with it, or offers to switch units."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssclient.app.month import MonthSummary, PaymentState
from ssclient.app.month_board import Attention, BoardRow
from ssclient.gui.forms import DIALOG_MARGIN
from ssclient.gui.late_fees.texts import LateFeeTexts

if TYPE_CHECKING:
    from ssclient.app.month import WindowState
    from ssclient.gui.context import AppContext

_CODE_ROLE = Qt.ItemDataRole.UserRole
_NUMBERS = (2, 3, 4, 5)  # days left, drafts, waiting, rejected: centred under their headers
_LATE_FEE = 9  # after the last free day (8): the fee if paid today, right-aligned as money
_COLUMN_GAP = 18  # pixels
_SHADES = {
    Attention.REJECTED: "#fde7e7",
    Attention.TO_DO: "#fff6dc",
    Attention.UNREADABLE: "#eeeeee",
}


class MonthBoard(QWidget):
    open_requested = Signal(str)  # the unit code to open

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.rows: list[BoardRow] = []
        self.setObjectName("MonthBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Month board — every unit on this computer"))
        self.late_fee_texts = LateFeeTexts(self)
        self.heading = QLabel(self.tr("Reading the units' data…"), self)
        self.heading.setObjectName("boardHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size:11pt; font-weight:bold;")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshBoard")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("board")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 10px 3px 4px; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Unit code"),
                self.tr("Days left"),
                self.tr("Drafts"),
                self.tr("Waiting"),
                self.tr("Rejected"),
                self.tr("Declared this period"),
                self.tr("Payment"),
                *self.late_fee_texts.board_headers(),
            ]
        )
        self.tree.header().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)  # "declared" takes the room; the fee keeps its width
        for column in _NUMBERS:
            self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Double-click a unit or press Enter to open it."), self)
        self.hint.setStyleSheet("color:#666;")
        self._lay_out()
        self.tree.itemActivated.connect(
            lambda item, _column: self.open_requested.emit(item.data(0, _CODE_ROLE))
        )
        self.refresh_button.clicked.connect(self.refresh)
        # The logged-in unit's documents change while the board is open: read again once they settle.
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(1000)
        self._again.timeout.connect(self.refresh)
        ctx.signals.documents_changed.connect(self._again.start)
        self.resize(1240, 560)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)

    def refresh(self) -> None:
        """Read every unit's month again, on a worker."""
        from ssclient.gui.workers import start_call

        self.refresh_button.setEnabled(False)
        self.heading.setText(self.tr("Reading the units' data…"))
        task = start_call(self.ctx.month_board.rows)
        task.finished.connect(self.show_rows)
        task.failed.connect(self._failed)
        task.ended.connect(self._read)

    def _read(self) -> None:
        self.refresh_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.heading.setText(message)

    def show_rows(self, rows: list[BoardRow]) -> None:
        self.rows = list(rows)
        self.tree.clear()
        items = [self._item(row) for row in self.rows]
        self.tree.addTopLevelItems(items)
        if items:
            self.tree.setCurrentItem(items[0])
        for column in range(self.tree.columnCount()):
            if column != 6:  # the widest, "declared", takes the room left
                self.tree.resizeColumnToContents(column)
                # Fitted to the text, the short Chinese headers ran into each other.
                self.tree.setColumnWidth(column, self.tree.columnWidth(column) + _COLUMN_GAP)
        self.heading.setText(self._heading_text())

    def _heading_text(self) -> str:
        period = str(self.ctx.current_period())
        if not self.rows:
            return self.tr("Period %1: no unit has logged in on this computer yet.").replace("%1", period)
        rejected = sum(1 for row in self.rows if row.attention is Attention.REJECTED)
        to_do = sum(1 for row in self.rows if row.attention is Attention.TO_DO)
        # Counts after a colon, not "%n unit(s)": the same words fit any number, in both languages.
        return (
            self.tr("Period %1 · units: %2 · with rejected documents: %3 · with work to do: %4")
            .replace("%1", period)
            .replace("%2", str(len(self.rows)))
            .replace("%3", str(rejected))
            .replace("%4", str(to_do))
        )

    def _item(self, row: BoardRow) -> QTreeWidgetItem:
        summary = row.summary
        if summary is None:
            if row.missing:
                problem = self.missing_text()
            else:
                problem = self.tr("Cannot be read here: %1").replace("%1", row.problem)
            # A unit not opened here: its declaration window still shows when the policy is known.
            days = self._days_text(row.window) if row.window is not None else "–"
            texts = [days] + ["–"] * 3 + [problem, ""]
        else:
            texts = [
                self._days_text(summary.window),
                *(
                    str(row.total(name)) if row.total(name) else "–"
                    for name in ("drafted", "waiting", "rejected")
                ),
                self._declared_text(row),
                self._payment_text(summary),
            ]
        late_fee = self.late_fee_texts.board_cells(row.late_fee)
        item = QTreeWidgetItem([row.unit.name or row.unit_code, row.unit_code, *texts, *late_fee])
        item.setTextAlignment(_LATE_FEE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if summary is not None:  # else no payment declaration is known here to reckon on
            item.setToolTip(_LATE_FEE, self.late_fee_texts.board_tooltip(row.late_fee))
        else:  # the whole reason, when the column is too narrow for it
            item.setToolTip(6, texts[4])
        item.setData(0, _CODE_ROLE, row.unit_code)
        for column in _NUMBERS:
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        shade = _SHADES.get(row.attention)
        if shade is not None:
            for column in range(item.columnCount()):
                item.setBackground(column, QBrush(QColor(shade)))
        if row.total("rejected"):
            item.setForeground(5, QBrush(QColor("#b71c1c")))
        return item

    def missing_text(self) -> str:
        """What a unit listed without a data file here says."""
        return self.tr("No data file on this computer: log in to the unit to make one.")

    def _days_text(self, window: WindowState) -> str:
        if window.window_open:
            return str(window.days_left)
        return self.tr("closed")

    def _declared_text(self, row: BoardRow) -> str:
        from ssclient.gui.documents.texts import document_title

        declared = row.declared()
        if not declared:
            return self.tr("nothing yet")
        return "、".join(f"{document_title(kind)} {count}" for kind, count in declared.items())

    def _payment_text(self, summary: MonthSummary) -> str:
        if summary.nothing_to_pay:
            return self.tr("nobody insured: nothing to pay")
        return {
            PaymentState.NOT_DECLARED: self.tr("not declared"),
            PaymentState.WAITING: self.tr("waiting for the agency"),
            PaymentState.CURRENT: self.tr("declared, current"),
            PaymentState.STALE: self.tr("declared, personnel changed since: revise"),
        }[summary.payment]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
