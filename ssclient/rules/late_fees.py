"""Late fees (滞纳金) on contributions paid after their deadline: the one computation the agency charges with
and the client forecasts with.

Social Insurance Law of the People's Republic of China (《中华人民共和国社会保险法》, 2010, amended 2018),
article 86: a unit that does not pay its contributions on time and in full is ordered to pay within a time
limit, "并自欠缴之日起，按日加收万分之五的滞纳金" — from the day the arrears start, 0.05 % of the arrears a day.

The deadline is the last day of the declaration window in the period's own month (the window's days come
from the agency's notice in the source documents, not from a regulation: see the policy's `window` source).
The arrears start the day after it; a payment on day N after the deadline owes N days. The fee is rounded
once, as the policy rounds money.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ssclient.domain.money import ZERO
from ssclient.domain.period import Period
from ssclient.policy.model import Policy

# 社会保险法 art. 86: 按日加收万分之五.
DAILY_RATE = Decimal("0.0005")
LATE_FEE_SOURCE = "《中华人民共和国社会保险法》第八十六条"


def payment_deadline(policy: Policy, period: Period) -> date:
    """The last day `period`'s contributions may be paid without a late fee: its window's last day (the
    month's last day when the window would run past it)."""
    month_days = calendar.monthrange(period.year, period.month)[1]
    return date(period.year, period.month, min(policy.window_last_day, month_days))


def days_late(deadline: date, paid_on: date) -> int:
    """Days of arrears when paid on `paid_on`: none on or before the deadline."""
    return max(0, (paid_on - deadline).days)


def late_fee(amount: Decimal, days: int, policy: Policy) -> Decimal:
    """The late fee on `amount` owed `days` days after its deadline (0.05 % a day, rounded once)."""
    if days <= 0 or amount <= ZERO:
        return policy.round(ZERO)
    return policy.round(amount * DAILY_RATE * days)


@dataclass(frozen=True, slots=True)
class LateFeeForecast:
    """What paying `amount` for `period` costs by day: the last day without a fee, the fee owed today, and
    what each further day of delay adds."""

    period: Period
    amount: Decimal
    deadline: date
    today: date
    policy: Policy

    @property
    def last_free_day(self) -> date:
        return self.deadline

    @property
    def days_late_today(self) -> int:
        return days_late(self.deadline, self.today)

    @property
    def fee_today(self) -> Decimal:
        return late_fee(self.amount, self.days_late_today, self.policy)

    def fee_if_paid_on(self, day: date) -> Decimal:
        return late_fee(self.amount, days_late(self.deadline, day), self.policy)

    def fee_after_delay(self, days: int) -> Decimal:
        """The fee if paid `days` days from today (0: today)."""
        return self.fee_if_paid_on(self.today + timedelta(days=max(0, days)))


def forecast(amount: Decimal, period: Period, today: date, policy: Policy) -> LateFeeForecast:
    """The late-fee forecast for paying `amount` for `period`, seen on `today`."""
    return LateFeeForecast(period, amount, payment_deadline(policy, period), today, policy)
