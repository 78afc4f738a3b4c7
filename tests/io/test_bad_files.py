"""Files that cannot be used: each gets one clear line saying what is wrong and what to do."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ssclient.io import filetype, spreadsheet, xlsx_guard
from ssclient.io.errors import UnusableFile
from ssclient.io.spreadsheet import open_spreadsheet
from tests.io.sheets import GOOD_A, HEADERS_EN, HEADERS_ZH, write_csv, write_xlsx

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole_file(path: Path, *streams: str) -> Path:
    """An OLE compound file's opening: magic, header, and a directory naming `streams` (UTF-16, as Office
    writes them). Enough for the reader's sniffing; Office's encrypted .xlsx and old .xls are such files."""
    header = OLE_MAGIC + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\x00" * (512 - 32)
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in streams)
    path.write_bytes(header + directory)
    return path


def refusal(path: Path) -> UnusableFile:
    """Open the file and read every row; the UnusableFile raised on the way."""
    listing = sorted(p.name for p in path.parent.iterdir()) if path.parent.exists() else []
    with pytest.raises(UnusableFile) as caught, open_spreadsheet(path) as sheet:
        list(sheet.rows())
    problem = caught.value
    assert "\n" not in str(problem) and str(problem).strip()
    assert problem.params.get("name", "").endswith(path.name) or path.name in str(problem)
    after = sorted(p.name for p in path.parent.iterdir()) if path.parent.exists() else []
    assert after == listing  # nothing written beside it
    return problem


def code(path: Path) -> str:
    return refusal(path).code


def test_missing_file(tmp_path: Path) -> None:
    problem = refusal(tmp_path / "staff.xlsx")
    assert problem.code == "FILE_MISSING"
    assert "There is no file" in str(problem)


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "staff.csv"
    folder.mkdir()
    problem = refusal(folder)
    assert problem.code == "FILE_FOLDER" and "is a folder" in str(problem)


@pytest.mark.parametrize("name", ["staff.csv", "staff.xlsx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    assert code(tmp_path / name) == "FILE_EMPTY"


def test_blank_text_file(tmp_path: Path) -> None:
    (tmp_path / "staff.csv").write_text(" \r\n,,,\r\n\r\n", encoding="utf-8")
    assert code(tmp_path / "staff.csv") == "FILE_EMPTY"


def test_empty_workbook(tmp_path: Path) -> None:
    assert code(write_xlsx(tmp_path / "staff.xlsx", [])) == "FILE_EMPTY"


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_headers_but_no_people(tmp_path: Path, writer: Callable[..., Path]) -> None:
    suffix = ".csv" if writer is write_csv else ".xlsx"
    assert code(writer(tmp_path / f"staff{suffix}", [HEADERS_ZH, [None] * 9])) == "FILE_NO_ROWS"


def test_text_file_renamed_xlsx(tmp_path: Path) -> None:
    renamed = write_csv(tmp_path / "staff.xlsx", [HEADERS_EN, GOOD_A])
    problem = refusal(renamed)
    assert problem.code == "FILE_NOT_XLSX"
    assert "is named .xlsx but is not an Excel workbook" in str(problem)


def test_other_zip_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "staff.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert code(path) == "FILE_DAMAGED"


def test_truncated_workbook(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [HEADERS_EN, GOOD_A]).read_bytes()
    (tmp_path / "whole.xlsx").unlink()
    (tmp_path / "staff.xlsx").write_bytes(whole[: len(whole) // 2])
    assert code(tmp_path / "staff.xlsx") == "FILE_DAMAGED"


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = ole_file(tmp_path / "staff.xlsx", "Root Entry", "EncryptionInfo", "EncryptedPackage")
    problem = refusal(path)
    assert problem.code == "FILE_ENCRYPTED"
    assert "password" in str(problem)


def test_old_xls_workbook(tmp_path: Path) -> None:
    assert code(ole_file(tmp_path / "staff.xls", "Root Entry", "Workbook")) == "FILE_XLS"
    assert code(ole_file(tmp_path / "renamed.xlsx", "Root Entry", "Workbook")) == "FILE_XLS"


def test_binary_file_named_csv(tmp_path: Path) -> None:
    (tmp_path / "staff.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert code(tmp_path / "staff.csv") == "FILE_BINARY"


def test_text_in_an_unknown_encoding(tmp_path: Path) -> None:
    (tmp_path / "staff.csv").write_bytes(b"id_number,name\r\n1,\xff\xff\r\n")
    assert code(tmp_path / "staff.csv") == "FILE_ENCODING"


@pytest.mark.parametrize("name", ["staff.pdf", "staff.docx", "staff.ods", "staff"])
def test_not_a_spreadsheet_type(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"%PDF-1.4 whatever")
    assert code(tmp_path / name) == "FILE_TYPE_UNSUPPORTED"


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_required_columns_absent_are_named(tmp_path: Path, writer: Callable[..., Path]) -> None:
    suffix = ".csv" if writer is write_csv else ".xlsx"
    path = writer(tmp_path / f"staff{suffix}", [["身份证号码", "姓名", "工资"], GOOD_A[:3]])
    problem = refusal(path)
    assert problem.code == "FILE_COLUMNS_MISSING"
    for label in ("户口性质 (hukou_type)", "申报工资 (wage_base)", "县 (county)"):
        assert label in problem.params["columns"]
    assert "身份证号码" not in problem.params["columns"]


def test_wrong_columns_entirely(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [["部门", "人数"], ["财务", "3"]])
    assert refusal(path).params["columns"].startswith("身份证号码 (id_number), 姓名 (name)")


def test_a_column_twice(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [[*HEADERS_ZH, "身份证号"], [*GOOD_A, GOOD_A[0]]])
    problem = refusal(path)
    assert (problem.code, problem.params["cells"]) == ("FILE_COLUMN_TWICE", "A, J")


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, *[GOOD_A] * 50])
    monkeypatch.setattr(filetype, "MAX_TEXT_BYTES", 1024)
    problem = refusal(path)
    assert problem.code == "FILE_TOO_LARGE"
    assert "split it" in str(problem)
    workbook = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, *[GOOD_A] * 50])
    monkeypatch.setattr(filetype, "MAX_FILE_BYTES", 1024)
    assert refusal(workbook).code == "FILE_TOO_LARGE"


def test_a_text_file_may_be_larger_than_a_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CSV is read a piece at a time, so only workbooks are held to the smaller size."""
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, *[GOOD_A] * 50])
    monkeypatch.setattr(filetype, "MAX_FILE_BYTES", 1024)
    with open_spreadsheet(path) as sheet:
        assert len(list(sheet.rows())) == 50


def test_the_check_command_reads_more_rows_than_an_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 5)
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, *[GOOD_A] * 6])
    assert code(path) == "FILE_TOO_MANY_ROWS"
    with open_spreadsheet(path, max_rows=spreadsheet.CHECK_MAX_ROWS) as sheet:
        assert len(list(sheet.rows())) == 6


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 5)
    assert code(write_csv(tmp_path / "staff.csv", [HEADERS_EN, *[GOOD_A] * 6])) == "FILE_TOO_MANY_ROWS"
    assert code(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, *[GOOD_A] * 6])) == "FILE_TOO_MANY_ROWS"


def test_enormous_sheet_inside_a_small_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, *[GOOD_A] * 50])
    monkeypatch.setattr(xlsx_guard, "MAX_SHEET_XML_BYTES", 2048)
    assert code(path) == "FILE_PART_TOO_LARGE"


def test_an_unquoted_cell_of_a_megabyte_is_called_too_long_not_a_quote_problem(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A, ["x" * 1_000_000, *GOOD_A[1:]]])
    problem = refusal(path)
    assert (problem.code, problem.params["row"]) == ("FILE_CELL_TOO_LONG", "3")
    assert "longer than 131072 characters" in str(problem) and "quote" not in str(problem)


def test_a_quote_that_never_closes_points_at_the_quotes(tmp_path: Path) -> None:
    rows = "\r\n".join(",".join(row) for row in [HEADERS_EN, GOOD_A, GOOD_A])
    unclosed = 'x,"never closed,' + "\r\n".join(["y" * 100] * 2000)
    path = tmp_path / "staff.csv"
    path.write_text(rows + "\r\n" + unclosed, encoding="utf-8")
    problem = refusal(path)
    assert (problem.code, problem.params["row"]) == ("FILE_CSV_BROKEN", "3")
    assert "check the quotes" in str(problem)


@pytest.mark.skipif(
    not hasattr(os, "mkfifo"),
    reason="os.mkfifo exists on Linux and macOS only; Windows has no named pipes in its file system",
)
def test_a_named_pipe_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "staff.csv"
    os.mkfifo(fifo)  # opening it would wait for a writer forever: it must not be opened
    problem = refusal(fifo)
    assert problem.code == "FILE_NOT_REGULAR"
    assert "not a regular file" in str(problem) and "folder" not in str(problem)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="/dev/zero exists on Linux and macOS only")
def test_a_device_is_not_a_regular_file() -> None:
    with pytest.raises(UnusableFile) as caught, open_spreadsheet(Path("/dev/zero")) as sheet:
        list(sheet.rows())
    assert caught.value.code == "FILE_NOT_REGULAR"


def test_reasons_translate(tmp_path: Path) -> None:
    problem = refusal(tmp_path / "staff.csv")
    assert problem.reason(lambda context, source: f"[{context}] {source}").startswith(
        "[SpreadsheetFile] There is"
    )


def rewrite_sheet(path: Path, change: Callable[[str], str]) -> Path:
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"].decode("utf-8")).encode(
        "utf-8"
    )
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


@pytest.mark.parametrize("where", ["start", "end"])
def test_broken_sheet_xml(tmp_path: Path, where: str) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, *[GOOD_A] * 30])
    if where == "start":
        rewrite_sheet(path, lambda xml: xml.replace("<sheetData>", "<sheetData><row r=", 1))
    else:
        rewrite_sheet(
            path, lambda xml: xml[: xml.index('<row r="25"')] + '<row r="25"><c r="A25" t="inlineStr"><is>'
        )
    assert code(path) == "FILE_DAMAGED"
