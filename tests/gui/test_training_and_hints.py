"""The training mark on every dialog that talks to a training agency, in the program's language; and the
hint when the agency cannot be reached points to where Settings is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency, start_agency
from ssclient.domain.clock import FixedClock
from ssclient.gui.context import AppContext
from ssclient.gui.password import ChangePasswordDialog
from ssclient.gui.register import RegisterDialog
from ssclient.gui.settings import SettingsDialog
from ssclient.gui.shell import Shell


def _dialogs(ctx: AppContext) -> list[QDialog]:
    return [RegisterDialog(ctx), ChangePasswordDialog(ctx), SettingsDialog(ctx.settings)]


def test_dialogs_are_marked_when_the_agency_is_a_training_one(
    qtbot: QtBot, ctx: AppContext, artifacts: Path
) -> None:
    ctx.settings.agency_url = ""  # the local training agency
    for dialog in _dialogs(ctx):
        qtbot.addWidget(dialog)
        dialog.show()
        banner = getattr(dialog, "training_banner", None)
        assert banner is not None and banner.isVisible(), dialog.objectName()
        assert "nothing you declare here reaches the real" in banner.text()
        assert "TRAINING" in dialog.windowTitle()
        dialog.grab().save(str(artifacts / f"training-mark-{dialog.objectName()}.png"))


def test_dialogs_of_a_real_agency_carry_no_mark(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.agency_url = "https://agency.example.cn"
    ctx.training_agency = False
    for dialog in _dialogs(ctx):
        qtbot.addWidget(dialog)
        assert getattr(dialog, "training_banner", "absent") is None
        assert "TRAINING" not in dialog.windowTitle()


@pytest.fixture
def training_agency(tmp_path: Path, agency_clock: FixedClock) -> Iterator[RunningAgency]:
    running = start_agency(f"sqlite:///{tmp_path / 'training.sqlite3'}", agency_clock, training=True)
    yield running
    running.stop()


def test_a_training_agency_at_an_address_is_described_in_the_programs_words(
    qtbot: QtBot, ctx: AppContext, training_agency: RunningAgency
) -> None:
    ctx.settings.agency_url = training_agency.url
    shell = Shell(ctx)
    login = shell.start()
    qtbot.addWidget(login)
    try:
        qtbot.waitUntil(login.login_button.isEnabled, timeout=10_000)
        text = login.agency_label.text()
        assert text == f"Training agency at {training_agency.url}"
        assert "(local)" not in text  # the agency's own English name is not shown
    finally:
        shell.shutdown()


def test_with_the_agency_down_the_hint_names_the_log_in_windows_settings_button(
    qtbot: QtBot, ctx: AppContext, artifacts: Path
) -> None:
    ctx.settings.agency_url = "http://127.0.0.1:9"  # the discard port: nothing answers there
    shell = Shell(ctx)
    login = shell.start()
    qtbot.addWidget(login)
    try:
        qtbot.waitUntil(lambda: "No agency" in login.agency_label.text(), timeout=20_000)
        text = login.agency_label.text()
        assert "Settings… button of the log-in window" in text
        assert login.settings_button.text() == "Settings…"
        login.grab().save(str(artifacts / "login-agency-down-hint.png"))
    finally:
        shell.shutdown()
