"""A sheet's check report as a table: what the import window lists and what "Export report" writes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ssclient.io.export import CellValue, Table
from ssclient.io.messages import REPORT_CONTEXT, REPORT_TEXTS, Translate, english, render_finding
from ssclient.io.sheet_check import SheetReport

COLUMNS = ("row", "column", "severity", "code", "message")


def report_table(report: SheetReport, tr: Translate = english) -> Table:
    """One row per finding: spreadsheet row, column header, severity, code, message in the user's language."""
    headers = [tr(REPORT_CONTEXT, REPORT_TEXTS[key]) for key in COLUMNS]
    return Table(headers, _rows(report, tr), tr(REPORT_CONTEXT, REPORT_TEXTS["title"]), len(report.findings))


def _rows(report: SheetReport, tr: Translate) -> Iterator[Sequence[CellValue]]:
    severity_words = {key: tr(REPORT_CONTEXT, REPORT_TEXTS[key]) for key in ("error", "warning", "info")}
    for item in report.findings:
        found = item.finding
        yield (
            item.row,
            item.column,
            severity_words[str(found.severity)],
            found.code,
            render_finding(found, tr),
        )
