"""Column types that keep domain values exact in SQLite.

SQLite has no decimal and no time-zone type: amounts are stored as their decimal text (never a float),
periods as 'YYYY-MM' (which sorts in time order), and datetimes as UTC text, given back aware.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, String, Text
from sqlalchemy.types import TypeDecorator

from ssclient.domain.period import Period
from ssclient.store.errors import DamagedValueError


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
        if value is None:
            return None
        try:
            return Decimal(str(value))
        except ArithmeticError as error:  # decimal.InvalidOperation: not a number
            raise _damaged("an amount", value) from error


# Periods repeat across a roster (everyone who joined in the same month): parse each text once.
cached_period = functools.lru_cache(maxsize=4096)(Period.parse)


class PeriodText(TypeDecorator[Period]):
    """A contribution period as 'YYYY-MM'."""

    impl = String(7)
    cache_ok = True

    def process_bind_param(self, value: Period | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Period | None:
        if value is None:
            return None
        try:
            return cached_period(str(value))
        except ValueError as error:
            raise _damaged("a period", value) from error


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

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        # SQLite's own parsing of the stored text runs before process_result_value: check it here.
        process = super().result_processor(dialect, coltype)
        if process is None:
            return None

        def checked(value: Any) -> Any:
            try:
                return process(value)
            except ValueError as error:
                raise _damaged("a time", value) from error

        return checked


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
        if value is None:
            return None
        try:
            return json.loads(value)
        except ValueError as error:  # json.JSONDecodeError; bytes that are not UTF-8
            raise _damaged("JSON", value) from error


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
        if value is None:
            return None
        try:
            return _frozen_json(value)
        except (ValueError, TypeError) as error:  # not JSON, or JSON that is not an array of scalars
            raise _damaged("a JSON array", value) from error


def _damaged(what: str, value: object) -> DamagedValueError:
    # The value itself may be personal data (a name in a line's JSON): only its length goes to the log.
    return DamagedValueError(f"a stored value is not {what} ({len(str(value))} characters)")


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
