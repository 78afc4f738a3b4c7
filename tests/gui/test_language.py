"""Simplified Chinese by default: every shell string is translated, and the windows speak Chinese."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.gui.context import AppContext
from ssclient.gui.i18n import install_translations, remove_translations
from ssclient.gui.login import LoginDialog
from ssclient.gui.main_window import MainWindow
from ssclient.gui.register import RegisterDialog
from ssclient.gui.status import window_text
from ssclient.policy import default_policy
from tests.support.translations import lupdate

ROOT = assets.root()
SHELL_TS = assets.resource("translations", "shell_zh_CN.ts")
# The shell's sources: what lupdate reads for shell_zh_CN.ts.
SHELL_SOURCES = [
    *(
        f"ssclient/gui/{name}.py"
        for name in (
            "app",
            "errors",
            "login",
            "main_window",
            "query_tabs",
            "password",
            "register",
            "settings",
            "status",
            "unit_info",
            "workers",
            "session_expired",
            "shell",
            "session_dialogs",
            "backups",
            "backup_session",
            "offline_session",
            "archive_actions",
            "audit_window",
            "training",
            "retirement_window",
            "policy_settings",
            "login_keyring",
            "units/unit_list",
            "units/month_board",
            "units/controller",
        )
    ),
    *(
        f"ui/{name}.ui"
        for name in ("register", "change_password", "settings", "unit_info", "session_expired", "backups")
    ),
]


def _messages(path: Path) -> dict[tuple[str, str], ET.Element | None]:
    """Each message's translation element, None where the catalogue has none."""
    found: dict[tuple[str, str], ET.Element | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name", ""), message.findtext("source", ""))] = message.find(
                "translation"
            )
    return found


def test_every_shell_string_has_a_finished_chinese_translation() -> None:
    unfinished = [
        key
        for key, translation in _messages(SHELL_TS).items()
        if translation is None
        or not translation.text
        or translation.get("type") in ("unfinished", "obsolete")
    ]
    assert unfinished == []


def test_the_catalogue_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = lupdate(SHELL_SOURCES, tmp_path)
    assert set(_messages(fresh)) == set(_messages(SHELL_TS)), (
        "the shell's strings changed: run `.venv/bin/pyside6-lupdate <the SHELL_SOURCES of this test> "
        "-source-language en -target-language zh_CN -no-obsolete -ts resources/translations/shell_zh_CN.ts`, "
        "translate the new entries (Qt Linguist), then `.venv/bin/pyside6-lrelease` it to shell_zh_CN.qm"
    )


def test_the_compiled_catalogue_is_up_to_date() -> None:
    compiled = SHELL_TS.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= SHELL_TS.stat().st_mtime - 1


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp, installed)


@pytest.mark.usefixtures("chinese")
def test_windows_speak_chinese(qtbot: QtBot, ctx: AppContext, artifacts: Path) -> None:
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.set_agency_ready("培训用本地经办机构：http://127.0.0.1:8765", training=True)
    login.show()
    assert login.login_button.text() == "登录"
    assert "培训用本地经办机构" in login.training_banner.text()
    login.grab().save(str(artifacts / "login-zh.png"))

    register = RegisterDialog(ctx)
    qtbot.addWidget(register)
    register.show()
    register.edits["uscc"].setText("91110108")
    register.edits["uscc"].textEdited.emit("91110108")
    register.grab().save(str(artifacts / "register-zh.png"))

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.actions_by_name["addPersonnel"].text() == "新增参保"
    window.grab().save(str(artifacts / "main-window-zh.png"))
    window.leave()


@pytest.mark.usefixtures("chinese")
def test_window_text_in_chinese() -> None:
    assert window_text(default_policy(), date(2026, 11, 20)) == ("申报期开放至 23 日，还剩 4 天", True)
    assert window_text(default_policy(), date(2026, 11, 24)) == ("申报期已关闭，1 日起开放", False)
