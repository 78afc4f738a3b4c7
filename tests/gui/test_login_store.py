"""Logging in when the data file is not as it should be: the user reads what happened and what to do (in the
log-in window, or over the main window), never "something went wrong inside the program"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.gui.main_window import MainWindow
from ssclient.gui.shell import Shell
from tests.support.agency import AgencyUnit


def _log_in(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    login = shell.login
    assert login is not None
    login.unit_code.setText(unit.unit_code)
    login.password.setText(unit.password)
    login.login_button.click()


def test_an_empty_data_file_is_kept_aside_and_the_user_told(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path
) -> None:
    store_path = shell.session.units.store_path(unit.unit_code)  # the unit's own store
    store_path.parent.mkdir(parents=True, exist_ok=True)
    store_path.write_bytes(b"")
    _log_in(qtbot, shell, unit)
    qtbot.waitUntil(lambda: isinstance(shell.main_window, MainWindow), timeout=10_000)
    window = shell.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storeNotice") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "storeNotice")
    assert box is not None
    kept = [p for p in store_path.parent.iterdir() if p.name.endswith(".empty")]
    assert len(kept) == 1 and kept[0].read_bytes() == b""
    assert str(kept[0]) in box.text() and "was empty (0 bytes)" in box.text()
    box.grab().save(str(artifacts / "store-empty-kept-aside.png"))
    box.close()


def test_a_read_only_data_folder_is_said_so_in_the_log_in_window(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, monkeypatch: pytest.MonkeyPatch, artifacts: Path
) -> None:
    folder = shell.session.units.folder(unit.unit_code)  # the unit's own folder
    real_access = os.access
    # The OS's refusal for a user (chmod does not bind root, and CI runs as root).
    monkeypatch.setattr(
        "ssclient.store.database.os.access",
        lambda p, mode: False if Path(p) == folder else real_access(p, mode),
    )
    login = shell.login
    assert login is not None
    _log_in(qtbot, shell, unit)
    qtbot.waitUntil(lambda: "read-only" in login.message.text(), timeout=10_000)
    assert str(folder) in login.message.text()
    assert "inside the program" not in login.message.text()
    assert login.login_button.isEnabled()  # after fixing the folder, log in again
    assert shell.main_window is None
    login.grab().save(str(artifacts / "login-store-folder-read-only.png"))
