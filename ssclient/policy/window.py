"""The declaration window on a given day, from the policy: the agency publishes it, revokes by it, and the
client's status bar shows it."""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date

from ssclient.domain.period import Period
from ssclient.policy.model import Policy


@dataclass(frozen=True, slots=True)
class WindowState:
    today: date
    period: Period
    window_open: bool
    first_day: int
    last_day: int
    closes_on: date | None
    days_left: int
    next_open: date | None


def window_state(policy: Policy, today: date) -> WindowState:
    period = Period.of(today)
    month_days = _calendar.monthrange(today.year, today.month)[1]
    is_open = policy.window_open_on(today.day)
    closes_on = next_open = None
    days_left = 0
    if is_open:
        closes_on = date(today.year, today.month, min(policy.window_last_day, month_days))
        days_left = (closes_on - today).days + 1
    elif today.day < policy.window_first_day:
        next_open = date(today.year, today.month, min(policy.window_first_day, month_days))
    else:
        following = period.add_months(1)
        next_days = _calendar.monthrange(following.year, following.month)[1]
        next_open = date(following.year, following.month, min(policy.window_first_day, next_days))
    return WindowState(
        today=today,
        period=period,
        window_open=is_open,
        first_day=policy.window_first_day,
        last_day=policy.window_last_day,
        closes_on=closes_on,
        days_left=days_left,
        next_open=next_open,
    )


def window_open_for(policy: Policy, today: date, period: Period) -> bool:
    """May a record of `period` still be changed (revoked) today? Only in that period's own window."""
    return Period.of(today) == period and policy.window_open_on(today.day)
