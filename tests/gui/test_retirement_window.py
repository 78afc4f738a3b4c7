"""Query → Reaching retirement age: the tab lists the insured people of the local roster who reach
statutory retirement age within 3 months (or as many as asked), read on a worker, again when the roster
changes; and it opens from the Query menu."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.gui.context import AppContext
from ssclient.gui.i18n import install_translations, remove_translations
from ssclient.gui.main_window import MainWindow
from ssclient.gui.retirement_window import RetirementWindow
from ssclient.store import Store
from tests.rules.idgen import make_id

UNIT = Unit(unit_code="170000002", name="北京示例科技有限公司", uscc="91110000MA01ABCD1X", tax_number="x")
MAN = make_id(date(1966, 8, 15), sequence=11)  # 60 years 5 months: 2027-01
WOMAN = make_id(date(1976, 6, 1), sequence=22)  # a worker's age unless she is a cadre: 2027-03
SINCE = Period(2020, 1)


@pytest.fixture
def store_ctx(ctx: AppContext, tmp_path: Path, agency_clock: FixedClock) -> Iterator[AppContext]:
    store = Store.open(tmp_path / "store.sqlite3", clock=agency_clock)
    store.replace_roster(
        UNIT.unit_code,
        [
            RosterEntry(MAN, "王一", PersonStatus.ACTIVE, Decimal(6000), SINCE),
            RosterEntry(WOMAN, "李三", PersonStatus.ACTIVE, Decimal(6000), SINCE),
        ],
    )
    ctx.store = store
    ctx.set_unit(UNIT)
    yield ctx
    ctx.take_store()
    store.close()


def _rows(window: RetirementWindow) -> list[list[str]]:
    table = window.table
    rows = []
    for row in range(table.rowCount()):
        items = [table.item(row, column) for column in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


def _wait_listed(qtbot: QtBot, window: RetirementWindow, count: int) -> None:
    qtbot.waitUntil(lambda: window.listing is not None and len(window.listing.people) == count)
    qtbot.waitUntil(lambda: window.table.rowCount() == count)


def test_people_reaching_retirement_age_within_the_months_asked(
    qtbot: QtBot, store_ctx: AppContext, artifacts: Path
) -> None:
    window = RetirementWindow(store_ctx)
    qtbot.addWidget(window)
    window.show()
    _wait_listed(qtbot, window, 1)
    assert window.months.value() == 3
    assert _rows(window) == [[MAN, "王一", "2027-01", "60 years 5 months", ""]]
    assert window.status.text() == "Insured people reaching retirement age from 2026-11 to 2027-02: 1."
    assert "渐进式延迟法定退休年龄" in window.rule.text()

    window.months.setValue(6)
    _wait_listed(qtbot, window, 2)
    woman = _rows(window)[1]
    assert woman[:4] == [WOMAN, "李三", "2027-03", "50 years 9 months"]
    assert "worker or a cadre" in woman[4]
    window.resize(900, 300)
    window.grab().save(str(artifacts / "retirement-window.png"))

    # The roster changed (an approval, say): the tab reads it again by itself.
    store_ctx.store.replace_roster(
        UNIT.unit_code,
        [RosterEntry(MAN, "王一", PersonStatus.INTERRUPTED, Decimal(6000), SINCE, interrupted_from=SINCE)],
    )
    store_ctx.signals.roster_changed.emit()
    _wait_listed(qtbot, window, 0)
    assert window.status.text().startswith("Nobody insured reaches retirement age from 2026-11 to 2027-05")


def test_an_empty_list_has_columns_as_wide_as_what_they_would_hold(
    qtbot: QtBot, store_ctx: AppContext
) -> None:
    """Nobody retiring is the usual month: the columns were squeezed to their titles then."""
    store_ctx.store.replace_roster(UNIT.unit_code, [])
    window = RetirementWindow(store_ctx)
    qtbot.addWidget(window)
    window.show()
    _wait_listed(qtbot, window, 0)
    metrics, width = window.table.fontMetrics(), window.table.columnWidth
    assert width(0) > metrics.horizontalAdvance(MAN) and width(3) > metrics.horizontalAdvance(
        "60 years 5 months"
    )


def test_it_opens_from_the_query_menu_in_chinese(
    qtbot: QtBot, store_ctx: AppContext, qapp: QApplication, artifacts: Path
) -> None:
    installed = install_translations(qapp, "zh_CN")
    try:
        main = MainWindow(store_ctx)
        qtbot.addWidget(main)
        main.show()
        action = main.actions_by_name["retiringSoon"]
        assert action.text() == "即将达到退休年龄人员"
        action.trigger()
        window = main.tabs.currentWidget()
        assert isinstance(window, RetirementWindow)
        window.months.setValue(6)
        _wait_listed(qtbot, window, 2)
        assert _rows(window)[0][3] == "60岁5个月"
        main.resize(1000, 420)
        main.grab().save(str(artifacts / "retirement-window-zh.png"))
        main.leave()
    finally:
        remove_translations(qapp, installed)
