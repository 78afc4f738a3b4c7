"""Export any table (headers and rows) to .xlsx or .csv, as the query windows show it.

CSV is UTF-8 with a byte-order mark so that Excel opens Chinese text correctly. Amounts are numbers in
both formats (an .xlsx cell with the #,##0.00 format, an unquoted CSV field), so a spreadsheet can sum
them; text is a string cell in .xlsx and a quoted field in CSV.

Identifiers and CSV: a CSV file carries no cell types (RFC 4180), and Excel, opening one by double-click,
turns 18 digits into a number and keeps only 15 of them (4.40305E+17); quoting the field does not stop it.
What Excel does honour on a double-click is a formula, so a column the table marks as an identifier
(ColumnKind.IDENTIFIER: ID numbers, unit codes, serial numbers, any long digit string) is written as
="440305199001010012": Excel and LibreOffice show the text, every digit kept. Other programs read that
wrapper literally, so the program's own CSV reader takes it off again (`csv_cell_text`, used by
ssclient.io.csv_source). Only cells of letters and digits are wrapped, so nothing else can ride in a
formula; other text that a spreadsheet would run as a formula is neutralised. The .xlsx export needs
none of this: its string cells keep every digit. Files are written atomically (ssclient.io.atomic).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ssclient.domain.period import Period
from ssclient.io.atomic import Progress, WriteError, atomic_write

if TYPE_CHECKING:  # openpyxl loads with the first .xlsx: reading a CSV (csv_cell_text) never needs it
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

CellValue = str | int | Decimal | date | datetime | Period | Enum | bool | None

# How often (in rows) progress is reported.
_PROGRESS_EVERY = 1000
# Rows looked at to size the columns.
_WIDTH_SAMPLE = 200
# Excel's own limits.
_SHEET_TITLE_MAX = 31
_MAX_ROWS = 1_048_575
# Text starting with these is a formula to Excel and WPS when the file is opened (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MONEY_FORMAT = "#,##0.00"
_DATE_FORMAT = "yyyy-mm-dd"
_DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
_SHEET_TITLE_BAD = str.maketrans({c: "_" for c in "[]:*?/\\"})


# An identifier cell that can be wrapped as ="…" safely: letters and digits only, no longer than the
# 255 characters Excel allows a formula's text.
_IDENTIFIER = re.compile(r"[0-9A-Za-z]{1,255}")


class ColumnKind(Enum):
    """How a column's cells are written where the file carries no types (CSV); see the module docstring."""

    VALUE = "value"  # as the cell's type says: numbers bare, the rest quoted text
    IDENTIFIER = "identifier"  # ID numbers, unit codes, serial numbers: text whatever opens the file


@dataclass(frozen=True, slots=True)
class Table:
    """What a query window shows: column headers and rows of cells (any length of rows)."""

    headers: Sequence[str]
    rows: Iterable[Sequence[CellValue]]
    title: str = "Sheet1"
    # Rows in all when known, for progress; 0 = unknown.
    row_count: int = 0
    # Per column, by position; columns past the end are ColumnKind.VALUE.
    kinds: Sequence[ColumnKind] = ()

    def identifier_columns(self) -> frozenset[int]:
        return frozenset(i for i, kind in enumerate(self.kinds) if kind is ColumnKind.IDENTIFIER)


class _Bare(str):
    """A CSV field written as it is, unquoted (an identifier's ="…" wrapper)."""

    __slots__ = ()


def export_table(table: Table, path: Path, progress: Progress | None = None) -> Path:
    """Write the table in the format the file name says (.xlsx or .csv); returns the path."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(table, path, progress)
    elif suffix == ".csv":
        write_csv(table, path, progress)
    else:
        raise WriteError("WRITE_WRONG_TYPE", name=path.name, suffixes=".xlsx or .csv")
    return path


def write_csv(table: Table, path: Path, progress: Progress | None = None) -> None:
    with atomic_write(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        # Numbers bare, identifiers as ="…", everything else quoted (see the module docstring).
        identifiers = table.identifier_columns()
        text.write(_csv_line([csv_text(h) for h in table.headers]))
        for done, row in enumerate(table.rows, 1):
            fields = [
                csv_identifier(value) if index in identifiers else csv_field(value)
                for index, value in enumerate(row)
            ]
            text.write(_csv_line(fields))
            _report(progress, done, table.row_count)
        text.flush()
        text.detach()


def _csv_line(fields: Sequence[str | int | Decimal]) -> str:
    """One CSV record (RFC 4180, CRLF): numbers and _Bare fields as they are, other text quoted."""
    return ",".join(_csv_format(field) for field in fields) + "\r\n"


def _csv_format(field: str | int | Decimal) -> str:
    if isinstance(field, _Bare):
        return str(field)
    if isinstance(field, str):
        return '"' + field.replace('"', '""') + '"'
    return str(field)


def write_xlsx(table: Table, path: Path, progress: Progress | None = None) -> None:
    # Write-only mode streams rows to a temp file of openpyxl's, so 100,000 records take little memory;
    # the workbook itself is assembled into the target only once every row is in.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet(sheet_title(table.title))
    rows = iter(table.rows)
    # Column widths must be set before the first row; the headers and the first rows decide them.
    first = list(islice(rows, _WIDTH_SAMPLE))
    for index, width in enumerate(_column_widths(table.headers, first), 1):
        # Set up at run time by Worksheet._setup; the type stubs do not declare it on write-only sheets.
        sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]
    sheet.freeze_panes = "A2"
    try:
        sheet.append([_header_cell(sheet, title) for title in table.headers])
        for done, row in enumerate(chain(first, rows), 1):
            if done > _MAX_ROWS:
                raise WriteError("WRITE_TOO_MANY_ROWS", name=path.name, limit=f"{_MAX_ROWS:,}")
            sheet.append([_xlsx_cell(WriteOnlyCell(sheet), value) for value in row])
            _report(progress, done, table.row_count)
        # Inside the try: a path refused before saving must still close the sheet's row writer, or it
        # fails later, from the garbage collector, where nobody can handle it.
        with atomic_write(path) as raw:
            book.save(raw)
    except BaseException:
        _discard(sheet)
        raise


def sheet_title(title: str) -> str:
    """A worksheet name Excel accepts: no []:*?/\\, at most 31 characters, not empty."""
    cleaned = title.translate(_SHEET_TITLE_BAD).strip().strip("'")[:_SHEET_TITLE_MAX]
    return cleaned or "Sheet1"


def csv_field(value: CellValue) -> str | int | Decimal:
    """A cell for the CSV writer: an amount or count stays a number (written bare), the rest text."""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return value
    return csv_text(value)


def csv_identifier(value: CellValue) -> str | int | Decimal:
    """An identifier cell for CSV: ="…" so that Excel keeps it as text; a cell that is not letters and
    digits only (a masked ID number, a name typed in the wrong column) is written like any other."""
    text = plain_text(value)
    if _IDENTIFIER.fullmatch(text):
        return _Bare(f'="{text}"')
    return csv_field(value)


def csv_cell_text(cell: str) -> str:
    """A cell read from a CSV file as its text: an identifier's ="…" wrapper (`csv_identifier`) taken off,
    so that an exported file reads back as it was shown."""
    if len(cell) > 3 and cell.startswith('="') and cell.endswith('"') and '"' not in cell[2:-1]:
        return cell[2:-1]
    return cell


def csv_text(value: CellValue) -> str:
    """A cell as CSV text; text a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    return plain_text(value)


def plain_text(value: CellValue) -> str:
    """A cell's value as text the way people write it: 2026-11, 960.00, 2026-11-22 09:30:00."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _header_cell(sheet: WriteOnlyWorksheet, title: str) -> Cell:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(sheet, value=str(title))
    cell.data_type = "s"
    cell.font = Font(bold=True)
    return cell


def _xlsx_cell(cell: Cell, value: CellValue) -> Cell:
    """`cell` (a new write-only cell) holding `value`, typed and formatted for a spreadsheet."""
    content: Any
    if isinstance(value, Enum):
        content = str(value.value)
    elif isinstance(value, Period):
        content = str(value)
    else:
        content = value
    cell.value = content
    if isinstance(content, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    elif isinstance(content, Decimal):
        cell.number_format = _MONEY_FORMAT if _cents(content) else "0"
    elif isinstance(content, datetime):
        cell.number_format = _DATETIME_FORMAT
    elif isinstance(content, date):
        cell.number_format = _DATE_FORMAT
    return cell


def _cents(value: Decimal) -> bool:
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and exponent < 0


def _column_widths(headers: Sequence[str], rows: list[Sequence[CellValue]]) -> list[float]:
    widths = [_text_width(h) for h in headers]
    for row in rows:
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], _text_width(plain_text(value)))
    return [min(max(width + 2, 8), 60) for width in widths]


def _text_width(text: str) -> int:
    # CJK characters take about two columns.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Remove the temp file openpyxl streams a write-only sheet into, when the export is abandoned."""
    # openpyxl has no public way to abandon a sheet: end its row stream, then its writer, then the file.
    rows = getattr(sheet, "_rows", None)
    if rows is not None:
        with suppress(Exception):
            rows.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with suppress(Exception):
            writer.close()
        with suppress(Exception):
            writer.cleanup()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
        progress(done, total)
