"""Rows of an .xlsx workbook via openpyxl in read-only mode, with what a plain value read cannot see:
formulas (and whether Excel ever saved their result) and merged cells."""

from __future__ import annotations

import logging
import re
import warnings
import zipfile
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ssclient.io.errors import UnusableFile

log = logging.getLogger(__name__)

# How many known column headers a row holds.
HeaderScore = Callable[[Sequence[object]], int]

# A workbook whose sheet unpacks to more than this is refused before parsing (a "zip bomb" or a sheet
# with millions of formatted rows).
MAX_SHEET_XML_BYTES = 512 * 1024 * 1024
# Rows scanned to find the header row on each sheet.
HEADER_SEARCH_ROWS = 10

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


@dataclass(frozen=True, slots=True)
class Merge:
    """One merged range; cells other than its top-left one are empty in the file."""

    first_col: int
    first_row: int
    last_col: int
    last_row: int
    text: str  # as Excel writes it: "A2:A5"

    def hides(self, row: int, col: int) -> bool:
        inside = self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col
        return inside and (row, col) != (self.first_row, self.first_col)


class XlsxSource:
    """Rows of the first sheet that has recognizable headers (or of the first sheet)."""

    text_only = False

    def __init__(self, path: Path, header_score: HeaderScore) -> None:
        self.name = path.name
        self._path = path
        self._books: list[Any] = []
        self._formula_sheet: Any = None
        try:
            self._prepare(header_score)
        except BaseException:
            self.close()
            raise

    def _prepare(self, header_score: HeaderScore) -> None:
        sheets = list(self._open(data_only=True).worksheets)
        if not sheets:
            raise UnusableFile("FILE_NO_SHEET", name=self.name)
        try:
            self._sheet, self.estimated_rows = _pick_sheet(sheets, header_score)
        except Exception as exc:  # openpyxl's XML errors: the sheet's content is broken
            raise self._damaged(exc) from None
        self.sheet_title: str = self._sheet.title
        xml_path = getattr(self._sheet, "_worksheet_path", None)
        has_formulas, self.merges = self._scan(xml_path) if xml_path else (False, [])
        if has_formulas:
            self._formula_sheet = self._open(data_only=False)[self.sheet_title]
            self._formula_sheet.reset_dimensions()

    def _damaged(self, exc: Exception) -> UnusableFile:
        log.info("cannot read %s as a workbook: %r", self._path, exc)
        return UnusableFile("FILE_DAMAGED", name=self.name)

    def _open(self, data_only: bool) -> Any:
        from openpyxl import load_workbook  # heavy: imported only when a workbook is read

        try:
            with warnings.catch_warnings():
                # openpyxl warns about workbook features it drops (extensions, styles); reading values
                # needs none of them, and the user can do nothing about them.
                warnings.simplefilter("ignore")
                book = load_workbook(self._path, read_only=True, data_only=data_only)
        except Exception as exc:  # zipfile, XML and openpyxl errors all mean the same thing here
            raise self._damaged(exc) from None
        self._books.append(book)
        return book

    def _scan(self, xml_path: str) -> tuple[bool, list[Merge]]:
        """Does the sheet hold formulas, and which cells are merged? One streaming pass over its XML."""
        try:
            with zipfile.ZipFile(self._path) as archive:
                info = archive.getinfo(xml_path.lstrip("/"))
                if info.file_size > MAX_SHEET_XML_BYTES:
                    raise UnusableFile("FILE_TOO_LARGE", name=self.name, size=info.file_size // 2**20,
                                       limit=MAX_SHEET_XML_BYTES // 2**20)  # fmt: skip
                formulas, merges, tail = False, [], b""
                with archive.open(info) as stream:
                    while chunk := stream.read(1 << 20):
                        window = tail + chunk
                        formulas = formulas or _FORMULA_TAG.search(window) is not None
                        tail = window[-64:]
                        if b"mergeCell" in window:
                            merges += [_merge(m) for m in _MERGE_REF.finditer(window)]
                return formulas, _unique(merges)
        except (KeyError, zipfile.BadZipFile, OSError):
            raise UnusableFile("FILE_DAMAGED", name=self.name) from None

    def rows(self) -> Generator[tuple[int, Sequence[object], Sequence[object] | None], None, None]:
        """(row number, values, formulas or None) for every row; formulas only when the sheet has any."""
        values = self._sheet.iter_rows(values_only=True)
        formulas = (
            self._formula_sheet.iter_rows(values_only=True) if self._formula_sheet is not None else None
        )
        try:
            if formulas is None:
                for number, row in enumerate(values, start=1):
                    yield number, row, None
            else:
                for number, (row, formula_row) in enumerate(zip(values, formulas, strict=False), start=1):
                    yield number, row, formula_row
        except UnusableFile:
            raise
        except Exception as exc:  # broken XML further down the sheet
            raise self._damaged(exc) from None
        finally:
            # openpyxl's row generators hold the sheet's stream open until closed.
            values.close()
            if formulas is not None:
                formulas.close()

    def close(self) -> None:
        for book in self._books:
            book.close()
        self._books.clear()


def _pick_sheet(sheets: list[Any], header_score: HeaderScore) -> tuple[Any, int]:
    """The sheet with the most recognizable headers, and its recorded row count (for progress only)."""
    best, best_score, best_rows = sheets[0], 0, 0
    for sheet in sheets:
        if getattr(sheet, "reset_dimensions", None) is None:
            continue  # a chart sheet
        recorded_rows = sheet.max_row or 0
        # Some writers record a wrong size ("A1"); forget it so every cell is read.
        sheet.reset_dimensions()
        for row in sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True):
            score = header_score(row)
            if score > best_score:
                best, best_score, best_rows = sheet, score, recorded_rows
        if best_score >= 2:
            break
    return best, best_rows


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - ord("A") + 1)
    return number


def _merge(match: re.Match[bytes]) -> Merge:
    first_col, first_row = _column_number(match.group(1)), int(match.group(2))
    last_col = _column_number(match.group(3)) if match.group(3) else first_col
    last_row = int(match.group(4)) if match.group(4) else first_row
    return Merge(first_col, first_row, last_col, last_row, match.group(0).split(b'"')[1].decode("ascii"))


def _unique(merges: list[Merge]) -> list[Merge]:
    # A range may be seen twice when it straddles two chunks.
    seen: dict[str, Merge] = {}
    for merge in merges:
        seen.setdefault(merge.text, merge)
    return list(seen.values())
