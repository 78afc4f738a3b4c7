"""Query → Late fee forecast: the last free day, the fee today and after a delay of 1, 5, 10, 30 or any
number of days, reckoned on the approved payment declaration in the unit's store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from ssclient.app.late_fees import Basis
from ssclient.domain.clock import FixedClock
from ssclient.domain.money import format_money
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.late_fees.window import DELAYS, LateFeeWindow
from ssclient.gui.main_window import MainWindow
from ssclient.store import Store
from tests.gui.late_fees.conftest import approve_payment, expected_fee, move_to
from tests.gui.records.conftest import snapshot
from tests.support.agency import AgencyUnit
from tests.support.paying import UNIONPAY_TEST_CARD

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def approved(insured: None, unit: AgencyUnit, store: Store, agency_clock: FixedClock) -> tuple[str, Decimal]:
    """November's payment approved on the 20th; the clock then on the 30th, a week after the deadline."""
    paid = approve_payment(unit, store, agency_clock)
    move_to(agency_clock, unit, 30)
    return paid


def open_window(qtbot: QtBot, ctx: AppContext) -> LateFeeWindow:
    window = LateFeeWindow(ctx)
    qtbot.addWidget(window)
    window.resize(760, 560)
    window.show()
    qtbot.waitUntil(lambda: window.outlook is not None, timeout=10_000)
    return window


def cells(window: LateFeeWindow, row: int) -> list[str]:
    items = [window.table.item(row, column) for column in range(window.table.columnCount())]
    return [item.text() if item is not None else "" for item in items]


def test_the_forecast_of_an_approved_payment_a_week_late(
    qtbot: QtBot, records_ctx: AppContext, approved: tuple[str, Decimal], artifacts: Path
) -> None:
    serial, amount = approved
    window = open_window(qtbot, records_ctx)
    # No bank agreement: the agency's collection at the deadline failed, the whole amount is unpaid.
    assert window.outlook is not None and window.outlook.basis is Basis.OUTSTANDING
    assert window.basis_label.text() == (
        "Reckoned on what the agency says is still unpaid of the approved payment declaration of 2026-11 "
        f"(serial number {serial}): {format_money(amount)} yuan."
    )
    assert window.deadline_label.text() == "2026-11-23 (7 days ago)"
    assert window.fee_today_label.text() == f"{format_money(expected_fee(amount, 7))} yuan (7 days late)"
    assert "Social Insurance Law art. 86" in window.rate_label.text()
    assert window.status_label.text().startswith("As of 2026-11-30, to the cent. Only what is still unpaid")
    assert DELAYS == (1, 5, 10, 30)
    assert cells(window, 0) == ["1 day", "2026-12-01", "8", format_money(expected_fee(amount, 8))]
    assert cells(window, 3) == ["30 days", "2026-12-30", "37", format_money(expected_fee(amount, 37))]
    window.delay_spin.setValue(45)
    assert window.delay_label.text() == (
        f"on 2027-01-14, 52 days late: late fee {format_money(expected_fee(amount, 52))} yuan."
    )
    snapshot(window, artifacts, "late_fee_forecast.png")


def test_a_month_without_a_payment_and_a_period_that_does_not_read(
    qtbot: QtBot, records_ctx: AppContext, approved: tuple[str, Decimal]
) -> None:
    window = open_window(qtbot, records_ctx)
    window.period_edit.setText("2026-10")
    with qtbot.waitSignal(window.shown, timeout=10_000):
        window.show_button.click()
    assert window.outlook is not None and window.outlook.basis is Basis.NONE
    assert window.basis_label.text().startswith("No payment declaration of 2026-10 on this computer")
    assert (
        window.deadline_label.text()
        == f"2026-10-23 ({(date(2026, 11, 30) - date(2026, 10, 23)).days} days ago)"
    )
    assert cells(window, 0)[3] == "–"
    assert window.fee_today_label.text() == "–"

    window.period_edit.setText("2026-13")
    assert window.show_period() is None
    assert (
        window.status_label.text() == "“2026-13” is not a period: type the year and month, such as 2026-11."
    )
    assert window.outlook.period.month == 10  # what was shown stays


def test_a_payment_approved_while_it_is_open_shows(
    qtbot: QtBot,
    records_ctx: AppContext,
    insured: None,
    unit: AgencyUnit,
    store: Store,
    agency_clock: FixedClock,
) -> None:
    window = open_window(qtbot, records_ctx)
    assert window.outlook is not None and window.outlook.basis is Basis.NONE
    serial, amount = approve_payment(unit, store, agency_clock)
    with qtbot.waitSignal(window.shown, timeout=10_000):
        records_ctx.signals.documents_changed.emit()
    shown = window.outlook
    assert shown is not None and (shown.basis, shown.amount) == (Basis.OUTSTANDING, amount)
    assert serial in window.basis_label.text()


@pytest.fixture
def main_window(qtbot: QtBot, records_ctx: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(records_ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.leave()


def test_the_query_menu_opens_it_once_as_a_tab(
    qtbot: QtBot, main_window: MainWindow, artifacts: Path
) -> None:
    action = main_window.findChild(QAction, "lateFeeForecast")
    assert action is not None and action.text() == "Late fee forecast"
    action.trigger()
    window = main_window.tabs.currentWidget()
    assert isinstance(window, LateFeeWindow)
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Late fee forecast"
    qtbot.waitUntil(lambda: window.outlook is not None, timeout=10_000)
    snapshot(main_window, artifacts, "late_fee_forecast_tab.png")
    action.trigger()
    assert main_window.tabs.count() == 1


def test_a_month_paid_at_the_agency_owes_no_late_fee(
    qtbot: QtBot,
    records_ctx: AppContext,
    insured: None,
    unit: AgencyUnit,
    store: Store,
    agency_clock: FixedClock,
) -> None:
    """Paid in full (here on the 20th, before the deadline): nothing accrues, whatever the delay asked."""
    serial, _amount = approve_payment(unit, store, agency_clock)
    unit.client.register_bank_agreement("102", UNIONPAY_TEST_CARD, "AGR20261120")
    assert unit.client.collect(Period(2026, 11)).paid
    move_to(agency_clock, unit, 30)
    window = open_window(qtbot, records_ctx)
    assert window.outlook is not None and window.outlook.basis is Basis.PAID
    assert window.basis_label.text() == (
        f"The payment declaration of 2026-11 (serial number {serial}) is paid in full at the agency: no late "
        "fee accrues."
    )
    assert cells(window, 3)[3] == "0.00"
