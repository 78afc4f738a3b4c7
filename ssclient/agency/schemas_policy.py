"""The policy's wire shapes: the table in force with today's declaration window, and the history (every
table the agency has for its pooling area)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field


class PolicyHistoryOut(BaseModel):
    area: str = Field(description="The pooling area (统筹地区) the tables are for.")
    tables: list[dict[str, Any]] = Field(
        description="Oldest first; each shaped like the policy TOML files, its first month in force in "
        "meta.in_force_from. A month is computed with the last table starting in or before it."
    )


class CalendarOut(BaseModel):
    today: date
    period: str
    window_open: bool
    first_day: int
    last_day: int
    closes_on: date | None
    days_left: int
    next_open: date | None


class PolicyOut(BaseModel):
    policy: dict[str, Any] = Field(description="The policy, shaped like the policy TOML files.")
    calendar: CalendarOut
