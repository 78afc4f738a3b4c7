"""The payroll window and the reminders speak Simplified Chinese: every string has a finished translation
in year_zh_CN.ts, the catalogue knows every string in the code, and the window shows it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.app.payroll import PAYROLL_MESSAGES, Reconciliation
from ssclient.gui.context import AppContext
from ssclient.gui.i18n import install_translations, remove_translations
from ssclient.gui.payroll.texts import payroll_sheet_messages
from ssclient.gui.payroll.window import PayrollWindow
from ssclient.gui.reminders import ReminderTray
from tests.gui.payroll.conftest import HEADERS, ZHANG
from tests.gui.records.conftest import snapshot
from tests.gui.records.test_translations import finished, messages
from tests.io.sheets import write_csv
from tests.support.translations import lupdate

ROOT = assets.root()
CATALOGUE = assets.resource("translations", "year_zh_CN.ts")
SOURCES = [
    *sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ssclient/gui/payroll").glob("*.py")),
    "ssclient/gui/reminders.py",
]


def test_every_string_has_a_finished_chinese_translation() -> None:
    found = messages(CATALOGUE)
    assert len(found) > 70
    assert [key for key, translation in found.items() if not finished(translation)] == []


def test_the_catalogue_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = lupdate(SOURCES, tmp_path)
    assert set(messages(fresh)) == set(messages(CATALOGUE)), (
        "run pyside6-lupdate for year_zh_CN.ts (the sources in this test), translate, and pyside6-lrelease"
    )


def test_the_compiled_catalogue_is_up_to_date() -> None:
    compiled = CATALOGUE.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime - 1


def test_the_sheet_problems_have_the_readers_english_sources() -> None:
    assert payroll_sheet_messages() == PAYROLL_MESSAGES


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp, installed)


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
