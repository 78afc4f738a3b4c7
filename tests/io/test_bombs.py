"""Workbooks built to exhaust the reader (issue 15's probe): each is refused before parsing, quickly, the
same way in process (`ssclient check`) and in the reader process (the import); what slips past is stopped
by the reader process's memory ceiling and watchdog. And the harmless look-alike: a million empty formatted
rows after the people are ignored, not refused."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from ssclient.domain.enums import DeclarationType
from ssclient.io import reader_process
from ssclient.io.errors import UnusableFile
from ssclient.io.reader_process import open_in_child
from ssclient.io.spreadsheet import SheetRow, Spreadsheet, open_spreadsheet
from ssclient.io.xlsx_guard import inspect_workbook
from tests.io import bombs
from tests.io.sheets import GOOD_A, HEADERS_EN, write_csv

MB = bombs.MB
# Unguarded, these files took minutes and gigabytes; guarded, a second or two (a new reader process
# included). The bound leaves room for a busy test machine.
QUICKLY = 30.0


@pytest.fixture(autouse=True)
def no_reader_left() -> Iterator[None]:
    yield
    reader_process.shut_down()


def refusals(path: Path) -> tuple[UnusableFile, UnusableFile]:
    """The refusal in process and in the reader process; each must come at once, before any parsing."""
    caught: list[UnusableFile] = []
    for opener in (open_spreadsheet, open_in_child):
        started = time.monotonic()
        with pytest.raises(UnusableFile) as refused, opener(path, DeclarationType.ADD) as sheet:
            list(sheet.rows())
        assert time.monotonic() - started < QUICKLY
        caught.append(refused.value)
    here, there = caught
    assert (here.code, here.params) == (there.code, there.params)
    return here, there


def test_a_70_kb_workbook_with_a_64_mb_comment_is_refused_as_a_zip_bomb(tmp_path: Path) -> None:
    path = bombs.comment_bomb(tmp_path / "staff.xlsx")
    assert path.stat().st_size < 100 * 1024
    here, _ = refusals(path)
    assert here.code == "FILE_ZIP_BOMB"
    assert "zip bomb" in str(here) and "64 MB" in str(here)


def test_a_long_comment_that_packs_loosely_is_refused_as_too_long(tmp_path: Path) -> None:
    here, _ = refusals(bombs.comment_bomb(tmp_path / "staff.xlsx", size=3 * MB, varied=True))
    assert here.code == "FILE_TOKEN_TOO_LONG"


def test_a_long_comment_after_marks_that_open_nothing_is_still_followed(tmp_path: Path) -> None:
    """The guard looks for "!" and "?" before "<!" and "<?": marks in text that open nothing must not
    hide the comment after them, nor a comment full of "<" and marks."""

    def pieces(sheet: bytes) -> Iterable[bytes]:
        end = sheet.index(b"</worksheet>")
        yield sheet[:end] + b"<extLst>Hi! Why? 1!2?3</extLst><!--"
        yield from (b"<b>!?%07d" % n for n in range(3 * MB // 12))
        yield b"-->" + sheet[end:]

    here, _ = refusals(bombs.with_part(tmp_path / "staff.xlsx", bombs.SHEET, pieces, level=1))
    assert here.code == "FILE_TOKEN_TOO_LONG"


def test_a_megabytes_long_attribute_is_refused(tmp_path: Path) -> None:
    here, _ = refusals(bombs.long_attribute(tmp_path / "staff.xlsx", size=3 * MB))
    assert here.code == "FILE_TOKEN_TOO_LONG"


def test_a_one_row_sheet_unpacking_to_500_mb_is_refused(tmp_path: Path) -> None:
    path = bombs.one_row_sheet(tmp_path / "staff.xlsx", 500 * MB)
    assert path.stat().st_size < 5 * MB
    here, _ = refusals(path)
    assert here.code == "FILE_ZIP_BOMB"


def test_a_row_of_megabytes_that_packs_like_real_xml_is_refused(tmp_path: Path) -> None:
    here, _ = refusals(bombs.one_row_sheet(tmp_path / "staff.xlsx", 3 * MB, distinct=True))
    assert here.code == "FILE_ROW_TOO_LONG"


def test_20_million_shared_strings_are_refused(tmp_path: Path) -> None:
    here, _ = refusals(bombs.shared_strings(tmp_path / "staff.xlsx", 20_000_000))
    assert here.code == "FILE_PART_TOO_LARGE"
    assert "at most 24 MB" in str(here)


def rows_of(path: Path, opener: Callable[[Path, DeclarationType], Spreadsheet]) -> list[SheetRow]:
    with opener(path, DeclarationType.ADD) as sheet:
        return list(sheet.rows())


def test_five_people_then_a_million_empty_formatted_rows_are_five_rows(tmp_path: Path) -> None:
    path = bombs.trailing_empty_rows(tmp_path / "staff.xlsx", data_rows=5, empty_rows=1_000_000)
    for opener in (open_spreadsheet, open_in_child):
        started = time.monotonic()
        with opener(path, DeclarationType.ADD) as sheet:
            rows = list(sheet.rows())
            assert sheet.estimated_rows <= 6  # the progress bar does not count the empty rows
        assert time.monotonic() - started < QUICKLY
        assert [row.number for row in rows] == [2, 3, 4, 5, 6]
        assert all(row.line.id_number == GOOD_A[0] for row in rows)


def _after_empty_rows(sheet: bytes) -> list[bytes]:
    person = b'<row r="401"><c r="A401" t="inlineStr"><is><t>' + GOOD_A[0].encode() + b"</t></is></c></row>"
    return [
        sheet.replace(b"</sheetData>", b'<row r="400" s="1"/>' + person + b'<row r="402" s="1"/></sheetData>')
    ]


def test_people_after_many_empty_rows_are_still_read(tmp_path: Path) -> None:
    text = write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A, *[[""] * 9] * 300, GOOD_A])
    workbook = bombs.with_part(tmp_path / "staff.xlsx", bombs.SHEET, _after_empty_rows)
    for path, last in ((text, 303), (workbook, 401)):
        for opener in (open_spreadsheet, open_in_child):
            assert rows_of(path, opener)[-1].number == last


@pytest.mark.skipif(
    sys.platform != "linux",
    reason="the reader's memory ceiling is an address-space limit set on Linux only (RLIMIT_AS); other systems are not limited this way",
)
def test_a_reader_that_runs_out_of_its_memory_is_stopped_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 600,000 different strings pass the guard (14 MB) and need far more than the 32 MB allowed here.
    path = bombs.shared_strings(tmp_path / "staff.xlsx", 600_000, distinct=True)
    reader_process.shut_down()
    monkeypatch.setattr(reader_process, "MEMORY_LIMIT_BYTES", 32 * MB)
    with pytest.raises(UnusableFile) as stopped:
        rows_of(path, open_in_child)
    assert stopped.value.code == "FILE_TOO_DEMANDING"
    assert "was stopped" in str(stopped.value) and "memory" in str(stopped.value)
    zh = stopped.value.reason(chinese())
    assert "内存" in zh and "停止" in zh
    good = write_csv(tmp_path / "good.csv", [HEADERS_EN, GOOD_A])
    assert len(rows_of(good, open_in_child)) == 1  # the next file gets a fresh process


def test_a_reader_that_sends_nothing_for_too_long_is_ended_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Seconds to parse: the formula sends it to openpyxl (calamine reads these strings in a blink).
    path = bombs.shared_strings(tmp_path / "staff.xlsx", 300_000, distinct=True, formula=True)
    good = write_csv(tmp_path / "good.csv", [HEADERS_EN, GOOD_A])
    assert len(rows_of(good, open_in_child)) == 1  # the reader process is up and waiting
    reader = reader_process.ready_process()
    assert reader is not None
    monkeypatch.setattr(reader_process, "STALL_SECONDS", 0.3)
    with pytest.raises(UnusableFile) as stopped:
        rows_of(path, open_in_child)
    assert stopped.value.code == "FILE_TOO_SLOW"
    assert "stopped after 0.3 seconds without progress" in str(stopped.value)
    assert not reader.is_alive()
    zh = stopped.value.reason(chinese())
    assert "停止" in zh
    monkeypatch.undo()  # a new process takes longer than 0.3 s to start
    assert len(rows_of(good, open_in_child)) == 1


def chinese() -> Callable[[str, str], str]:
    from ssclient.gui.i18n import load_translations

    return load_translations("zh_CN").translate


def _prefixed(sheet: bytes) -> list[bytes]:
    """The sheet as some writers put it: every element with the prefix x:, then empty formatted rows."""
    text = sheet.replace(b"<worksheet xmlns=", b"<x:worksheet xmlns:x=").replace(
        b"</worksheet>", b"</x:worksheet>"
    )
    for tag in (b"row", b"c", b"is", b"t", b"v", b"f", b"sheetData", b"dimension", b"sheetViews", b"sheetView",
                b"selection", b"sheetFormatPr", b"pageMargins", b"sheetPr", b"outlinePr", b"pageSetUpPr"):  # fmt: skip
        text = text.replace(b"<" + tag + b" ", b"<x:" + tag + b" ").replace(
            b"<" + tag + b">", b"<x:" + tag + b">"
        )
        text = text.replace(b"</" + tag + b">", b"</x:" + tag + b">").replace(
            b"<" + tag + b"/>", b"<x:" + tag + b"/>"
        )
    empty = b"".join(b'<x:row r="%d" s="1"/>' % number for number in range(10, 5000))
    return [text.replace(b"</x:sheetData>", empty + b"</x:sheetData>")]


def test_a_sheet_whose_tags_carry_a_prefix_is_read_whole_and_cut_after_its_last_value(tmp_path: Path) -> None:
    path = bombs.with_part(tmp_path / "staff.xlsx", bombs.SHEET, _prefixed, rows=3)
    assert inspect_workbook(path, path.name)[bombs.SHEET].last_row_to_read == 4
    for opener in (open_spreadsheet, open_in_child):
        with opener(path, DeclarationType.ADD) as sheet:
            assert [row.number for row in sheet.rows()] == [2, 3, 4]
            assert sheet.estimated_rows <= 4
