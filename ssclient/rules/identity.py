"""Rules on resident ID numbers (GB 11643-1999), via python-stdnum with its rough edges wrapped."""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache

from stdnum.cn import ric

from ssclient.domain.findings import Finding
from ssclient.domain.identity import age_on, normalize_id_number
from ssclient.domain.period import Period
from ssclient.rules.context import MINIMUM_AGE
from ssclient.rules.messages import finding


def check_id_number(text: str, today: date, field: str = "id_number") -> tuple[str | None, list[Finding]]:
    """The normalized number when valid, else None, and what is wrong with it."""
    number = normalize_id_number(text)
    if not number:
        return None, [finding("ID_REQUIRED", field)]
    if len(number) == 15 and number.isdigit():
        return None, [finding("ID_LEGACY_15", field)]
    if len(number) != 18:
        return None, [finding("ID_LENGTH", field, length=len(number))]
    if not (number[:17].isdigit() and number[:17].isascii() and (number[17].isdigit() or number[17] == "X")):
        return None, [finding("ID_FORMAT", field)]
    if ric.calc_check_digit(number) != number[17]:
        return None, [finding("ID_CHECKSUM", field)]
    born = _birth_date(number)
    if born is None:
        return None, [finding("ID_BIRTH_DATE", field, value=number[6:14])]
    if born > today:
        return None, [finding("ID_BIRTH_FUTURE", field, value=born.isoformat())]
    if not _known_region(number[:6], born.year):
        return None, [finding("ID_REGION", field, value=number[:6])]
    return number, []


def check_minimum_age(number: str, period: Period, field: str = "id_number") -> list[Finding]:
    last_day = date(period.year, period.month, calendar.monthrange(period.year, period.month)[1])
    age = age_on(number, last_day)
    if age < MINIMUM_AGE:
        return [finding("PERSON_TOO_YOUNG", field, age=age, period=period, minimum=MINIMUM_AGE)]
    return []


def _birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def _known_region(code: str, year: int) -> bool:
    """Was this region code in use in that year? Historical codes count: people keep their number.

    stdnum needs a whole number and raises KeyError or ValueError on some codes, so ask with a
    synthetic number of that place and year and treat any failure as "unknown".
    """
    probe = f"{code}{year:04d}0101001"
    probe += ric.calc_check_digit(probe + "0")
    try:
        ric.get_birth_place(probe)
    except Exception:  # stdnum raises several kinds here; any of them means "not a known place"
        return False
    return True
