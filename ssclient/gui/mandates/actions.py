"""The System menu's Agents entry: the unit's mandates to agents, for the unit's administrator alone (an
operator sees it off, and why)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ssclient.gui.main_window import MainWindow


def add_mandates_actions(menu: QMenu, window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("Mandates", "Agents (mandates)…"), window)
    action.setObjectName("mandates")
    action.triggered.connect(lambda: open_mandates(window))
    if not window.ctx.access.is_administrator:
        action.setEnabled(False)
        reason = QCoreApplication.translate("Mandates", "Only the unit's administrator manages mandates.")
        action.setToolTip(reason)
        action.setStatusTip(reason)
    window.actions_by_name["mandates"] = action
    menu.addAction(action)


def open_mandates(window: MainWindow) -> None:
    from ssclient.gui.mandates.window import MandatesWindow

    window.open_tab(
        lambda: MandatesWindow(window.ctx), QCoreApplication.translate("Mandates", "Agents"), "mandates"
    )
