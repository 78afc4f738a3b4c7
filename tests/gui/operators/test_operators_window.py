"""System → Operators against the real agency: add an operator, refuse a taken log-in name and a weak
password in the dialog with what to do, change permissions, disable (which ends the operator's session at
once), reset a password; the administrator's row cannot be disabled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.permissions import Permission
from ssclient.gui.main_window import MainWindow
from ssclient.gui.operators.dialog import OperatorDialog
from ssclient.gui.operators.window import OperatorsWindow
from ssclient.gui.shell import Shell
from ssclient.sync.api import SessionExpired
from tests.gui.operators.conftest import first_log_in, log_in, main_window, shot
from tests.support.agency import AgencyUnit
from tests.support.operators import INITIAL_PASSWORD, create_operator, log_in_operator


def open_operators(qtbot: QtBot, window: MainWindow) -> OperatorsWindow:
    window.actions_by_name["operators"].trigger()
    operators = window.tabs.currentWidget()
    assert isinstance(operators, OperatorsWindow)
    qtbot.waitUntil(lambda: operators.refresh_button.isEnabled(), timeout=10_000)
    return operators


def rows(operators: OperatorsWindow) -> list[list[str]]:
    table = operators.table
    return [[operators.cell(r, c) for c in range(table.columnCount())] for r in range(table.rowCount())]


def ok(qtbot: QtBot, dialog: OperatorDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def operators_window(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> OperatorsWindow:
    login = shell.login
    assert login is not None
    log_in(qtbot, login, unit.unit_code, "", unit.password)
    return open_operators(qtbot, main_window(qtbot, shell))


def test_add_an_operator_and_be_told_what_to_fix(
    qtbot: QtBot, operators_window: OperatorsWindow, unit: AgencyUnit, artifacts: Path
) -> None:
    window = operators_window
    assert rows(window) == [[unit.unit_code, "Administrator (unit log-in)", _all(), "Cannot be disabled"]]
    create_operator(unit, "clerk", [Permission.DECLARE])  # meanwhile, at another workstation

    dialog = window.add_operator()
    dialog.login.setText("Clerk")
    dialog.name.setText("李娜")
    dialog.password.setText("abc")
    dialog.boxes[Permission.QUERY].setChecked(False)
    ok(qtbot, dialog)
    assert "at least one permission" in dialog.message.text()
    dialog.boxes[Permission.DECLARE].setChecked(True)
    dialog.boxes[Permission.PAYMENT].setChecked(True)
    ok(qtbot, dialog)
    assert "at least 8 characters" in dialog.message.text()  # checked here, before anything is sent
    dialog.password.setText(INITIAL_PASSWORD)
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "already has an operator" in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    shot(dialog, artifacts, "operator-dialog-taken.png")
    assert [o.login for o in unit.client.operators()] == ["clerk"]  # nothing half-written

    dialog.login.setText("li.na")
    with qtbot.waitSignal(dialog.done_with, timeout=10_000):
        ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "li.na was created" in window.status.text(), timeout=10_000)
    assert [r[:3] for r in rows(window)[1:]] == [
        ["clerk", "王芳", "Declare"],
        ["li.na", "李娜", "Declare, Payment"],
    ]
    assert rows(window)[2][3] == "Enabled; must change the initial password"
    assert window.table.currentRow() == 2
    shot(window, artifacts, "operators-window.png")


def test_permissions_disable_and_reset_reach_the_agency(
    qtbot: QtBot, operators_window: OperatorsWindow, unit: AgencyUnit
) -> None:
    window = operators_window
    clerk = log_in_operator(unit, "clerk", [Permission.DECLARE])
    try:
        window.refresh()
        qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=10_000)
        window.table.selectRow(0)
        assert not window.disable_button.isEnabled()  # the administrator's row
        window.table.selectRow(1)
        assert window.disable_button.isEnabled() and window.disable_button.text() == "Disable"

        dialog = window.edit_permissions()
        assert dialog is not None and dialog.boxes[Permission.DECLARE].isChecked()
        dialog.boxes[Permission.REVOKE].setChecked(True)
        with qtbot.waitSignal(dialog.done_with, timeout=10_000):
            ok(qtbot, dialog)
        qtbot.waitUntil(lambda: "permissions of clerk were changed" in window.status.text(), timeout=10_000)
        assert rows(window)[1][2] == "Declare, Revoke and revise"
        assert clerk.client.current_session().permissions == frozenset(
            {Permission.DECLARE, Permission.REVOKE}
        )

        with qtbot.waitSignal(window.toggle_enabled().finished, timeout=10_000):  # type: ignore[union-attr]
            pass
        qtbot.waitUntil(lambda: "clerk is disabled" in window.status.text(), timeout=10_000)
        assert rows(window)[1][3] == "Disabled" and window.disable_button.text() == "Enable"
        with pytest.raises(SessionExpired):
            clerk.client.roster()  # its session ended at once

        reset = window.reset_password()
        assert reset is not None
        reset.password.setText("Reset2026now")
        with qtbot.waitSignal(reset.done_with, timeout=10_000):
            ok(qtbot, reset)
        qtbot.waitUntil(lambda: "clerk has a new initial password" in window.status.text(), timeout=10_000)
        assert rows(window)[1][3] == "Disabled"
    finally:
        clerk.client.close()


def test_a_manager_cannot_lock_itself_out_in_the_window(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path
) -> None:
    create_operator(unit, "boss", [Permission.MANAGE_OPERATORS])
    window = open_operators(qtbot, first_log_in(qtbot, shell, unit.unit_code, "boss"))
    qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=10_000)
    window.table.selectRow(1)
    task = window.toggle_enabled()
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=10_000):
        pass
    assert "cannot disable yourself" in window.status.text()
    assert rows(window)[1][3].startswith("Enabled")
    assert unit.client.operators()[0].enabled


def _all() -> str:
    # "Query only" goes with every other permission, so it is not named beside them.
    return "Draft, Declare, Revoke and revise, Payment, Manage operators"
