"""The declaration window on a given day, as the agency publishes it and the status bar shows it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ssclient.policy import default_policy
from ssclient.policy.window import window_state


def test_open_counts_today_and_closed_points_to_the_next_first_day() -> None:
    policy = default_policy()  # days 1–23
    assert (
        window_state(policy, date(2026, 11, 23)).days_left,
        window_state(policy, date(2026, 11, 23)).closes_on,
    ) == (
        1,
        date(2026, 11, 23),
    )
    closed = window_state(policy, date(2026, 12, 24))
    assert (closed.window_open, closed.next_open) == (False, date(2027, 1, 1))


def test_a_window_to_the_31st_closes_on_the_last_day_of_a_short_month() -> None:
    policy = replace(default_policy(), window_last_day=31)
    state = window_state(policy, date(2027, 2, 20))
    assert (state.closes_on, state.days_left) == (date(2027, 2, 28), 9)
