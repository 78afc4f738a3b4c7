"""`ssclient check` on a large CSV file with two processes: the file is split in two at a line break, this
process checks the first part while a child process checks the second, and their findings are put together
in row order; the duplicates across all rows are looked for once both are done. The report is the one a
single process makes (check_sheet): the same findings, rows and columns.

Only where it pays and is safe: a CSV of at least PARALLEL_MIN_ROWS lines (starting a child takes a
moment), in UTF-8 or GB18030 (a line break byte is a line break there; not in UTF-16), on a machine with two
cores or more. The split is a line break after which the quotes seen so far are even (not inside a quoted
cell), and the first part's reader checks that its last row really ended there (csv_source.PartMisaligned).
Whenever a part cannot be read to its end — a broken file, a misplaced split, a child that could not start
or ended — `check_in_parts` returns None and the caller checks the file in one process, which then says
exactly what it would have said anyway.

The child is started with "spawn" (a fresh interpreter: the same on every system, and in the frozen program
through multiprocessing.freeze_support in packaging/launcher); it ignores Ctrl+C, which is for this process
(ending the child on its way out), and stops on its own when this process is gone.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ssclient.domain.enums import DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.io.csv_source import ByteRange, CsvSource, PartMisaligned, TextFacts, inspect_text
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.filetype import Kind, sniff
from ssclient.io.id_book import IdBook, repeated
from ssclient.io.sheet_check import RowFinding, SheetReport, add_duplicates, check_rows
from ssclient.io.spreadsheet import Cancelled, Spreadsheet
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext

log = logging.getLogger(__name__)

# Fewer lines are checked in one process: starting a child (an interpreter and the rulebook) costs more.
PARALLEL_MIN_ROWS = 50_000
# How many processes share a file at most (this one included).
MAX_PARTS = 2
# The fewest bytes a row of people takes (an ID number alone is 18): a smaller file is not even looked at.
_MIN_ROW_BYTES = 20
# How far past the middle a split may be looked for (a quoted cell spanning many lines, say).
_SPLIT_SEARCH_BYTES = 8 << 20
# The share of the file the first part takes beyond its even share: this process starts on it while the
# child process is still starting (an interpreter, the rulebook), a few tenths of a second of a part's work.
_FIRST_LEAD = 0.02
_SPLITTABLE = frozenset({"utf-8", "utf-8-sig", "gb18030"})
# How often a wait for the child looks at whether it still runs.
_POLL_SECONDS = 0.05
_END_SECONDS = 5.0


def rule_context(day: date) -> RuleContext:
    """The rulebook's context of `ssclient check`: the bundled policy and regions, `day` as today."""
    return RuleContext(policy=default_policy(), regions=default_regions(), today=day)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Windows or macOS
        return os.cpu_count() or 1


@dataclass(frozen=True)
class PartJob:
    """What a child process checks: a part of the file, its columns as the first part's header names them."""

    path: str
    facts: TextFacts
    part: ByteRange
    kind: DeclarationType
    columns: dict[str, tuple[int, str]]
    day: date
    period: Period
    max_rows: int


# A part's findings as a child process sends them: each different finding once (code, severity, field,
# message, params: plain values, which unpickle several times quicker than frozen dataclasses), and each
# placed one as (row, column, index of its finding). A million rows hold a few dozen different findings.
_Sent = tuple[list[tuple[str, str, str, str, dict[str, str]]], list[tuple[int, str, int]]]
_SEVERITY = {severity.value: severity for severity in Severity}


@dataclass
class PartResult:
    """A part's findings and rows (numbered within the part), how many rows it read (blank ones included)
    and its rows' ID numbers."""

    records: int
    report: SheetReport
    book: IdBook = field(default_factory=IdBook)
    sent: _Sent | None = None  # the findings, as sent by a child process

    def __getstate__(self) -> tuple[int, str, int, _Sent, IdBook]:
        kinds: dict[tuple[str, str, str, str, tuple[tuple[str, str], ...]], int] = {}
        placed = []
        for item in self.report.findings:
            f = item.finding
            key = (f.code, f.severity.value, f.field, f.message, tuple(f.params.items()))
            placed.append((item.row, item.column, kinds.setdefault(key, len(kinds))))
        different = [
            (code, severity, at, message, dict(params)) for code, severity, at, message, params in kinds
        ]
        return self.records, self.report.name, self.report.rows, (different, placed), self.book

    def __setstate__(self, state: tuple[int, str, int, _Sent, IdBook]) -> None:
        self.records, name, rows, self.sent, self.book = state
        self.report = SheetReport(name, rows)

    def findings(self, offset: int) -> list[RowFinding]:
        """The part's findings, their rows shifted by `offset` (the rows of the parts before it)."""
        if self.sent is not None:
            different, placed = self.sent
            made = [
                Finding(code, _SEVERITY[severity], at, message, params)
                for code, severity, at, message, params in different
            ]
            return [RowFinding(row + offset, column, made[index]) for row, column, index in placed]
        if offset:
            return [RowFinding(item.row + offset, item.column, item.finding) for item in self.report.findings]
        return self.report.findings


def check_in_parts(
    path: Path | str,
    kind: DeclarationType,
    day: date,
    period: Period,
    *,
    max_rows: int,
    parts: int = MAX_PARTS,
    min_rows: int = PARALLEL_MIN_ROWS,
    cancelled: Cancelled | None = None,
) -> SheetReport | None:
    """The report of the file checked in `parts` processes (this one and children), or None when it is
    not checked so (see the module's docstring): check it in one process then. Raises UnusableFile only
    for a file with more than `max_rows` rows, as check_sheet would, and ReadCancelled when `cancelled()`
    turns true (the children are ended either way)."""
    path = Path(path)
    if not _worth_splitting(path, parts, min_rows):
        return None
    helpers: list[_Helper] = []
    try:
        # Started first: a child takes longer to start than this process takes to look the file over.
        for _ in range(parts - 1):
            helpers.append(_Helper())
        plan = _plan(path, parts, min_rows)
        if plan is None:
            return None
        facts, ranges = plan
        return _check(path, facts, ranges, helpers, _Job(kind, day, period, max_rows), cancelled)
    except _Fallback as reason:
        log.info("the file is checked in one process: %s", reason)
        return None
    finally:
        for helper in helpers:
            helper.end()


class _Fallback(Exception):
    """A part could not be checked to its end: the whole file is checked in one process."""


@dataclass(frozen=True)
class _Job:
    kind: DeclarationType
    day: date
    period: Period
    max_rows: int


def _check(
    path: Path,
    facts: TextFacts,
    ranges: list[ByteRange],
    helpers: list[_Helper],
    job: _Job,
    cancelled: Cancelled | None,
) -> SheetReport:
    source = CsvSource(path, facts, ranges[0])
    try:
        sheet = Spreadsheet(path, job.kind, source, max_rows=job.max_rows)
    except UnusableFile as problem:
        raise _Fallback(f"the first part: {problem.code}") from None
    with sheet:
        for helper, part in zip(helpers, ranges[1:], strict=True):
            helper.send(
                PartJob(str(path), facts, part, job.kind, sheet.columns, job.day, job.period, job.max_rows)
            )
        first = _check_opened(sheet, source, rule_context(job.day), job.period, cancelled)
        results = [first, *(helper.result() for helper in helpers)]
    return _together(sheet, results, job.max_rows)


def _check_opened(
    sheet: Spreadsheet, source: CsvSource, ctx: RuleContext, period: Period, cancelled: Cancelled | None
) -> PartResult:
    result = PartResult(0, SheetReport(sheet.name))
    try:
        check_rows(sheet, ctx, period, result.report, result.book, cancelled=cancelled)
    except UnusableFile as problem:
        raise _Fallback(f"a part: {problem.code}") from None
    except PartMisaligned:
        raise _Fallback("the split is inside a quoted cell") from None
    result.records = source.records
    return result


def _together(sheet: Spreadsheet, results: Sequence[PartResult], max_rows: int) -> SheetReport:
    """The parts' reports as one, the duplicates across all their rows added."""
    report = SheetReport(sheet.name)
    offsets: list[int] = []
    offset = 0
    for result in results:
        offsets.append(offset)
        report.rows += result.report.rows
        report.findings += result.findings(offset)
        offset += result.records
    if report.rows > max_rows:
        raise UnusableFile("FILE_TOO_MANY_ROWS", name=sheet.name, limit=max_rows)
    add_duplicates(report, sheet, *repeated([result.book for result in results], offsets))
    return report


def _worth_splitting(path: Path, parts: int, min_rows: int) -> bool:
    """A CSV file large enough for parts to pay (at a glance: its lines are counted by `_plan`)."""
    try:
        return parts >= 2 and path.stat().st_size >= min_rows * _MIN_ROW_BYTES and sniff(path) is Kind.CSV
    except (OSError, UnusableFile):
        return False  # said by the check in one process


def _plan(path: Path, parts: int, min_rows: int) -> tuple[TextFacts, list[ByteRange]] | None:
    """The file's facts and its parts, when it is worth splitting and can be."""
    try:
        facts = inspect_text(path)
        if facts.lines < min_rows or facts.encoding not in _SPLITTABLE:
            return None
        points = split_points(path, parts)
    except (OSError, UnusableFile):
        return None  # said by the check in one process
    if points is None:
        return None
    bounds = [0, *points, path.stat().st_size]
    return facts, [ByteRange(start, end, end == bounds[-1]) for start, end in pairwise(bounds)]


def split_points(path: Path, parts: int) -> list[int] | None:
    """Where to split the file in `parts` of about the same size (the first a little larger): each just after
    a line break with an even number of quotes before it (so no quoted cell runs across), None when there
    is no such place near."""
    size = path.stat().st_size
    points: list[int] = []
    quotes = position = 0
    first = size * (1 / parts + _FIRST_LEAD)
    with path.open("rb") as handle:
        for part in range(1, parts):
            target = int(first + (size - first) * (part - 1) / (parts - 1))
            while position < target:
                chunk = handle.read(min(1 << 20, target - position))
                quotes += chunk.count(b'"')
                position += len(chunk)
            limit = target + _SPLIT_SEARCH_BYTES
            while True:
                line = handle.readline(1 << 16)
                if not line or position + len(line) >= min(size, limit):
                    return None
                quotes += line.count(b'"')
                position += len(line)
                if line.endswith(b"\n") and quotes % 2 == 0:
                    break
            points.append(position)
    return points


# --- the child's side ----------------------------------------------------------------------------------


class _Helper:
    """A child process checking one part, and this side of its pipe."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        try:
            self.connection, child_end = context.Pipe()
        except OSError as exc:
            raise _Fallback(f"no pipe to a helper process: {exc}") from None
        self.process = context.Process(
            target=serve_part, args=(child_end,), name="ssclient-check", daemon=True
        )
        try:
            self.process.start()
        except Exception as exc:  # OSError from the system; multiprocessing's own refusals too
            self.connection.close()
            raise _Fallback(f"no helper process: {exc}") from None
        finally:
            child_end.close()

    def send(self, job: PartJob) -> None:
        try:
            self.connection.send(job)
        except OSError as exc:
            raise _Fallback(f"the helper process has ended: {exc}") from None

    def result(self) -> PartResult:
        try:
            while not self.connection.poll(_POLL_SECONDS):
                if not self.process.is_alive() and not self.connection.poll(0):
                    raise _Fallback(f"the helper process ended (exit code {self.process.exitcode})")
            message: tuple[Any, ...] = self.connection.recv()
        except (EOFError, OSError) as exc:  # on Windows poll() itself raises once the child has gone
            raise _Fallback(f"the helper process has ended: {exc}") from None
        if message[0] == "unusable" and message[1] == "FILE_TOO_MANY_ROWS":
            raise UnusableFile(message[1], **message[2])
        if message[0] != "done":
            raise _Fallback(f"the helper process: {message[1]}")
        result: PartResult = message[1]
        return result

    def end(self) -> None:
        self.connection.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(_END_SECONDS)
        if self.process.is_alive():  # not even SIGTERM: it must not outlive the program
            self.process.kill()
            self.process.join(_END_SECONDS)


def serve_part(connection: Connection) -> None:
    """The child process: check the part it is sent, send back the result, end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the program, not its helper
    parent = multiprocessing.parent_process()
    # Loaded while the program reads the header (both are cached for the job).
    default_policy()
    default_regions()
    message: tuple[object, ...]
    try:
        job: PartJob = connection.recv()
        message = ("done", check_part(job, None if parent is None else lambda: not parent.is_alive()))
    except (EOFError, OSError, ReadCancelled):
        return  # the program ended or gave up on this part
    except UnusableFile as problem:
        message = ("unusable", problem.code, problem.params)
    except PartMisaligned:
        message = ("misaligned", "the part does not end where a row ends")
    except Exception:  # MemoryError included: the program checks the file in one process
        message = ("failed", traceback.format_exc())
    try:
        connection.send(message)
    except OSError:
        return


def check_part(job: PartJob, cancelled: Cancelled | None = None) -> PartResult:
    """A later part of a file, checked (its rows numbered from 1)."""
    path = Path(job.path)
    source = CsvSource(path, job.facts, job.part)
    sheet = Spreadsheet(path, job.kind, source, max_rows=job.max_rows, columns=job.columns)
    with sheet:
        result = PartResult(0, SheetReport(sheet.name))
        check_rows(sheet, rule_context(job.day), job.period, result.report, result.book, cancelled=cancelled)
    result.records = source.records
    return result
