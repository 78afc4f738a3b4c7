"""The payroll window and the reminders speak Simplified Chinese: every string has a finished translation
in year_zh_CN.ts, the catalogue knows every string in the code, and the window shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.app.payroll import PAYROLL_MESSAGES, Reconciliation
from ssclient.gui.context import AppContext
from ssclient.gui.payroll.texts import payroll_sheet_messages
from ssclient.gui.payroll.window import PayrollWindow
from ssclient.gui.reminders import ReminderTray
from tests.gui.payroll.conftest import HEADERS, ZHANG
from tests.gui.records.conftest import snapshot
from tests.io.sheets import write_csv

ROOT = assets.root()
CATALOGUE = assets.resource("translations", "year_zh_CN.ts")


def test_the_sheet_problems_have_the_readers_english_sources() -> None:
    assert payroll_sheet_messages() == PAYROLL_MESSAGES


@pytest.mark.usefixtures("chinese")
def test_the_window_speaks_chinese(
    qtbot: QtBot, records_ctx: AppContext, paid_unit: str, payroll_file: Path, artifacts: Path, tmp_path: Path
) -> None:
    window = PayrollWindow(records_ctx)
    qtbot.addWidget(window)
    window.resize(1200, 640)
    window.show()
    assert window.windowTitle() == "工资表核对"
    assert window.choose_button.text() == "选择工资表…"
    with qtbot.waitSignal(window.checked, timeout=20_000) as shown:
        window.check_file(payroll_file)
    assert isinstance(shown.args[0], Reconciliation)
    model = window.model
    assert model.headerData(0, window.table.horizontalHeader().orientation()) == "差异"
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "发薪未参保", "参保未发薪", "代扣≠个人应缴", "工资≠申报工资",
    ]  # fmt: skip
    assert model.data(model.index(2, 4)) == "医疗保险"
    assert window.status_label.text() == f"与 2026-11 已审核的费款申报 {paid_unit} 相比有 4 处差异。"
    snapshot(window, artifacts, "payroll_window-zh.png")

    wrong_check = ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")
    bad = write_csv(tmp_path / "bad.csv", [HEADERS, [wrong_check, "张三", "六千", "", "", ""]])
    with qtbot.waitSignal(window.checked, timeout=20_000):
        window.check_file(bad)
    problems = window.problems
    texts = [str(problems.data(problems.index(r, 2))) for r in range(problems.rowCount())]
    assert texts[1] == "六千 不是金额；请填写数字，如：6500.00。"
    assert not any(text.isascii() for text in texts)  # the ID number's rule message too
    assert window.status_label.text() == "bad.csv 未核对：其中有 2 处问题。请更正后重新选择。"
    snapshot(window, artifacts, "payroll_refused-zh.png")

    parent = QWidget()
    qtbot.addWidget(parent)
    tray = ReminderTray(records_ctx, parent)
    assert tray.menu.title() == "提醒"
    assert tray.window_closing_action.text() == "申报期结束前提醒我"
