"""The main window and operators: the System menu's Operators window, and every action the logged-in
operator may not use disabled, its tooltip and status tip saying which permission it needs. The agency
refuses such calls anyway; this spares the operator the refusal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from ssclient.domain.permissions import Permission
from ssclient.gui.forms import children
from ssclient.gui.mandates.actions import add_mandates_actions
from ssclient.gui.operators.texts import missing_text, permission_list

if TYPE_CHECKING:
    from ssclient.gui.context import AppContext
    from ssclient.gui.main_window import MainWindow

# What each of the main window's actions needs (the others serve every operator: lists of this computer's
# documents, queries, the System menu). Drafting comes first: an operator who may only declare declares what
# others drafted.
ACTION_NEEDS: dict[str, Permission] = {
    "addPersonnel": Permission.DRAFT,
    "renewPersonnel": Permission.DRAFT,
    "interruptPersonnel": Permission.DRAFT,
    "personnelInformationChange": Permission.DRAFT,
    "contributionBase": Permission.DRAFT,
    "annualBase": Permission.DRAFT,
    "importSpreadsheet": Permission.DRAFT,
    "paymentDeclaration": Permission.PAYMENT,
    "operators": Permission.MANAGE_OPERATORS,
}


def add_operators_actions(menu: QMenu, window: MainWindow) -> None:
    """System → Operators…, and the window's actions restricted to what the session may do."""
    action = QAction(QCoreApplication.translate("Operators", "Operators…"), window)
    action.setObjectName("operators")
    action.triggered.connect(lambda: open_operators(window))
    window.actions_by_name["operators"] = action
    menu.addAction(action)
    add_mandates_actions(menu, window)  # who else acts for the unit: agents, by the unit's mandate
    restrict_actions(window)


def restrict_actions(window: MainWindow) -> None:
    access = window.ctx.access
    for name, needed in ACTION_NEEDS.items():
        action = window.actions_by_name.get(name)
        if action is None or access.may(needed):
            continue
        action.setEnabled(False)
        action.setToolTip(missing_text(needed))
        action.setStatusTip(missing_text(needed))
    for menu in children(window.menuBar(), QMenu):
        menu.setToolTipsVisible(True)  # a disabled entry's tooltip says why


def show_operator(window: MainWindow) -> None:
    """Who is logged in, in the status bar (an operator or an agent; the administrator is the unit): the
    main window calls it once its status bar is set, before the window shows."""
    access = window.ctx.access
    if access.is_administrator:
        return
    from ssclient.gui.mandates.texts import agent_submitter

    who = agent_submitter(access.operator)  # an agent working for the unit
    text = (
        f"{who} ({permission_list(access.permissions)})"
        if who is not None
        else QCoreApplication.translate("Operators", "Operator: %1 (%2)")
        .replace("%1", access.operator)
        .replace("%2", permission_list(access.permissions))
    )
    label = QLabel(text, window)
    label.setObjectName("operatorLabel")
    window.statusBar().addPermanentWidget(label)


def restrict_button(button: QPushButton, ctx: AppContext, needed: Permission) -> None:
    """A button off, with the reason, for a session without `needed` (the unit information's Save)."""
    if not ctx.access.may(needed):
        button.setEnabled(False)
        button.setToolTip(missing_text(needed))


def restrict_declare_button(button: QPushButton, ctx: AppContext) -> None:
    """The draft box's Declare: off, with the reason, for an operator who may declare nothing at all."""
    access = ctx.access
    if not (access.may(Permission.DECLARE) or access.may(Permission.PAYMENT)):
        button.setEnabled(False)
        button.setToolTip(missing_text(Permission.DECLARE))


def open_operators(window: MainWindow) -> None:
    from ssclient.gui.operators.window import OperatorsWindow

    window.open_tab(
        lambda: OperatorsWindow(window.ctx), QCoreApplication.translate("Operators", "Operators"), "operators"
    )
