"""`ssclient check --type annual_base FILE [--json]`: the offline check of last year's wages for the annual
base (ssclient.io.annual_wages) before importing them in Business → Annual base.

The report has the personnel check's shape (ssclient.io.check_command): one line per problem, then a
summary; exit status 0 no problems, 1 problems (the import would refuse the file), 2 the file cannot be
used. Who is insured here is not known offline: that is said when the file is imported.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from typing import TextIO

from ssclient.domain.clock import Clock, SystemClock, today
from ssclient.io.annual_wages import WagesSheet, read_annual_wages, wages_problem_text
from ssclient.io.check_command import EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE, report_json, report_lines
from ssclient.io.errors import UnusableFile
from ssclient.io.messages import REPORT_CONTEXT, REPORT_TEXTS, Translate, english, render_text
from ssclient.io.sheet_check import RowFinding, SheetReport


def run_wages_check(
    path: str,
    *,
    as_json: bool = False,
    tr: Translate = english,
    clock: Clock | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Read the wages file, print the report, and return the exit status."""
    from pathlib import Path

    out = out or sys.stdout
    err = err or sys.stderr
    try:
        sheet = read_annual_wages(Path(path), today(clock or SystemClock()))
    except UnusableFile as problem:
        err.write(render_text(REPORT_CONTEXT, REPORT_TEXTS["unusable"], tr, reason=problem.reason(tr)) + "\n")
        return EXIT_UNUSABLE
    report = wages_report(sheet, tr)
    if as_json:
        out.write(json.dumps(report_json(report, tr), ensure_ascii=False) + "\n")
    else:
        out.writelines(line + "\n" for line in report_lines(report, tr))
    out.flush()
    return EXIT_ERRORS if report.has_errors else EXIT_OK


def wages_report(sheet: WagesSheet, tr: Translate = english) -> SheetReport:
    """The sheet's problems as a check report, each message already in the language of `tr`."""
    findings = [
        RowFinding(p.row, p.column, replace(p.finding, message=wages_problem_text(p.finding, tr)))
        for p in sheet.problems
    ]
    return SheetReport(sheet.name, sheet.rows, findings)
