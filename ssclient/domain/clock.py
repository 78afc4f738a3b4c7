"""Time is injected: rules and the agency ask a Clock, never the system directly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Protocol

# The agency works on Beijing time; a declaration window closes at midnight there.
CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC).astimezone(CHINA_TZ)


class FixedClock:
    """A clock that stands still (tests, demos, `--today`); `advance` moves it on."""

    def __init__(self, at: datetime | date) -> None:
        if not isinstance(at, datetime):
            at = datetime(at.year, at.month, at.day, 9, 0, tzinfo=CHINA_TZ)
        elif at.tzinfo is None:
            at = at.replace(tzinfo=CHINA_TZ)
        self._at = at

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        self._at += delta

    def set(self, at: datetime) -> None:
        self._at = at


def today(clock: Clock) -> date:
    return clock.now().astimezone(CHINA_TZ).date()


def china_time(moment: datetime) -> datetime:
    """`moment` as the program shows every time: on Beijing time, as the agency reckons its days, whatever
    zone the computer is set to."""
    return moment.astimezone(CHINA_TZ)
