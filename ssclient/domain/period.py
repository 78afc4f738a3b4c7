"""A contribution period: one calendar month."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PERIOD_RE = re.compile(r"^\s*(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*月?\s*$")


@dataclass(frozen=True, order=True, slots=True)
class Period:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 9999:
            raise ValueError(f"not a period: {self.year}-{self.month}")

    @classmethod
    def of(cls, day: date) -> Period:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read '2026-11', '202611', '2026/11' or '2026年11月'. Raises ValueError otherwise."""
        match = _PERIOD_RE.match(text)
        if not match:
            raise ValueError(f"not a period: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def add_months(self, months: int) -> Period:
        index = self.year * 12 + (self.month - 1) + months
        return Period(index // 12, index % 12 + 1)

    def months_since(self, other: Period) -> int:
        """How many months self lies after other (negative when before)."""
        return (self.year - other.year) * 12 + (self.month - other.month)

    def first_day(self) -> date:
        return date(self.year, self.month, 1)
