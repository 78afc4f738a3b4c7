"""The annual base in the main window: its Business menu entry, a saved document opened again in its own
window, and its approved record queried (by type) and shown with each line's average wage and new base."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationType
from ssclient.gui.annual_base.window import AnnualBaseWindow
from ssclient.gui.context import AppContext
from ssclient.gui.main_window import MainWindow
from ssclient.gui.records.record_details import RecordDetailsDialog
from ssclient.rules.annual_base import AnnualWages, plan_annual_base
from ssclient.store import Store
from ssclient.sync.encoding import DeclarationQuery
from tests.gui.annual_base.conftest import QIAN, ZHANG
from tests.gui.documents.conftest import wait_loaded
from tests.support.agency import CURRENT_PERIOD, AgencyUnit


@pytest.fixture
def main_window(qtbot: QtBot, records_ctx: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(records_ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.leave()


def test_the_business_menu_opens_the_window_and_the_draft_opens_in_it_again(
    qtbot: QtBot, main_window: MainWindow, insured_unit: str, wages_file: Path, store: Store
) -> None:
    action = main_window.actions_by_name["annualBase"]
    business = main_window.findChild(QMenu, "businessMenu")
    assert isinstance(business, QMenu) and action in business.actions()
    action.trigger()
    window = main_window.tabs.currentWidget()
    assert isinstance(window, AnnualBaseWindow)
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Annual base"
    with qtbot.waitSignal(window.imported, timeout=20_000):
        window.import_file(wages_file)
    with qtbot.waitSignal(window.saved, timeout=10_000) as saved:
        window.save()
    declaration_id = int(saved.args[0])
    main_window.close_tab(main_window.tabs.currentIndex())

    again = main_window.open_editor(DeclarationType.ANNUAL_BASE, declaration_id)
    assert isinstance(again, AnnualBaseWindow)
    wait_loaded(qtbot, again)
    assert not again.read_only and again.save_button.isEnabled()
    assert again.model.rowCount() == 3
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == f"Annual base #{declaration_id}"
    # A finding from the draft box goes to its line.
    assert again.focus_finding("lines[2].wage_base") and again.table.currentIndex().row() == 2
    assert not again.focus_finding("lines[7].wage_base")


def test_the_approved_record_is_queried_by_type_and_shows_average_and_new_base(
    qtbot: QtBot, records_ctx: AppContext, insured_unit: str, unit: AgencyUnit
) -> None:
    policy = unit.client.policy().policy
    roster = {e.id_number: e for e in unit.client.roster()}
    wages = [
        AnnualWages(2, ZHANG, "张三", Decimal("36000"), 12),
        AnnualWages(3, QIAN, "钱七", Decimal("360000"), 12),
    ]
    annual = records_ctx.annual_base.declarations(plan_annual_base(wages, roster, policy), CURRENT_PERIOD)[0]
    result = unit.client.submit(annual, "annual-main-window")
    assert result.approved and result.declaration_id is not None

    found = unit.client.declarations(DeclarationQuery(type=DeclarationType.ANNUAL_BASE))
    assert [r.serial_number for r in found.items] == [result.serial_number]

    dialog = RecordDetailsDialog(records_ctx, result.declaration_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    model = dialog.lines_model
    titles = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
    assert titles == ["ID number", "Name", "Average monthly wage", "New base", "Effective from"]
    rows = [[model.item(r, c).text() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        [ZHANG, "张三", "3,000.00", "4,800.00", "2026-01"],
        [QIAN, "钱七", "30,000.00", "24,000.00", "2026-01"],
    ]
