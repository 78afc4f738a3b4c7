"""The main window's entry for the late fee forecast (Query → Late fee forecast), as a tab of its own.

    add_late_fee_actions(query_menu, main_window)

Object name: ``lateFeeForecast``. The window's module loads when first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ssclient.gui.late_fees import late_fees_title

if TYPE_CHECKING:
    from ssclient.gui.context import AppContext


class TabHost(Protocol):
    """What the main window offers: its context and its tabs."""

    ctx: AppContext

    def open_tab(self, factory: Callable[[], QWidget], title: str, key: str | None = None) -> QWidget: ...


def add_late_fee_actions(menu: QMenu, window: TabHost) -> QAction:
    """Add "Late fee forecast" to `menu`; it opens the forecaster as a tab of `window`."""
    action = QAction(late_fees_title(), menu)
    action.setObjectName("lateFeeForecast")
    action.triggered.connect(lambda: open_late_fees(window))
    menu.addAction(action)
    return action


def open_late_fees(host: TabHost) -> QWidget:
    def make() -> QWidget:
        from ssclient.gui.late_fees.window import LateFeeWindow

        return LateFeeWindow(host.ctx)

    return host.open_tab(make, late_fees_title(), "query:late_fees")
