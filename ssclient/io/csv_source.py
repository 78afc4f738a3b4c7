"""Rows of a .csv file in UTF-8 (with or without BOM), GB18030 or UTF-16, separated by commas or tabs.

The file is read a piece at a time, never whole: one pass decodes it to learn its encoding (and that it is
text), a second reads its rows, so a million rows take the memory of one piece and one row. A part of the
file (a byte range starting and ending at line breaks, see ssclient.io.check_parts) can be read alone, its
rows numbered from 1.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

from ssclient.io.errors import UnusableFile
from ssclient.io.export import csv_cell_text

_DELIMITERS = (",", "\t", ";")
_CHUNK = 1 << 20
# What an exported identifier cell starts with (ssclient.io.export.csv_identifier: ="…").
_WRAPPED = '="'
# A line given to the reader after a part that must end where a row ends: read as a row of its own, that
# row ended at the part's end; taken into a quoted cell, it did not.
_END_MARK = "\x1essclient-part-end\x1e"


@dataclass(frozen=True, slots=True)
class TextFacts:
    encoding: str
    lines: int  # line breaks plus one: the row count, for progress
    first_line: str  # (as much of it as the first piece holds) to tell the delimiter
    wrapped: bool = True  # some cell may be an exported identifier (="…"): False when the text has no ="


@dataclass(frozen=True, slots=True)
class ByteRange:
    """A part of a file: from `start` (the first byte of a line) to `end` (just after a line break, or the
    file's end when `to_end`)."""

    start: int
    end: int
    to_end: bool


class PartMisaligned(Exception):
    """A part's last line break is inside a quoted cell: the part does not end where a row ends."""


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
    lines, first, blank, binary, wrapped, tail = 1, None, True, False, False, ""
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(_CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            if first is None and text:
                first = text.split("\n", 1)[0]
            lines += text.count("\n")
            blank = blank and not text.strip()
            binary = binary or "\x00" in text
            wrapped = wrapped or _WRAPPED in tail + text[:1] or _WRAPPED in text
            tail = text[-1:] or tail
            if not chunk:
                break
    if binary:
        raise UnusableFile("FILE_BINARY", name=path.name)
    if blank:
        raise UnusableFile("FILE_EMPTY", name=path.name)
    return TextFacts(encoding, lines, first or "", wrapped)


def _delimiter(first_line: str) -> str:
    return max(_DELIMITERS, key=first_line.count)


class CsvSource:
    """Rows as lists of strings, numbered as a spreadsheet program numbers them (a quoted cell with a line
    break in it is still one row). Given `facts` (inspect_text's) the file is not inspected again; given
    a `part`, only that part is read, its rows numbered from 1, and unless the part runs to the file's end
    PartMisaligned is raised after its rows when it does not end where a row ends."""

    merges: tuple[()] = ()  # text has no merged cells
    text_only = True

    def __init__(self, path: Path, facts: TextFacts | None = None, part: ByteRange | None = None) -> None:
        self.name = path.name
        self._path = path
        self._facts = facts if facts is not None else inspect_text(path)
        self._part = part
        self.estimated_rows = self._facts.lines if part is None else 0
        self.records = 0  # the rows read so far, blank ones included: the last row's number
        self._stream: TextIO | None = None
        self._past_end = False

    def rows(self) -> Generator[tuple[int, list[str], None], None, None]:
        """(row number, cells, no formulas) for every row: the one place a CSV cell's text is read."""
        self._stream = self._open()
        lines: Iterable[str] = self._stream
        if self._part is not None and not self._part.to_end:
            lines = self._then_end_mark(self._stream)
        reader = csv.reader(lines, delimiter=_delimiter(self._facts.first_line))
        number = last_line = 0
        wrapped = self._facts.wrapped
        try:
            for number, row in enumerate(reader, start=1):
                if self._past_end:
                    self._check_end(row)
                    break
                self.records = number
                last_line = reader.line_num
                # An exported identifier comes as ="…" (Excel keeps it text); the cell is what is inside.
                # One look at the whole row spares the cell by cell look on the rows without one.
                if wrapped and _WRAPPED in "".join(row):
                    row = [csv_cell_text(cell) for cell in row]
                yield number, row, None
        except csv.Error as exc:
            raise self._broken(exc, number, reader.line_num - last_line) from None
        except UnicodeDecodeError:  # the file changed since it was looked at
            raise UnusableFile("FILE_ENCODING", name=self.name) from None
        except OSError as exc:
            raise UnusableFile("FILE_UNREADABLE", name=self.name, reason=exc.strerror or exc) from None
        finally:
            self.close()

    def _open(self) -> TextIO:
        # newline="" keeps line breaks inside quoted cells for the csv module to see.
        if self._part is None:
            return self._path.open(encoding=self._facts.encoding, newline="")
        encoding = self._facts.encoding
        if self._part.start > 0 and encoding == "utf-8-sig":
            encoding = "utf-8"  # the mark is at the file's start only; a cell may start with U+FEFF
        raw = self._path.open("rb", buffering=0)
        try:
            raw.seek(self._part.start)
            window = io.BufferedReader(_Window(raw, self._part.end - self._part.start), _CHUNK)
        except BaseException:
            raw.close()
            raise
        return io.TextIOWrapper(window, encoding=encoding, newline="")

    def _then_end_mark(self, stream: TextIO) -> Iterator[str]:
        yield from stream
        self._past_end = True
        yield _END_MARK + "\n"

    def _check_end(self, row: list[str]) -> None:
        if row != [_END_MARK]:
            raise PartMisaligned(self.name)

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


class _Window(io.RawIOBase):
    """`size` bytes of an open file, from where it stands."""

    def __init__(self, handle: io.FileIO, size: int) -> None:
        super().__init__()
        self._handle = handle
        self._left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        read = self._handle.readinto(view[: min(len(view), self._left)]) or 0
        self._left -= read
        return read

    def close(self) -> None:
        self._handle.close()
        super().close()
