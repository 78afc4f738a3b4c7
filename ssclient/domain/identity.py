"""What a resident ID number (GB 11643-1999), or a permit numbered like one, says about its holder, once it
is known to be valid."""

from __future__ import annotations

from datetime import date

from ssclient.domain.enums import Sex
from ssclient.domain.money import to_halfwidth


def normalize_id_number(text: str) -> str:
    """Trim, fold full-width characters and upper-case the check character ('x' → 'X')."""
    number = to_halfwidth(text).strip()
    # Inner spaces are rare: looking for one costs less than a replace on every number of a sheet.
    return (number.replace(" ", "") if " " in number else number).upper()


def birth_date(id_number: str) -> date:
    return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))


def sex(id_number: str) -> Sex:
    return Sex.MALE if int(id_number[16]) % 2 else Sex.FEMALE


def age_on(id_number: str, day: date) -> int:
    return years_between(birth_date(id_number), day)


def years_between(born: date, day: date) -> int:
    """Completed years from `born` to `day` (a person's age on that day)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
