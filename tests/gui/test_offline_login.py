"""Offline log-in on the real windows: log in online once, lose the agency, log in offline with the same
password, declare into the outbox, and go online by itself when the agency answers again — the document
sent once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient import paths
from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.documents.sync_runner import SyncRunner
from ssclient.gui.login import LoginDialog
from ssclient.gui.main_window import MainWindow
from ssclient.gui.shell import Shell
from ssclient.store.offline_login import FILENAME
from ssclient.sync.api import AgencyClient
from tests.gui.documents.conftest import Agency
from tests.support.agency import AgencyUnit, declaration, person_line, register_unit


@pytest.fixture
def registered(server: Agency) -> Iterator[AgencyUnit]:
    with AgencyClient(server.url, retries=0) as client:
        yield register_unit(client)


def _log_in(qtbot: QtBot, login: LoginDialog, unit_code: str, password: str) -> None:
    login.unit_code.setText(unit_code)
    login.password.setText(password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def _lose_the_agency(qtbot: QtBot, shell: Shell, server: Agency) -> LoginDialog:
    server.stop()
    shell.connect_agency()
    login = shell.login
    assert login is not None
    qtbot.waitUntil(lambda: login.login_button.text() == "Log in offline", timeout=15_000)
    assert login.login_button.isEnabled() and not login.register_button.isEnabled()
    return login


def test_offline_log_in_declares_into_the_outbox_and_goes_online_by_itself(
    qtbot: QtBot,
    offline_shell: Shell,
    server: Agency,
    registered: AgencyUnit,
    agency_clock: FixedClock,
    artifacts: Path,
) -> None:
    shell, login = offline_shell, offline_shell.login
    assert login is not None
    _log_in(qtbot, login, registered.unit_code, registered.password)
    qtbot.waitUntil(lambda: isinstance(shell.main_window, MainWindow), timeout=10_000)
    # The verifier is kept in the unit's own folder (it goes when the unit is removed from this computer).
    verifier = paths.units_dir() / registered.unit_code / FILENAME
    qtbot.waitUntil(verifier.exists, timeout=10_000)
    assert registered.password not in verifier.read_text(encoding="utf-8")
    shell.log_out()

    login = _lose_the_agency(qtbot, shell, server)
    _log_in(qtbot, login, registered.unit_code, "Wrong2026pw")
    qtbot.waitUntil(lambda: "password is wrong" in login.message.text(), timeout=10_000)
    login.grab().save(str(artifacts / "login-offline.png"))
    qtbot.waitUntil(lambda: login.login_button.isEnabled(), timeout=10_000)
    agency_clock.advance(timedelta(seconds=2))  # the delay after a wrong password
    _log_in(qtbot, login, registered.unit_code, registered.password)
    qtbot.waitUntil(
        lambda: isinstance(shell.main_window, MainWindow) and shell.main_window.isVisible(), timeout=10_000
    )
    window = shell.main_window
    assert isinstance(window, MainWindow) and shell.offline is not None
    qtbot.waitUntil(lambda: window.status.connection_label.text().startswith("Offline since"), timeout=10_000)
    window.grab().save(str(artifacts / "main-window-offline.png"))

    store, unit_code = shell.ctx.store, registered.unit_code
    document = store.create_draft(unit_code, declaration(DeclarationType.ADD, person_line(7, "赵六")))
    with qtbot.waitSignal(SyncRunner.for_context(shell.ctx).declare([document]).finished):
        pass  # the document enters the outbox on a worker
    assert store.get_declaration(document).status is DeclarationStatus.PENDING

    server.start()
    shell.connect_agency()  # the reconnect timer's call
    qtbot.waitUntil(lambda: shell.offline is None, timeout=15_000)
    qtbot.waitUntil(
        lambda: store.get_declaration(document).status is DeclarationStatus.APPROVED, timeout=15_000
    )
    assert registered.client.declarations().total == 1


def test_a_unit_never_logged_in_here_is_told_it_cannot_log_in_offline(
    qtbot: QtBot, offline_shell: Shell, server: Agency, registered: AgencyUnit
) -> None:
    login = _lose_the_agency(qtbot, offline_shell, server)
    _log_in(qtbot, login, registered.unit_code, registered.password)
    qtbot.waitUntil(
        lambda: "has not logged in online on this computer" in login.message.text(), timeout=10_000
    )
    assert offline_shell.main_window is None
