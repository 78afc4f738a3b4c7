"""Rules on identity documents: the resident ID number (GB 11643-1999, via python-stdnum with its rough edges
wrapped), the Hong Kong / Macao / Taiwan residents' residence permit and the 2023 foreign permanent resident
ID card (both numbered like GB 11643, with the same check character), and passports for other foreigners."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache, lru_cache
from typing import Any, NamedTuple

from stdnum import numdb

from ssclient.domain.enums import ID_TYPE_LABELS_ZH, IdType, Sex
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number, years_between
from ssclient.domain.money import to_halfwidth
from ssclient.domain.period import Period
from ssclient.policy.regions import Regions
from ssclient.rules.context import MINIMUM_AGE
from ssclient.rules.messages import finding

# The residence permit for Hong Kong, Macao and Taiwan residents (国办发〔2018〕81号《港澳台居民居住证申领发放办法》)
# carries 810000, 820000 or 830000 where a resident ID carries the region. python-stdnum's region table
# lacks 83 (Taiwan), so these are checked here rather than through its region lookup.
HMT_ADDRESS_CODES = frozenset({"810000", "820000", "830000"})
# The foreign permanent resident ID card issued since 2023-12 by the Ministry of Public Security: 18 digits
# starting with 9, the birth date and check character placed as in GB 11643.
FOREIGN_PERMANENT_FIRST_DIGIT = "9"
_PASSPORT = re.compile(r"^[A-Z0-9]{5,20}$")
NATIONALITY_MAX = 40

_ID_TYPE_BY_TEXT: dict[str, IdType] = {t.value: t for t in IdType}
_ID_TYPE_BY_TEXT.update({label: t for t, label in ID_TYPE_LABELS_ZH.items()})
_ID_TYPE_BY_TEXT.update({"": IdType.RESIDENT, "身份证": IdType.RESIDENT, "居住证": IdType.HMT_RESIDENCE})


class Identity(NamedTuple):
    """A valid identity document and what its number says (a passport number says nothing). A named
    tuple: made for every line of a sheet, where a frozen dataclass costs several times more."""

    id_type: IdType
    number: str
    born: date | None
    sex: Sex | None


@lru_cache(maxsize=64)
def parse_id_type(text: str) -> IdType | None:
    """The ID type from its code or Chinese name; empty means 居民身份证 (the form's default)."""
    return _ID_TYPE_BY_TEXT.get(to_halfwidth(text).strip().lower()) or _ID_TYPE_BY_TEXT.get(text.strip())


def check_identity(
    id_type: str, number_text: str, nationality: str, today: date, regions: Regions | None = None
) -> tuple[Identity | None, list[Finding]]:
    """The identity when the document type, number and (for passports) nationality are valid."""
    kind = parse_id_type(id_type) if id_type else IdType.RESIDENT
    if kind is None:
        return None, [finding("ID_TYPE_UNKNOWN", "id_type", value=id_type.strip()[:20])]
    if kind is IdType.PASSPORT:
        return _check_passport(number_text, nationality)
    if kind is IdType.RESIDENT:
        number, born, findings = _check_numbered_like_gb11643(number_text, today, "id_number")
        if number is not None and born is not None:
            findings = _resident_region(number, born, "id_number", regions)
            number = None if findings else number
    else:
        number, born, findings = _check_permit(kind, number_text, today)
    if number is None or born is None:
        return None, findings
    return Identity(kind, number, born, Sex.MALE if number[16] in _ODD else Sex.FEMALE), []


_ODD = frozenset("13579")
# The check character of GB 11643 (ISO 7064 MOD 11-2) by (1 − 2 × the first 17 digits read in base 13) mod 11:
# python-stdnum's ric.calc_check_digit, without its call and its str() on every number of a sheet.
_CHECK_CHARACTERS = "0123456789X"


def check_id_number(
    text: str, today: date, field: str = "id_number", regions: Regions | None = None
) -> tuple[str | None, list[Finding]]:
    """The normalized resident ID number when valid, else None, and what is wrong with it.

    A region code counts as known when stdnum's history has it or, given `regions`, when today's region
    list has it (stdnum's list lags behind new counties)."""
    number, _, findings = _check_resident(text, today, field, regions)
    return number, findings


# (number, birth date, findings): the number and date when valid, else None and what is wrong.
_Checked = tuple[str | None, date | None, list[Finding]]


def _check_resident(text: str, today: date, field: str, regions: Regions | None) -> _Checked:
    number, born, findings = _check_numbered_like_gb11643(text, today, field)
    if number is None or born is None:
        return None, None, findings
    findings = _resident_region(number, born, field, regions)
    return (None, None, findings) if findings else (number, born, [])


def _resident_region(number: str, born: date, field: str, regions: Regions | None) -> list[Finding]:
    """What is wrong with a resident ID number's region code, given its holder's birth date."""
    code = number[:6]
    if code in HMT_ADDRESS_CODES:
        return [finding("ID_IS_HMT_PERMIT", field)]
    # Could a person born that year hold a number with this code? Historical codes count: people keep the
    # number they were given. A number is given when the ID card is first issued, often years after birth,
    # so a code created after the birth year is fine (stdnum's own check refuses those); only a code
    # abolished before the person was born cannot be theirs.
    if not (born.year <= _region_last_year(code) or (regions is not None and code in regions.counties)):
        return [finding("ID_REGION", field, value=code)]
    return []


def _check_numbered_like_gb11643(text: str, today: date, field: str) -> _Checked:
    """Length, characters, check character and birth date: what every 18-character number shares."""
    number = normalize_id_number(text)
    if not number:
        return None, None, [finding("ID_REQUIRED", field)]
    if len(number) == 15 and number.isdigit():
        return None, None, [finding("ID_LEGACY_15", field)]
    if len(number) != 18:
        return None, None, [finding("ID_LENGTH", field, length=len(number))]
    body = number[:17]
    if not (body.isdigit() and body.isascii() and (number[17].isdigit() or number[17] == "X")):
        return None, None, [finding("ID_FORMAT", field)]
    if _CHECK_CHARACTERS[(1 - 2 * int(body, 13)) % 11] != number[17]:
        return None, None, [finding("ID_CHECKSUM", field)]
    born = _birth_date(number[6:14])
    if born is None:
        return None, None, [finding("ID_BIRTH_DATE", field, value=number[6:14])]
    if born > today:
        return None, None, [finding("ID_BIRTH_FUTURE", field, value=born.isoformat())]
    return number, born, []


def _check_permit(kind: IdType, text: str, today: date) -> _Checked:
    number, born, findings = _check_numbered_like_gb11643(text, today, "id_number")
    if number is None:
        return None, None, findings
    if kind is IdType.HMT_RESIDENCE and number[:6] not in HMT_ADDRESS_CODES:
        return None, None, [finding("ID_HMT_ADDRESS", "id_number", value=number[:6])]
    if kind is IdType.FOREIGN_PERMANENT and not number.startswith(FOREIGN_PERMANENT_FIRST_DIGIT):
        return None, None, [finding("ID_FOREIGN_PERMANENT_FORMAT", "id_number")]
    return number, born, []


def _check_passport(text: str, nationality: str) -> tuple[Identity | None, list[Finding]]:
    number = normalize_id_number(text)
    findings = []
    if not number:
        findings.append(finding("ID_REQUIRED", "id_number"))
    elif not _PASSPORT.match(number):
        findings.append(finding("PASSPORT_FORMAT", "id_number"))
    country = nationality.strip()
    if not country:
        findings.append(finding("NATIONALITY_REQUIRED", "nationality"))
    elif len(country) > NATIONALITY_MAX or any(c.isdigit() for c in country):
        findings.append(finding("NATIONALITY_INVALID", "nationality", value=country[:NATIONALITY_MAX]))
    if findings:
        return None, findings
    return Identity(IdType.PASSPORT, number, None, None), []


def check_minimum_age(born: date, period: Period, field: str = "id_number") -> list[Finding]:
    if period.year - born.year > MINIMUM_AGE:
        return []  # at least MINIMUM_AGE whatever the days (most people: decided without the dates)
    age = years_between(born, last_day(period))
    if age < MINIMUM_AGE:
        return [finding("PERSON_TOO_YOUNG", field, age=age, period=period, minimum=MINIMUM_AGE)]
    return []


@lru_cache(maxsize=64)
def last_day(period: Period) -> date:
    return date(period.year, period.month, calendar.monthrange(period.year, period.month)[1])


@lru_cache(maxsize=16384)
def _birth_date(digits: str) -> date | None:
    """The date of the eight digits YYYYMMDD, None when there is none. Cached: a sheet's people share a
    few thousand birthdays, and looking one up costs less than making its date."""
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


# The region data lists a county's codes as "[1997-]道真仡佬族苗族自治县" or "[-1992]章丘县" (years in use).
_IN_USE_TODAY = 9999
_UNKNOWN = -1


@lru_cache(maxsize=16384)
def _region_last_year(code: str) -> int:
    """The last year the code was in use (9999: still in use), or -1 when it never was one."""
    if len(code) == 6 and code.isascii() and code.isdigit():
        years = _county_years()
        if years is not None:
            return years.get(code, _UNKNOWN)
    return _looked_up_last_year(code)


def _looked_up_last_year(code: str) -> int:
    try:
        info = {key: value for _, props in numdb.get("cn/loc").info(code) for key, value in props.items()}
    except Exception:  # stdnum's lookup raises several kinds on odd input; all mean "unknown"
        return _UNKNOWN
    return _last_year(info)


@cache
def _county_years() -> dict[str, int] | None:
    """The answer of _looked_up_last_year for every six-digit code the region history holds, from one walk
    over it: a lookup scans its lists, and a sheet's few thousand codes took over half a second. Any code
    not here is unknown. None when the history is not laid out as provinces of two digits holding
    counties of four (each code is looked up then)."""
    try:
        prefixes = numdb.get("cn/loc").prefixes
    except Exception:
        return None
    provinces: dict[str, tuple[dict[str, str], list[Any]]] = {}
    for length, low, high, props, children in prefixes:
        if length != 2 or low != high or "county" in props:
            return None
        merged, counties = provinces.setdefault(low, ({}, []))
        merged.update(props)  # as the lookup does: every matching entry, in order
        counties.extend(children)
    years: dict[str, int] = {}
    for province, (merged, counties) in provinces.items():
        found: dict[str, dict[str, str]] = {}
        for length, low, high, props, children in counties:
            if length != 4 or low != high or children:
                return None
            found.setdefault(low, {}).update(props)
        for county, props in found.items():
            years[province + county] = _last_year({**merged, **props})
    return years


def _last_year(info: dict[str, str]) -> int:
    if "province" not in info or not info.get("county"):
        return _UNKNOWN
    last = _UNKNOWN
    for county in info["county"].split(","):
        if not county.startswith("["):
            return _IN_USE_TODAY
        _, _, end = county[1:].split("]", 1)[0].partition("-")
        last = max(last, int(end) if end.isdigit() else _IN_USE_TODAY)
    return last
