"""From a checked sheet to the draft the import creates: which rows become lines, in which order.

Pure: the GUI's import worker reads and checks the sheet off the GUI thread (check_sheet with
keep_lines=True, progress and Cancel), then saves `plan.parts()` with the store's create_drafts, one
transaction. A Cancel before that leaves the store as it was; nothing is ever half-imported.

A sheet of more people than one declaration may hold (MAX_PERSONNEL_LINES) becomes several drafts, its rows
in order, each as full as the agency accepts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ssclient.domain.declaration import MAX_PERSONNEL_LINES, Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.io.sheet_check import SheetReport


@dataclass(frozen=True, slots=True)
class ImportPlan:
    declaration: Declaration
    # rows[i]: the spreadsheet row that became line i (to open a line from the report, and back).
    rows: list[int] = field(default_factory=list)
    # Rows left out because they have errors ("import the clean rows only").
    skipped: list[int] = field(default_factory=list)
    # The most lines one draft gets.
    part_size: int = MAX_PERSONNEL_LINES

    def parts(self) -> list[Declaration]:
        """The drafts to save: the declaration's lines in order, `part_size` to a draft."""
        lines = self.declaration.lines
        if len(lines) <= self.part_size:
            return [self.declaration]
        size = self.part_size
        return [
            replace(self.declaration, lines=lines[start : start + size])
            for start in range(0, len(lines), size)
        ]

    def line_of_row(self, row: int) -> tuple[int, int] | None:
        """(which draft, which of its lines) a spreadsheet row became, or None when it was left out."""
        try:
            line = self.rows.index(row)
        except ValueError:
            return None
        return divmod(line, self.part_size)


def plan_import(
    report: SheetReport,
    kind: DeclarationType,
    period: Period,
    *,
    clean_rows_only: bool = False,
    part_size: int = MAX_PERSONNEL_LINES,
) -> ImportPlan:
    """The declaration to save from a report made with keep_lines=True (every row, or the clean ones). Its
    lines are the report's own objects, not copies (a checked report is not changed afterwards, and copying
    10,000 lines was a fifth of the save)."""
    if report.rows and not report.lines:
        raise ValueError("the report holds no lines: check the sheet with keep_lines=True")
    broken = report.rows_with_errors() if clean_rows_only else set()
    kept = [row for row in report.lines if row.number not in broken]
    for row in kept:  # the report's own line objects: numbering them costs no copy
        row.line.source_row = row.number
    declaration = Declaration(kind, period, [row.line for row in kept])
    return ImportPlan(declaration, [row.number for row in kept], sorted(broken), part_size)
