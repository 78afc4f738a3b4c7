"""Exports read back equal, open right in Excel (BOM, text ID numbers), and are never half-written."""

from __future__ import annotations

import csv
import errno
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.io.atomic import WriteError, atomic_write
from ssclient.io.export import CellValue, ColumnKind, Table, csv_cell_text, export_table, sheet_title
from ssclient.io.sheet_check import SheetReport, check_sheet
from ssclient.io.spreadsheet import open_spreadsheet
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from tests.support.agency import make_id_number

HEADERS = ["流水号", "期间", "身份证号码", "姓名", "状态", "金额", "提交时间", "备注"]
ROWS: list[list[CellValue]] = [
    ["SB2026110001", Period(2026, 11), "11010519491231002X", "张三", DeclarationStatus.APPROVED,
     Decimal("1234.56"), datetime(2026, 11, 20, 9, 30, 5), None],
    ["SB2026110002", Period(2026, 10), "110105198001010016", "李四", DeclarationStatus.REJECTED,
     Decimal("-12.30"), datetime(2026, 10, 3, 17, 0, 0), "=1+2 不是公式"],
    ["SB2026110003", Period(2026, 9), "440301199003070014", "欧阳娜娜", DeclarationStatus.REVOKED,
     Decimal("0.00"), datetime(2026, 9, 1, 0, 0, 0), "逗号, \"引号\"\n换行"],
]  # fmt: skip


def as_text(value: CellValue) -> str:
    """What a cell should read back as, in text."""
    if value is None:
        return ""
    if isinstance(value, DeclarationStatus):
        return value.value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_starts_with_a_bom_and_reads_back_equal(tmp_path: Path) -> None:
    path = export_table(Table(HEADERS, ROWS), tmp_path / "records.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    assert rows[0] == HEADERS
    expected = [[as_text(v) for v in row] for row in ROWS]
    # Text a spreadsheet would run as a formula is kept as text with a leading apostrophe.
    expected[1][7] = "'=1+2 不是公式"
    assert rows[1:] == expected


def test_xlsx_reads_back_equal_with_id_numbers_as_text(tmp_path: Path) -> None:
    path = export_table(Table(HEADERS, ROWS, title="申报记录"), tmp_path / "records.xlsx")
    book = load_workbook(path)
    sheet = book["申报记录"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == HEADERS
    for got, want in zip(values[1:], ROWS, strict=True):
        assert got[0] == want[0]
        assert got[1] == str(want[1])
        assert got[2] == want[2] and isinstance(got[2], str)  # 18 digits kept whole
        assert got[3] == want[3]
        assert got[4] == as_text(want[4])
        assert isinstance(want[5], Decimal)
        assert Decimal(str(got[5])).quantize(Decimal("0.01")) == want[5]  # a number Excel can sum
        assert got[6] == want[6]
        assert got[7] == want[7]  # "=1+2…" stays text, never a formula
    amount = sheet.cell(row=2, column=6)
    assert amount.number_format == "#,##0.00"
    assert sheet.cell(row=3, column=8).data_type == "s"
    assert sheet.freeze_panes == "A2"
    book.close()


def test_an_empty_table_exports_its_headers(tmp_path: Path) -> None:
    assert read_csv(export_table(Table(HEADERS, []), tmp_path / "none.csv")) == [HEADERS]
    book = load_workbook(export_table(Table(HEADERS, []), tmp_path / "none.xlsx"))
    assert [list(r) for r in book.active.iter_rows(values_only=True)] == [HEADERS]  # type: ignore[union-attr]
    book.close()


def test_rows_stream_from_a_generator_with_progress(tmp_path: Path) -> None:
    def rows() -> Iterator[Sequence[CellValue]]:
        for index in range(2500):
            yield [f"{index:05d}", Decimal(index) / 100]

    seen: list[tuple[int, int]] = []
    table = Table(["编号", "金额"], rows(), row_count=2500)
    export_table(table, tmp_path / "many.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)]
    book = load_workbook(tmp_path / "many.xlsx", read_only=True)
    values = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert len(values) == 2501
    assert values[-1] == ("02499", 24.99)
    book.close()


class Cancelled(Exception):
    pass


def cancel_at(limit: int) -> object:
    def progress(done: int, total: int) -> None:
        if done >= limit:
            raise Cancelled

    return progress


@pytest.mark.parametrize("name", ["records.csv", "records.xlsx"])
def test_a_cancelled_export_leaves_the_previous_file_and_no_leftovers(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # openpyxl streams rows into a temp file of its own: that must go too.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / name
    target.write_bytes(b"the earlier export")
    rows = ([f"{i}", Decimal(i)] for i in range(5000))
    with pytest.raises(Cancelled):
        export_table(Table(["a", "b"], rows), target, progress=cancel_at(2000))  # type: ignore[arg-type]
    assert target.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name, "scratch"]
    assert list(scratch.iterdir()) == []


def test_a_full_disk_while_writing_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "statement.pdf"
    target.write_bytes(b"the earlier file")
    with pytest.raises(WriteError) as full, atomic_write(target) as handle:
        handle.write(b"half of it")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert full.value.code == "WRITE_DISK_FULL"
    assert str(full.value) == (
        "The disk is full, so statement.pdf was not written; free some space or choose another disk, then try "
        "again."
    )
    assert target.read_bytes() == b"the earlier file"
    assert [p.name for p in tmp_path.iterdir()] == ["statement.pdf"]


def test_a_bad_value_midway_leaves_nothing_behind(tmp_path: Path) -> None:
    class Unwritable:
        def __str__(self) -> str:
            raise RuntimeError("cannot be shown")

    rows = [["1", "fine"], ["2", Unwritable()]]
    with pytest.raises(RuntimeError):
        export_table(Table(["a", "b"], rows), tmp_path / "broken.csv")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_clear_errors_for_a_missing_folder_and_a_wrong_suffix(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as missing:
        export_table(Table(HEADERS, ROWS), tmp_path / "no such folder" / "records.csv")
    assert missing.value.code == "WRITE_NO_FOLDER"
    assert "does not exist" in str(missing.value)
    with pytest.raises(WriteError) as suffix:
        export_table(Table(HEADERS, ROWS), tmp_path / "records.pdf")
    assert suffix.value.code == "WRITE_WRONG_TYPE"
    assert str(suffix.value) == "records.pdf must end in .xlsx or .csv."


def test_a_folder_without_write_permission_is_refused_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The OS refuses the write as it does for a read-only folder. The refusal is injected rather than made
    # with chmod, because chmod does not bind root, and CI runs as root.
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(WriteError) as refused:
        export_table(Table(HEADERS, ROWS), tmp_path / "records.csv")
    assert refused.value.code == "WRITE_NO_PERMISSION"
    assert list(tmp_path.iterdir()) == []


def test_sheet_titles_are_made_acceptable_to_excel() -> None:
    assert sheet_title("2026/11 申报:记录?") == "2026_11 申报_记录_"
    assert sheet_title("") == "Sheet1"
    assert len(sheet_title("x" * 40)) == 31


def test_dates_export_as_dates(tmp_path: Path) -> None:
    path = export_table(Table(["日期"], [[date(2026, 11, 22)]]), tmp_path / "d.csv")
    assert read_csv(path)[1] == ["2026-11-22"]


def test_csv_quotes_text_so_id_numbers_stay_text_and_leaves_amounts_bare(tmp_path: Path) -> None:
    path = export_table(Table(HEADERS, ROWS), tmp_path / "records.csv")
    first = path.read_text(encoding="utf-8-sig").splitlines()[1]

    # The ID number as quoted text, every digit kept; the amount a bare number a spreadsheet can sum.
    assert first.startswith('"SB2026110001","2026-11","11010519491231002X","张三","approved",1234.56,')


def test_xlsx_amounts_are_numbers_with_a_money_format(tmp_path: Path) -> None:
    rows: list[list[CellValue]] = [["110105198001010016", Decimal("4800.00")]]
    path = export_table(Table(["身份证号码", "金额"], rows), tmp_path / "amounts.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    id_cell, amount = sheet["A2"], sheet["B2"]

    assert (id_cell.data_type, id_cell.value) == ("s", "110105198001010016")
    assert (amount.data_type, amount.value, amount.number_format) == ("n", 4800, "#,##0.00")


ID_KINDS = [ColumnKind.IDENTIFIER, ColumnKind.VALUE, ColumnKind.IDENTIFIER]


def test_csv_writes_identifiers_so_excel_opened_by_double_click_keeps_them_text(tmp_path: Path) -> None:
    path = export_table(Table(HEADERS, ROWS, kinds=ID_KINDS), tmp_path / "records.csv")
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")

    # Excel (and LibreOffice) run ="…" on a double-click and show its text, all 18 digits; the amount
    # stays a bare number a spreadsheet can sum; text in other columns is quoted as before.
    assert lines[0] == ",".join(f'"{h}"' for h in HEADERS)
    assert lines[1].startswith('="SB2026110001","2026-11",="11010519491231002X","张三","approved",1234.56,')
    assert lines[2].startswith('="SB2026110002","2026-10",="110105198001010016","李四","rejected",-12.30,')
    assert lines[-1] == ""  # every record ends with CRLF


def test_only_letters_and_digits_are_wrapped_as_identifiers(tmp_path: Path) -> None:
    rows: list[list[CellValue]] = [
        ["4403**********0000"], [None], ['12"+1'], ["=cmd|' /C calc'!A0"], ["1" * 256]
    ]  # fmt: skip
    table = Table(["身份证号码"], rows, kinds=[ColumnKind.IDENTIFIER])
    path = export_table(table, tmp_path / "masked.csv")
    assert path.read_bytes().decode("utf-8-sig").split("\r\n")[1:5] == [
        '"4403**********0000"',
        '""',
        '"12""+1"',
        "\"'=cmd|' /C calc'!A0\"",  # neutralised like any text, never a formula of ours
    ]
    # Longer than a formula's text may be in Excel: quoted text, as before.
    assert path.read_bytes().decode("utf-8-sig").split("\r\n")[5] == f'"{"1" * 256}"'
    assert [csv_cell_text(row[0]) for row in read_csv(path)[1:]] == [
        "4403**********0000", "", '12"+1', "'=cmd|' /C calc'!A0", "1" * 256,
    ]  # fmt: skip


def test_identifier_columns_are_plain_text_in_xlsx(tmp_path: Path) -> None:
    path = export_table(Table(HEADERS, ROWS, kinds=ID_KINDS), tmp_path / "records.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert (sheet["C2"].data_type, sheet["C2"].value) == ("s", "11010519491231002X")
    assert (sheet["A2"].data_type, sheet["A2"].value) == ("s", "SB2026110001")


def test_an_exported_csv_reads_back_through_the_personnel_import_with_plain_id_numbers(
    tmp_path: Path,
) -> None:
    people = [(make_id_number(1, region="440305"), "张三"), (make_id_number(2), "李四")]
    rows: list[list[CellValue]] = [[id_number, name, "离职"] for id_number, name in people]
    table = Table(["身份证号码", "姓名", "停保原因"], rows, kinds=[ColumnKind.IDENTIFIER])
    path = export_table(table, tmp_path / "leaving.csv")
    assert f'="{people[0][0]}"' in path.read_text(encoding="utf-8-sig")

    with open_spreadsheet(path, DeclarationType.INTERRUPTION) as sheet:
        read = [(row.line.id_number, row.line.name, row.line.reason) for row in sheet.rows()]
    assert read == [(id_number, name, "离职") for id_number, name in people]
    checked = run_check_on(path)
    assert checked.rows == 2
    assert not [f for f in checked.findings if f.finding.field == "id_number"]


def run_check_on(path: Path) -> SheetReport:
    """What `ssclient check` and the import dialog do with the file: the rulebook over every row."""
    ctx = RuleContext(policy=default_policy(), regions=default_regions(), today=date(2026, 11, 20))
    with open_spreadsheet(path, DeclarationType.INTERRUPTION) as sheet:
        return check_sheet(sheet, ctx, Period(2026, 11))
