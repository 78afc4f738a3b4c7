"""Log in, register, forced password change, remember password: the shell against a real agency."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.gui.login import LoginDialog
from ssclient.gui.main_window import MainWindow
from ssclient.gui.password import ChangePasswordDialog
from ssclient.gui.register import RegisterDialog
from ssclient.gui.shell import Shell
from ssclient.sync.api import AgencyClient
from tests.support.agency import STRONG_PASSWORD, AgencyUnit, make_uscc
from tests.support.memory_keyring import MemoryKeyring


def _log_in(qtbot: QtBot, login: LoginDialog, unit_code: str, password: str) -> None:
    login.unit_code.setText(unit_code)
    login.password.setText(password)
    qtbot.mouseClick(login.login_button, qtbot_button())


def qtbot_button() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton


def test_login_window_shows_the_agency_and_focus(shell: Shell, artifacts: Path) -> None:
    login = shell.login
    assert login is not None and login.isVisible()
    # The test agency says it is a training agency (start_agency's default): the marker shows.
    assert login.training_banner.isVisible()
    assert "(local)" not in login.training_banner.text()  # configured by address: not this computer's own
    assert shell.ctx.training_agency
    login.grab().save(str(artifacts / "login.png"))


def test_register_then_log_in_then_forced_password_change_opens_the_main_window(
    qtbot: QtBot, shell: Shell, artifacts: Path
) -> None:
    login = shell.login
    assert login is not None
    qtbot.mouseClick(login.register_button, qtbot_button())
    register = login.findChild(RegisterDialog)
    assert register is not None
    code = make_uscc()
    register.edits["name"].setText("上海测试贸易有限公司")
    register.edits["uscc"].setText(code)
    register.edits["tax_number"].setText(code)
    register.edits["contact"].setText("李会计")
    register.industry_class.setCurrentIndex(register.industry_class.findData(2))
    register.initial_password.setChecked(True)
    register.grab().save(str(artifacts / "register.png"))
    with qtbot.waitSignal(register.registered, timeout=10_000) as blocker:
        qtbot.mouseClick(register.register_button, qtbot_button())
    unit_code = blocker.args[0]
    assert register.unit_code_value.text() == unit_code
    register.grab().save(str(artifacts / "register-done.png"))
    register.accept()
    assert login.unit_code.text() == unit_code
    assert login.focusWidget() is login.password  # the next thing to type

    login.password.setText(code)  # the initial password: the tax registration number
    qtbot.mouseClick(login.login_button, qtbot_button())
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None, timeout=10_000)
    change = login.findChild(ChangePasswordDialog)
    assert change is not None
    assert change.current.isHidden()  # just typed at log-in
    change.new.setText(code)
    change.confirm.setText(code)
    qtbot.mouseClick(change.change_button, qtbot_button())
    assert change.new_error.isVisible()  # the tax number cannot be the new password
    change.new.setText(STRONG_PASSWORD)
    change.confirm.setText(STRONG_PASSWORD)
    change.grab().save(str(artifacts / "change-password-forced.png"))
    qtbot.mouseClick(change.change_button, qtbot_button())
    qtbot.waitUntil(
        lambda: isinstance(shell.main_window, MainWindow) and shell.main_window.isVisible(), timeout=10_000
    )
    assert shell.ctx.unit_code == unit_code
    assert shell.ctx.unit is not None and shell.ctx.unit.name == "上海测试贸易有限公司"
    assert not login.isVisible()


def test_after_a_session_that_began_with_the_forced_change_log_out_allows_logging_in_again(
    qtbot: QtBot, shell: Shell, agency_client: AgencyClient, artifacts: Path
) -> None:
    code = make_uscc()
    registered = agency_client.register(
        name="杭州测试有限公司", uscc=code, tax_number=code, contact="赵会计", password=code
    )
    login = shell.login
    assert login is not None
    _log_in(qtbot, login, registered.unit_code, code)  # the initial password: a change is forced
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None, timeout=10_000)
    change = login.findChild(ChangePasswordDialog)
    assert change is not None
    change.new.setText(STRONG_PASSWORD)
    change.confirm.setText(STRONG_PASSWORD)
    qtbot.mouseClick(change.change_button, qtbot_button())
    qtbot.waitUntil(lambda: isinstance(shell.main_window, MainWindow), timeout=10_000)
    window = shell.main_window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(window.isVisible, timeout=10_000)

    window.actions_by_name["logOut"].trigger()
    assert login.isVisible()
    assert login.login_button.isEnabled() and login.login_button.text() == "Log in"
    assert login.register_button.isEnabled()
    login.grab().save(str(artifacts / "login-after-log-out.png"))

    _log_in(qtbot, login, registered.unit_code, STRONG_PASSWORD)  # no restart needed
    qtbot.waitUntil(
        lambda: isinstance(shell.main_window, MainWindow) and shell.main_window.isVisible(), timeout=10_000
    )
    assert shell.ctx.unit_code == registered.unit_code


def test_wrong_password_says_so(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    login = shell.login
    assert login is not None
    _log_in(qtbot, login, unit.unit_code, "Wrong2026pw")
    qtbot.waitUntil(lambda: bool(login.message.text()), timeout=10_000)
    assert "wrong" in login.message.text()
    assert shell.main_window is None


def test_five_wrong_passwords_lock_the_unit(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path
) -> None:
    login = shell.login
    assert login is not None
    for _ in range(6):
        login.message.clear()
        _log_in(qtbot, login, unit.unit_code, "Wrong2026pw")
        qtbot.waitUntil(lambda: bool(login.message.text()) and login.login_button.isEnabled(), timeout=10_000)
    assert "locked" in login.message.text().lower()
    login.grab().save(str(artifacts / "login-locked.png"))


def test_remember_password_keeps_it_in_the_keyring_and_fills_it_next_time(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, memory_keyring: MemoryKeyring
) -> None:
    login = shell.login
    assert login is not None
    qtbot.waitUntil(login.remember.isEnabled)
    login.remember.setChecked(True)
    _log_in(qtbot, login, unit.unit_code, unit.password)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: unit.password in memory_keyring.secrets.values())
    settings_text = Path(shell.ctx.settings.file_name).read_text(encoding="utf-8")
    assert unit.password not in settings_text

    again = LoginDialog(shell.ctx)
    qtbot.addWidget(again)
    again.set_agency_ready("test agency", training=False)
    again.show()
    qtbot.waitUntil(lambda: again.password.text() == unit.password)
    assert again.unit_code.text() == unit.unit_code
    assert again.remember.isChecked()


@pytest.mark.parametrize("backend", ["fail", "plaintext"])
def test_no_secure_keyring_disables_remembering(
    qtbot: QtBot, shell: Shell, backend: str, artifacts: Path
) -> None:
    import keyring

    if backend == "fail":
        from keyring.backends.fail import Keyring as Insecure
    else:
        from tests.gui.insecure_keyring import PlaintextKeyring as Insecure  # type: ignore[assignment]
    keyring.set_keyring(Insecure())  # type: ignore[no-untyped-call]  # keyring's backends leave __init__ unannotated
    login = LoginDialog(shell.ctx)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitUntil(lambda: "cannot be remembered" in login.remember_reason.text())
    assert login.remember_reason.isVisible()
    assert not login.remember.isEnabled()
    login.grab().save(str(artifacts / f"login-no-keyring-{backend}.png"))


def test_tab_walks_the_fields_in_the_order_they_are_shown(qtbot: QtBot, shell: Shell) -> None:
    login = shell.login
    assert login is not None
    login.activateWindow()
    qtbot.waitUntil(login.isActiveWindow)
    login.unit_code.setFocus()
    qtbot.waitUntil(login.unit_code.hasFocus)
    qtbot.keyClick(login.unit_code, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    # Who logs in stands just above the code (the arrow keys then move between its two choices).
    assert login.focusWidget() in (login.mode.unit_choice, login.mode.agent_choice)
    visited = []
    for _ in range(3):  # then the code, the operator and the password, as the rows stand
        focused = login.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(login.focusWidget())
    assert visited == [login.unit_code, login.operator.edit, login.password]
    # Agent mode (chosen with the arrow keys, as a radio button is): the operator row steps aside.
    login.mode.unit_choice.setFocus()
    qtbot.waitUntil(login.mode.unit_choice.hasFocus)
    qtbot.keyClick(login.mode.unit_choice, Qt.Key.Key_Right)
    assert login.mode.agent

    login.unit_code.setFocus()
    qtbot.waitUntil(login.unit_code.hasFocus)
    qtbot.keyClick(login.unit_code, Qt.Key.Key_Tab)
    assert login.focusWidget() is login.password


def test_choosing_an_agent_leaves_the_banner_and_heading_as_they_were(
    qtbot: QtBot, shell: Shell, artifacts: Path
) -> None:
    """The unit list hides for an agent: its room goes under the fields, not into a banner grown tall."""
    login = shell.login
    assert login is not None
    login.resize(600, 640)
    qtbot.waitUntil(login.training_banner.isVisible)
    qtbot.waitUntil(lambda: login.units.isVisible() and login.units.height() > 100)
    banner = login.training_banner.height()
    login.mode.agent_choice.setChecked(True)
    qtbot.waitUntil(lambda: not login.units.isVisible())
    layout = login.layout()
    assert layout is not None
    layout.activate()
    assert login.training_banner.height() == banner
    assert login.height() == 640
    login.grab().save(str(artifacts / "login-agent.png"))
