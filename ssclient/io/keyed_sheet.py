"""A spreadsheet of one person a row, keyed by ID number (the payroll, last year's wages): finding its header
row among titles, mapping its columns by their header words, and reading its rows — progress and Cancel,
totals rows skipped, each cell's own problem kept, a person listed twice named, ID numbers and amounts
checked alike. What a row means is each reader's own (`read_row`); the staff import has its own reader
(ssclient.io.sheet_import), built for 100,000 rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

__all__ = [
    "TOTAL_WORDS",
    "Cancelled",
    "Cells",
    "Columns",
    "Progress",
    "Rows",
    "amount_of",
    "find_header",
    "header_key",
    "id_number_of",
    "is_totals_row",
    "map_columns",
    "read_keyed_rows",
    "row_cells",
]  # fmt: skip

from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import decimal_places, parse_amount, to_halfwidth
from ssclient.io.cells import cell_finding, column_letter, value_text
from ssclient.io.csv_source import CsvSource
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.filetype import Kind, sniff
from ssclient.io.spreadsheet import Cancelled, Progress, RowSource
from ssclient.io.xlsx_source import HEADER_SEARCH_ROWS, open_workbook
from ssclient.policy.regions import default_regions
from ssclient.rules.identity import check_id_number

T = TypeVar("T")
# (row number, the cells' values, their formulas or None) as a RowSource gives them.
Rows = Iterator[tuple[int, Sequence[object], Sequence[object] | None]]
# field → (its column's index, its header as the file writes it)
Columns = dict[str, tuple[int, str]]
# field → (text, what the cell itself got wrong)
Cells = dict[str, tuple[str, Finding | None]]
# A reader's finding of its own: (code, column, parameters) → Finding in its catalogue.
Problem = Callable[..., Finding]

PROGRESS_EVERY = 200
# A row with no ID number that says it holds the totals, not a person.
TOTAL_WORDS = frozenset({"合计", "总计", "小计", "total", "sum", "subtotal"})
_UNIT = re.compile(r"[(\[（【]\s*(元|rmb|cny|yuan)\s*[)\]）】]")
_NOISE = re.compile(r"[\s_*＊:：.\-()\[\]（）【】/]+")
# What looks like a resident ID number has its checksum and date checked; a passport's or a permit's
# number is taken as given (the roster decides whether the person is known).
_RESIDENT = re.compile(r"\d{17}[\dX]")


def header_key(text: str) -> str:
    """A header reduced to what names it: '养老保险（个人）*' → '养老保险个人', 'Gross wage (元)' → 'grosswage'."""
    folded = to_halfwidth(text).strip().lower()
    return _NOISE.sub("", _UNIT.sub("", folded))


def open_keyed_source(path: Path, score: Callable[[Sequence[object]], int]) -> RowSource:
    """The file's rows: a CSV's, or a workbook's through the fastest reader that reads it whole."""
    return CsvSource(path) if sniff(path) is Kind.CSV else open_workbook(path, score)


def find_header(
    rows: Rows, score: Callable[[Sequence[object]], int], name: str, missing: str
) -> tuple[int, Sequence[object]]:
    """The first row naming at least two known columns, within the first rows; `missing` names the
    columns for the refusal when none does."""
    for number, values, _ in rows:
        if score(values) >= 2:
            return number, values
        if number >= HEADER_SEARCH_ROWS:
            break
    raise UnusableFile("FILE_COLUMNS_MISSING", name=name, columns=missing)


def map_columns(
    header: Sequence[object], field_for_header: Callable[[str], str | None], name: str
) -> Columns:
    """Each known column's field by its header; a field written twice refuses the file."""
    columns: Columns = {}
    for index, cell in enumerate(header):
        found = field_for_header(cell) if isinstance(cell, str) else None
        if found is None:
            continue
        if found in columns:
            cells = f"{column_letter(columns[found][0])}, {column_letter(index)}"
            raise UnusableFile("FILE_COLUMN_TWICE", name=name, column=str(cell).strip(), cells=cells)
        columns[found] = (index, str(cell).strip())
    return columns


def read_keyed_rows(
    rows: Rows,
    columns: Columns,
    sheet_name: str,
    read_row: Callable[[int, Cells], tuple[T | None, list[Finding]]],
    duplicate: Callable[[int], Finding],
    watch: tuple[Progress | None, Cancelled | None, int, int],
) -> Iterator[tuple[int, T | None, list[Finding]]]:
    """Each person's row: its number, what `read_row` made of it, and its problems in the order the row
    shows its cells (`duplicate(first row)` for a person listed twice). `watch`: progress, cancelled, the
    estimated rows, the most rows allowed. Raises ReadCancelled, and UnusableFile for too many rows or
    none at all."""
    progress, cancelled, estimate, most = watch
    first_row: dict[str, int] = {}
    refused = False
    for number, values, formulas in rows:
        if number % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ReadCancelled
            if progress is not None:
                progress(number, estimate)
        cells = row_cells(values, formulas, columns)
        if cells is None or is_totals_row(cells, values):
            continue
        if len(first_row) >= most:
            raise UnusableFile("FILE_TOO_MANY_ROWS", name=sheet_name, limit=most)
        item, problems = read_row(number, cells)
        key = normalize_id_number(cells.get("id_number", ("", None))[0])
        if key and key in first_row:
            problems.append(duplicate(first_row[key]))
        elif key:
            first_row[key] = number
        problems.sort(key=lambda f: columns[f.field][0])
        refused = refused or bool(problems)
        yield number, item, problems
    if not first_row and not refused:
        raise UnusableFile("FILE_NO_ROWS", name=sheet_name)


def row_cells(values: Sequence[object], formulas: Sequence[object] | None, columns: Columns) -> Cells | None:
    """The row's known cells as text, each with its own problem (None: nothing in them)."""
    cells: Cells = {}
    width = len(values)
    for name, (index, _) in columns.items():
        value = values[index] if index < width else None
        if value is None or value == "":  # most of a wages row: the months not filled in
            formula = formulas[index] if formulas is not None and index < len(formulas) else None
            if value is None and isinstance(formula, str) and formula.startswith("="):
                cells[name] = ("", cell_finding("CELL_FORMULA_NO_VALUE", name, formula=formula[:60]))
            continue
        text, problem = value_text(name, value)
        if text or problem is not None:
            cells[name] = (text, problem)
    return cells or None


def is_totals_row(cells: Cells, values: Sequence[object]) -> bool:
    if cells.get("id_number", ("", None))[0]:
        return False
    return any(isinstance(v, str) and header_key(v) in TOTAL_WORDS for v in values)


def id_number_of(
    text: str, today: date, broken: set[str], problems: list[Finding], missing: Finding
) -> str | None:
    """The row's ID number (a resident's checked by the rulebook, with today's region list as the rulebook
    reads declarations; its errors added to `problems`), None when its cell is broken or empty (`missing`
    added)."""
    if "id_number" in broken:
        return None
    if not text:
        problems.append(missing)
        return None
    number = normalize_id_number(text)
    if _RESIDENT.fullmatch(number):
        valid, found = check_id_number(number, today, regions=default_regions())
        problems += [f for f in found if f.is_error]
        return valid
    return number


def amount_of(column: str, text: str, problem: Problem, prefix: str) -> tuple[Decimal | None, Finding | None]:
    """An amount cell: None for an empty one; a problem (`prefix` + AMOUNT_INVALID, _NEGATIVE, _CENTS, in
    the reader's catalogue through `problem`) for one that is no amount, below zero or finer than a cent."""
    if not text:
        return None, None
    try:
        value = parse_amount(text)
    except ValueError:
        return None, problem(f"{prefix}AMOUNT_INVALID", column, value=text[:30])
    if value < 0:
        return None, problem(f"{prefix}AMOUNT_NEGATIVE", column, value=text[:30])
    if decimal_places(value) > 2:
        return None, problem(f"{prefix}AMOUNT_CENTS", column, value=text[:30])
    return value.quantize(Decimal("0.01")), None
