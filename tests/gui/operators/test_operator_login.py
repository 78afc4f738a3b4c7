"""Logging in as an operator in the real log-in window against the real agency: online (the initial
password changed first), the remembered password per unit and operator, and offline with the permissions
of the last online log-in."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ssclient import paths
from ssclient.domain.clock import FixedClock
from ssclient.domain.permissions import ALL_PERMISSIONS, Permission
from ssclient.gui.login import LoginDialog
from ssclient.gui.shell import Shell
from ssclient.store.offline_login import FILENAME
from ssclient.sync.api import AgencyClient
from tests.gui.documents.conftest import Agency
from tests.gui.operators.conftest import first_log_in, log_in, main_window, shot
from tests.support.agency import AgencyUnit, register_unit
from tests.support.memory_keyring import MemoryKeyring
from tests.support.operators import OPERATOR_PASSWORD, create_operator


def test_the_login_window_has_an_operator_field(shell: Shell, artifacts: Path) -> None:
    login = shell.login
    assert login is not None
    assert login.operator.edit.isVisible() and login.operator.label.text() == "Operator"
    assert "administrator" in login.operator.edit.placeholderText()
    login.unit_code.setText("170000001")
    login.operator.edit.setText("wang.fang")
    shot(login, artifacts, "login-operator.png")


def test_an_operator_logs_in_changes_the_initial_password_and_works_with_its_permissions(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, memory_keyring: MemoryKeyring
) -> None:
    create_operator(unit, "clerk", [Permission.DECLARE])
    login = shell.login
    assert login is not None
    qtbot.waitUntil(login.remember.isEnabled)
    login.remember.setChecked(True)
    window = first_log_in(qtbot, shell, unit.unit_code, "clerk")
    access = shell.ctx.access
    assert (access.operator, access.permissions) == ("clerk", frozenset({Permission.DECLARE}))
    assert not window.actions_by_name["addPersonnel"].isEnabled()
    # The remembered password is the operator's own, beside (not over) the unit administrator's.
    qtbot.waitUntil(lambda: OPERATOR_PASSWORD in memory_keyring.secrets.values())
    accounts = [
        account
        for (_service, account), secret in memory_keyring.secrets.items()
        if secret == OPERATOR_PASSWORD
    ]
    assert accounts == [f"clerk/{unit.unit_code}@{shell.ctx.settings.agency_url}"]
    verifier = paths.units_dir() / unit.unit_code / FILENAME
    qtbot.waitUntil(
        lambda: verifier.exists() and "clerk" in verifier.read_text(encoding="utf-8"), timeout=10_000
    )

    window.actions_by_name["logOut"].trigger()
    assert shell.ctx.access.permissions == ALL_PERMISSIONS  # nobody logged in: no operator's limits left
    again = LoginDialog(shell.ctx)
    qtbot.addWidget(again)
    again.set_agency_ready("test agency", training=False)
    again.show()
    again.operator.edit.setText("clerk")
    again.operator.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: again.password.text() == OPERATOR_PASSWORD)
    again.operator.edit.setText("")
    again.operator.edit.editingFinished.emit()  # the administrator has nothing remembered
    qtbot.waitUntil(lambda: again.remember.isEnabled())
    assert again.password.text() == ""

    # Removing the unit from this computer forgets the operator's remembered password too.
    login = shell.login
    assert login is not None
    login.units.reload()
    qtbot.waitUntil(lambda: login.units.tree.topLevelItemCount() == 1, timeout=10_000)
    login.units.select(unit.unit_code)
    assert login.units.current_code() == unit.unit_code
    login.units.remove_button.click()
    box = login.findChild(QMessageBox, "confirmRemoveUnit")
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: OPERATOR_PASSWORD not in memory_keyring.secrets.values(), timeout=10_000)


def test_a_wrong_operator_password_and_a_disabled_operator_are_told_apart(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit
) -> None:
    create_operator(unit, "clerk", [Permission.QUERY])
    login = shell.login
    assert login is not None
    log_in(qtbot, login, unit.unit_code, "clerk", "Wrong2026pw")
    qtbot.waitUntil(lambda: "log-in name or the password is wrong" in login.message.text(), timeout=10_000)
    unit.client.update_operator("clerk", enabled=False)
    qtbot.waitUntil(login.login_button.isEnabled, timeout=10_000)
    from tests.support.operators import INITIAL_PASSWORD

    log_in(qtbot, login, unit.unit_code, "clerk", INITIAL_PASSWORD)
    qtbot.waitUntil(lambda: "disabled" in login.message.text(), timeout=10_000)
    assert "administrator" in login.message.text() and shell.main_window is None


def test_offline_an_operator_logs_in_with_its_own_password_and_last_known_permissions(
    qtbot: QtBot, offline_shell: Shell, server: Agency, agency_clock: FixedClock, artifacts: Path
) -> None:
    shell = offline_shell
    with AgencyClient(server.url, retries=0) as client:
        unit = register_unit(client)
        create_operator(unit, "cashier", [Permission.PAYMENT, Permission.QUERY])
    window = first_log_in(qtbot, shell, unit.unit_code, "cashier")
    verifier = paths.units_dir() / unit.unit_code / FILENAME
    qtbot.waitUntil(
        lambda: verifier.exists() and "cashier" in verifier.read_text(encoding="utf-8"), timeout=10_000
    )
    assert OPERATOR_PASSWORD not in verifier.read_text(encoding="utf-8")
    window.actions_by_name["logOut"].trigger()

    server.stop()
    shell.connect_agency()
    login = shell.login
    assert login is not None
    qtbot.waitUntil(lambda: login.login_button.text() == "Log in offline", timeout=15_000)
    # The administrator never logged in here: its verifier is not the operator's.
    log_in(qtbot, login, unit.unit_code, "", OPERATOR_PASSWORD)
    qtbot.waitUntil(lambda: "has not logged in online" in login.message.text(), timeout=10_000)
    qtbot.waitUntil(login.login_button.isEnabled, timeout=10_000)
    log_in(qtbot, login, unit.unit_code, "cashier", "Wrong2026pw")
    qtbot.waitUntil(lambda: "password is wrong" in login.message.text(), timeout=10_000)
    qtbot.waitUntil(login.login_button.isEnabled, timeout=10_000)
    agency_clock.advance(timedelta(seconds=2))  # the pause after a wrong password
    log_in(qtbot, login, unit.unit_code, "cashier", OPERATOR_PASSWORD)
    window = main_window(qtbot, shell)
    assert shell.offline is not None
    assert shell.ctx.access.operator == "cashier"
    assert shell.ctx.access.permissions == frozenset({Permission.PAYMENT, Permission.QUERY})
    assert window.actions_by_name["paymentDeclaration"].isEnabled()
    assert not window.actions_by_name["addPersonnel"].isEnabled()
    QApplication.processEvents()
    shot(window, artifacts, "main-window-operator-offline.png")
