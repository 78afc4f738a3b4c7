"""From a cell's stored value to the text a DeclarationLine holds, noting what the cell itself got wrong.

Excel stores what it thinks a value is: an ID number typed as a number loses its last digits, a cell
formatted as a date holds a date, a formula holds its last result (or nothing when never calculated).
The rules read text, so each value becomes text here, and a problem of the cell becomes a Finding whose
message says how to fix the sheet.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import to_halfwidth
from ssclient.io.messages import CELL_MESSAGES

# What Excel shows in a cell whose formula failed.
EXCEL_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!",
                          "#CALC!", "#GETTING_DATA"})  # fmt: skip
# An ID number that went through a number: 1.10101199003071E+17 (Excel's and CSV exports' way).
_SCIENTIFIC = re.compile(r"^\s*\d(?:\.\d+)?[eE]\+?\d+\s*$")
# Fields whose text is a code or an amount: full-width digits and spaces around them mean nothing.
FOLDED_FIELDS = frozenset(
    {"hukou_type", "wage_base", "migrant_worker", "migrant_insurance", "effective_period"}
)
WHITESPACE = " \t\r\n\u3000\xa0"
# Characters to_halfwidth changes (full-width ASCII and the ideographic space).
FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
# Excel's day numbers (1900 date system); the range read as a month covers 1990 to 2100.
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_FIRST, _SERIAL_LAST = 32874, 73415


_SEVERITY = {"CELL_FORMULA_VALUE": Severity.INFO, "CELL_DATE_NUMBER": Severity.WARNING}


def cell_finding(code: str, field: str, **params: object) -> Finding:
    text = {k: str(v) for k, v in params.items()}
    severity = _SEVERITY.get(code, Severity.ERROR)
    return Finding(code, severity, field, CELL_MESSAGES[code].format(**text), text)


def column_letter(index: int) -> str:
    """The letters Excel shows for the column at 0-based `index` (0 → A, 26 → AA), for findings and ranges."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def clean_text(field: str, text: str) -> str:
    """Text as the rules and the draft want it: trimmed; ID numbers folded and upper-cased; codes half-width."""
    if field == "id_number":
        return normalize_id_number(text)
    if field in FOLDED_FIELDS:
        return to_halfwidth(text).strip(WHITESPACE)
    return text.strip(WHITESPACE)


def text_problem(field: str, text: str) -> Finding | None:
    """What a cell's text alone shows went wrong upstream (CSV cells are text already)."""
    # Cheap tests first: this runs for every cell of every row.
    if field == "id_number" and ("E" in text or "e" in text) and _SCIENTIFIC.match(text):
        return cell_finding("CELL_ID_AS_NUMBER", field, value=text.strip())
    if "#" in text and text.strip() in EXCEL_ERRORS:
        return cell_finding("CELL_ERROR_VALUE", field, value=text.strip())
    return None


def value_text(field: str, value: object) -> tuple[str, Finding | None]:
    """The text of a stored cell value (openpyxl's str, int, float, bool, datetime or None)."""
    if value is None:
        return "", None
    if isinstance(value, str):
        return clean_text(field, value), text_problem(field, value)
    if isinstance(value, bool):
        return ("是" if value else "否"), None
    if isinstance(value, int | float):
        return _number_text(field, value)
    if isinstance(value, datetime | date):
        return _date_text(field, value)
    if isinstance(value, time | timedelta):
        return "", cell_finding("CELL_DATE", field, value=str(value))
    return clean_text(field, str(value)), None


def _number_text(field: str, value: int | float) -> tuple[str, Finding | None]:
    if field == "effective_period" and _SERIAL_FIRST <= value <= _SERIAL_LAST:
        return _serial_month(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        value = int(value)
    # repr gives the shortest text that reads back as the same float: 6500.1, not 6500.1000000000004.
    text = str(value) if isinstance(value, int) else repr(value)
    if field == "id_number" and (isinstance(value, float) or len(str(abs(value))) > 15):
        # Excel keeps 15 significant digits: an 18-digit number typed as a number has lost its tail.
        return text, cell_finding("CELL_ID_AS_NUMBER", field, value=text)
    return text, None


def _serial_month(value: float) -> tuple[str, Finding | None]:
    """A date Excel stores as a number (a cell not formatted as a date shows 46327 for 2026-11-01)."""
    day = _EXCEL_EPOCH + timedelta(days=int(value))
    month = f"{day.year:04d}-{day.month:02d}"
    shown = str(int(value)) if float(value).is_integer() else repr(value)
    return month, cell_finding(
        "CELL_DATE_NUMBER", "effective_period", value=shown, date=day.isoformat(), month=month
    )


def _date_text(field: str, value: date) -> tuple[str, Finding | None]:
    day = value.date() if isinstance(value, datetime) else value
    if field == "effective_period":
        # Excel turns a typed "2026-11" into 1 November 2026; the month is what was meant.
        return f"{day.year:04d}-{day.month:02d}", None
    return day.isoformat(), cell_finding("CELL_DATE", field, value=day.isoformat())
