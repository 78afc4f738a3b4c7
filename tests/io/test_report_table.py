"""The check report as a table, exported to .xlsx as the import window's "Export report" does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from ssclient.domain.period import Period
from ssclient.gui.i18n import CHINESE, Translations
from ssclient.io.export import export_table
from ssclient.io.report_table import report_table
from ssclient.io.sheet_check import check_sheet
from ssclient.io.spreadsheet import open_spreadsheet
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from tests.io.sheets import GOOD_A, HEADERS_ZH, write_csv

CTX = RuleContext(default_policy(), default_regions(), date(2026, 11, 10))


def test_report_exported_to_xlsx_in_chinese(tmp_path: Path) -> None:
    rows = [HEADERS_ZH, GOOD_A, ["12345", "张三", "13", "6500", "否", "否", "", "", ""]]
    with open_spreadsheet(write_csv(tmp_path / "staff.csv", rows)) as sheet:
        report = check_sheet(sheet, CTX, Period(2026, 11))
    table = report_table(report, Translations(CHINESE).translate)
    export_table(table, tmp_path / "report.xlsx")
    book = load_workbook(tmp_path / "report.xlsx", read_only=True)
    values = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert book.sheetnames == ["检查报告"]
    assert values == [
        ["行号", "列", "严重程度", "代码", "说明"],
        [3, "身份证号码", "错误", "ID_LENGTH", "身份证号码应为18位，此号码为5位。"],
        [3, "户口性质", "错误", "HUKOU_UNKNOWN",
         "户口性质“13”无法识别，请填写11、12、21、22或30（本地城镇、外地城镇、本地农村、外地农村、居民户口）。"],
    ]  # fmt: skip


def test_report_table_in_english_by_default(tmp_path: Path) -> None:
    with open_spreadsheet(write_csv(tmp_path / "staff.csv", [HEADERS_ZH, ["", *GOOD_A[1:]]])) as sheet:
        table = report_table(check_sheet(sheet, CTX, Period(2026, 11)))
    assert (list(table.headers), table.title, table.row_count) == (["Row", "Column", "Severity", "Code", "Message"],
                                                                  "Check report", 1)  # fmt: skip
    assert list(table.rows) == [(2, "身份证号码", "error", "ID_REQUIRED", "Enter the ID number.")]
