"""No agency configured: the client starts the local training agency and says so plainly."""

from __future__ import annotations

from pathlib import Path

import httpx
from pytestqt.qtbot import QtBot

from ssclient import paths
from ssclient.app.training_agency import database_path, training_store_path
from ssclient.gui.context import AppContext
from ssclient.gui.shell import Shell
from ssclient.store.database import default_path as default_store_path
from tests.support.agency import register_unit


def test_training_agency_starts_in_the_background_and_stops_at_exit(
    qtbot: QtBot, ctx: AppContext, user_dirs: Path, artifacts: Path
) -> None:
    assert ctx.settings.agency_url == ""
    shell = Shell(ctx)
    login = shell.start()
    qtbot.addWidget(login)
    try:
        assert login.training_banner.isVisible()
        assert login.training_banner.text().startswith("Training agency (local)")
        qtbot.waitUntil(login.login_button.isEnabled, timeout=30_000)
        url = shell.local_agency.url
        assert url.startswith("http://127.0.0.1:")
        assert "training agency" in login.agency_label.text().lower()
        assert ctx.training_agency
        assert database_path().is_relative_to(user_dirs)
        assert database_path().exists()
        login.grab().save(str(artifacts / "login-training-agency.png"))

        # Practice documents go to their own store, never into the one for the real agency.
        practice = register_unit(ctx.agency)
        login.unit_code.setText(practice.unit_code)
        login.password.setText(practice.password)
        login.log_in()
        qtbot.waitUntil(
            lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=20_000
        )
        assert shell.main_window is not None
        assert shell.main_window.status.training_label.text() == "Training agency (local)"
        # Each unit has its own store; the training agency's units are apart from the real one's.
        assert (paths.units_dir(training=True) / practice.unit_code / "store.sqlite3").exists()
        assert not paths.units_dir().exists() and not training_store_path().exists()
        assert not default_store_path().exists()
        shell.main_window.grab().save(str(artifacts / "main-window-training-agency.png"))
    finally:
        shell.shutdown()
    assert not shell.local_agency.running
    try:
        httpx.get(url + "/api/v1/health", timeout=1)
    except httpx.TransportError:
        pass
    else:
        raise AssertionError("the training agency still answers after exit")
