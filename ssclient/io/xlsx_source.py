"""Rows of an .xlsx workbook via openpyxl in read-only mode, with what a plain value read cannot see:
formulas (and whether Excel ever saved their result), error values and merged cells. A workbook too costly
to parse is refused before any parser sees it (ssclient.io.xlsx_guard).

`open_workbook` picks the reader: python-calamine (ssclient.io.xlsx_calamine), several times quicker, for
the workbooks it reads exactly as openpyxl does; openpyxl for the others (see there) and for any calamine
cannot open."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from ssclient.io.errors import UnusableFile
from ssclient.io.process_limits import memory_budget
from ssclient.io.xlsx_calamine import CalamineSource, CalamineUnreadable
from ssclient.io.xlsx_guard import Merge, SheetFacts, inspect_workbook

__all__ = ["HEADER_SEARCH_ROWS", "HeaderScore", "Merge", "XlsxSource", "open_workbook"]

log = logging.getLogger(__name__)

# How many known column headers a row holds.
HeaderScore = Callable[[Sequence[object]], int]

# Rows scanned to find the header row on each sheet.
HEADER_SEARCH_ROWS = 10
# An upper bound of calamine's memory (its cells, then the Python values made from them) per byte of XML.
_CALAMINE_BYTES_PER_XML_BYTE = 4
# The memory calamine is given where no ceiling is set (200,000 rows take some 80 MB of XML).
_BUDGET_WITHOUT_CEILING = 2 * 1024**3
# expat's code for "out of memory" (pyexpat.errors.codes[XML_ERROR_NO_MEMORY]).
_EXPAT_NO_MEMORY = 1


def open_workbook(path: Path, header_score: HeaderScore) -> CalamineSource | XlsxSource:
    """The rows of a workbook, read by calamine where it sees all openpyxl sees, else by openpyxl."""
    # Before any parser runs: a part too costly to parse is refused here (see xlsx_guard).
    facts = inspect_workbook(path, path.name)
    sheets = [sheet for part, sheet in facts.items() if part.startswith("xl/worksheets/")]
    if not any(sheet.has_formulas or sheet.has_errors for sheet in sheets) and _fits(facts):
        ends = [sheet.last_row_to_read for sheet in sheets]
        # Rows after the last one holding anything in any sheet (empty formatted rows) are not converted.
        last_row = None if not ends or None in ends else max(end or 0 for end in ends)
        try:
            return CalamineSource(path, header_score, last_row)
        except CalamineUnreadable:
            pass  # openpyxl reads it, or says why it cannot in the words the user has always seen
    return XlsxSource(path, header_score, facts)


def _fits(facts: dict[str, SheetFacts]) -> bool:
    """Whether calamine's reading surely fits in the memory this process may still take. Under a ceiling
    (the reader process's), a failed allocation in calamine aborts the process, where openpyxl's raises
    MemoryError and the read ends as FILE_TOO_DEMANDING; so a workbook that might not fit goes to openpyxl.
    calamine holds the shared strings and every cell of a sheet, a few times their XML's size at most,
    where openpyxl streams the rows: without a ceiling (`ssclient check`), a workbook far larger than any
    staff list is left to openpyxl too, so that reading it never takes gigabytes."""
    budget = memory_budget() or _BUDGET_WITHOUT_CEILING
    xml_bytes = sum(sheet.size for part, sheet in facts.items() if part.startswith("xl/"))
    return _CALAMINE_BYTES_PER_XML_BYTE * xml_bytes <= budget // 2


class XlsxSource:
    """Rows of the first sheet that has recognizable headers (or of the first sheet)."""

    text_only = False

    def __init__(
        self, path: Path, header_score: HeaderScore, facts: dict[str, SheetFacts] | None = None
    ) -> None:
        """`facts`: the guard's (inspect_workbook) when the caller has already looked at the file."""
        self.name = path.name
        self._path = path
        self._books: list[Any] = []
        self._formula_sheet: Any = None
        try:
            self._prepare(header_score, facts)
        except BaseException:
            self.close()
            raise

    def _prepare(self, header_score: HeaderScore, facts: dict[str, SheetFacts] | None) -> None:
        if facts is None:  # before any parser runs: a part too costly to parse is refused (see xlsx_guard)
            facts = inspect_workbook(self._path, self.name)
        sheets = list(self._open(data_only=True).worksheets)
        if not sheets:
            raise UnusableFile("FILE_NO_SHEET", name=self.name)
        try:
            self._sheet, recorded_rows = _pick_sheet(sheets, header_score)
        except Exception as exc:  # openpyxl's XML errors: the sheet's content is broken
            raise self._damaged(exc) from None
        self.sheet_title: str = self._sheet.title
        xml_path = str(getattr(self._sheet, "_worksheet_path", "") or "").lstrip("/")
        sheet = facts.get(xml_path, SheetFacts(last_value_row=None))
        self.merges: list[Merge] = sheet.merges
        # Rows after the last one holding anything (a million empty formatted rows) are never parsed.
        self._last_row = sheet.last_row_to_read
        self.estimated_rows = min(recorded_rows, self._last_row or recorded_rows)
        if sheet.has_formulas:
            self._formula_sheet = self._open(data_only=False)[self.sheet_title]
            self._formula_sheet.reset_dimensions()

    def _damaged(self, exc: BaseException) -> UnusableFile:
        if isinstance(exc, MemoryError) or (isinstance(exc, ParseError) and exc.code == _EXPAT_NO_MEMORY):
            log.info("out of memory reading %s", self._path)
            return UnusableFile("FILE_TOO_DEMANDING", name=self.name)
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

    def rows(self) -> Generator[tuple[int, Sequence[object], Sequence[object] | None], None, None]:
        """(row number, values, formulas or None) for every row; formulas only when the sheet has any."""
        values = self._sheet.iter_rows(max_row=self._last_row, values_only=True)
        formulas = (
            self._formula_sheet.iter_rows(max_row=self._last_row, values_only=True)
            if self._formula_sheet is not None
            else None
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
