"""Reminders: what the tray tells the accountant, decided from the month's state and the day.

Pure (`due_reminders`): the windows pass the month's summary (app.month, read on a worker) and today's
date from the injected clock. Two reminders, each of which the user can turn off:

- the window closes soon: a few days before the declaration window's last day (and on it), when
  something of the month is not declared (drafts, the payment not declared or stale) or a rejection waits
  to be fixed;
- a payment falls due: on the day the approved payment is due — the window's last day, when the agency
  collects it through the bank agreement (ssclient.rules.late_fees.payment_deadline) — unless the agency
  says it is paid already (`MonthReminders` asks it on that day only).

Each reminder has a key (kind, period, day): shown once a day at most, however often the state is read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from ssclient.app.month import Month, MonthSummary, PaymentState, summarize
from ssclient.domain.period import Period

if TYPE_CHECKING:  # the HTTP client loads with the session, not with the tray
    from ssclient.policy.model import Policy
    from ssclient.sync.api import AgencyClient

log = logging.getLogger(__name__)

__all__ = [
    "DAYS_BEFORE_CLOSING",
    "Month",
    "MonthReminders",
    "MonthState",
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
    summary: MonthSummary,
    today: date,
    switches: ReminderSwitches,
    shown: frozenset[str] = frozenset(),
    *,
    paid: bool = False,
) -> list[Reminder]:
    """The reminders to show now, leaving out those already `shown` (by key); `paid`: the agency says the
    period's payment is paid in full (nothing falls due)."""
    found: list[Reminder] = []
    window = summary.window
    payment_due = (
        summary.payment in (PaymentState.NOT_DECLARED, PaymentState.STALE) and not summary.nothing_to_pay
    )
    undeclared = summary.total("drafted") + (1 if payment_due else 0)
    rejected = summary.total("rejected")
    closing = window.window_open and 0 < window.days_left <= DAYS_BEFORE_CLOSING
    if switches.window_closing and closing and (undeclared or rejected):
        found.append(
            Reminder(
                ReminderKind.WINDOW_CLOSING, summary.period, today, window.days_left, undeclared, rejected
            )
        )
    declared = summary.payment in (PaymentState.CURRENT, PaymentState.STALE)
    if switches.payment_due and declared and not paid and payment_due_date(summary) == today:
        found.append(Reminder(ReminderKind.PAYMENT_DUE, summary.period, today))
    return [reminder for reminder in found if reminder.key not in shown]


class MonthState(NamedTuple):
    """What the tray shows and reminds of: the month's summary, and whether its payment is paid in full."""

    summary: MonthSummary
    paid: bool


class MonthReminders:
    """Reads what the reminders are decided from (on a worker): the month's summary from the store and, on
    the day the payment falls due, whether the agency has it paid (`agency` None: offline, not asked)."""

    def __init__(self, month: Month, agency: AgencyClient | None) -> None:
        self._month = month
        self._agency = agency

    def read(self, unit_code: str, policy: Policy, today: date) -> MonthState:
        summary = self._month.summary(unit_code, policy)
        due_today = payment_due_date(summary) == today
        return MonthState(summary, due_today and self._paid(summary.period))

    def _paid(self, period: Period) -> bool:
        from ssclient.sync.api import AgencyError, AgencyUnreachable

        if self._agency is None:
            return False
        try:
            months = self._agency.payment_months()
        except (AgencyError, AgencyUnreachable) as error:  # the reminder then shows, as before paying existed
            log.info("reminders: the agency's payments could not be read (%s)", error)
            return False
        return any(month.period == period and month.outstanding <= 0 for month in months)
