"""Register checks as typed, change password from the System menu, a refused forced change, and pointing
the log-in window at another agency."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient.gui.context import AppContext
from ssclient.gui.i18n import install_translations, remove_translations
from ssclient.gui.main_window import MainWindow
from ssclient.gui.password import ChangePasswordDialog
from ssclient.gui.register import RegisterDialog
from ssclient.gui.settings import SettingsDialog
from ssclient.gui.shell import Shell
from ssclient.sync.api import AgencyClient
from tests.support.agency import STRONG_PASSWORD, AgencyUnit, make_uscc
from tests.support.memory_keyring import MemoryKeyring

LEFT = Qt.MouseButton.LeftButton


def _type(qtbot: QtBot, dialog: RegisterDialog, field: str, text: str) -> None:
    edit = dialog.edits[field]
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only: Chinese arrives as an input method would bring it
        edit.setText(text)
        edit.textEdited.emit(text)


def test_register_checks_each_field_as_it_is_typed(qtbot: QtBot, ctx: AppContext, artifacts: Path) -> None:
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "uscc", "91110108MA01ABCD2")
    assert dialog.errors["uscc"].text()
    assert "18 characters" in dialog.errors["uscc"].text()
    assert not dialog.errors["name"].text()  # untouched fields stay quiet
    _type(qtbot, dialog, "uscc", make_uscc())
    assert not dialog.errors["uscc"].text()
    _type(qtbot, dialog, "password", "short1")
    assert "at least 8" in dialog.errors["password"].text()
    _type(qtbot, dialog, "password", "Longer2026pw")
    _type(qtbot, dialog, "confirm", "Longer2026px")
    assert dialog.errors["confirm"].text() == "The two passwords differ."
    dialog.grab().save(str(artifacts / "register-typing.png"))

    dialog.register()  # name, tax number and contact are still empty: nothing is sent
    assert dialog.errors["name"].text() and dialog.errors["tax_number"].text()
    assert dialog.errors["contact"].text()
    assert "industry class" in dialog.errors["industry_class"].text()  # never quietly class 1
    assert dialog.pages.currentIndex() == 0
    dialog.grab().save(str(artifacts / "register-refused.png"))


def test_register_a_credit_code_taken_says_so(
    qtbot: QtBot, ctx: AppContext, agency_client: AgencyClient, unit: AgencyUnit
) -> None:
    ctx.agency = agency_client
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for field, text in (
        ("name", "重复有限公司"),
        ("uscc", unit.uscc),
        ("tax_number", unit.uscc),
        ("contact", "张"),
    ):
        _type(qtbot, dialog, field, text)
    dialog.industry_class.setCurrentIndex(0)
    dialog.initial_password.setChecked(True)
    dialog.register()
    qtbot.waitUntil(
        lambda: bool(dialog.message.text()) and dialog.register_button.isEnabled(), timeout=10_000
    )
    assert "already registered" in dialog.message.text()


def test_register_asks_the_industry_class_and_the_agency_keeps_it(
    qtbot: QtBot, ctx: AppContext, agency_client: AgencyClient, artifacts: Path
) -> None:
    ctx.agency = agency_client
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.industry_class
    assert combo.currentIndex() == -1 and combo.count() == 8  # nothing chosen for the user
    assert [combo.itemData(i) for i in range(combo.count())] == list(range(1, 9))
    assert "software" in combo.itemText(0) and "coal" in combo.itemText(7)
    code = make_uscc()
    for field, text in (
        ("name", "六类建筑有限公司"),
        ("uscc", code),
        ("tax_number", code),
        ("contact", "钱"),
    ):
        _type(qtbot, dialog, field, text)
    _type(qtbot, dialog, "password", STRONG_PASSWORD)
    _type(qtbot, dialog, "confirm", STRONG_PASSWORD)
    dialog.register()  # no class chosen: told beside the field, nothing sent
    assert dialog.pages.currentIndex() == 0
    assert "industry class" in dialog.errors["industry_class"].text()
    combo.setCurrentIndex(combo.findData(6))
    assert not dialog.errors["industry_class"].text()
    dialog.grab().save(str(artifacts / "register-industry-class.png"))
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as blocker:
        dialog.register()

    unit_code = blocker.args[0]
    agency_client.login(unit_code, STRONG_PASSWORD)
    assert agency_client.profile().industry_class == 6  # the registered class comes back in the profile
    agency_client.logout()


def _log_in(qtbot: QtBot, shell: Shell, unit_code: str, password: str) -> None:
    login = shell.login
    assert login is not None
    login.unit_code.setText(unit_code)
    login.password.setText(password)
    qtbot.mouseClick(login.login_button, LEFT)


def test_change_password_from_the_system_menu(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, memory_keyring: MemoryKeyring, artifacts: Path
) -> None:
    login = shell.login
    assert login is not None
    qtbot.waitUntil(login.remember.isEnabled)
    login.remember.setChecked(True)
    _log_in(qtbot, shell, unit.unit_code, unit.password)
    qtbot.waitUntil(
        lambda: isinstance(shell.main_window, MainWindow) and shell.main_window.isVisible(), timeout=10_000
    )
    window = shell.main_window
    assert window is not None
    window.actions_by_name["changePassword"].trigger()
    dialog = window.findChild(ChangePasswordDialog)
    assert dialog is not None and dialog.current.isVisible()

    dialog.current.setText("NotMine2026")
    dialog.new.setText("Fresh2027pw")
    dialog.confirm.setText("Fresh2027pw")
    qtbot.mouseClick(dialog.change_button, LEFT)
    qtbot.waitUntil(lambda: dialog.message.text() == "The current password is wrong.", timeout=10_000)
    dialog.grab().save(str(artifacts / "change-password-wrong.png"))

    dialog.current.setText(unit.password)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.change_button, LEFT)
    qtbot.waitUntil(lambda: "Fresh2027pw" in memory_keyring.secrets.values())
    check = AgencyClient(shell.ctx.agency.base_url, retries=0)
    try:
        assert check.login(unit.unit_code, "Fresh2027pw").unit_code == unit.unit_code
    finally:
        check.close()


def test_a_guessable_new_password_is_refused_as_it_is_typed(
    qtbot: QtBot, qapp: QApplication, ctx: AppContext, artifacts: Path
) -> None:
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText(STRONG_PASSWORD)
    for guessable in ("password1", "aaaaaaa1"):
        dialog.new.clear()
        qtbot.keyClicks(dialog.new, guessable)
        assert "Too easy to guess" in dialog.new_error.text() and dialog.new_error.isVisible()
    dialog.grab().save(str(artifacts / "change-password-guessable.png"))
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, "Harbour2026ok")
    assert not dialog.new_error.isVisible()

    installed = install_translations(qapp, "zh_CN")
    try:
        dialog.new.clear()
        qtbot.keyClicks(dialog.new, "password1")
        assert "太容易被猜到" in dialog.new_error.text()
        dialog.grab().save(str(artifacts / "change-password-guessable-zh.png"))
    finally:
        remove_translations(qapp, installed)


def test_refusing_the_forced_change_logs_out(qtbot: QtBot, shell: Shell, agency_client: AgencyClient) -> None:
    code = make_uscc()
    registration = agency_client.register(
        name="新单位有限公司", uscc=code, tax_number=code, contact="李", password=code
    )
    _log_in(qtbot, shell, registration.unit_code, code)
    login = shell.login
    assert login is not None
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None, timeout=10_000)
    dialog = login.findChild(ChangePasswordDialog)
    assert dialog is not None
    assert dialog.cancel_button.text() == "Log out"
    dialog.cancel_button.click()
    assert shell.main_window is None
    assert "new password" in login.message.text()
    # Logging in again asks again: the initial password still must be changed.
    dialog.deleteLater()
    _log_in(qtbot, shell, registration.unit_code, code)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in login.findChildren(ChangePasswordDialog)), timeout=10_000
    )
    assert STRONG_PASSWORD  # the fixture's password rule is the client's too


def test_settings_from_the_log_in_window_reconnect_to_the_new_agency(qtbot: QtBot, shell: Shell) -> None:
    login = shell.login
    assert login is not None
    good = shell.ctx.settings.agency_url
    qtbot.mouseClick(login.settings_button, LEFT)
    dialog = login.findChild(SettingsDialog)
    assert dialog is not None
    dialog.agency_url.setText("http://127.0.0.1:9")  # the discard port: nothing answers there
    dialog.save()
    qtbot.waitUntil(lambda: "No agency" in login.agency_label.text(), timeout=20_000)
    # Only an offline log-in is possible (against the last online log-in on this computer).
    assert login.login_button.text() == "Log in offline" and not login.register_button.isEnabled()
    assert shell.ctx.connected is False

    qtbot.mouseClick(login.settings_button, LEFT)
    dialog = next(d for d in login.findChildren(SettingsDialog) if d.isVisible())
    dialog.agency_url.setText(good)
    dialog.save()
    qtbot.waitUntil(
        lambda: login.login_button.text() == "Log in" and login.login_button.isEnabled(), timeout=20_000
    )
    assert shell.ctx.has_agency and shell.ctx.agency.base_url == good
