"""The agency ends a session after some hours: the app asks for the password over the main window and
carries on, or logs out."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import FixedClock
from ssclient.gui.main_window import MainWindow
from ssclient.gui.session_expired import SessionExpiredDialog
from ssclient.gui.shell import Shell
from ssclient.gui.workers import start_call
from tests.support.agency import AgencyUnit


def _main_window(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> MainWindow:
    login = shell.login
    assert login is not None
    login.unit_code.setText(unit.unit_code)
    login.password.setText(unit.password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: isinstance(shell.main_window, MainWindow) and shell.main_window.isVisible(), timeout=10_000
    )
    window = shell.main_window
    assert isinstance(window, MainWindow)
    return window


def _expire(qtbot: QtBot, shell: Shell, agency_clock: FixedClock) -> SessionExpiredDialog:
    agency_clock.advance(timedelta(hours=12))
    task = start_call(shell.ctx.agency.profile)
    with qtbot.waitSignal(task.failed, timeout=10_000) as blocker:
        pass
    assert blocker.args == ["Your session has ended. Log in again."]
    window = shell.main_window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.findChild(SessionExpiredDialog) is not None)
    dialog = window.findChild(SessionExpiredDialog)
    assert dialog is not None
    return dialog


def test_expired_session_asks_for_the_password_and_continues(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, agency_clock: FixedClock, artifacts: Path
) -> None:
    window = _main_window(qtbot, shell, unit)
    window.actions_by_name["addPersonnel"].trigger()  # an open form must survive
    dialog = _expire(qtbot, shell, agency_clock)
    dialog.password.setText("Wrong2026pw")
    dialog.log_in()
    qtbot.waitUntil(
        lambda: dialog.message.text() == "The unit code or the password is wrong.", timeout=10_000
    )
    dialog.grab().save(str(artifacts / "session-expired.png"))
    dialog.password.setText(unit.password)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.log_in()
    assert shell.main_window is window and window.tabs.count() == 1
    task = start_call(shell.ctx.agency.profile)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass


def test_expired_session_log_out_goes_back_to_the_log_in_window(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    _main_window(qtbot, shell, unit)
    dialog = _expire(qtbot, shell, agency_clock)
    dialog.reject()
    assert shell.main_window is None
    assert shell.login is not None and shell.login.isVisible()


def test_the_outbox_finding_the_session_ended_asks_for_the_password(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit
) -> None:
    from ssclient.gui.documents.sync_runner import SyncRunner

    window = _main_window(qtbot, shell, unit)
    SyncRunner.for_context(shell.ctx).session_expired.emit()  # what a run reports after a 401
    dialog = window.findChild(SessionExpiredDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.password.setText(unit.password)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.log_in()
