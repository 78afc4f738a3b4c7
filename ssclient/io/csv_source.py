"""Rows of a .csv file in UTF-8 (with or without BOM), GB18030 or UTF-16, separated by commas or tabs.

The file is read a piece at a time, never whole: one pass decodes it to learn its encoding (and that it is
text), a second reads its rows, so a million rows take the memory of one piece and one row.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ssclient.io.errors import UnusableFile
from ssclient.io.export import csv_cell_text

_DELIMITERS = (",", "\t", ";")
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class TextFacts:
    encoding: str
    lines: int  # line breaks plus one: the row count, for progress
    first_line: str  # (as much of it as the first piece holds) to tell the delimiter


def inspect_text(path: Path) -> TextFacts:
    """The file's encoding, line count and first line. Excel writes "CSV UTF-8" with a BOM, plain "CSV"
    in GB18030 on Chinese Windows, and "Unicode text" in UTF-16; anything that is none of these is
    refused, and so is a file with no text in it."""
    with path.open("rb") as handle:
        head = handle.read(8192)
    if head.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        if b"\x00" in head:
            raise UnusableFile("FILE_BINARY", name=path.name)
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            return _decoded(path, encoding)
        except UnicodeDecodeError:
            continue
    raise UnusableFile("FILE_ENCODING", name=path.name)


def _decoded(path: Path, encoding: str) -> TextFacts:
    """Decode the whole file a piece at a time (UnicodeDecodeError when it is not in `encoding`)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines, first, blank, binary = 1, None, True, False
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            if first is None and text:
                first = text.split("\n", 1)[0]
            lines += text.count("\n")
            blank = blank and not text.strip()
            binary = binary or "\x00" in text
            if not chunk:
                break
    if binary:
        raise UnusableFile("FILE_BINARY", name=path.name)
    if blank:
        raise UnusableFile("FILE_EMPTY", name=path.name)
    return TextFacts(encoding, lines, first or "")


def _delimiter(first_line: str) -> str:
    return max(_DELIMITERS, key=first_line.count)


class CsvSource:
    """Rows as lists of strings, numbered as a spreadsheet program numbers them (a quoted cell with a line
    break in it is still one row)."""

    merges: tuple[()] = ()  # text has no merged cells
    text_only = True

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self._path = path
        self._facts = inspect_text(path)
        self.estimated_rows = self._facts.lines
        self._stream: TextIO | None = None

    def rows(self) -> Generator[tuple[int, list[str], None], None, None]:
        """(row number, cells, no formulas) for every row: the one place a CSV cell's text is read."""
        # newline="" keeps line breaks inside quoted cells for the csv module to see.
        self._stream = self._path.open(encoding=self._facts.encoding, newline="")
        reader = csv.reader(self._stream, delimiter=_delimiter(self._facts.first_line))
        number = last_line = 0
        try:
            for number, row in enumerate(reader, start=1):
                last_line = reader.line_num
                # An exported identifier comes as ="…" (Excel keeps it text); the cell is what is inside.
                yield number, [csv_cell_text(cell) for cell in row], None
        except csv.Error as exc:
            raise self._broken(exc, number, reader.line_num - last_line) from None
        except UnicodeDecodeError:  # the file changed since it was looked at
            raise UnusableFile("FILE_ENCODING", name=self.name) from None
        except OSError as exc:
            raise UnusableFile("FILE_UNREADABLE", name=self.name, reason=exc.strerror or exc) from None
        finally:
            self.close()

    def _broken(self, exc: csv.Error, rows_read: int, lines_into_row: int) -> UnusableFile:
        """Why the next row cannot be read. A cell over the csv module's limit on the row's first line is
        a cell too long (no quote in sight); spread over lines, a quote that never closes swallowed them."""
        if "field limit" in str(exc) and lines_into_row <= 1:
            return UnusableFile(
                "FILE_CELL_TOO_LONG", name=self.name, row=rows_read + 1, limit=csv.field_size_limit()
            )
        return UnusableFile("FILE_CSV_BROKEN", name=self.name, row=rows_read, reason=exc)

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()
