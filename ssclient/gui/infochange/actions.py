"""The Business menu's action for personnel information changes (its texts in this area's catalogue)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ssclient.domain.enums import DeclarationType


class _Shell(Protocol):
    """What the action needs of the main window: the business forms open in its tabs."""

    actions_by_name: dict[str, QAction]

    def open_editor(self, kind: DeclarationType, declaration_id: int | None = None) -> QWidget: ...


def add_infochange_actions(menu: QMenu, window: _Shell) -> None:
    """Business → Personnel information change."""
    action = QAction(QCoreApplication.translate("InfoChange", "Personnel information change"), menu)
    action.setObjectName("personnelInformationChange")
    action.triggered.connect(lambda: window.open_editor(DeclarationType.INFO_CHANGE))
    menu.addAction(action)
    window.actions_by_name[action.objectName()] = action
