"""The reader process checks the last rows of a workbook it holds whole: the report is the one check_sheet
makes in process, finding for finding, duplicates across the two shares included, and the process is
kept for the next file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.io import reader_process
from ssclient.io.reader_process import open_in_child
from ssclient.io.shared_check import CheckJob, check_shared, split_row
from ssclient.io.sheet_check import SheetReport, check_sheet
from ssclient.io.spreadsheet import open_spreadsheet
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from tests.io.sheets import HEADERS_ZH, write_csv, write_xlsx
from tests.rules.idgen import make_id

PERIOD = Period(2026, 11)
CTX = RuleContext(default_policy(), default_regions(), date(2026, 11, 10))
KIND = DeclarationType.ADD


@pytest.fixture(autouse=True)
def no_reader_left() -> Iterator[None]:
    yield
    reader_process.shut_down()


def people(count: int) -> list[list[object]]:
    """Rows of people, some wrong in ways the rulebook and the cell reader each see; one person twice,
    once early and once late (on either side of the split)."""
    rows: list[list[object]] = []
    for index in range(count):
        number = make_id(date(1980 + index % 20, 1 + index % 12, 1 + index % 28), "110105", 100 + index)
        row: list[object] = [number, f"员工{index}", "11", "6500.00", "否", "否", "", "", ""]
        if index % 7 == 3:
            row[3] = "3000"  # below the floor
        if index % 11 == 5:
            row[0] = number[:-1] + ("0" if number[-1] != "0" else "1")  # checksum
        if index % 13 == 6:
            row[3] = 7000  # a number, not text
        if index % 17 == 8:
            row[0] = "１２３４５"  # full width
        rows.append(row)
    rows[-2][0] = rows[1][0]
    rows.insert(count // 2, [])  # a blank row, still counted
    return rows


def in_process(path: Path) -> SheetReport:
    with open_spreadsheet(path, KIND) as sheet:
        return check_sheet(sheet, CTX, PERIOD, keep_lines=True)


def shared(path: Path, job: CheckJob) -> tuple[SheetReport, int | None]:
    with open_in_child(path, KIND, check=job) as sheet:
        first = sheet.split_row
        report = check_shared(sheet, CTX, PERIOD, keep_lines=True)
        pid = sheet.process_id
    kept = reader_process.ready_process()
    assert kept is not None and kept.pid == pid  # the answer came in full: the process reads the next file
    return report, first


def test_the_report_is_the_one_made_in_process(tmp_path: Path) -> None:
    def merge(sheet: Worksheet) -> None:
        sheet.merge_cells("B40:B41")

    rows: list[list[object]] = [["员工花名册"], list(HEADERS_ZH), *people(60)]
    path = write_xlsx(tmp_path / "staff.xlsx", rows, edit=merge)
    expected = in_process(path)
    report, first = shared(path, CheckJob(KIND, CTX, PERIOD, min_rows=0))
    assert first is not None and 11 < first < 60
    assert report.findings == expected.findings
    assert report.rows == expected.rows
    assert [(row.number, row.line, row.findings) for row in report.lines] == [
        (row.number, row.line, row.findings) for row in expected.lines
    ]
    # Both shares had findings of their own, and the duplicate spans them.
    assert {item.row < first for item in report.findings} == {True, False}
    assert any(item.finding.code == "DUPLICATE_PERSON" for item in report.findings)


def test_small_sheets_and_csv_are_checked_here(tmp_path: Path) -> None:
    assert split_row(CheckJob(KIND, CTX, PERIOD), 100) is None
    assert split_row(None, 100_000) is None
    workbook = write_xlsx(tmp_path / "small.xlsx", [HEADERS_ZH, *people(30)])
    text = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *people(30)])
    for path, job in (
        (workbook, CheckJob(KIND, CTX, PERIOD)),
        (text, CheckJob(KIND, CTX, PERIOD, min_rows=0)),
    ):
        report, first = shared(path, job)
        assert first is None
        assert report.findings == in_process(path).findings
