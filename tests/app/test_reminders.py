"""When the tray reminds: a few days before the window closes while something is undeclared or rejected,
and on the day the payment falls due (the payment declaration's deadline stands in for a due date)."""

from __future__ import annotations

from datetime import date

import pytest

from ssclient.app.month import MonthSummary, PaymentState, TypeCounts, window_state
from ssclient.app.reminders import (
    DAYS_BEFORE_CLOSING,
    Reminder,
    ReminderKind,
    ReminderSwitches,
    due_reminders,
    payment_due_date,
)
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.policy import default_policy

POLICY = default_policy()  # the window: days 1 to 23
NOVEMBER = Period(2026, 11)
ON = ReminderSwitches()


def month(
    today: date, payment: PaymentState = PaymentState.NOT_DECLARED, drafted: int = 0, rejected: int = 0
) -> MonthSummary:
    counts = {kind: TypeCounts() for kind in DeclarationType}
    counts[DeclarationType.ADD] = TypeCounts(drafted=drafted, rejected=rejected)
    return MonthSummary(Period.of(today), window_state(POLICY, today), counts, payment, None)


def test_the_window_closing_reminder_comes_in_the_last_days_only() -> None:
    assert DAYS_BEFORE_CLOSING == 3
    assert due_reminders(month(date(2026, 11, 20)), date(2026, 11, 20), ON) == []
    (first,) = due_reminders(month(date(2026, 11, 21)), date(2026, 11, 21), ON)
    assert first == Reminder(ReminderKind.WINDOW_CLOSING, NOVEMBER, date(2026, 11, 21), 3, 1, 0)
    (last,) = due_reminders(month(date(2026, 11, 23), drafted=2, rejected=1), date(2026, 11, 23), ON)
    assert (last.days_left, last.undeclared, last.rejected) == (1, 3, 1)
    assert due_reminders(month(date(2026, 11, 24)), date(2026, 11, 24), ON) == []  # closed


@pytest.mark.parametrize(
    ("payment", "drafted", "rejected", "reminded"),
    [
        (PaymentState.CURRENT, 0, 0, False),  # everything declared
        (PaymentState.WAITING, 0, 0, False),  # declared, the agency's answer pending
        (PaymentState.CURRENT, 0, 2, True),  # a rejection waits to be fixed
        (PaymentState.CURRENT, 1, 0, True),  # a draft not declared
        (PaymentState.STALE, 0, 0, True),  # the payment must be revised
    ],
)
def test_the_window_closing_reminder_needs_something_to_do(
    payment: PaymentState, drafted: int, rejected: int, reminded: bool
) -> None:
    day = date(2026, 11, 22)
    kinds = [r.kind for r in due_reminders(month(day, payment, drafted, rejected), day, ON)]
    assert (ReminderKind.WINDOW_CLOSING in kinds) is reminded


def test_the_payment_falls_due_on_the_declarations_deadline() -> None:
    due = date(2026, 11, 23)
    assert payment_due_date(month(due, PaymentState.CURRENT)) == due
    assert [r.kind for r in due_reminders(month(due, PaymentState.CURRENT), due, ON)] == [
        ReminderKind.PAYMENT_DUE
    ]
    # Paid already (the agency says so): nothing falls due.
    assert due_reminders(month(due, PaymentState.CURRENT), due, ON, paid=True) == []
    day_before = date(2026, 11, 22)
    assert due_reminders(month(day_before, PaymentState.CURRENT), day_before, ON) == []
    # Not declared: nothing falls due; the window reminder says to declare it.
    kinds = [r.kind for r in due_reminders(month(due), due, ON)]
    assert kinds == [ReminderKind.WINDOW_CLOSING]


def test_each_reminder_can_be_turned_off_and_comes_once_a_day() -> None:
    due = date(2026, 11, 23)
    summary = month(due, PaymentState.STALE)
    both = due_reminders(summary, due, ON)
    assert [r.kind for r in both] == [ReminderKind.WINDOW_CLOSING, ReminderKind.PAYMENT_DUE]
    assert due_reminders(summary, due, ReminderSwitches(window_closing=False)) == [both[1]]
    assert due_reminders(summary, due, ReminderSwitches(payment_due=False)) == [both[0]]
    assert due_reminders(summary, due, ON, frozenset(r.key for r in both)) == []
    assert both[1].key == "payment_due:2026-11:2026-11-23"
