"""Rows of an .xlsx workbook via python-calamine (the Rust calamine library): several times quicker than
openpyxl's read-only mode, which parses the XML in Python.

calamine gives each cell's saved value, as openpyxl's data_only mode does, but not what this reader must
also see in some workbooks: a formula's text and whether Excel ever saved its result, and Excel's error
values (#N/A, #REF!...), which calamine turns into empty cells. A workbook with either (the guard's scan
tells, before any parser runs) is read with openpyxl (ssclient.io.xlsx_source), and so is one calamine
cannot open, so that its reason is the one openpyxl's reading gives. Merged cells calamine reports itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Sequence
from pathlib import Path

from ssclient.io.cells import column_letter
from ssclient.io.xlsx_guard import Merge

log = logging.getLogger(__name__)

# Rows scanned to find the header row on each sheet (as openpyxl's reader does).
HEADER_SEARCH_ROWS = 10


class CalamineUnreadable(Exception):
    """calamine cannot read this workbook: read it with openpyxl instead."""


class CalamineSource:
    """Rows of the first sheet that has recognizable headers (or of the first sheet), as lists of values
    from column A: '' for an empty cell."""

    text_only = False

    def __init__(
        self, path: Path, header_score: Callable[[Sequence[object]], int], last_row: int | None
    ) -> None:
        """`last_row`: no sheet holds a value after this row (the guard's scan; None: unknown)."""
        self.name = path.name
        try:
            self._rows, self.merges = _read(path, header_score, last_row)
        except CalamineUnreadable:
            raise
        except Exception as exc:  # calamine's own errors (XML, zip), and anything it raises on odd input
            log.info("calamine cannot read %s: %r", path, exc)
            raise CalamineUnreadable(str(exc)) from exc
        self.estimated_rows = len(self._rows)

    def rows(self) -> Generator[tuple[int, Sequence[object], None], None, None]:
        """(row number, values, no formulas) for every row; the sheet has none (else openpyxl reads it)."""
        rows, self._rows = self._rows, ()
        for number, row in enumerate(rows, start=1):
            yield number, row, None

    def close(self) -> None:
        self._rows = ()


def _read(
    path: Path, header_score: Callable[[Sequence[object]], int], last_row: int | None
) -> tuple[Sequence[Sequence[object]], list[Merge]]:
    from python_calamine import CalamineWorkbook, SheetTypeEnum  # a compiled library: loaded when needed

    with CalamineWorkbook.from_path(str(path)) as book:
        chosen = None
        for index, meta in enumerate(book.sheets_metadata):
            if meta.typ is not SheetTypeEnum.WorkSheet:
                continue  # a chart or macro sheet holds no people
            sheet = book.get_sheet_by_index(index)
            # From A1 (not from the first cell used): row and column numbers stay as the sheet shows them.
            head = sheet.to_python(skip_empty_area=False, nrows=HEADER_SEARCH_ROWS)
            score = max((header_score(row) for row in head), default=0)
            if chosen is None or score > chosen[1]:
                chosen = (sheet, score)
            if score >= 2:
                break
        if chosen is None:
            raise CalamineUnreadable("no worksheet")
        sheet = chosen[0]
        rows: Sequence[Sequence[object]] = sheet.to_python(skip_empty_area=False, nrows=last_row)
        return rows, _merges(sheet.merged_cell_ranges or [])


def _merges(ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> list[Merge]:
    merges = []
    for (first_row, first_col), (last_row, last_col) in ranges:
        text = f"{column_letter(first_col)}{first_row + 1}:{column_letter(last_col)}{last_row + 1}"
        merges.append(Merge(first_col + 1, first_row + 1, last_col + 1, last_row + 1, text))
    return merges
