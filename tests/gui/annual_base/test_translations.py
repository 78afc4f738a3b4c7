"""The annual base window speaks Simplified Chinese: every string has a finished translation in
annualbase_zh_CN.ts, the catalogue knows every string in the code, and the window shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.app.annual_base import WAGES_MESSAGES, AnnualBasePlan, DeclaredElsewhere, Refused
from ssclient.domain.enums import DeclarationType
from ssclient.gui.annual_base.texts import PartsTexts, wages_sheet_messages
from ssclient.gui.annual_base.window import AnnualBaseWindow
from ssclient.gui.context import AppContext
from ssclient.gui.documents.texts import document_title
from tests.gui.annual_base.conftest import HEADER, ZHANG
from tests.gui.records.conftest import snapshot
from tests.io.sheets import write_csv


def test_the_sheet_problems_have_the_readers_english_sources() -> None:
    assert wages_sheet_messages() == WAGES_MESSAGES


@pytest.mark.usefixtures("chinese")
def test_the_window_speaks_chinese(
    qtbot: QtBot,
    records_ctx: AppContext,
    insured_unit: str,
    wages_file: Path,
    artifacts: Path,
    tmp_path: Path,
) -> None:
    window = AnnualBaseWindow(records_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    assert window.windowTitle() == "年度缴费工资申报" == document_title(DeclarationType.ANNUAL_BASE)
    assert window.import_button.text() == "导入上年度工资…"
    assert "仅为示例" in window.policy_label.text()
    with qtbot.waitSignal(window.imported, timeout=20_000) as shown:
        window.import_file(wages_file)
    assert isinstance(shown.args[0], AnnualBasePlan)
    model = window.model
    assert model.headerData(7, window.table.horizontalHeader().orientation()) == "新缴费基数"
    assert [model.data(model.index(r, 9)) for r in range(model.rowCount())] == [
        "按下限核定",
        "",
        "按上限核定",
    ]
    assert window.status_label.text() == "自2026-01起的新缴费基数共3条。请核对后保存到草稿箱。"
    assert window.apart.tabText(0) == "在册参保但文件中无工资（1）"
    snapshot(window, artifacts, "annual_base_window-zh.png")

    wrong_check = ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")
    bad = write_csv(tmp_path / "bad.csv", [HEADER, [wrong_check, "张三", *([None] * 12), "六万", "12"]])
    with qtbot.waitSignal(window.imported, timeout=20_000) as shown:
        window.import_file(bad)
    assert isinstance(shown.args[0], Refused)
    problems = window.problems
    texts = [str(problems.data(problems.index(r, 2))) for r in range(problems.rowCount())]
    assert texts[1] == "六万不是金额；请填写数字，如6500.00。"
    assert not any(text.isascii() for text in texts)  # the ID number's rule message too
    assert window.status_label.text() == "bad.csv未导入：其中各行共有2个问题。请改正后重新导入。"
    snapshot(window, artifacts, "annual_base_refused-zh.png")


@pytest.mark.usefixtures("english")
def test_the_parts_words_count_in_english() -> None:
    texts = PartsTexts()
    assert texts.plan(4_090, "2026-01", 3, 2_000) == (
        "4,090 new bases from 2026-01. Check them, then save them to the draft box as 3 documents: one "
        "declaration holds at most 2,000 people. Declare them together."
    )
    assert texts.saved([7, 8]).startswith("Saved to the draft box as 2 documents, #7 to #8")
    assert texts.elsewhere(1).startswith("1 more insured person has a new base")
    assert texts.elsewhere(2_000).startswith("2,000 more insured people have their new base")
    assert texts.left_out(1).startswith("1 person in the file already has a new base")
    assert texts.declared_elsewhere(DeclaredElsewhere(1, (3,))).startswith(
        "1 of these people already has a new base in other annual base documents of this year (#3)"
    )
