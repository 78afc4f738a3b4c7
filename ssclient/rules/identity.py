"""Rules on resident ID numbers (GB 11643-1999), via python-stdnum with its rough edges wrapped."""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache

from stdnum import numdb
from stdnum.cn import ric

from ssclient.domain.findings import Finding
from ssclient.domain.identity import age_on, normalize_id_number
from ssclient.domain.period import Period
from ssclient.policy.regions import Regions
from ssclient.rules.context import MINIMUM_AGE
from ssclient.rules.messages import finding


def check_id_number(
    text: str, today: date, field: str = "id_number", regions: Regions | None = None
) -> tuple[str | None, list[Finding]]:
    """The normalized number when valid, else None, and what is wrong with it.

    A region code counts as known when stdnum's history has it or, given `regions`, when today's region
    list has it (stdnum's list lags behind new counties)."""
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
    if not (_known_region(number[:6], born.year) or (regions is not None and number[:6] in regions.counties)):
        return None, [finding("ID_REGION", field, value=number[:6])]
    return number, []


def check_minimum_age(number: str, period: Period, field: str = "id_number") -> list[Finding]:
    age = age_on(number, _last_day(period))
    if age < MINIMUM_AGE:
        return [finding("PERSON_TOO_YOUNG", field, age=age, period=period, minimum=MINIMUM_AGE)]
    return []


@lru_cache(maxsize=64)
def _last_day(period: Period) -> date:
    return date(period.year, period.month, calendar.monthrange(period.year, period.month)[1])


def _birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def _known_region(code: str, year: int) -> bool:
    """Could a person born in `year` hold a number with this region code?

    Historical codes count: people keep the number they were given. A number is given when the ID card is
    first issued, often years after birth, so a code created after the birth year is fine (stdnum's own
    check refuses those); only a code abolished before the person was born cannot be theirs.
    """
    return year <= _region_last_year(code)


# The region data lists a county's codes as "[1997-]道真仡佬族苗族自治县" or "[-1992]章丘县" (years in use).
_IN_USE_TODAY = 9999
_UNKNOWN = -1


@lru_cache(maxsize=16384)
def _region_last_year(code: str) -> int:
    """The last year the code was in use (9999: still in use), or -1 when it never was one."""
    try:
        info = {key: value for _, props in numdb.get("cn/loc").info(code) for key, value in props.items()}
    except Exception:  # stdnum's lookup raises several kinds on odd input; all mean "unknown"
        return _UNKNOWN
    if "province" not in info or not info.get("county"):
        return _UNKNOWN
    last = _UNKNOWN
    for county in info["county"].split(","):
        if not county.startswith("["):
            return _IN_USE_TODAY
        _, _, end = county[1:].split("]", 1)[0].partition("-")
        last = max(last, int(end) if end.isdigit() else _IN_USE_TODAY)
    return last
