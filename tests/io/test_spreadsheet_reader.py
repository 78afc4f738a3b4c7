"""The spreadsheet reader on real files: encodings, headers, row numbers, cell values, progress, cancel."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.io.errors import ReadCancelled
from ssclient.io.spreadsheet import PROGRESS_EVERY, SheetRow, open_spreadsheet
from tests.io.sheets import (
    GOOD_A,
    GOOD_B,
    HEADERS_EN,
    HEADERS_ZH,
    PERSON_A,
    PERSON_B,
    line_of,
    with_cached_results,
    write_csv,
    write_xlsx,
)


def read(path: Path, kind: DeclarationType = DeclarationType.ADD) -> list[SheetRow]:
    with open_spreadsheet(path, kind) as sheet:
        return list(sheet.rows())


def expected_lines() -> list[DeclarationLine]:
    return [line_of(GOOD_A), line_of(GOOD_B)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_csv_in_every_encoding_excel_writes(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, GOOD_A, GOOD_B], encoding)
    rows = read(path)
    assert [r.line for r in rows] == expected_lines()
    assert [r.number for r in rows] == [2, 3]
    assert all(r.findings == [] for r in rows)


def test_csv_separated_by_tabs_or_semicolons(tmp_path: Path) -> None:
    for delimiter in ("\t", ";"):
        path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A], delimiter=delimiter)
        assert [r.line for r in read(path)] == expected_lines()[:1]


def test_xlsx_with_english_or_chinese_headers(tmp_path: Path) -> None:
    for headers in (HEADERS_EN, HEADERS_ZH):
        path = write_xlsx(tmp_path / "staff.xlsx", [headers, GOOD_A, GOOD_B])
        rows = read(path)
        assert [r.line for r in rows] == expected_lines()
        assert [r.number for r in rows] == [2, 3]


def test_headers_are_read_leniently_and_kept_as_written(tmp_path: Path) -> None:
    headers = [" 身份证号码 *", "姓名＊", "户口性质", "申报工资（元）", "是否外来务工", "是否参加农民工保险", "省",
               "市", "县(区)"]  # fmt: skip
    path = write_csv(tmp_path / "staff.csv", [headers, GOOD_A])
    with open_spreadsheet(path) as sheet:
        assert sheet.column_label("id_number") == "身份证号码 *"
        assert sheet.column_label("wage_base") == "申报工资（元）"
        assert [r.line for r in sheet.rows()] == expected_lines()[:1]


def test_extra_columns_and_column_order_do_not_matter(tmp_path: Path) -> None:
    headers = ["序号", *reversed(HEADERS_ZH), "备注"]
    rows = [[1, *reversed(GOOD_A), "新员工"], [2, *reversed(GOOD_B), ""]]
    path = write_xlsx(tmp_path / "staff.xlsx", [headers, *rows])
    assert [r.line for r in read(path)] == expected_lines()


def test_blank_rows_are_skipped_but_row_numbers_stay_true(tmp_path: Path) -> None:
    rows = [HEADERS_ZH, GOOD_A, [""] * 9, ["  "] * 9, GOOD_B]
    assert [r.number for r in read(write_csv(tmp_path / "staff.csv", rows))] == [2, 5]
    xlsx_rows: list[Sequence[object]] = [HEADERS_ZH, GOOD_A, [None] * 9, [None] * 9, GOOD_B]
    assert [r.number for r in read(write_xlsx(tmp_path / "staff.xlsx", xlsx_rows))] == [2, 5]


def test_a_row_with_only_a_sequence_number_is_blank(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [["序号", *HEADERS_ZH], [1, *GOOD_A], [2], [3]])
    assert [r.number for r in read(path)] == [2]


def test_a_title_row_above_the_headers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [["新增参保人员名单"], HEADERS_ZH, GOOD_A])
    with open_spreadsheet(path) as sheet:
        assert sheet.header_row == 2
        assert [r.number for r in sheet.rows()] == [3]


def test_a_quoted_cell_with_a_line_break_is_one_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, [*GOOD_A[:1], "张\n三", *GOOD_A[2:]], GOOD_B])
    rows = read(path)
    assert [r.number for r in rows] == [2, 3]
    assert rows[0].line.name == "张\n三"


def test_the_sheet_with_the_headers_is_found_behind_an_instruction_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A], before=["填写说明"])
    assert [r.line for r in read(path)] == expected_lines()[:1]


def test_values_are_trimmed_and_id_numbers_folded(tmp_path: Path) -> None:
    lower_spaced = f"  {PERSON_A.lower()} "
    full_width_base = "６５００.００"
    row = [lower_spaced, " 张三 ", "１１", full_width_base, " 否", "否\u3000", "", "", ""]
    line = read(write_csv(tmp_path / "staff.csv", [HEADERS_EN, row]))[0].line
    assert line == DeclarationLine(PERSON_A, "张三", "11", "6500.00", "否", "否")


def test_numbers_stored_as_numbers(tmp_path: Path) -> None:
    row = [PERSON_A, "张三", 11, 6500.5, 0, 0, None, None, None]
    line = read(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, row]))[0].line
    assert (line.hukou_type, line.wage_base, line.migrant_worker) == ("11", "6500.5", "0")
    whole = [PERSON_A, "张三", 21, 6500.0, True, False, None, None, None]
    line = read(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, whole]))[0].line
    assert (line.hukou_type, line.wage_base, line.migrant_worker, line.migrant_insurance) == (
        "21",
        "6500",
        "是",
        "否",
    )


def test_numbers_stored_as_text_read_as_the_same_value(tmp_path: Path) -> None:
    as_text = [PERSON_A, "张三", "11", "6500.5", "0", "0", "", "", ""]
    as_numbers = [PERSON_A, "张三", 11, 6500.5, 0, 0, None, None, None]
    text_line = read(write_xlsx(tmp_path / "text.xlsx", [HEADERS_EN, as_text]))[0].line
    number_line = read(write_xlsx(tmp_path / "numbers.xlsx", [HEADERS_EN, as_numbers]))[0].line
    assert text_line == number_line


def test_an_id_number_stored_as_a_number_is_reported(tmp_path: Path) -> None:
    digits = int(PERSON_B[:15] + "000")  # what Excel keeps of an 18-digit number
    row = [digits, *GOOD_A[1:]]
    found = read(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, row]))[0].findings
    assert [(f.code, f.field) for f in found] == [("CELL_ID_AS_NUMBER", "id_number")]
    assert "Text" in found[0].message


def test_an_id_number_exported_in_scientific_notation_is_reported(tmp_path: Path) -> None:
    row = ["1.10105E+17", *GOOD_A[1:]]
    found = read(write_csv(tmp_path / "staff.csv", [HEADERS_EN, row]))[0].findings
    assert [f.code for f in found] == ["CELL_ID_AS_NUMBER"]


def test_a_date_where_text_belongs_is_reported(tmp_path: Path) -> None:
    row = [PERSON_A, "张三", "11", datetime(2026, 11, 1), "否", "否"]
    found = read(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN[:6] + HEADERS_EN[6:], row]))[0].findings
    assert [(f.code, f.field, f.params["value"]) for f in found] == [("CELL_DATE", "wage_base", "2026-11-01")]


def test_a_date_in_the_effective_month_column_means_its_month(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        ["身份证号码", "姓名", "申报工资", "生效年月"],
        [PERSON_A, "张三", 7000, date(2026, 11, 1)],
    ]
    row = read(write_xlsx(tmp_path / "change.xlsx", rows), DeclarationType.BASE_CHANGE)[0]
    assert (row.line.effective_period, row.findings) == ("2026-11", [])


def test_a_formula_without_a_saved_result_is_reported(tmp_path: Path) -> None:
    row = [PERSON_A, "张三", "11", "=6000+500", "否", "否"]
    found = read(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, row]))[0].findings
    assert [(f.code, f.field) for f in found] == [("CELL_FORMULA_NO_VALUE", "wage_base")]
    assert "=6000+500" in found[0].message


def test_a_formula_with_a_saved_result_uses_it_and_says_so(tmp_path: Path) -> None:
    row = [PERSON_A, "张三", "11", "=6000+500", "否", "否"]
    path = with_cached_results(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, row]), {"D2": "6500"})
    sheet_row = read(path)[0]
    assert sheet_row.line.wage_base == "6500"
    assert [(f.code, str(f.severity)) for f in sheet_row.findings] == [("CELL_FORMULA_VALUE", "info")]


def test_an_excel_error_value_is_reported(tmp_path: Path) -> None:
    row = [PERSON_A, "张三", "#N/A", "6500", "否", "否"]
    found = read(write_csv(tmp_path / "staff.csv", [HEADERS_EN, row]))[0].findings
    assert [(f.code, f.field) for f in found] == [("CELL_ERROR_VALUE", "hukou_type")]


def test_merged_cells_are_reported_on_the_rows_they_hide(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        HEADERS_ZH,
        GOOD_B,
        [PERSON_A, "张三", "22", "7200", "是", "是", None, None, None],
    ]

    def merge(sheet: Worksheet) -> None:
        for column in "GHI":
            sheet.merge_cells(f"{column}2:{column}3")

    found = read(write_xlsx(tmp_path / "staff.xlsx", rows, edit=merge))
    assert found[0].findings == []
    assert found[0].line.county == "东城区"
    assert [(f.code, f.field, f.params["range"]) for f in found[1].findings] == [
        ("CELL_MERGED", "province", "G2:G3"), ("CELL_MERGED", "city", "H2:H3"), ("CELL_MERGED", "county", "I2:I3")
    ]  # fmt: skip


def test_columns_per_declaration_type(tmp_path: Path) -> None:
    rows = [["身份证号码", "姓名", "停保原因"], [PERSON_A, "张三", "离职"]]
    line = read(write_csv(tmp_path / "stop.csv", rows), DeclarationType.INTERRUPTION)[0].line
    assert (line.id_number, line.name, line.reason) == (PERSON_A, "张三", "离职")


def test_progress_is_reported_and_cancel_stops_the_read(tmp_path: Path) -> None:
    rows = [HEADERS_EN] + [[PERSON_A, "张三", "11", "6500", "否", "否"]] * (PROGRESS_EVERY * 3)
    path = write_csv(tmp_path / "staff.csv", rows)
    seen: list[tuple[int, int]] = []
    with open_spreadsheet(path) as sheet:
        assert (
            len(list(sheet.rows(progress=lambda done, total: seen.append((done, total)))))
            == PROGRESS_EVERY * 3
        )
    assert [done for done, _ in seen] == [PROGRESS_EVERY, 2 * PROGRESS_EVERY, 3 * PROGRESS_EVERY, seen[-1][1]]
    assert seen[-1][0] == seen[-1][1] >= PROGRESS_EVERY * 3
    read_before_cancel: list[SheetRow] = []
    with open_spreadsheet(path) as sheet, pytest.raises(ReadCancelled):
        for row in sheet.rows(cancelled=lambda: len(read_before_cancel) >= 10):
            read_before_cancel.append(row)
    # Cancel is looked at on row PROGRESS_EVERY: rows 2 to PROGRESS_EVERY - 1 were read by then.
    assert read_before_cancel[-1].number == PROGRESS_EVERY - 1


def test_the_same_lines_from_csv_and_xlsx(tmp_path: Path) -> None:
    rows = [HEADERS_ZH, GOOD_A, GOOD_B, [PERSON_B, "李四", "本地农村", "5000.1", "Y", "N", "", "", ""]]
    from_csv = read(write_csv(tmp_path / "staff.csv", rows, "gb18030"))
    from_xlsx = read(write_xlsx(tmp_path / "staff.xlsx", rows))
    assert [(r.number, r.line) for r in from_csv] == [(r.number, r.line) for r in from_xlsx]


def test_a_date_stored_as_a_number_in_the_month_column_is_read_with_a_warning(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        ["身份证号码", "姓名", "申报工资", "生效年月"],
        [PERSON_A, "张三", 7000, 46327],
    ]
    row = read(write_xlsx(tmp_path / "change.xlsx", rows), DeclarationType.BASE_CHANGE)[0]
    assert row.line.effective_period == "2026-11"
    assert [(f.code, str(f.severity), f.params["date"]) for f in row.findings] == [
        ("CELL_DATE_NUMBER", "warning", "2026-11-01")
    ]


def test_look_alike_columns_beside_the_real_ones_are_ignored(tmp_path: Path) -> None:
    headers = ["ID", *HEADERS_ZH, "月工资"]
    path = write_csv(tmp_path / "staff.csv", [headers, ["1", *GOOD_A, "9000"]])
    assert [r.line for r in read(path)] == expected_lines()[:1]


def test_rows_are_read_once(tmp_path: Path) -> None:
    with open_spreadsheet(write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A])) as sheet:
        assert len(list(sheet.rows())) == 1
        with pytest.raises(RuntimeError, match="read once"):
            list(sheet.rows())


def test_a_csv_larger_than_one_piece_is_read_whole_in_its_encoding(tmp_path: Path) -> None:
    """A CSV is read a megabyte at a time: a character cut by a piece's edge, and an encoding that shows
    only after the first megabyte (plain ASCII first, GB18030's Chinese later), still read right."""
    plain = [PERSON_A, "Zhang San", "11", "6500.00", "0", "0", "", "", ""]
    chinese = [PERSON_B, "买买提·艾力", "22", "7200", "是", "是", "北京市", "市辖区", "东城区"]
    rows: list[Sequence[object]] = [HEADERS_EN, *[plain] * 30_000, *[chinese] * 3]
    for encoding in ("gb18030", "utf-8"):
        path = write_csv(tmp_path / f"{encoding}.csv", rows, encoding=encoding)
        assert path.stat().st_size > 1024 * 1024
        read_rows = read(path)
        assert len(read_rows) == 30_003
        assert [row.line for row in read_rows[-3:]] == [line_of(chinese)] * 3
    shifted = [HEADERS_EN, *[[PERSON_A, "张" * (n % 7 + 1), *plain[2:]] for n in range(40_000)]]
    read_rows = read(write_csv(tmp_path / "shifted.csv", shifted))
    assert [row.line.name for row in read_rows] == ["张" * (n % 7 + 1) for n in range(40_000)]


def test_a_zero_byte_after_the_first_piece_is_still_a_binary_file(tmp_path: Path) -> None:
    from ssclient.io.errors import UnusableFile

    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, *[GOOD_A] * 30_000])
    path.write_bytes(path.read_bytes() + b"\x00\r\n")
    with pytest.raises(UnusableFile) as refused:
        read(path)
    assert refused.value.code == "FILE_BINARY"
