"""Run the rulebook over a spreadsheet's rows: the findings of `ssclient check` and of the GUI import."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from typing import Protocol

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding, field_name
from ssclient.domain.period import Period
from ssclient.io.spreadsheet import Cancelled, Progress, SheetRow, Spreadsheet
from ssclient.rules import RuleContext, check_duplicates, check_line

# Kept rows are handed to the garbage collector's permanent generation this many at a time (see check_sheet).
FREEZE_EVERY = 5_000


@dataclass(frozen=True, slots=True)
class RowFinding:
    """A finding placed in the sheet: its row as the spreadsheet shows it and the column's header text.
    `finding.field` is the line field (``id_number``)."""

    row: int
    column: str
    finding: Finding


@dataclass(slots=True)
class SheetReport:
    name: str
    rows: int = 0
    findings: list[RowFinding] = field(default_factory=list)
    # The rows read, when asked for (the import turns them into a draft).
    lines: list[SheetRow] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for item in self.findings if item.finding.severity is severity)

    @property
    def has_errors(self) -> bool:
        return any(item.finding.is_error for item in self.findings)

    def rows_with_errors(self) -> set[int]:
        return {item.row for item in self.findings if item.finding.is_error}


def check_sheet(
    sheet: Spreadsheet,
    ctx: RuleContext,
    period: Period,
    *,
    keep_lines: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SheetReport:
    """Check every row with the rulebook, then the duplicates across rows. Raises UnusableFile and
    ReadCancelled as the sheet's rows do."""
    report = SheetReport(sheet.name)
    people = PeopleByNumber()
    check_rows(
        sheet, ctx, period, report, people, keep_lines=keep_lines, progress=progress, cancelled=cancelled
    )
    add_duplicates(report, sheet, *people.repeated())
    return report


class PeopleSeen(Protocol):
    def add(self, id_number: str, row: int) -> None: ...


def check_rows(
    sheet: Spreadsheet,
    ctx: RuleContext,
    period: Period,
    report: SheetReport,
    people: PeopleSeen,
    *,
    keep_lines: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """The rulebook over every row: their findings into `report`, their ID numbers to `people`."""
    order = column_order(sheet)
    for row in sheet.rows(progress, cancelled):
        report.rows += 1
        found = row_findings(row, sheet, ctx, period)
        if found:
            found.sort(key=lambda f: order.get(f.field, len(order)))
            report.findings += [RowFinding(row.number, sheet.column_label(f.field), f) for f in found]
        people.add(row.line.id_number, row.number)
        if keep_lines:
            report.lines.append(row)
            if report.rows % FREEZE_EVERY == 0:
                # 100,000 kept rows are some 400,000 objects that live until the import ends; each full
                # collection walked them all again, holding the interpreter lock for up to 200 ms, which
                # stalled the import window's GUI thread. Frozen, they are left out (freezing is O(1));
                # the import unfreezes when it is done (gc.unfreeze), and they hold no reference cycles,
                # so reference counting frees them either way.
                gc.freeze()


def column_order(sheet: Spreadsheet) -> dict[str, int]:
    """A field's place among the sheet's columns: a row's findings follow the columns of the file."""
    return {name: position for position, name in enumerate(sheet.columns)}


def add_duplicates(report: SheetReport, sheet: Spreadsheet, id_numbers: list[str], rows: list[int]) -> None:
    """The rulebook's duplicate check over the rows whose ID number is on another row too (`id_numbers`
    on `rows`, in row order), its findings placed among the others."""
    duplicates = check_duplicates(id_numbers, shown_as=rows)
    if duplicates:
        order = column_order(sheet)
        merge_duplicates(report, duplicates, rows, sheet.column_label("id_number"))
        report.findings.sort(key=lambda item: (item.row, order.get(item.finding.field, len(order))))


class PeopleByNumber:
    """The ID numbers read so far, to find the people on more than one row. A million rows are checked
    in one go (`ssclient check`): only the first row of each number is kept, and the rows of the numbers
    seen again, so the rulebook's duplicate check sees those alone, not a million."""

    def __init__(self) -> None:
        self._first: dict[str, int] = {}
        self._again: dict[str, list[int]] = {}

    def add(self, id_number: str, row: int) -> None:
        # The reader normalized the number (cells.clean_text): the same person has the same text here.
        if not id_number:
            return
        first = self._first.setdefault(id_number, row)
        if first != row:
            self._again.setdefault(id_number, [first]).append(row)

    def repeated(self) -> tuple[list[str], list[int]]:
        """(ID numbers, row numbers) of every row whose number is on another row too, in row order."""
        rows = sorted((row, number) for number, found in self._again.items() for row in found)
        return [number for _, number in rows], [row for row, _ in rows]


def row_findings(row: SheetRow, sheet: Spreadsheet, ctx: RuleContext, period: Period) -> list[Finding]:
    found = check_line(row.line, sheet.kind, period, ctx)
    if not row.findings:
        return found
    # A cell that is itself broken (a formula without a result) says more than a rule reading its text.
    broken = {f.field for f in row.findings if f.severity is not Severity.INFO}
    return row.findings + [f for f in found if f.field not in broken]


def merge_duplicates(report: SheetReport, duplicates: list[Finding], rows: list[int], column: str) -> None:
    for item in duplicates:
        index = int(item.field[item.field.index("[") + 1 : item.field.index("]")])
        placed = Finding(item.code, item.severity, field_name(item.field), item.message, item.params)
        report.findings.append(RowFinding(rows[index], column, placed))
