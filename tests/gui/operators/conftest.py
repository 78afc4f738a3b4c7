"""Operators in the real windows: a unit at the real agency over HTTP, its operators created by its
administrator, the shell driven through the log-in window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ssclient.gui.login import LoginDialog
from ssclient.gui.main_window import MainWindow
from ssclient.gui.password import ChangePasswordDialog
from ssclient.gui.shell import Shell
from tests.support.operators import INITIAL_PASSWORD, OPERATOR_PASSWORD


def shot(widget: QWidget, artifacts: Path, name: str) -> None:
    """The window as a PNG among the test artifacts, for a person to look at."""
    QApplication.processEvents()
    assert widget.grab().save(str(artifacts / name))


def log_in(qtbot: QtBot, login: LoginDialog, unit_code: str, operator: str, password: str) -> None:
    login.unit_code.setText(unit_code)
    login.operator.edit.setText(operator)
    login.password.setText(password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)


def main_window(qtbot: QtBot, shell: Shell) -> MainWindow:
    qtbot.waitUntil(
        lambda: isinstance(shell.main_window, MainWindow) and shell.main_window.isVisible(), timeout=15_000
    )
    window = shell.main_window
    assert isinstance(window, MainWindow)
    return window


def first_log_in(qtbot: QtBot, shell: Shell, unit_code: str, operator: str) -> MainWindow:
    """An operator's first log-in: the initial password, then the forced change to OPERATOR_PASSWORD."""
    login = shell.login
    assert login is not None
    log_in(qtbot, login, unit_code, operator, INITIAL_PASSWORD)
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None, timeout=10_000)
    change = login.findChild(ChangePasswordDialog)
    assert change is not None
    change.new.setText(OPERATOR_PASSWORD)
    change.confirm.setText(OPERATOR_PASSWORD)
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    return main_window(qtbot, shell)
