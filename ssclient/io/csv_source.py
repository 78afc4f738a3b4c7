"""Rows of a .csv file in UTF-8 (with or without BOM), GB18030 or UTF-16, separated by commas or tabs."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Generator
from pathlib import Path

from ssclient.io.errors import UnusableFile
from ssclient.io.export import csv_cell_text

_DELIMITERS = (",", "\t", ";")


def decode(path: Path) -> str:
    """The file's text. Excel writes "CSV UTF-8" with a BOM, plain "CSV" in GB18030 on Chinese Windows,
    and "Unicode text" in UTF-16; anything that is none of these is refused."""
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        if b"\x00" in data[:8192]:
            raise UnusableFile("FILE_BINARY", name=path.name)
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise UnusableFile("FILE_BINARY", name=path.name)
        return text
    raise UnusableFile("FILE_ENCODING", name=path.name)


def _delimiter(text: str) -> str:
    first = text[: text.find("\n")] if "\n" in text else text
    return max(_DELIMITERS, key=first.count)


class CsvSource:
    """Rows as lists of strings, numbered as a spreadsheet program numbers them (a quoted cell with a line
    break in it is still one row)."""

    merges: tuple[()] = ()  # text has no merged cells
    text_only = True

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self._text = decode(path)
        if not self._text.strip():
            raise UnusableFile("FILE_EMPTY", name=path.name)
        self.estimated_rows = self._text.count("\n") + 1

    def rows(self) -> Generator[tuple[int, list[str], None], None, None]:
        """(row number, cells, no formulas) for every row."""
        # newline="" keeps line breaks inside quoted cells for the csv module to see.
        reader = csv.reader(io.StringIO(self._text, newline=""), delimiter=_delimiter(self._text))
        number = last_line = 0
        try:
            for number, row in enumerate(reader, start=1):
                last_line = reader.line_num
                # An exported identifier comes as ="…" (Excel keeps it text); the cell is what is inside.
                yield number, [csv_cell_text(cell) for cell in row], None
        except csv.Error as exc:
            raise self._broken(exc, number, reader.line_num - last_line) from None

    def _broken(self, exc: csv.Error, rows_read: int, lines_into_row: int) -> UnusableFile:
        """Why the next row cannot be read. A cell over the csv module's limit on the row's first line is
        a cell too long (no quote in sight); spread over lines, a quote that never closes swallowed them."""
        if "field limit" in str(exc) and lines_into_row <= 1:
            return UnusableFile(
                "FILE_CELL_TOO_LONG", name=self.name, row=rows_read + 1, limit=csv.field_size_limit()
            )
        return UnusableFile("FILE_CSV_BROKEN", name=self.name, row=rows_read, reason=exc)

    def close(self) -> None:
        self._text = ""
