"""Reading last year's wages for the annual base: the template, monthly wages or the total with months
worked, a summary export's headers, and bad rows and files refused with row, column and message."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssclient.io.annual_wages import TEMPLATE_HEADERS, WAGES_MESSAGES, read_annual_wages
from ssclient.io.annual_wages_template import DATA_SHEET, save_annual_wages_template
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.selftest_samples import valid_id_number
from tests.io.sheets import write_csv, write_xlsx

TODAY = date(2026, 11, 20)
ZHANG, LI, WANG = valid_id_number(41), valid_id_number(42), valid_id_number(43)
D = Decimal
MONTHS = [f"{n}月" for n in range(1, 13)]


def test_the_template_reads_back_with_months_or_a_total(tmp_path: Path) -> None:
    path = save_annual_wages_template(tmp_path / "wages.xlsx")
    book = load_workbook(path)
    sheet = book[DATA_SHEET]
    assert [cell.value for cell in sheet[1]] == ["身份证号码*", "姓名*", *MONTHS, "全年工资总额", "工作月数"]
    sheet.append([ZHANG, "张三", *([8000] * 12), None, None])
    # Joined in April: nine months, March and before blank, one month paid 0 (unpaid leave, not worked).
    sheet.append([LI, "李四", None, None, None, 6000, 6000, 0, "6,000.50", *([6000] * 5), None, None])
    sheet.append([WANG, "王五", *([None] * 12), "50000", 7])
    book.save(path)

    wages = read_annual_wages(path, TODAY)

    assert not wages.refused
    assert [(w.row, w.id_number, w.name, w.total, w.months) for w in wages.wages] == [
        (2, ZHANG, "张三", D("96000.00"), 12),
        (3, LI, "李四", D("48000.50"), 8),
        (4, WANG, "王五", D("50000.00"), 7),
    ]
    assert list(TEMPLATE_HEADERS)[:2] == ["id_number", "name"]


def test_a_yearly_summary_with_a_title_english_headers_and_a_totals_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["2025年度工资汇总"],
        ["No.", "Department", "Employee name", "ID number", "Annual total", "Months worked", "Tax"],
        [1, "财务", "张三", ZHANG, "96,000.00", 12, 100],
        [2, "财务", "李四", LI, 50000, "７", 0],
        ["合计", None, None, None, 146000, None, 100],
    ]
    wages = read_annual_wages(write_xlsx(tmp_path / "summary.xlsx", rows), TODAY)
    assert [(w.row, w.name, w.total, w.months) for w in wages.wages] == [
        (3, "张三", D("96000.00"), 12),
        (4, "李四", D("50000.00"), 7),
    ]


def test_a_csv_reads_like_a_workbook(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["身份证号码", "姓名", "全年工资总额", "工作月数"],
        [ZHANG, "张三", "36000", "12"],
    ]
    wages = read_annual_wages(write_csv(tmp_path / "wages.csv", rows, encoding="gb18030"), TODAY)
    assert [(w.total, w.months) for w in wages.wages] == [(D("36000.00"), 12)]


def test_bad_rows_refuse_the_whole_file_naming_row_and_column(tmp_path: Path) -> None:
    header: list[object] = ["身份证号码", "姓名", *MONTHS, "全年工资总额", "工作月数"]
    blank = [None] * 12
    rows: list[list[object]] = [
        header,
        [ZHANG, "张三", *([8000] * 12), None, None],  # good, but the file is refused as a whole
        [LI, "", *blank, "abc", 13],
        [WANG, "王五", 8000, *blank[1:], "96000", 12],
        ["", "赵六", *blank, "0", "0"],
        [ZHANG, "张三", *([0] * 12), None, None],
        [valid_id_number(44), "孙七", *blank, None, None],
        [valid_id_number(45), "周八", "-1", "8000.123", *blank[2:], None, None],
    ]
    wages = read_annual_wages(write_xlsx(tmp_path / "bad.xlsx", rows), TODAY)

    assert wages.refused and wages.wages == []
    found = [(p.row, p.column, p.finding.code) for p in wages.problems]
    assert found == [
        (3, "姓名", "WAGES_NAME_MISSING"),
        (3, "全年工资总额", "WAGES_AMOUNT_INVALID"),
        (3, "工作月数", "WAGES_MONTHS_INVALID"),
        (4, "全年工资总额", "WAGES_BOTH"),
        (5, "身份证号码", "WAGES_ID_MISSING"),
        (5, "全年工资总额", "WAGES_TOTAL_ZERO"),
        (5, "工作月数", "WAGES_MONTHS_INVALID"),
        (6, "身份证号码", "WAGES_DUPLICATE"),
        (6, "1月", "WAGES_NO_MONTH_WORKED"),
        (7, "1月", "WAGES_NONE"),
        (8, "1月", "WAGES_AMOUNT_NEGATIVE"),
        (8, "2月", "WAGES_AMOUNT_CENTS"),
    ]
    duplicate = next(p for p in wages.problems if p.finding.code == "WAGES_DUPLICATE")
    assert duplicate.finding.message == WAGES_MESSAGES["WAGES_DUPLICATE"].format(row=2)


def test_an_id_number_typed_as_a_number_or_with_a_wrong_check_is_refused(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["身份证号码", "姓名", "全年工资总额", "工作月数"],
        [float(ZHANG[:15]) * 1000, "张三", 1000, 1],
        [ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1"), "李四", 1000, 1],
    ]
    wages = read_annual_wages(write_xlsx(tmp_path / "ids.xlsx", rows), TODAY)
    assert [(p.row, p.finding.code) for p in wages.problems] == [(2, "CELL_ID_AS_NUMBER"), (3, "ID_CHECKSUM")]


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        (["身份证号码", "姓名", "全年工资总额"], "工作月数"),  # a total without the months worked
        (["身份证号码", "姓名", "1月", "2月", "3月"], "12月"),  # some months, not all twelve
        (["姓名", "全年工资总额", "工作月数"], "身份证号码"),
    ],
)
def test_a_file_without_the_columns_it_needs_is_unusable(
    tmp_path: Path, header: list[str], missing: str
) -> None:
    path = write_xlsx(tmp_path / "columns.xlsx", [header, [ZHANG, "张三", "1", "1", "1"]])
    with pytest.raises(UnusableFile) as caught:
        read_annual_wages(path, TODAY)
    assert caught.value.code == "FILE_COLUMNS_MISSING" and missing in str(caught.value.params["columns"])


def test_a_column_twice_and_a_file_without_rows_are_unusable(tmp_path: Path) -> None:
    twice = write_xlsx(
        tmp_path / "twice.xlsx", [["身份证号码", "姓名", "全年工资总额", "年度工资总额", "工作月数"]]
    )
    with pytest.raises(UnusableFile) as caught:
        read_annual_wages(twice, TODAY)
    assert caught.value.code == "FILE_COLUMN_TWICE"
    empty = write_xlsx(tmp_path / "empty.xlsx", [["身份证号码", "姓名", "全年工资总额", "工作月数"]])
    with pytest.raises(UnusableFile) as caught:
        read_annual_wages(empty, TODAY)
    assert caught.value.code == "FILE_NO_ROWS"


def test_not_a_spreadsheet_is_unusable(tmp_path: Path) -> None:
    path = tmp_path / "wages.xlsx"
    path.write_bytes(b"%PDF-1.4 not a workbook")
    with pytest.raises(UnusableFile):
        read_annual_wages(path, TODAY)


def test_a_long_file_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    rows: list[list[object]] = [["身份证号码", "姓名", "全年工资总额", "工作月数"]]
    rows += [[valid_id_number(1000 + n), "张三", 96000, 12] for n in range(450)]
    path = write_csv(tmp_path / "long.csv", rows)
    seen: list[int] = []
    wages = read_annual_wages(path, TODAY, progress=lambda done, _total: seen.append(done))
    assert len(wages.wages) == 450 and seen == [200, 400]
    with pytest.raises(ReadCancelled):
        read_annual_wages(path, TODAY, cancelled=lambda: True)


def test_a_total_left_as_a_formula_without_a_saved_result_refuses_the_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["身份证号码", "姓名", "全年工资总额", "工作月数"],
        [ZHANG, "张三", "=8000*12", 12],
        [LI, "李四", "", 12],  # an empty text cell, as another program may write one: no total at all
    ]
    wages = read_annual_wages(write_xlsx(tmp_path / "wages.xlsx", rows), TODAY)

    assert wages.refused
    assert [(p.row, p.column, p.finding.code) for p in wages.problems] == [
        (2, "全年工资总额", "CELL_FORMULA_NO_VALUE"),
        (3, "全年工资总额", "WAGES_TOTAL_MISSING"),
    ]
