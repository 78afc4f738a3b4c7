"""The English source texts of the spreadsheet reader and the check report, and rendering in a language.

Like the rulebook's catalogue (ssclient.rules.messages) these are Qt Linguist source strings: each dict
below is one translation context. Rendering takes a `Translate` function (context, source) → text, so
this module needs no Qt: the GUI passes one backed by QTranslator, the English default passes through.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from ssclient.domain.findings import Finding
from ssclient.rules import messages as rule_messages

# Translate(context, source text) → the text in the user's language.
Translate = Callable[[str, str], str]

FINDING_CONTEXT = "Finding"
FILE_CONTEXT = "SpreadsheetFile"
REPORT_CONTEXT = "CheckReport"

# Problems with a cell itself, before any rule looks at its value (context "Finding", like the rules').
CELL_MESSAGES: dict[str, str] = {
    "CELL_ID_AS_NUMBER": "The ID number was stored as a number, so Excel kept only its first 15 digits "
    "({value}); format the column as Text and type the number again.",
    "CELL_FORMULA_NO_VALUE": "The cell holds a formula ({formula}) whose result was never saved; open the "
    "file in Excel or WPS, save it, and try again, or type the value itself.",
    "CELL_FORMULA_VALUE": "The cell holds a formula; its saved result {value} was used.",
    "CELL_ERROR_VALUE": "The cell shows the error {value}; correct the formula or type the value itself.",
    "CELL_DATE": "The cell holds a date ({value}) where a date makes no sense; format the cell as Text and "
    "type the value again.",
    "CELL_DATE_NUMBER": "The cell holds the number {value}, which Excel uses for the date {date}; it was read "
    "as {month}. Check the month, and type months as text such as 2026-11.",
    "CELL_MERGED": "The cell is part of the merged cells {range}; unmerge them and fill in every row.",
}

# Why a file cannot be used at all (context "SpreadsheetFile"). One line each, saying what to do.
FILE_MESSAGES: dict[str, str] = {
    "FILE_MISSING": "There is no file {name}; check the folder and the file name.",
    "FILE_UNREADABLE": "The file {name} cannot be read: {reason}.",
    "FILE_FOLDER": "{name} is a folder, not a file; choose the spreadsheet file inside it.",
    "FILE_NOT_REGULAR": "{name} is not a regular file (it is a device, a pipe or a socket); save the sheet as "
    "an .xlsx or .csv file and choose that file.",
    "FILE_EMPTY": "The file {name} is empty.",
    "FILE_NO_ROWS": "The file {name} has column headers but no rows of people.",
    "FILE_TOO_LARGE": "The file {name} is too large ({size} MB; at most {limit} MB); split it into smaller "
    "files.",
    "FILE_PART_TOO_LARGE": "{name} unpacks to {size} MB of data (at most {limit} MB), far more than a staff "
    "list; it was not opened. Copy the staff rows into a new workbook, save it, and try again.",
    "FILE_ZIP_BOMB": "{name} is packed suspiciously tightly ({packed} KB unpack to {size} MB, as in a "
    '"zip bomb"); it was not opened. Copy the staff rows into a new workbook, save it, and try again.',
    "FILE_TOKEN_TOO_LONG": "{name} holds a single piece of text or markup longer than {limit} MB, which no "
    "staff list has; it was not opened. Copy the staff rows into a new workbook, save it, and try again.",
    "FILE_ROW_TOO_LONG": "{name} holds a row longer than {limit} MB, which no staff list has; it was not "
    "opened. Copy the staff rows into a new workbook, save it, and try again.",
    "FILE_TOO_DEMANDING": "Reading {name} was stopped: it needed more memory than this program allows, far "
    "more than a staff list needs. Copy the staff rows into a new workbook, save it, and try again.",
    "FILE_TOO_SLOW": "Reading {name} was stopped after {seconds} seconds without progress, far longer than a "
    "staff list takes. Copy the staff rows into a new workbook, save it, and try again.",
    "FILE_TOO_MANY_ROWS": "The file {name} has more than {limit} rows; split it into smaller files.",
    "FILE_TYPE_UNSUPPORTED": "{name} is not a spreadsheet this program reads; save it as .xlsx or .csv.",
    "FILE_NOT_XLSX": "{name} is named .xlsx but is not an Excel workbook; open the original in Excel or "
    "WPS and save it as .xlsx (or as .csv).",
    "FILE_XLS": "{name} is an old Excel 97-2003 workbook; open it in Excel or WPS and save it as .xlsx.",
    "FILE_ENCRYPTED": "{name} is protected with a password; open it in Excel or WPS, remove the password, "
    "save it, and try again.",
    "FILE_DAMAGED": "{name} is a damaged Excel workbook; open it in Excel or WPS, save it again, and try "
    "again.",
    "FILE_BINARY": "{name} is not a text file, so it cannot be read as .csv; save the sheet as .xlsx or as "
    "CSV.",
    "FILE_ENCODING": '{name} is neither UTF-8 nor GB18030 text; save it from Excel as "CSV UTF-8".',
    "FILE_CSV_BROKEN": "{name} cannot be read as CSV after row {row} ({reason}); check the quotes in the "
    "next row.",
    "FILE_CELL_TOO_LONG": "Row {row} of {name} holds a cell longer than {limit} characters, which no "
    "personnel field is; check that row (are its separators missing?) and save the file again.",
    "FILE_NO_SHEET": "{name} has no worksheet.",
    "FILE_COLUMNS_MISSING": "{name} lacks the columns {columns}; the first row must hold the column headers.",
    "FILE_COLUMN_TWICE": "{name} has the column {column} twice (columns {cells}); keep only one.",
}

# The words of the check report (context "CheckReport").
REPORT_TEXTS: dict[str, str] = {
    "line": "Row {row}, {column}: {severity} {code}: {message}",
    "summary": "{rows} rows checked: {errors} errors, {warnings} warnings, {notes} notes.",
    "error": "error",
    "warning": "warning",
    "info": "note",
    "unusable": "Cannot use the file: {reason}",
    "crashed": "The check stopped on an unexpected error; the details are in {log}.",
    # The report as a table (the import window shows it and exports it).
    "title": "Check report",
    "row": "Row",
    "column": "Column",
    "severity": "Severity",
    "code": "Code",
    "message": "Message",
}


def english(context: str, source: str) -> str:
    """The identity translation: the source texts are English."""
    return source


@cache
def finding_templates() -> dict[str, str]:
    """Every finding code the client can show, with its English template."""
    return {**rule_messages.MESSAGES, **CELL_MESSAGES}


@cache
def translated_params() -> dict[str, Mapping[str, str]]:
    """Parameters whose values are themselves words from a catalogue (insurance names, shares)."""
    named: dict[str, Mapping[str, str]] = {
        "insurance": rule_messages.INSURANCE_NAMES,
        "reason": getattr(rule_messages, "REASON_TEXTS", {}),
    }
    shares = getattr(rule_messages, "SHARE_NAMES", None)
    if shares:
        named["share"] = shares
    return named


def render_finding(item: Finding, tr: Translate = english) -> str:
    """The finding's message in the language `tr` speaks; its English message when a template is unknown."""
    template = finding_templates().get(item.code)
    if template is None:
        return item.message
    params = rule_messages.shown_params(item.code, item.params)
    for name, words in translated_params().items():
        value = params.get(name)
        if value is None:
            continue
        # A param may hold the English word itself or the key of the word.
        english_word = words.get(value, value)
        if english_word in words.values():
            params[name] = tr(FINDING_CONTEXT, english_word)
    try:
        return tr(FINDING_CONTEXT, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return item.message


def render_text(context: str, source: str, tr: Translate = english, **params: object) -> str:
    """A catalogue text in the user's language, with its parameters filled in."""
    try:
        return tr(context, source).format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format(**params)
