"""The annual base's entry in the Business menu (its text in this area's catalogue)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ssclient.domain.enums import DeclarationType
from ssclient.gui.annual_base import annual_base_title


class EditorHost(Protocol):
    """The main window: it opens a document's window in a tab."""

    actions_by_name: dict[str, QAction]

    def open_editor(self, kind: DeclarationType, declaration_id: int | None = None) -> QWidget: ...


def add_annual_base_actions(menu: QMenu, window: EditorHost) -> None:
    """Business → Annual base: a new annual base document in a tab."""
    action = QAction(annual_base_title() + "…", menu)
    action.setObjectName("annualBase")
    action.triggered.connect(lambda: window.open_editor(DeclarationType.ANNUAL_BASE))
    menu.addAction(action)
    window.actions_by_name["annualBase"] = action
