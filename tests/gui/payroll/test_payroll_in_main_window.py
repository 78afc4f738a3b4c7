"""Query → Payroll reconciliation in the main window; a difference double-clicked opens the person in the
insured roster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.gui.context import AppContext
from ssclient.gui.main_window import MainWindow
from ssclient.gui.payroll.window import PayrollWindow
from ssclient.gui.records.roster_window import RosterWindow
from tests.gui.payroll.conftest import WANG


@pytest.fixture
def main_window(qtbot: QtBot, records_ctx: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(records_ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.leave()


def test_a_difference_opens_the_person_in_the_roster(
    qtbot: QtBot, main_window: MainWindow, paid_unit: str, payroll_file: Path
) -> None:
    main_window.actions_by_name["payrollReconciliation"].trigger()
    payroll = main_window.tabs.currentWidget()
    assert isinstance(payroll, PayrollWindow)
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Payroll reconciliation"
    with qtbot.waitSignal(payroll.checked, timeout=20_000):
        payroll.check_file(payroll_file)
    row = next(r for r in range(payroll.model.rowCount()) if payroll.model.item(r).id_number == WANG)
    payroll.table.doubleClicked.emit(payroll.model.index(row, 3))
    roster = main_window.tabs.currentWidget()
    assert isinstance(roster, RosterWindow)
    assert roster.filter_edit.text() == WANG
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1 and not roster.model.busy, timeout=10_000)
    assert roster.model.data(roster.model.index(0, 1)) == "王五"
