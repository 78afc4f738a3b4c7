"""`ssclient check FILE [--json]`: the offline check of a personnel spreadsheet before importing it.

Exit status: 0 no errors (warnings allowed), 1 errors, 2 the file cannot be used (one line on stderr), 130
stopped by Ctrl+C.
Messages come in the language of the `tr` function the caller passes (cli.py builds it from ssclient.gui.i18n,
which this layer may not import).
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import sys
from typing import TextIO

from ssclient.domain.clock import Clock, SystemClock, today
from ssclient.domain.enums import DeclarationType, Severity
from ssclient.domain.period import Period
from ssclient.io.check_parts import MAX_PARTS, PARALLEL_MIN_ROWS, check_in_parts, rule_context, usable_cores
from ssclient.io.errors import UnusableFile
from ssclient.io.messages import REPORT_CONTEXT, REPORT_TEXTS, Translate, english, render_finding, render_text
from ssclient.io.sheet_check import SheetReport, check_sheet
from ssclient.io.spreadsheet import CHECK_MAX_ROWS, open_spreadsheet

EXIT_OK, EXIT_ERRORS, EXIT_UNUSABLE = 0, 1, 2
EXIT_INTERRUPTED = 130  # as a shell reports a command ended by Ctrl+C
log = logging.getLogger(__name__)


def run_check(
    path: str,
    *,
    as_json: bool = False,
    tr: Translate = english,
    clock: Clock | None = None,
    kind: DeclarationType = DeclarationType.ADD,
    period: Period | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    parallel_min_rows: int = PARALLEL_MIN_ROWS,
) -> int:
    """Check the file, print the report, and return the exit status. `period` (default: the current one)
    decides ages and retirement; a CSV of `parallel_min_rows` lines or more is checked in two processes."""
    out = out or _tolerant(sys.stdout)
    err = err or _tolerant(sys.stderr)
    day = today(clock or SystemClock())
    period = period or Period.of(day)
    try:
        # A large CSV is checked by two processes; any other file, or one whose parts could not be
        # checked, by this one.
        parts = min(MAX_PARTS, usable_cores())
        report = check_in_parts(
            path, kind, day, period, max_rows=CHECK_MAX_ROWS, parts=parts, min_rows=parallel_min_rows
        )
        if report is None:
            with open_spreadsheet(path, kind, max_rows=CHECK_MAX_ROWS) as sheet:
                report = check_sheet(sheet, rule_context(day), period)
    except KeyboardInterrupt:  # Ctrl+C: any helper process is ended already; no traceback
        return EXIT_INTERRUPTED
    except UnusableFile as problem:
        reason = problem.reason(tr)
        err.write(render_text(REPORT_CONTEXT, REPORT_TEXTS["unusable"], tr, reason=reason) + "\n")
        return EXIT_UNUSABLE
    except Exception:  # a bug, not the user's file: log the details, show one line
        from ssclient.logsetup import setup_file_logging

        log_path = setup_file_logging()
        log.exception("ssclient check failed on %s", path)
        err.write(render_text(REPORT_CONTEXT, REPORT_TEXTS["crashed"], tr, log=log_path) + "\n")
        return EXIT_UNUSABLE
    try:
        if as_json:
            out.write(json.dumps(report_json(report, tr), ensure_ascii=False) + "\n")
        else:
            out.writelines(line + "\n" for line in report_lines(report, tr))
        out.flush()
    except BrokenPipeError:
        # The reader went away (`ssclient check big.csv | head`): the exit status still tells the result.
        _silence(out)
    return EXIT_ERRORS if report.has_errors else EXIT_OK


def _tolerant(stream: TextIO) -> TextIO:
    """A console that cannot show a character (a non-UTF-8 locale) shows "?" rather than failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    return stream


def _silence(stream: TextIO) -> None:
    # Python flushes stdout again at exit; point it at nothing so that does not fail a second time.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def report_json(report: SheetReport, tr: Translate = english) -> dict[str, object]:
    tr = _remembered(tr)
    return {
        "rows": report.rows,
        "findings": [
            {
                "row": item.row,
                "field": item.finding.field,
                "code": item.finding.code,
                "severity": str(item.finding.severity),
                "message": render_finding(item.finding, tr),
            }
            for item in report.findings
        ],
    }


def report_lines(report: SheetReport, tr: Translate = english) -> list[str]:
    tr = _remembered(tr)
    template = tr(REPORT_CONTEXT, REPORT_TEXTS["line"])
    words = {s: tr(REPORT_CONTEXT, REPORT_TEXTS[str(s)]) for s in Severity}
    lines = [
        template.format(
            row=item.row,
            column=item.column,
            severity=words[item.finding.severity],
            code=item.finding.code,
            message=render_finding(item.finding, tr),
        )
        for item in report.findings
    ]
    lines.append(
        render_text(
            REPORT_CONTEXT,
            REPORT_TEXTS["summary"],
            tr,
            rows=report.rows,
            errors=report.count(Severity.ERROR),
            warnings=report.count(Severity.WARNING),
            notes=report.count(Severity.INFO),
        )
    )
    return lines


def _remembered(tr: Translate) -> Translate:
    """`tr` asked once per text: a report of a million rows repeats a few dozen messages."""
    return functools.cache(tr)
