"""Reading the month's payroll: the template, the usual payroll exports' headers (Chinese and English),
titles and totals rows passed over, and bad rows and files refused with row, column and message."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssclient.domain.enums import InsuranceType
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.messages import FILE_MESSAGES
from ssclient.io.payroll import PAYROLL_MESSAGES, TEMPLATE_HEADERS, field_for_header, read_payroll
from ssclient.io.payroll_template import DATA_SHEET, save_payroll_template
from ssclient.selftest_samples import valid_id_number
from tests.io.sheets import write_csv, write_xlsx
from tests.rules.idgen import make_id

TODAY = date(2026, 11, 20)
ZHANG, LI = valid_id_number(31), valid_id_number(32)
P, M, U = InsuranceType.PENSION, InsuranceType.MEDICAL, InsuranceType.UNEMPLOYMENT


def test_the_template_reads_back(tmp_path: Path) -> None:
    path = save_payroll_template(tmp_path / "payroll.xlsx")
    book = load_workbook(path)
    sheet = book[DATA_SHEET]
    headers = [cell.value for cell in sheet[1]]
    assert headers == ["身份证号码*", "姓名*", "应发工资*", "养老保险(个人)", "医疗保险(个人)", "失业保险(个人)",
                       "个人社保合计"]  # fmt: skip
    sheet.append([ZHANG, "张三", 6000, 480, 120, 30, None])
    sheet.append([LI, "李四", "4801.00", None, None, None, "504.11"])  # only the total: compared in total
    book.save(path)
    payroll = read_payroll(path, TODAY)
    assert not payroll.refused
    zhang, li = payroll.entries
    assert (zhang.row, zhang.id_number, zhang.gross_wage) == (2, ZHANG, Decimal("6000.00"))
    assert zhang.withheld == {P: Decimal("480.00"), M: Decimal("120.00"), U: Decimal("30.00")}
    assert zhang.employee_total == Decimal("630.00")
    assert (li.withheld, li.withheld_total, li.employee_total) == ({}, Decimal("504.11"), Decimal("504.11"))
    assert payroll.insurances == (P, M, U) and payroll.has_total


def test_a_payroll_export_with_a_title_other_columns_and_a_totals_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["2026年11月工资表"],
        ["序号", "部门", "员工姓名", "证件号码", "基本工资", "应发合计", "个人养老", "个人医疗", "个人失业",
         "单位养老", "住房公积金", "个人所得税", "实发工资"],
        [1, "财务", "张三", ZHANG, 5000, 6000, 480, 120, 30, 960, 600, 0, 4770],
        [2, "财务", "李四", LI, 4000, "4,801.00", 384.08, 96.02, 24.01, 768.16, 480, 0, 3816.89],
        ["合计", None, None, None, 9000, 10801, 864.08, 216.02, 54.01, 1728.16, 1080, 0, 8586.89],
    ]  # fmt: skip
    payroll = read_payroll(write_xlsx(tmp_path / "export.xlsx", rows), TODAY)
    assert [(e.row, e.name, e.gross_wage) for e in payroll.entries] == [
        (3, "张三", Decimal("6000.00")), (4, "李四", Decimal("4801.00")),
    ]  # fmt: skip
    assert payroll.entries[1].withheld == {P: Decimal("384.08"), M: Decimal("96.02"), U: Decimal("24.01")}
    assert not payroll.has_total


def test_english_headers_and_a_total_column_in_csv(tmp_path: Path) -> None:
    rows = [["Employee name", "ID number", "Gross pay (元)", "Employee contributions"],
            ["Zhang San", ZHANG, "6000", "630.00"]]  # fmt: skip
    payroll = read_payroll(write_csv(tmp_path / "payroll.csv", rows, encoding="utf-8-sig"), TODAY)
    (entry,) = payroll.entries
    assert (entry.name, entry.withheld, entry.withheld_total) == ("Zhang San", {}, Decimal("630.00"))


@pytest.mark.parametrize(
    ("header", "field"),
    [("养老保险（个人）", "pension"), ("代扣社保", "withheld_total"), ("应发工资(元)", "gross_wage"),
     ("Employee pension", "pension"), ("单位养老", None), ("住房公积金", None), ("养老保险(单位)", None)],
)  # fmt: skip
def test_headers_are_known_and_employer_columns_are_not_taken(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_bad_rows_are_refused_with_row_column_and_message(tmp_path: Path) -> None:
    wrong_check = ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")
    rows: list[list[object]] = [
        ["身份证号码", "姓名", "应发工资", "个人社保合计"],
        [ZHANG, "张三", "6000", "630"],
        [wrong_check, "李四", "abc", "-5"],
        ["", "王五", "", "1.005"],
        [ZHANG.lower(), "张三", "6000", "630"],
        [LI, "", 12345678901234567890, ""],
    ]
    payroll = read_payroll(write_csv(tmp_path / "bad.csv", rows), TODAY)
    assert payroll.refused and payroll.entries == []  # nothing of a refused file is kept
    found = [(p.row, p.column, p.finding.code) for p in payroll.problems]
    assert found == [
        (3, "身份证号码", "ID_CHECKSUM"),
        (3, "应发工资", "PAYROLL_AMOUNT_INVALID"),
        (3, "个人社保合计", "PAYROLL_AMOUNT_NEGATIVE"),
        (4, "身份证号码", "PAYROLL_ID_MISSING"),
        (4, "应发工资", "PAYROLL_WAGE_MISSING"),
        (4, "个人社保合计", "PAYROLL_AMOUNT_CENTS"),
        (5, "身份证号码", "PAYROLL_DUPLICATE"),
        (6, "姓名", "PAYROLL_NAME_MISSING"),
        (6, "应发工资", "PAYROLL_AMOUNT_INVALID"),
    ]
    assert payroll.problems[6].finding.message == "The ID number is also in row 2; list each person once."


def test_an_id_number_typed_as_a_number_in_a_workbook(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["身份证号码", "姓名", "应发工资", "代扣社保"],
        [110101199001010000, "张三", 6000, 630],
    ]
    payroll = read_payroll(write_xlsx(tmp_path / "numbers.xlsx", rows), TODAY)
    assert [(p.row, p.finding.code) for p in payroll.problems] == [(2, "CELL_ID_AS_NUMBER")]


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        ([["身份证号码", "姓名", "个人社保合计"], [ZHANG, "张三", "630"]], "FILE_COLUMNS_MISSING"),
        ([["身份证号码", "姓名", "应发工资"], [ZHANG, "张三", "6000"]], "FILE_COLUMNS_MISSING"),
        ([["部门", "备注"], ["财务", ""]], "FILE_COLUMNS_MISSING"),
        ([["身份证号码", "姓名", "应发工资", "代扣社保"]], "FILE_NO_ROWS"),
        ([["身份证号码", "姓名", "应发工资", "代扣社保", "社保扣款"], [ZHANG, "张三", "1", "1", "1"]],
         "FILE_COLUMN_TWICE"),
    ],
)  # fmt: skip
def test_unusable_files_say_why(tmp_path: Path, rows: list[list[str]], code: str) -> None:
    with pytest.raises(UnusableFile) as refused:
        read_payroll(write_csv(tmp_path / "payroll.csv", rows), TODAY)
    assert refused.value.code == code
    if code == "FILE_COLUMNS_MISSING" and len(rows[0]) == 3 and "应发工资" in rows[0]:
        assert "个人社保合计 (withheld_total)" in str(refused.value)


def test_a_cancelled_read_stops(tmp_path: Path) -> None:
    rows = [["身份证号码", "姓名", "应发工资", "代扣社保"]] + [[ZHANG, "张三", "1", "0"]] * 500
    with pytest.raises(ReadCancelled):
        read_payroll(write_csv(tmp_path / "long.csv", rows), TODAY, cancelled=lambda: True)


def test_the_catalogues_name_every_code() -> None:
    assert all(code.startswith("PAYROLL_") for code in PAYROLL_MESSAGES)
    assert {"FILE_COLUMNS_MISSING", "FILE_NO_ROWS", "FILE_COLUMN_TWICE"} <= set(FILE_MESSAGES)
    assert list(TEMPLATE_HEADERS) == ["id_number", "name", "gross_wage", "pension", "medical", "unemployment",
                                      "withheld_total"]  # fmt: skip


def test_a_county_newer_than_stdnums_list_is_read_as_the_rulebook_reads_it(tmp_path: Path) -> None:
    """The person was declared and insured (the rulebook takes today's region list); the payroll row that
    names them is theirs, not "an unknown region code"."""
    newer = make_id(date(1998, 3, 2), region="410571", sequence=44)  # 安阳高新技术产业开发区
    rows: list[list[object]] = [["身份证号码", "姓名", "应发工资", "代扣社保"], [newer, "何丽", 6000, 630]]
    payroll = read_payroll(write_csv(tmp_path / "payroll.csv", rows), TODAY)
    assert not payroll.refused, [p.finding.code for p in payroll.problems]
    assert [e.id_number for e in payroll.entries] == [newer]
