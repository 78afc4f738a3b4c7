"""Whatever a file holds, reading and checking it ends in a report or in UnusableFile, never anything else."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ssclient.domain.period import Period
from ssclient.io.errors import UnusableFile
from ssclient.io.messages import FILE_MESSAGES
from ssclient.io.sheet_check import check_sheet
from ssclient.io.spreadsheet import open_spreadsheet
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from tests.io.sheets import HEADERS_EN, HEADERS_ZH, write_csv, write_xlsx

CTX = RuleContext(default_policy(), default_regions(), date(2026, 11, 10))
cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)


def check_file(name: str, data: bytes) -> int | str:
    """The number of findings, or the code of the refusal."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            with open_spreadsheet(path) as sheet:
                return len(check_sheet(sheet, CTX, Period(2026, 11)).findings)
        except UnusableFile as problem:
            assert "\n" not in str(problem)
            return problem.code


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["staff.csv", "staff.xlsx", "staff.txt"]))
def test_any_bytes(data: bytes, name: str) -> None:
    result = check_file(name, data)
    assert isinstance(result, int) or result in FILE_MESSAGES


@settings(max_examples=150, deadline=None)
@given(
    headers=st.sampled_from([HEADERS_EN, HEADERS_ZH]),
    rows=st.lists(st.lists(cells, max_size=12), max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
    separator=st.sampled_from([",", "\t"]),
)
def test_any_cells_under_real_headers(
    headers: list[str], rows: list[list[str]], encoding: str, separator: str
) -> None:
    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    text = "\r\n".join(separator.join(quoted(c) for c in row) for row in [headers, *rows])
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    result = check_file("staff.csv", data)
    assert isinstance(result, int) or result in {"FILE_NO_ROWS", "FILE_BINARY", "FILE_CSV_BROKEN"}


# Text an accountant types: digits (full-width too), letters, Chinese, punctuation, inner spaces.
typed = st.text(
    alphabet=st.sampled_from(list("0123456789Xx０１２３ 张三·艾力是否.,-#=+()本地城镇\"'")),
    min_size=0,
    max_size=20,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(typed, min_size=9, max_size=9), min_size=1, max_size=6))
def test_csv_and_xlsx_of_the_same_text_give_the_same_rows_and_findings(rows: list[list[str]]) -> None:
    """Cells typed as text read the same from both formats (formulas aside: a CSV has none)."""
    rows = [[cell if not cell.startswith("=") else "'" + cell for cell in row] for row in rows]
    with tempfile.TemporaryDirectory() as folder:
        results: list[object] = []  # each format's rows and findings, or its refusal
        for writer, name in ((write_csv, "staff.csv"), (write_xlsx, "staff.xlsx")):
            path = writer(Path(folder) / name, [HEADERS_ZH, *rows])
            try:
                with open_spreadsheet(path) as sheet:
                    report = check_sheet(sheet, CTX, Period(2026, 11), keep_lines=True)
                results.append(([(r.number, r.line) for r in report.lines],
                                 [(f.row, f.column, f.finding.code) for f in report.findings]))  # fmt: skip
            except UnusableFile as problem:
                results.append(problem.code)
        assert results[0] == results[1]
