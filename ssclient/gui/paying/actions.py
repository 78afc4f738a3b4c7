"""The paying area's menu entry: Query → Payments, opened once as a tab of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ssclient.gui.paying import payments_title

if TYPE_CHECKING:
    from ssclient.gui.main_window import MainWindow


def add_paying_actions(menu: QMenu, window: MainWindow) -> QAction:
    """Add Query → Payments to `menu`; it opens the payments window as a tab of `window`."""
    action = QAction(payments_title(), window)
    action.setObjectName("payments")
    action.triggered.connect(lambda: open_payments(window))
    menu.addAction(action)
    window.actions_by_name[action.objectName()] = action
    return action


def open_payments(window: MainWindow) -> QWidget:
    """The payments tab of the main window (made when first opened)."""

    def make() -> QWidget:
        from ssclient.gui.paying.window import PaymentsWindow

        return PaymentsWindow(window.ctx)

    return window.open_tab(make, payments_title(), "query:paying")
