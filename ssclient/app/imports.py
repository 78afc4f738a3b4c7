"""Imports: read and check a spreadsheet (on a worker thread), then save one draft; the check report
exported, and the import templates written.

The reader and the rulebook are ssclient.io's (`open_spreadsheet`, `check_sheet`, which
`check_shared` shares with the reader process), the code behind
`ssclient check`, with the same rule inputs (policy, regions, today; no roster), so the import's report
and the command's are the same for the same file. A child process parses the workbook for it
(`open_in_child`), so the window's process stays free. The draft is written last, in one store
transaction: a Cancel or a failure before that leaves the store as it was.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.io.atomic import WriteError
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.export import export_table
from ssclient.io.messages import REPORT_CONTEXT, REPORT_TEXTS, Translate, render_finding
from ssclient.io.reader_process import ReaderFailed, open_in_child, warm_up
from ssclient.io.report_table import report_table
from ssclient.io.shared_check import CheckJob, check_shared
from ssclient.io.sheet_check import RowFinding, SheetReport
from ssclient.io.sheet_import import ImportPlan, plan_import
from ssclient.io.spreadsheet import Cancelled, Spreadsheet, open_spreadsheet
from ssclient.io.templates import save_template, template_file_name
from ssclient.rules import RuleContext
from ssclient.store import Store

__all__ = [
    "REPORT_CONTEXT",
    "REPORT_TEXTS",
    "CheckedSheet",
    "ImportedDraft",
    "Imports",
    "NothingToImport",
    "Progress",
    "RowFinding",
    "SheetReport",
    "UnusableFile",
    "WriteError",
    "export_report",
    "prepare_reading",
    "read_and_check",
    "render_finding",
    "save_draft",
    "template_file_name",
    "write_template",
]

log = logging.getLogger(__name__)


class Progress(Protocol):
    """What a long step sees of the task running it (`gui.workers.TaskControl` is one): progress reports
    and Cancel. `check_cancelled` raises the task's own "cancelled" exception."""

    @property
    def cancelled(self) -> bool: ...

    def check_cancelled(self) -> None: ...

    def report(self, done: int, total: int) -> None: ...


@dataclass(frozen=True, slots=True)
class CheckedSheet:
    """A file read and checked: what the report shows and what a draft is made from."""

    path: Path
    kind: DeclarationType
    period: Period
    report: SheetReport


@dataclass(frozen=True, slots=True)
class ImportedDraft:
    """The drafts an import made: one, or one for each MAX_PERSONNEL_LINES people (see plan.parts)."""

    declaration_ids: list[int]
    plan: ImportPlan

    @property
    def declaration_id(self) -> int:
        """The first draft (the only one, mostly)."""
        return self.declaration_ids[0]

    @property
    def line_count(self) -> int:
        """The people imported, in all the drafts."""
        return len(self.plan.declaration.lines)

    def line_of_row(self, row: int) -> tuple[int, int] | None:
        """(the draft's id, the line) a spreadsheet row became, or None when it was left out."""
        place = self.plan.line_of_row(row)
        return None if place is None else (self.declaration_ids[place[0]], place[1])


@contextmanager
def _few_full_collections() -> Iterator[None]:
    """Keep the garbage collector's full collections short while the import makes its many objects.
    A full collection holds the interpreter lock throughout, so the GUI thread stalls for as long as it
    runs: over the whole program 100 ms and more. Frozen, the program's own long-lived objects (modules,
    widgets, the policy) are left out, and a collection covers only the import's own objects."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class NothingToImport(Exception):
    """Every row has errors, so "import the clean rows only" has no row to import."""


def prepare_reading() -> None:
    """Start the reader process ahead of time (the import window does, as it opens): Python and openpyxl
    load in it while the user picks a file, not after."""
    warm_up()


def read_and_check(
    path: Path, kind: DeclarationType, rules: RuleContext, period: Period, control: Progress | None = None
) -> CheckedSheet | UnusableFile:
    """Read every row and run the rulebook over it. A file that cannot be used is returned (its reason is
    for the user, not a failure); Cancel raises what `control.check_cancelled` raises."""
    progress = control.report if control is not None else None
    cancelled = (lambda: control.cancelled) if control is not None else None
    try:
        check = CheckJob(kind, rules, period)
        with _few_full_collections(), _open_sheet(path, kind, cancelled, check) as sheet:
            report = check_shared(
                sheet, rules, period, keep_lines=True, progress=progress, cancelled=cancelled
            )
    except UnusableFile as problem:
        return problem
    except ReadCancelled:
        if control is not None:
            control.check_cancelled()  # the task's own "cancelled" (Cancel was pressed: the reader stopped)
        raise
    if control is not None:
        control.check_cancelled()  # Cancel pressed as the last rows were read: still nothing is saved
    return CheckedSheet(path, kind, period, report)


def _open_sheet(
    path: Path, kind: DeclarationType, cancelled: Cancelled | None, check: CheckJob
) -> Spreadsheet:
    """The sheet read by a reader process (see ssclient.io.reader_process), which also checks the last
    rows of a large workbook (ssclient.io.shared_check); in this process when no reader
    process works (the system will not start one, or it fails before it answers twice, as when security
    software stops it), which is slower and makes the window stutter, but reads the file."""
    try:
        return open_in_child(path, kind, cancelled, check)
    except ReaderFailed as exc:
        log.warning("reading %s in the program's own process: %s", path.name, exc)
        return open_spreadsheet(path, kind)


def save_draft(
    store: Store, unit_code: str, checked: CheckedSheet, *, clean_rows_only: bool
) -> ImportedDraft:
    """Create the draft from the checked rows (all, or those without errors) in one transaction: several
    drafts, each named after the file and its place, when there are more people than one declaration holds."""
    with _few_full_collections():
        plan = plan_import(checked.report, checked.kind, checked.period, clean_rows_only=clean_rows_only)
        if not plan.declaration.lines:
            raise NothingToImport
        parts = plan.parts()
        name = checked.path.name
        notes = [name] if len(parts) == 1 else [f"{name} {i}/{len(parts)}" for i in range(1, len(parts) + 1)]
        declaration_ids = store.create_drafts(unit_code, list(zip(parts, notes, strict=True)))
    return ImportedDraft(declaration_ids, plan)


def export_report(report: SheetReport, path: Path, tr: Translate) -> None:
    """Write the check report (.xlsx or .csv by the name) in the user's language; WriteError says why not."""
    export_table(report_table(report, tr), path)


def write_template(kind: DeclarationType, path: Path) -> None:
    """Write the import template of `kind` (atomically; WriteError says why it could not be)."""
    save_template(path, kind)


class Imports:
    """Save a checked sheet as the unit's draft (the reading needs no store: see `read_and_check`)."""

    def __init__(self, store: Store, unit_code: str) -> None:
        self._store = store
        self._unit_code = unit_code

    def save_draft(self, checked: CheckedSheet, *, clean_rows_only: bool) -> ImportedDraft:
        return save_draft(self._store, self._unit_code, checked, clean_rows_only=clean_rows_only)
