"""Column types that keep domain values exact in SQLite.

SQLite has no decimal and no time-zone type: amounts are stored as their decimal text (never a float),
periods as 'YYYY-MM' (which sorts in time order), and datetimes as UTC text, given back aware.
"""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, String, Text
from sqlalchemy.types import TypeDecorator

from ssclient.domain.period import Period


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal kept as its exact text ('4800.50'), so no amount ever passes through a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            raise TypeError(f"an amount must be a finite Decimal, not {value!r}")
        return str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))


# Periods repeat across a roster (everyone who joined in the same month): parse each text once.
_period = functools.lru_cache(maxsize=4096)(Period.parse)


class PeriodText(TypeDecorator[Period]):
    """A contribution period as 'YYYY-MM'."""

    impl = String(7)
    cache_ok = True

    def process_bind_param(self, value: Period | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Period | None:
        return None if value is None else _period(str(value))


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC and returned in UTC. A naive one is refused: its zone is unknown."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"a stored time must be timezone-aware, not {value!r}")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class JSONText(TypeDecorator[Any]):
    """JSON as text, written with sorted keys and unescaped Chinese so the file stays readable."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value == {}:  # most lines' back pay: written 10,000 times by one import
            return "{}"
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


class JSONTuple(TypeDecorator[Any]):
    """A JSON array read back as (nested) tuples. Immutable values can be shared, so each distinct text
    is decoded once: a roster's insurance sets and (mostly empty) base histories repeat row after row."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return _json_text(_freeze(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else _frozen_json(value)


@functools.lru_cache(maxsize=4096)
def _json_text(value: tuple[Any, ...]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@functools.lru_cache(maxsize=4096)
def _frozen_json(text: str) -> Any:
    return _freeze(json.loads(text))


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    if isinstance(value, dict):
        raise TypeError("JSONTuple holds arrays and scalars only")
    return value
