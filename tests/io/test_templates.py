"""Templates: one per declaration type; template → fill (as Excel would) → import gives the same lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from stdnum.cn import ric

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.io.atomic import WriteError
from ssclient.io.errors import UnusableFile
from ssclient.io.sheet_check import check_sheet
from ssclient.io.spreadsheet import open_spreadsheet
from ssclient.io.templates import DATA_SHEET, HELP_SHEET, save_template, template_fields, template_file_name
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from tests.io.sheets import GOOD_A, GOOD_B, PERSON_A, PERSON_B

KINDS = [
    DeclarationType.ADD,
    DeclarationType.RENEWAL,
    DeclarationType.INTERRUPTION,
    DeclarationType.BASE_CHANGE,
]
CTX = RuleContext(default_policy(), default_regions(), date(2026, 11, 10))
# What a user types into a cell: text or a number, or nothing.
CellValue = str | float | None
FILLED: dict[DeclarationType, list[Sequence[CellValue]]] = {
    DeclarationType.ADD: [GOOD_A, GOOD_B],
    DeclarationType.RENEWAL: [GOOD_A, GOOD_B],
    DeclarationType.INTERRUPTION: [[PERSON_A, "张三", "离职"], [PERSON_B, "买买提·艾力", "退休"]],
    DeclarationType.BASE_CHANGE: [
        [PERSON_A, "张三", 7200, "2026-11"],
        [PERSON_B, "买买提·艾力", 8000.5, None],
    ],
}


def fill(template: Path, rows: list[Sequence[CellValue]], target: Path) -> Path:
    """Type rows into the template's data sheet as a user would in Excel, and save."""
    book = load_workbook(template)
    sheet = book[DATA_SHEET]
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            if value not in ("", None):
                sheet.cell(row=row_number, column=column, value=value)
    book.save(target)
    return target


def expected(kind: DeclarationType, rows: list[Sequence[CellValue]]) -> list[DeclarationLine]:
    fields = template_fields(kind)
    lines = []
    for row in rows:
        values = {
            field: "" if value is None else str(value) for field, value in zip(fields, row, strict=False)
        }
        lines.append(DeclarationLine(**values))  # type: ignore[arg-type]
    return lines


@pytest.mark.parametrize("kind", KINDS)
def test_round_trip_template_fill_import(tmp_path: Path, kind: DeclarationType) -> None:
    template = save_template(tmp_path / template_file_name(kind), kind)
    filled = fill(template, FILLED[kind], tmp_path / "filled.xlsx")
    with open_spreadsheet(filled, kind) as sheet:
        report = check_sheet(sheet, CTX, Period(2026, 11), keep_lines=True)
    assert [row.line for row in report.lines] == expected(kind, FILLED[kind])
    assert [row.number for row in report.lines] == [2, 3]
    assert report.findings == []


def test_findings_name_the_templates_own_headers(tmp_path: Path) -> None:
    template = save_template(tmp_path / "add.xlsx", DeclarationType.ADD)
    filled = fill(template, [["12345", "张三", "本地城镇", 6500, "否", "否"]], tmp_path / "filled.xlsx")
    with open_spreadsheet(filled) as sheet:
        report = check_sheet(sheet, CTX, Period(2026, 11))
    assert [(item.row, item.column, item.finding.code) for item in report.findings] == [
        (2, "身份证号码*", "ID_LENGTH")
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_an_unfilled_template_says_it_has_no_people(tmp_path: Path, kind: DeclarationType) -> None:
    template = save_template(tmp_path / "empty.xlsx", kind)
    with pytest.raises(UnusableFile) as caught, open_spreadsheet(template, kind) as sheet:
        list(sheet.rows())
    assert caught.value.code == "FILE_NO_ROWS"


def test_layout_headers_formats_and_drop_downs(tmp_path: Path) -> None:
    book = load_workbook(save_template(tmp_path / "add.xlsx", DeclarationType.ADD))
    assert book.sheetnames == [DATA_SHEET, HELP_SHEET]
    sheet = book[DATA_SHEET]
    headers = [cell.value for cell in sheet[1]]
    assert headers == ["身份证号码*", "姓名*", "户口性质*", "申报工资*", "是否外来务工*", "是否参加农民工保险*", "省",
                       "市", "县"]  # fmt: skip
    assert sheet.column_dimensions["A"].number_format == "@"  # ID numbers stay text
    assert sheet.freeze_panes == "A2"
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists == {"C2": '"本地城镇,外地城镇,本地农村,外地农村,居民户口"', "E2": '"是,否"', "F2": '"是,否"'}


def test_the_instruction_sheet_explains_every_column(tmp_path: Path) -> None:
    book = load_workbook(save_template(tmp_path / "stop.xlsx", DeclarationType.INTERRUPTION))
    text = "\n".join(str(cell.value) for row in book[HELP_SHEET].iter_rows() for cell in row if cell.value)
    for header in ("身份证号码", "姓名", "停保原因"):
        assert header in text
    assert "合并单元格" in text and "公式" in text


def test_a_template_for_a_payment_declaration_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="payment"):
        save_template(tmp_path / "payment.xlsx", DeclarationType.PAYMENT)


def test_saving_into_a_missing_folder_says_so_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as caught:
        save_template(tmp_path / "nowhere" / "add.xlsx", DeclarationType.ADD)
    assert caught.value.code == "WRITE_NO_FOLDER"
    assert list(tmp_path.iterdir()) == []


def test_the_instruction_sheet_says_what_the_rules_accept(tmp_path: Path) -> None:
    book = load_workbook(save_template(tmp_path / "add.xlsx", DeclarationType.ADD))
    rows = {str(row[0]): row for row in book[HELP_SHEET].iter_rows(values_only=True) if row[0] and row[2]}
    # A wage outside the limits is declared and capped, not refused (rules.base.capped_base_findings).
    assert "上限的按上限" in str(rows["申报工资"][2]) and "之间" not in str(rows["申报工资"][2])
    assert "居民户口" in str(rows["户口性质"][2]) and "30" in str(rows["户口性质"][2])
    # The columns a sheet may add, read when present, are explained as such.
    for added in ("证件类型", "国籍", "女职工类别"):
        assert "自行增加此列" in str(rows[added][1])
    for label in ("港澳台居民居住证", "外国人永久居留身份证", "护照"):
        assert label in str(rows["证件类型"][2])


def test_a_template_with_the_identity_column_added_takes_a_taiwan_resident(tmp_path: Path) -> None:
    template = save_template(tmp_path / "add.xlsx", DeclarationType.ADD)
    body = "83000019900307123"
    permit = body + ric.calc_check_digit(body + "0")
    row: list[CellValue] = [
        permit,
        "林志明",
        "外地城镇",
        9000,
        "否",
        "否",
        None,
        None,
        None,
        "港澳台居民居住证",
    ]
    filled = fill(template, [row], tmp_path / "filled.xlsx")
    book = load_workbook(filled)
    book[DATA_SHEET].cell(row=1, column=10, value="证件类型")  # added at the end, as the sheet says
    book.save(filled)
    with open_spreadsheet(filled, DeclarationType.ADD) as sheet:
        report = check_sheet(sheet, CTX, Period(2026, 11), keep_lines=True)
    assert report.findings == []
    [line] = [read.line for read in report.lines]
    assert (line.id_type, line.id_number) == ("港澳台居民居住证", permit)
