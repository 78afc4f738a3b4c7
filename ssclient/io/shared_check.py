"""The rulebook over a sheet's rows, shared between this process and the reader process that read them.

A reader process (ssclient.io.reader_process) that holds a workbook's rows in memory (calamine's read)
has nothing left to do once it has sent them, while this process makes every row into a line and checks
it. So it checks a share of the rows itself, the last ones: it makes them into lines by the same code
(Spreadsheet over the same raw rows) and runs the same per-row checks on them, and sends back only their
findings, which are few. This process still makes every line (the draft needs them), checks the rows
before the share, places the reader's findings after its own (rows in order, as check_sheet places
them) and runs the duplicate check over all rows. The report is the one check_sheet makes; if the reader
could not check its share, this process checks it.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from ssclient.domain.enums import DeclarationType
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.io.sheet_check import (
    FREEZE_EVERY,
    PeopleByNumber,
    RowFinding,
    SheetReport,
    check_sheet,
    merge_duplicates,
    row_findings,
)
from ssclient.io.spreadsheet import Cancelled, Progress, RawRow, SheetRow, Spreadsheet
from ssclient.io.xlsx_source import HEADER_SEARCH_ROWS, Merge
from ssclient.rules import RuleContext, check_duplicates

log = logging.getLogger(__name__)

# The share of the rows the reader process checks. This process makes every line and the reader only the
# lines of its share, so an even split of the time gives the reader more than half the rows.
READER_SHARE = 0.6
# Below this many rows the split saves nothing worth a second message.
MIN_SPLIT_ROWS = 2_000

# The reader's findings: row number → that row's findings, as row_findings gives them.
CheckedRows = dict[int, list[Finding]]


@dataclass(frozen=True, slots=True)
class CheckJob:
    """What the reader process needs to check its share of the rows, sent with the file's path."""

    kind: DeclarationType
    rules: RuleContext
    period: Period
    share: float = READER_SHARE
    min_rows: int = MIN_SPLIT_ROWS


def split_row(job: CheckJob | None, row_count: int) -> int | None:
    """The first row number the reader checks, for a sheet of `row_count` rows; None: it checks none."""
    if job is None or row_count < job.min_rows:
        return None
    return max(HEADER_SEARCH_ROWS + 1, int(row_count * (1 - job.share)) + 1)


def check_share(
    name: str,
    rows: Sequence[RawRow],
    merges: Sequence[Merge],
    text_only: bool,
    job: CheckJob,
    first: int,
) -> CheckedRows:
    """In the reader process: the findings of the rows numbered `first` and after, made as this process
    makes them (the header found again among the first rows, the same columns, the same lines)."""
    from pathlib import Path

    sheet = Spreadsheet(Path(name), job.kind, _Rows(name, rows, merges, text_only, first))
    checked: CheckedRows = {}
    with sheet:
        for row in sheet.rows():
            if row.number >= first:
                found = row_findings(row, sheet, job.rules, job.period)
                if found:
                    checked[row.number] = found
    return checked


class _Rows:
    """The raw rows the reader already holds, as a RowSource: the rows where the header may be, then the
    rows of the reader's share."""

    def __init__(
        self, name: str, rows: Sequence[RawRow], merges: Sequence[Merge], text_only: bool, first: int
    ) -> None:
        self.name = name
        self.estimated_rows = len(rows)
        self.merges = merges
        self.text_only = text_only
        self._all = rows
        self._first = first

    def rows(self) -> Generator[RawRow, None, None]:
        for row in self._all:
            if row[0] <= HEADER_SEARCH_ROWS or row[0] >= self._first:
                yield row

    def close(self) -> None:
        self._all = ()


def check_shared(
    sheet: Spreadsheet,
    ctx: RuleContext,
    period: Period,
    *,
    keep_lines: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SheetReport:
    """check_sheet's report, with the rows from the sheet's `split_row` on checked by its reader process
    (a sheet without one is checked here by check_sheet). Raises as check_sheet does."""
    first = getattr(sheet, "split_row", None)
    if first is None:
        return check_sheet(sheet, ctx, period, keep_lines=keep_lines, progress=progress, cancelled=cancelled)
    report = SheetReport(sheet.name)
    order = {name: position for position, name in enumerate(sheet.columns)}
    people = PeopleByNumber()
    theirs: list[SheetRow] = []
    for row in sheet.rows(progress, cancelled):
        report.rows += 1
        if row.number < first:
            _place(report, row, row_findings(row, sheet, ctx, period), sheet, order)
        else:
            theirs.append(row)
        people.add(row.line.id_number, row.number)
        if keep_lines:
            report.lines.append(row)
            if report.rows % FREEZE_EVERY == 0:
                gc.freeze()  # as check_sheet does (see there)
    checked: CheckedRows | None = sheet.checked_rows()  # type: ignore[attr-defined]
    if checked is None:
        log.info("the reader process did not check its rows of %s: checked here", sheet.name)
    for row in theirs:
        found = checked.get(row.number, []) if checked is not None else row_findings(row, sheet, ctx, period)
        _place(report, row, found, sheet, order)
    id_numbers, row_numbers = people.repeated()
    duplicates = check_duplicates(id_numbers, shown_as=row_numbers)
    if duplicates:
        merge_duplicates(report, duplicates, row_numbers, sheet.column_label("id_number"))
        report.findings.sort(key=lambda item: (item.row, order.get(item.finding.field, len(order))))
    return report


def _place(
    report: SheetReport, row: SheetRow, found: list[Finding], sheet: Spreadsheet, order: dict[str, int]
) -> None:
    if found:
        found.sort(key=lambda f: order.get(f.field, len(order)))
        report.findings += [RowFinding(row.number, sheet.column_label(f.field), f) for f in found]
