"""The units used on this computer, on the log-in window: name, unit code and last log-in, the most recent
first. Choosing one fills the unit code; a new unit joins the list by logging in with its code. Removing
one and the month board are the shell's (gui.units.controller): this widget only asks for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ssclient.domain.clock import china_time

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeWidgetItem

    from ssclient.app.units import KnownUnit
    from ssclient.gui.context import AppContext

# Qt.ItemDataRole.UserRole, by number: naming Qt here would build all of Qt's enums on the way to the log-in
# window (see gui.forms._RICH_TEXT).
_CODE_ROLE = 0x0100


class UnitList(QWidget):
    chosen = Signal(str)  # a unit code, picked from the list
    remove_requested = Signal(str, str)  # unit code, name
    board_requested = Signal()
    listed = Signal()  # the list was read again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unitList")
        self.units: list[KnownUnit] = []
        title = QLabel(self.tr("Units used on this computer"), self)
        title.setStyleSheet("font-weight:bold;")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("units")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Unit name"), self.tr("Unit code"), self.tr("Last used")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(110)
        self.empty = QLabel(
            self.tr("No unit has logged in on this computer yet: type its unit code below to add it."), self
        )
        self.empty.setObjectName("noUnits")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#777;")
        self.remove_button = QPushButton(self.tr("Remove unit…"), self)
        self.remove_button.setObjectName("removeUnit")
        self.remove_button.setEnabled(False)
        self.board_button = QPushButton(self.tr("Month board…"), self)
        self.board_button.setObjectName("monthBoard")
        self.board_button.setToolTip(self.tr("This month of every unit on this computer"))
        self._lay_out(title)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda item, _column: self.chosen.emit(item.data(0, _CODE_ROLE)))
        self.remove_button.clicked.connect(self._ask_remove)
        # Not signal to signal: that builds QMetaMethod's enums on the way to the log-in window.
        self.board_button.clicked.connect(lambda: self.board_requested.emit())

    def _lay_out(self, title: QLabel) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.board_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    def reload(self) -> None:
        """Read the list again on a worker (the single store of before units is split first, once)."""
        from ssclient.gui.workers import start_call

        task = start_call(self.ctx.units.listed)
        task.finished.connect(self.set_units)

    def set_units(self, units: list[KnownUnit]) -> None:
        """Show `units`, keeping the one chosen; choosing is the user's: nothing is chosen for them here
        (a code they typed meanwhile stays)."""
        from PySide6.QtWidgets import QTreeWidgetItem  # its enums are built after the first frame

        selected = self.current_code()
        self.units = list(units)
        self.tree.blockSignals(True)
        self.tree.clear()
        for unit in self.units:
            used = china_time(unit.last_used).strftime("%Y-%m-%d %H:%M") if unit.last_used else ""
            item = QTreeWidgetItem([unit.name or self.tr("(not logged in yet)"), unit.unit_code, used])
            item.setData(0, _CODE_ROLE, unit.unit_code)
            item.setToolTip(0, unit.name)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self.tree.setVisible(bool(self.units))
        self.empty.setVisible(not self.units)
        self.board_button.setEnabled(bool(self.units))
        self.select(selected)
        self.listed.emit()

    def select(self, unit_code: str) -> None:
        """Show `unit_code` as the chosen one, or none when it is not listed (without telling: the caller
        filled the field already)."""
        found = None
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, _CODE_ROLE) == unit_code:
                found = item
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(found)  # type: ignore[arg-type]  # None: no current item
        if found is None:
            self.tree.clearSelection()
        self.tree.blockSignals(False)
        self.remove_button.setEnabled(found is not None)

    def current_code(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, _CODE_ROLE)) if item is not None else ""

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.remove_button.setEnabled(current is not None)
        if current is not None:
            self.chosen.emit(current.data(0, _CODE_ROLE))

    def _ask_remove(self) -> None:
        code = self.current_code()
        unit = next((unit for unit in self.units if unit.unit_code == code), None)
        if unit is not None:
            self.remove_requested.emit(unit.unit_code, unit.name)
