"""The tray's reminders on the offscreen platform (no system tray there: the decision is still made and
announced, and nothing breaks): the month's state as the tooltip, the window-closing and payment-due
reminders on the right days, once a day, each switch kept in the settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from ssclient.app.reminders import Reminder, ReminderKind
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.gui.reminders import ReminderTray
from ssclient.store import Store
from tests.gui.records.conftest import records_ctx, store  # noqa: F401
from tests.support.agency import CURRENT_PERIOD, AgencyUnit
from tests.support.paying import UNIONPAY_TEST_CARD, approve_payment


@pytest.fixture
def tray(qtbot: QtBot, records_ctx: AppContext) -> Iterator[ReminderTray]:  # noqa: F811
    window = QWidget()
    qtbot.addWidget(window)
    reminders = ReminderTray(records_ctx, window)
    yield reminders
    reminders.stop()


def read_month(qtbot: QtBot, tray: ReminderTray) -> list[Reminder]:
    shown: list[Reminder] = []
    tray.notified.connect(shown.append)
    task = tray.refresh()
    assert task is not None
    with qtbot.waitSignal(tray.updated, timeout=10_000):
        pass
    tray.notified.disconnect(shown.append)
    return shown


def at(clock: FixedClock, day: int) -> None:
    clock.set(datetime(2026, 11, day, 9, 0, tzinfo=CHINA_TZ))


def test_the_tray_exists_only_where_the_system_has_one(tray: ReminderTray) -> None:
    assert (tray.tray is not None) == QSystemTrayIcon.isSystemTrayAvailable()
    tray.start()  # with or without an icon
    assert tray.timer.isActive()
    tray.stop()
    assert not tray.timer.isActive()


def insure_someone(into: Store, unit_code: str) -> None:
    person = RosterEntry("110101199003071233", "张三", PersonStatus.ACTIVE, Decimal(6000), CURRENT_PERIOD)
    into.replace_roster(unit_code, [person])


def test_the_window_closing_reminder_once_a_day(
    qtbot: QtBot,
    tray: ReminderTray,
    agency_clock: FixedClock,
    records_ctx: AppContext,  # noqa: F811
    store: Store,  # noqa: F811
) -> None:
    insure_someone(store, records_ctx.unit_code)
    at(agency_clock, 20)
    assert read_month(qtbot, tray) == []
    assert tray.tooltip == (
        "Social insurance 2026-11\nDeclaration window open until the 23rd, 4 days left\nNext: declare the payment."
    )
    at(agency_clock, 21)
    (reminder,) = read_month(qtbot, tray)
    assert (reminder.kind, reminder.days_left, reminder.undeclared) == (ReminderKind.WINDOW_CLOSING, 3, 1)
    assert (
        tray.reminder_text(reminder)
        == "The declaration window for 2026-11 closes in 3 days. Not declared yet: 1."
    )
    assert read_month(qtbot, tray) == []  # once a day
    at(agency_clock, 23)
    (last,) = read_month(qtbot, tray)
    assert tray.reminder_text(last) == "The declaration window for 2026-11 closes today. Not declared yet: 1."


def test_a_unit_that_insures_nobody_is_not_reminded_of_a_payment(
    qtbot: QtBot, tray: ReminderTray, agency_clock: FixedClock
) -> None:
    at(agency_clock, 21)
    assert read_month(qtbot, tray) == []  # nothing to declare, so nothing left undeclared
    assert tray.tooltip.endswith("\nNext: add the employees to insure.")


def test_the_payment_due_reminder_and_the_switches(
    qtbot: QtBot,
    tray: ReminderTray,
    records_ctx: AppContext,  # noqa: F811
    store: Store,  # noqa: F811
    agency_clock: FixedClock,
) -> None:
    payment = store.create_draft(records_ctx.unit_code, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD))
    store.enqueue(payment, "reminder-test-payment")
    store.set_status(payment, DeclarationStatus.APPROVED, serial_number="SB2026110000000001")
    tray.window_closing_action.setChecked(False)
    assert records_ctx.settings.remind_window_closing is False
    at(agency_clock, 22)
    assert read_month(qtbot, tray) == []
    at(agency_clock, 23)
    (due,) = read_month(qtbot, tray)
    assert due.kind is ReminderKind.PAYMENT_DUE
    assert tray.reminder_text(due) == "The payment for 2026-11 falls due today."
    tray.payment_due_action.setChecked(False)
    assert records_ctx.settings.remind_payment_due is False
    other_window = QWidget()
    qtbot.addWidget(other_window)
    again = ReminderTray(records_ctx, other_window)
    assert not again.window_closing_action.isChecked() and not again.payment_due_action.isChecked()


def test_nothing_is_read_before_log_in(qtbot: QtBot) -> None:
    from ssclient.gui.app_settings import AppSettings

    window = QWidget()
    qtbot.addWidget(window)
    assert ReminderTray(AppContext(AppSettings()), window).refresh() is None


def test_no_payment_due_reminder_for_a_month_the_agency_has_paid(
    qtbot: QtBot,
    tray: ReminderTray,
    records_ctx: AppContext,  # noqa: F811
    store: Store,  # noqa: F811
    unit: AgencyUnit,
    agency_clock: FixedClock,
) -> None:
    """Paid through the bank agreement before its deadline: nothing falls due on the deadline day."""
    approve_payment(unit)
    unit.client.register_bank_agreement("102", UNIONPAY_TEST_CARD, "AGR20261120")
    assert unit.client.collect(CURRENT_PERIOD).paid
    payment = store.create_draft(records_ctx.unit_code, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD))
    store.enqueue(payment, "reminder-test-paid")
    store.set_status(payment, DeclarationStatus.APPROVED, serial_number="SB2026110000000002")
    tray.window_closing_action.setChecked(False)
    at(agency_clock, 23)
    unit.relogin()  # the session of the 20th has expired by the 23rd
    assert read_month(qtbot, tray) == []
