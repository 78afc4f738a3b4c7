"""Simplified Chinese by default: every shell string is translated, and the windows speak Chinese."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.gui.context import AppContext
from ssclient.gui.login import LoginDialog
from ssclient.gui.main_window import MainWindow
from ssclient.gui.register import RegisterDialog
from ssclient.gui.status import window_text
from ssclient.policy import default_policy

ROOT = assets.root()
SHELL_TS = assets.resource("translations", "shell_zh_CN.ts")
# The shell's sources: what lupdate reads for shell_zh_CN.ts.


def _messages(path: Path) -> dict[tuple[str, str], ET.Element | None]:
    """Each message's translation element, None where the catalogue has none."""
    found: dict[tuple[str, str], ET.Element | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name", ""), message.findtext("source", ""))] = message.find(
                "translation"
            )
    return found


@pytest.mark.usefixtures("chinese")
def test_windows_speak_chinese(qtbot: QtBot, ctx: AppContext, artifacts: Path) -> None:
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.set_agency_ready("培训用本地经办机构：http://127.0.0.1:8765", training=True)
    login.show()
    assert login.login_button.text() == "登录"
    assert "培训用本地经办机构" in login.training_banner.text()
    assert login.units.tree.headerItem().text(0) == "单位名称"  # a unit's name, not a person's (姓名)
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
