"""The home page shows the current period's payment as the agency has it, and follows a payment made in
Query → Payments when the page shows again."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from ssclient.domain.money import format_money
from ssclient.gui.context import AppContext
from ssclient.gui.main_window import MainWindow
from ssclient.gui.paying.window import PaymentsWindow
from tests.gui.paying.test_payments_window import register, shot
from tests.support.paying import UNIONPAY_TEST_CARD


def test_the_home_page_shows_the_month_due_then_paid(
    qtbot: QtBot, records_ctx: AppContext, declared: Decimal, artifacts: Path
) -> None:
    main = MainWindow(records_ctx)
    qtbot.addWidget(main)
    main.resize(1180, 760)
    main.show()
    label = main.home.collection_label
    due = f"{format_money(declared)} is due for 2026-11 by 2026-11-23 (Query → Payments)."
    qtbot.waitUntil(lambda: label.isVisible() and label.text() == due, timeout=10_000)
    shot(main, "home-due.png", artifacts)

    main.actions_by_name["payments"].trigger()
    window = main.tabs.currentWidget()
    assert isinstance(window, PaymentsWindow)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    register(qtbot, window, UNIONPAY_TEST_CARD)
    with qtbot.waitSignal(window.loaded, timeout=10_000), qtbot.waitSignal(window.paid, timeout=10_000):
        window.pay(window.model.items[0])
    assert main.close_tab(main.tabs.indexOf(window))
    qtbot.waitUntil(lambda: label.text() == "The contributions for 2026-11 are paid.", timeout=10_000)
    main.leave()


def test_without_an_agency_the_line_stays_hidden(qtbot: QtBot, records_ctx: AppContext) -> None:
    records_ctx.agency = None
    main = MainWindow(records_ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.home.summary is not None, timeout=10_000)
    assert main.home.collection_label.refresh() is None and main.home.collection_label.isHidden()
    main.leave()
