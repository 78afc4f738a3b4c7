"""Late fees: 0.05 % of the arrears a day from the day after the deadline (社会保险法 art. 86)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from ssclient.domain.period import Period
from ssclient.policy import default_policy
from ssclient.rules.late_fees import days_late, forecast, late_fee, payment_deadline

POLICY = default_policy()


def test_the_deadline_is_the_windows_last_day_in_the_periods_month() -> None:
    assert payment_deadline(POLICY, Period(2026, 11)) == date(2026, 11, POLICY.window_last_day)
    # A window running to the 31st ends with a short month.
    month_end = replace(POLICY, window_last_day=31)
    assert payment_deadline(month_end, Period(2026, 2)) == date(2026, 2, 28)
    assert payment_deadline(month_end, Period(2028, 2)) == date(2028, 2, 29)


def test_days_count_from_the_day_after_the_deadline() -> None:
    deadline = date(2026, 11, 23)
    assert days_late(deadline, date(2026, 11, 20)) == 0
    assert days_late(deadline, deadline) == 0
    assert days_late(deadline, date(2026, 11, 24)) == 1
    assert days_late(deadline, date(2026, 12, 3)) == 10


def test_the_fee_is_five_ten_thousandths_a_day_rounded_once() -> None:
    assert late_fee(Decimal("10000.00"), 10, POLICY) == Decimal("50.00")
    assert late_fee(Decimal("3333.33"), 1, POLICY) == Decimal("1.67")  # 1.666665, half up
    assert late_fee(Decimal("3333.33"), 3, POLICY) == Decimal("5.00")  # not 3 × 1.67
    assert late_fee(Decimal("10000.00"), 0, POLICY) == Decimal("0.00")
    assert late_fee(Decimal("0.00"), 30, POLICY) == Decimal("0.00")


def test_the_forecast_names_the_last_free_day_and_the_cost_of_each_delay() -> None:
    seen = forecast(Decimal("20000.00"), Period(2026, 11), date(2026, 11, 20), POLICY)
    assert seen.last_free_day == date(2026, 11, POLICY.window_last_day)
    assert seen.fee_today == Decimal("0.00") and seen.days_late_today == 0
    free_days = (seen.last_free_day - seen.today).days
    assert seen.fee_after_delay(free_days) == Decimal("0.00")
    assert seen.fee_after_delay(free_days + 1) == Decimal("10.00")
    assert seen.fee_after_delay(free_days + 30) == Decimal("300.00")
    late = forecast(Decimal("20000.00"), Period(2026, 10), date(2026, 11, 20), POLICY)
    assert late.days_late_today == (date(2026, 11, 20) - late.deadline).days
    assert late.fee_today == Decimal("10.00") * late.days_late_today


@given(
    cents=st.integers(min_value=0, max_value=10**10),
    days=st.integers(min_value=0, max_value=3650),
)
def test_the_fee_grows_with_the_delay_and_never_exceeds_the_daily_rate(cents: int, days: int) -> None:
    amount = Decimal(cents) / 100
    fee = late_fee(amount, days, POLICY)
    assert fee >= 0 and fee <= late_fee(amount, days + 1, POLICY)
    assert abs(fee - amount * Decimal("0.0005") * days) <= Decimal("0.005")
