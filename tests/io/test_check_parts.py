"""A large CSV checked in two processes gives the report one process gives: the same rows, findings and
duplicates, wherever the split falls; a file the split cannot serve is left to the one process."""

from __future__ import annotations

import multiprocessing
import pickle
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.io.check_parts import check_in_parts, rule_context, split_points
from ssclient.io.csv_source import ByteRange, CsvSource, PartMisaligned, inspect_text
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.id_book import IdBook, key_number, number_key, repeated
from ssclient.io.sheet_check import SheetReport, check_sheet
from ssclient.io.spreadsheet import open_spreadsheet
from tests.io.sheets import GOOD_A, HEADERS_ZH, write_csv
from tests.rules.idgen import make_id, with_bad_check

TODAY = date(2026, 11, 10)
PERIOD = Period(2026, 11)
ADD = DeclarationType.ADD


def person(n: int) -> list[str]:
    number = make_id(date(1980 + n % 20, 1 + n % 12, 1 + n % 28), "110105", n % 1000)
    return [number, "张三", "11", f"{5000 + n}.50", "否", "否", "", "", ""]


def staff(count: int) -> list[list[str]]:
    """`count` rows of people, every seventh with an error, blank rows here and there."""
    rows = []
    for n in range(count):
        row = person(n)
        if n % 7 == 3:
            row[0] = with_bad_check(row[0])
        elif n % 7 == 5:
            row[3] = "100"  # under the floor
        elif n % 11 == 4:
            row = [""] * 9
        rows.append(row)
    return rows


def single(path: Path, max_rows: int = 1000) -> SheetReport:
    with open_spreadsheet(path, ADD, max_rows=max_rows) as sheet:
        return check_sheet(sheet, rule_context(TODAY), PERIOD)


def in_parts(path: Path, max_rows: int = 1000) -> SheetReport | None:
    return check_in_parts(path, ADD, TODAY, PERIOD, max_rows=max_rows, parts=2, min_rows=10)


def assert_same(parts: SheetReport | None, one: SheetReport) -> None:
    assert parts is not None, "the file was not checked in parts"
    assert (parts.rows, parts.findings) == (one.rows, one.findings)
    assert multiprocessing.active_children() == []


def split_row(path: Path) -> int:
    """The row (as numbered in the report) the second part starts with."""
    (point,) = split_points(path, 2) or [0]
    return path.read_bytes()[:point].count(b"\n") + 1


def test_the_same_findings_across_the_split_and_duplicates_in_both_halves(tmp_path: Path) -> None:
    rows = staff(400)
    # The same people in both halves, and three times one of them; errors on the rows around the middle.
    for first, again in [(10, 390), (20, 210), (20, 300), (150, 250)]:
        rows[again] = list(rows[first])
    for middle in range(190, 215):
        rows[middle][2] = "13"  # unknown household type
    # An exported identifier (="…"), a quoted cell with a line break, an ID number in lower case.
    rows[5][0] = f'="{rows[5][0]}"'
    rows[6][1] = "张\n三"
    rows[7][0] = rows[7][0].lower()
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *rows], "utf-8-sig")
    one = single(path)
    parts = in_parts(path)
    assert_same(parts, one)
    split = split_row(path)
    assert 150 < split < 250
    duplicates = {item.row for item in one.findings if item.finding.code == "DUPLICATE_PERSON"}
    assert any(row < split for row in duplicates) and any(row >= split for row in duplicates)
    assert {item.row for item in one.findings if item.row in range(split - 3, split + 3)}


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_the_same_findings_in_other_encodings_and_with_tabs(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "staff.txt", [HEADERS_ZH, *staff(300)], encoding, delimiter="\t")
    assert_same(in_parts(path), single(path))


def test_a_split_is_never_inside_a_quoted_cell(tmp_path: Path) -> None:
    rows = staff(200)
    for n in range(80, 120):
        rows[n][1] = "张\n三\n丰"  # a line break inside many quoted cells around the middle
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *rows])
    assert_same(in_parts(path), single(path))


def test_a_part_ending_inside_a_quoted_cell_is_found_out(tmp_path: Path) -> None:
    rows = staff(200)
    rows[3][1] = "STRAY"
    rows[120][1] = "x\ny"  # a quoted cell with a line break, after the middle
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *rows])
    # A stray quote inside an unquoted cell (read as it is): the quotes seen are odd from there on, so the
    # quoted cell's first line break looks like a row's end.
    data = path.read_bytes().replace(b"STRAY", b'a"b')
    path.write_bytes(data)
    inside = data.index(b'"x\n') + 3
    facts = inspect_text(path)
    source = CsvSource(path, facts, ByteRange(0, inside, to_end=False))
    with pytest.raises(PartMisaligned):
        list(source.rows())
    whole = CsvSource(path, facts, ByteRange(0, data.index(b"\n", inside) + 1, to_end=False))
    assert len(list(whole.rows())) == 122
    assert in_parts(path) is None  # the split found out: the file is checked in one process
    assert multiprocessing.active_children() == []


def test_too_many_rows_all_told_is_refused_as_in_one_process(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *[person(n) for n in range(300)]])
    with pytest.raises(UnusableFile) as one:
        single(path, max_rows=250)
    with pytest.raises(UnusableFile) as parts:
        in_parts(path, max_rows=250)
    assert (parts.value.code, parts.value.params) == (one.value.code, one.value.params)
    assert multiprocessing.active_children() == []


def test_a_broken_file_is_left_to_one_process(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [HEADERS_ZH, *staff(300)]
    path = write_csv(tmp_path / "staff.csv", rows)
    path.write_bytes(path.read_bytes() + b'"never closed\r\n' + b"x" * 200_000)
    assert in_parts(path) is None
    assert multiprocessing.active_children() == []


def test_small_files_xlsx_and_one_part_stay_in_one_process(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, GOOD_A, GOOD_A])
    assert check_in_parts(path, ADD, TODAY, PERIOD, max_rows=10, parts=2) is None
    big = write_csv(tmp_path / "big.csv", [HEADERS_ZH, *staff(300)])
    assert check_in_parts(big, ADD, TODAY, PERIOD, max_rows=1000, parts=1, min_rows=10) is None
    utf16 = write_csv(tmp_path / "utf16.csv", [HEADERS_ZH, *staff(300)], "utf-16")
    assert check_in_parts(utf16, ADD, TODAY, PERIOD, max_rows=1000, parts=2, min_rows=10) is None


def test_cancel_ends_the_helper_process(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *staff(3000)])
    with pytest.raises(ReadCancelled):
        check_in_parts(path, ADD, TODAY, PERIOD, max_rows=5000, parts=2, min_rows=10, cancelled=lambda: True)
    assert multiprocessing.active_children() == []


A_NUMBER = make_id(date(1990, 1, 1), "110105", 1)
# Another number whose key shares the first one's slot in a book's marks.
NEIGHBOUR = key_number((number_key(A_NUMBER) or 0) + (1 << 23))
NUMBERS = [A_NUMBER, NEIGHBOUR, make_id(date(1990, 1, 1), "110105", 2), "00000000000000000X",
           "000000000000000001", "12345", "１１０１０５", "11010519900101001x", ""]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NUMBERS), max_size=40), st.lists(st.integers(0, 40), min_size=1, max_size=2))
def test_the_books_of_the_parts_find_every_repeat(numbers: list[str], cuts: list[int]) -> None:
    """Parts of rows numbered within themselves, then shifted: the rows whose number is on another row."""
    bounds = [0, *sorted(min(cut, len(numbers)) for cut in cuts), len(numbers)]
    books, offsets, shifted = [], [], []
    offset = 1  # the header row
    for start, end in pairwise(bounds):
        book = IdBook()
        for row, number in enumerate(numbers[start:end], start=1):
            book.add(number, row)
            shifted.append((row + offset, number))
        # A later part comes from another process, without its marks.
        books.append(pickle.loads(pickle.dumps(book)) if start else book)
        offsets.append(offset)
        offset += end - start + 2  # and a blank row or two
    counts = Counter(n for _, n in shifted if n)
    expected = sorted((row, n) for row, n in shifted if n and counts[n] > 1)
    assert repeated(books, offsets) == ([n for _, n in expected], [row for row, _ in expected])


def test_a_number_key_stands_for_exactly_one_number() -> None:
    for number in NUMBERS:
        key = number_key(number)
        assert key is None or key_number(key) == number
    assert number_key(NEIGHBOUR) is not None and NEIGHBOUR != A_NUMBER
    assert number_key("11010519900101001x") is None
    assert number_key("１" * 18) is None


awkward = st.text(alphabet=st.sampled_from(['"', "\n", "\r", ",", "a", "1", "张", "=", " ", "X"]), max_size=6)
cell = st.one_of(st.sampled_from([*NUMBERS, "张三", "11", "6500", "否", "是", "13", "100"]), awkward)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(cell, min_size=9, max_size=9), min_size=2, max_size=30), st.booleans())
def test_any_cells_give_the_one_process_report(rows: list[list[str]], stray: bool) -> None:
    """Quotes, line breaks and stray quotes anywhere: the report (or the refusal) of one process, or None."""
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder) / "staff.csv", [HEADERS_ZH, *rows])
        if stray:  # a quote inside an unquoted cell, as some programs write
            path.write_bytes(path.read_bytes().replace(b"\r\n", b'"\r\n', 1))
        try:
            one: SheetReport | str = single(path, max_rows=20)
        except UnusableFile as problem:
            one = problem.code
        try:
            parts: SheetReport | str | None = check_in_parts(
                path, ADD, TODAY, PERIOD, max_rows=20, parts=2, min_rows=2
            )
        except UnusableFile as problem:
            parts = problem.code
    assert multiprocessing.active_children() == []
    if parts is None:
        return
    if isinstance(one, str) or isinstance(parts, str):
        assert parts == one
    else:
        assert (parts.rows, parts.findings) == (one.rows, one.findings)
