"""Two readers of .xlsx, one result: calamine (quick) reads what it reads exactly as openpyxl does, and
the workbooks it cannot read alike (formulas, Excel's error values) or cannot open go to openpyxl."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet

from ssclient.domain.enums import DeclarationType
from ssclient.io.spreadsheet import SheetRow, Spreadsheet, header_score
from ssclient.io.xlsx_calamine import CalamineSource
from ssclient.io.xlsx_source import XlsxSource, open_workbook
from tests.io.sheets import GOOD_A, GOOD_B, HEADERS_EN, HEADERS_ZH, PERSON_A, PERSON_B, write_xlsx


def both(path: Path, kind: DeclarationType = DeclarationType.ADD) -> tuple[list[SheetRow], list[SheetRow]]:
    """The rows as the program reads them (calamine here) and as openpyxl alone reads them."""
    with Spreadsheet(path, kind) as sheet:
        chosen = list(sheet.rows())
    with Spreadsheet(path, kind, XlsxSource(path, header_score)) as sheet:
        by_openpyxl = list(sheet.rows())
    return chosen, by_openpyxl


def test_a_plain_workbook_is_read_by_calamine(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, GOOD_A, GOOD_B])
    source = open_workbook(path, header_score)
    try:
        assert isinstance(source, CalamineSource)
    finally:
        source.close()


def test_values_of_every_kind_read_the_same_by_both(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        ["人员名单（请勿改动表头）"],
        [],
        HEADERS_ZH,
        [PERSON_A, "  张三 ", 11, 6500.5, True, False, None, None, None],
        [],
        [
            int(PERSON_B[:15] + "000"),
            "李四",
            "２２",
            datetime(2026, 11, 1),
            "是",
            "是",
            "北京市",
            "市辖区",
            "东城区",
        ],
        [PERSON_B, "王五", 21.0, 7000, 0, 1, date(2026, 1, 5), None, "  "],
        [None, None, None, None, None, None, None, None, None],
        ["110105199003071234 ", "赵六", "12", "1e4", "否", "否"],
    ]
    chosen, by_openpyxl = both(write_xlsx(tmp_path / "staff.xlsx", rows))
    assert len(chosen) == 4
    assert chosen == by_openpyxl


def test_columns_that_start_after_a_and_a_sheet_behind_instructions(tmp_path: Path) -> None:
    def shift(sheet: Worksheet) -> None:
        sheet.insert_cols(1, 2)
        sheet.insert_rows(1, 3)

    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, GOOD_A, GOOD_B], before=["说明"], edit=shift)
    chosen, by_openpyxl = both(path)
    assert [row.number for row in chosen] == [5, 6]
    assert chosen == by_openpyxl


def test_merged_cells_read_the_same_by_both(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        HEADERS_ZH,
        GOOD_B,
        [PERSON_A, "张三", "22", "7200", "是", "是", None, None, None],
    ]

    def merge(sheet: Worksheet) -> None:
        for column in "GHI":
            sheet.merge_cells(f"{column}2:{column}3")

    chosen, by_openpyxl = both(write_xlsx(tmp_path / "staff.xlsx", rows, edit=merge))
    assert [f.code for f in chosen[1].findings] == ["CELL_MERGED"] * 3
    assert chosen == by_openpyxl


def test_an_excel_error_value_sends_the_workbook_to_openpyxl_and_is_reported(tmp_path: Path) -> None:
    # openpyxl writes "#N/A" as an error cell (t="e"); calamine would read it as an empty cell.
    rows: list[Sequence[object]] = [HEADERS_EN, [PERSON_A, "张三", "#N/A", "6500", "否", "否"]]
    path = write_xlsx(tmp_path / "staff.xlsx", rows)
    source = open_workbook(path, header_score)
    try:
        assert isinstance(source, XlsxSource)
    finally:
        source.close()
    chosen, _ = both(path)
    assert [(f.code, f.field) for f in chosen[0].findings] == [("CELL_ERROR_VALUE", "hukou_type")]


def test_a_formula_sends_the_workbook_to_openpyxl(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "staff.xlsx", [HEADERS_EN, [PERSON_A, "张三", "11", "=6000+500", "否", "否"]]
    )
    source = open_workbook(path, header_score)
    try:
        assert isinstance(source, XlsxSource)
    finally:
        source.close()
