"""Reminders: what the tray tells the accountant, decided from the month's state and the day.

Pure (`due_reminders`): the windows pass the month's summary (app.month, read on a worker) and today's
date from the injected clock. Two reminders, each of which the user can turn off:

- the window closes soon: a few days before the declaration window's last day (and on it), when
  something of the month is not declared (drafts, the payment not declared or stale) or a rejection waits
  to be fixed;
- a payment falls due: on the day the approved payment is due. The agency publishes no payment due date
  yet, so the payment declaration's deadline — the window's last day — stands in for it.

Each reminder has a key (kind, period, day): shown once a day at most, however often the state is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ssclient.app.month import Month, MonthSummary, PaymentState, summarize
from ssclient.domain.period import Period

__all__ = [
    "DAYS_BEFORE_CLOSING",
    "Month",
    "MonthSummary",
    "PaymentState",
    "Reminder",
    "ReminderKind",
    "ReminderSwitches",
    "due_reminders",
    "payment_due_date",
    "summarize",
]

# How many days before the window's last day the first reminder comes (that day included: 3 → the last
# three days). The program's own choice: enough to finish a month's declarations, not a daily nag.
DAYS_BEFORE_CLOSING = 3


class ReminderKind(StrEnum):
    WINDOW_CLOSING = "window_closing"
    PAYMENT_DUE = "payment_due"


@dataclass(frozen=True, slots=True)
class ReminderSwitches:
    """Which reminders the user wants (Settings; both on unless turned off)."""

    window_closing: bool = True
    payment_due: bool = True


@dataclass(frozen=True, slots=True)
class Reminder:
    """A notification to show. WINDOW_CLOSING: `days_left` (1 = today is the last day), `undeclared` (the
    documents drafted, plus one when the payment is not declared or stale) and `rejected`. PAYMENT_DUE:
    the period's approved payment is due `on`."""

    kind: ReminderKind
    period: Period
    on: date
    days_left: int = 0
    undeclared: int = 0
    rejected: int = 0

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.period}:{self.on.isoformat()}"


def payment_due_date(summary: MonthSummary) -> date | None:
    """The day the period's payment falls due. No due date exists yet: the payment declaration's deadline
    (the window's last day) stands in for it. None when the window is closed today."""
    return summary.window.closes_on


def due_reminders(
    summary: MonthSummary, today: date, switches: ReminderSwitches, shown: frozenset[str] = frozenset()
) -> list[Reminder]:
    """The reminders to show now, leaving out those already `shown` (by key)."""
    found: list[Reminder] = []
    window = summary.window
    undeclared = summary.total("drafted") + (
        1 if summary.payment in (PaymentState.NOT_DECLARED, PaymentState.STALE) else 0
    )
    rejected = summary.total("rejected")
    closing = window.window_open and 0 < window.days_left <= DAYS_BEFORE_CLOSING
    if switches.window_closing and closing and (undeclared or rejected):
        found.append(
            Reminder(
                ReminderKind.WINDOW_CLOSING, summary.period, today, window.days_left, undeclared, rejected
            )
        )
    declared = summary.payment in (PaymentState.CURRENT, PaymentState.STALE)
    if switches.payment_due and declared and payment_due_date(summary) == today:
        found.append(Reminder(ReminderKind.PAYMENT_DUE, summary.period, today))
    return [reminder for reminder in found if reminder.key not in shown]
