"""The month board's late-fee columns: every unit's last free day and the fee if paid today, the costliest
first among units equally in need of attention (the stores made by tests/app/test_late_fees_board.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import FixedClock
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.units.month_board import MonthBoard
from ssclient.gui.workers import cancel_all_and_wait
from tests.app.test_late_fees_board import AFTER_THE_WINDOW, AGENCY, make_units
from tests.gui.records.conftest import snapshot

LAST_FREE_DAY, FEE_TODAY = 8, 9  # the columns after Payment


@pytest.fixture
def board(qtbot: QtBot, tmp_path: Path) -> Iterator[MonthBoard]:
    clock = FixedClock(AFTER_THE_WINDOW)
    make_units(clock)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.agency_url = AGENCY
    shown = MonthBoard(AppContext(settings, clock=clock))
    qtbot.addWidget(shown)
    shown.show()
    shown.refresh()
    qtbot.waitUntil(lambda: shown.tree.topLevelItemCount() == 4, timeout=10_000)
    yield shown
    cancel_all_and_wait()


def column(board: MonthBoard, index: int) -> list[str]:
    return [board.tree.topLevelItem(row).text(index) for row in range(board.tree.topLevelItemCount())]


def test_the_board_shows_each_units_last_free_day_and_fee_today(board: MonthBoard, artifacts: Path) -> None:
    header = board.tree.headerItem()
    assert (header.text(LAST_FREE_DAY), header.text(FEE_TODAY)) == ("Last free day", "Late fee today")
    assert column(board, 1) == ["170000002", "170000001", "170000003", "170000004"]
    assert column(board, LAST_FREE_DAY) == ["2026-11-23"] * 4
    assert column(board, FEE_TODAY) == ["30.00", "15.00", "–", "9.00"]
    # A fee reckoned on a payment not approved yet says so.
    assert (
        board.tree.topLevelItem(0)
        .toolTip(FEE_TODAY)
        .startswith("Reckoned on the payment declaration of 2026-11 in the draft box (not declared yet")
    )
    snapshot(board, artifacts, "late_fee_month_board.png")


@pytest.mark.usefixtures("chinese")
def test_the_board_columns_in_chinese(board: MonthBoard, artifacts: Path) -> None:
    header = board.tree.headerItem()
    assert (header.text(LAST_FREE_DAY), header.text(FEE_TODAY)) == ("最后免滞纳金日", "今日滞纳金")
    snapshot(board, artifacts, "late_fee_month_board-zh.png")
