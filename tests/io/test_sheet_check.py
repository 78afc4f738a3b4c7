"""The rulebook over a sheet: findings by row and column, duplicates across rows, cell problems first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ssclient.domain.enums import DeclarationType, Severity
from ssclient.domain.period import Period
from ssclient.io.sheet_check import SheetReport, check_sheet
from ssclient.io.spreadsheet import open_spreadsheet
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from tests.io.sheets import GOOD_A, GOOD_B, HEADERS_EN, HEADERS_ZH, PERSON_A, write_csv, write_xlsx
from tests.rules.idgen import make_id

TODAY = date(2026, 11, 10)
CTX = RuleContext(default_policy(), default_regions(), TODAY)


def check(path: Path, keep_lines: bool = False) -> SheetReport:
    with open_spreadsheet(path) as sheet:
        return check_sheet(sheet, CTX, Period(2026, 11), keep_lines=keep_lines)


def placed(report: SheetReport) -> list[tuple[int, str, str]]:
    return [(item.row, item.column, item.finding.code) for item in report.findings]


def test_a_clean_sheet(tmp_path: Path) -> None:
    report = check(write_csv(tmp_path / "staff.csv", [HEADERS_ZH, GOOD_A, GOOD_B]))
    assert (report.rows, report.findings, report.has_errors) == (2, [], False)


def test_findings_carry_row_and_the_files_own_column_header(tmp_path: Path) -> None:
    bad = [PERSON_A[:-1] + "0" if PERSON_A[-1] != "0" else "1", "张三", "13", "100", "否", "否", "", "", ""]
    report = check(write_csv(tmp_path / "staff.csv", [HEADERS_ZH, GOOD_B, [""] * 9, bad]))
    assert placed(report) == [(4, "身份证号码", "ID_CHECKSUM"), (4, "户口性质", "HUKOU_UNKNOWN"),
                              (4, "申报工资", "BASE_BELOW_FLOOR")]  # fmt: skip
    assert report.rows_with_errors() == {4}


def test_duplicates_across_rows_name_the_spreadsheet_rows(tmp_path: Path) -> None:
    rows = [HEADERS_EN, GOOD_A, GOOD_B, ["", "", "", "", "", "", "", "", ""], [PERSON_A.lower(), *GOOD_A[1:]]]
    report = check(write_csv(tmp_path / "staff.csv", rows))
    duplicates = [item for item in report.findings if item.finding.code == "DUPLICATE_PERSON"]
    assert [(d.row, d.column, d.finding.field) for d in duplicates] == [(2, "id_number", "id_number"),
                                                                       (5, "id_number", "id_number")]  # fmt: skip
    assert duplicates[0].finding.params["lines"] == "2, 5"


def test_findings_of_a_row_follow_the_columns_of_the_file(tmp_path: Path) -> None:
    rows = [list(reversed(HEADERS_EN)), list(reversed(["123", "张3", "11", "6500", "否", "否", "", "", ""]))]
    assert [column for _, column, _ in placed(check(write_csv(tmp_path / "staff.csv", rows)))] == [
        "name",
        "id_number",
    ]


def test_a_broken_cell_is_reported_instead_of_its_rule_finding(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        HEADERS_EN,
        [int(PERSON_A[:15] + "000"), "张三", "11", "=A1*2", "否", "否"],
    ]
    report = check(write_xlsx(tmp_path / "staff.xlsx", rows))
    assert placed(report) == [
        (2, "id_number", "CELL_ID_AS_NUMBER"),
        (2, "wage_base", "CELL_FORMULA_NO_VALUE"),
    ]


def test_warnings_are_not_errors(tmp_path: Path) -> None:
    not_migrant = [*GOOD_B[:4], "否", "是", *GOOD_B[6:]]
    report = check(write_csv(tmp_path / "staff.csv", [HEADERS_ZH, not_migrant]))
    assert placed(report) == [(2, "是否参加农民工保险", "MIGRANT_INSURANCE_NOT_MIGRANT")]
    assert report.count(Severity.WARNING) == 1 and not report.has_errors


def test_lines_are_kept_for_the_import_when_asked(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, GOOD_B])
    assert check(path).lines == []
    kept = check(path, keep_lines=True).lines
    assert [(r.number, r.line.name) for r in kept] == [(2, "张三"), (3, "买买提·艾力")]


def test_the_same_findings_for_csv_and_xlsx_of_the_same_rows(tmp_path: Path) -> None:
    rows = [HEADERS_ZH, GOOD_A, ["12345", "张三3", "13", "6500.123", "maybe", "是", "火星", "", ""], GOOD_A]
    from_csv = check(write_csv(tmp_path / "staff.csv", rows, "gb18030"))
    from_xlsx = check(write_xlsx(tmp_path / "staff.xlsx", rows))
    assert placed(from_csv) == placed(from_xlsx)
    assert len(from_csv.findings) == 8


def test_other_declaration_types_check_their_own_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "stop.csv", [["身份证号码", "姓名", "停保原因"], [PERSON_A, "张三", ""]])
    with open_spreadsheet(path, DeclarationType.INTERRUPTION) as sheet:
        report = check_sheet(sheet, CTX, Period(2026, 11))
    assert placed(report) == [(2, "停保原因", "REASON_REQUIRED")]


def test_every_repeat_of_a_person_is_named_however_far_apart(tmp_path: Path) -> None:
    """Only repeated numbers are kept for the duplicate check; the report is as if every row were."""
    from ssclient.rules import check_duplicates

    others = [[make_id(date(1980, 1, 1), "110105", n), *GOOD_A[1:]] for n in range(1, 40)]
    rows: list[Sequence[object]] = [
        HEADERS_EN,
        GOOD_A,
        *others[:20],
        GOOD_B,
        GOOD_A,
        *others[20:],
        GOOD_A,
        GOOD_B,
    ]
    report = check(write_csv(tmp_path / "staff.csv", rows))
    duplicates = [
        (d.row, d.finding.params["lines"]) for d in report.findings if d.finding.code == "DUPLICATE_PERSON"
    ]
    assert duplicates == [
        (2, "2, 24, 44"),
        (23, "23, 45"),
        (24, "2, 24, 44"),
        (44, "2, 24, 44"),
        (45, "23, 45"),
    ]
    every = [str(row[0]) for row in rows[1:]]
    expected = check_duplicates(every, shown_as=list(range(2, len(rows) + 1)))
    assert [f.params["lines"] for f in expected] == [lines for _, lines in duplicates]
