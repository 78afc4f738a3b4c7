"""The spreadsheet reader process: what it reads is what the reader gives in process, row for row; a file it
cannot use says why as in process; Cancel and a reader that dies end its process and nothing else."""

from __future__ import annotations

import logging
import multiprocessing.context
import os
import signal
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ssclient.domain.enums import DeclarationType
from ssclient.io import reader_process
from ssclient.io.errors import ReadCancelled, UnusableFile
from ssclient.io.reader_process import ReaderFailed, ReaderUnavailable, open_in_child
from ssclient.io.spreadsheet import PROGRESS_EVERY, SheetRow, open_spreadsheet
from tests.io.sheets import (
    GOOD_A,
    GOOD_B,
    HEADERS_EN,
    HEADERS_ZH,
    PERSON_A,
    with_cached_results,
    write_csv,
    write_xlsx,
)


@pytest.fixture(autouse=True)
def no_reader_left() -> Iterator[None]:
    yield
    reader_process.shut_down()


def in_process(path: Path, kind: DeclarationType = DeclarationType.ADD) -> list[SheetRow]:
    with open_spreadsheet(path, kind) as sheet:
        return list(sheet.rows())


def in_child(path: Path, kind: DeclarationType = DeclarationType.ADD) -> list[SheetRow]:
    with open_in_child(path, kind) as sheet:
        return list(sheet.rows())


def test_the_rows_and_cell_findings_are_those_read_in_process(tmp_path: Path) -> None:
    formula = [PERSON_A, "张三", "11", "=6000+500", "否", "否"]
    as_number = [int(PERSON_A[:15]), "李四", "11", 6500, "否", "否"]
    rows: list[Sequence[object]] = [
        HEADERS_EN, GOOD_A, formula, as_number, [], GOOD_B, ["#N/A", "王五", "11", "6500", "否", "否"]
    ]  # fmt: skip

    def merge(sheet: Worksheet) -> None:
        sheet.merge_cells("B6:B7")

    workbook = with_cached_results(write_xlsx(tmp_path / "staff.xlsx", rows, edit=merge), {"D3": "6500"})
    text = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, GOOD_A, GOOD_B], "gb18030")
    for path in (workbook, text):
        read = in_child(path)
        assert read == in_process(path)
        assert read and any(row.findings for row in read) is (path == workbook)


def test_the_sheet_describes_its_columns_as_in_process(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "change.xlsx", [["身份证号码*", "姓名", "申报工资"], [PERSON_A, "张三", 7000]]
    )
    kind = DeclarationType.BASE_CHANGE
    with open_spreadsheet(path, kind) as here, open_in_child(path, kind) as there:
        assert (there.name, there.kind, there.columns) == (here.name, here.kind, here.columns)
        for field in ("id_number", "wage_base", "effective_period"):
            assert there.column_label(field) == here.column_label(field)
        list(there.rows())
        with pytest.raises(RuntimeError):
            list(there.rows())


@pytest.mark.parametrize(
    "make",
    [
        lambda folder: write_xlsx(folder / "staff.xlsx", [["身份证号码", "姓名"], [PERSON_A, "张三"]]),
        lambda folder: write_csv(folder / "staff.csv", [HEADERS_EN]),
        lambda folder: folder / "absent.xlsx",
    ],
    ids=["columns missing", "no people", "no file"],
)
def test_a_file_it_cannot_use_says_why_as_in_process(tmp_path: Path, make: object) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(UnusableFile) as here:
        in_process(path)
    with pytest.raises(UnusableFile) as there:
        in_child(path)
    assert (there.value.code, there.value.params) == (here.value.code, here.value.params)


def test_progress_comes_with_the_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN] + [GOOD_A] * (PROGRESS_EVERY * 3))
    seen: list[tuple[int, int]] = []
    with open_in_child(path, DeclarationType.ADD) as sheet:
        count = 0
        for _row in sheet.rows(progress=lambda done, total: seen.append((done, total))):
            count += 1
    assert count == PROGRESS_EVERY * 3
    done = [step for step, _ in seen]
    assert done == sorted(done) and len(done) >= 3 and done[-1] == seen[-1][1] >= count


def test_a_finished_read_leaves_the_process_ready_for_the_next_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A])
    with open_in_child(path, DeclarationType.ADD) as sheet:
        first = sheet.process_id
        list(sheet.rows())
    with open_in_child(path, DeclarationType.ADD) as sheet:
        assert sheet.process_id == first
        list(sheet.rows())


def test_cancel_ends_the_process_and_the_next_read_starts_another(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN] + [GOOD_A] * (PROGRESS_EVERY * 20))
    read: list[SheetRow] = []
    with open_in_child(path, DeclarationType.ADD) as sheet, pytest.raises(ReadCancelled):
        cancelled = sheet.process_id
        for row in sheet.rows(cancelled=lambda: len(read) >= PROGRESS_EVERY):
            read.append(row)
    assert PROGRESS_EVERY <= len(read) < PROGRESS_EVERY * 20
    assert in_child(path)[-1].number == PROGRESS_EVERY * 20 + 1
    with open_in_child(path, DeclarationType.ADD) as sheet:
        assert sheet.process_id != cancelled


def test_a_reader_that_dies_is_a_failure_and_the_next_read_works(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN] + [GOOD_A] * (PROGRESS_EVERY * 20))
    with open_in_child(path, DeclarationType.ADD) as sheet, pytest.raises(ReaderFailed):
        reader = sheet.process_id
        assert reader is not None
        for row in sheet.rows():
            if row.number == 2:
                os.kill(reader, signal.SIGKILL)
    assert len(in_child(path)) == PROGRESS_EVERY * 20


def test_when_no_process_can_start_it_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    reader_process.shut_down()

    def refuse(_process: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    with pytest.raises(ReaderUnavailable):
        open_in_child(Path("staff.csv"), DeclarationType.ADD)
    with caplog.at_level(logging.INFO, logger="ssclient.io.reader_process"):
        assert reader_process.warm_up() is False
    assert "Resource temporarily unavailable" in caplog.text


def test_a_kept_process_that_has_ended_is_replaced(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A])
    assert reader_process.warm_up()
    kept = reader_process.ready_process()
    assert kept is not None and kept.pid is not None
    os.kill(kept.pid, signal.SIGKILL)  # as if the system had ended it while the program waited
    assert [row.line.id_number for row in in_child(path)] == [PERSON_A]


def test_an_unused_process_ends_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    reader_process.shut_down()
    monkeypatch.setattr(reader_process, "IDLE_SECONDS", 0.2)
    assert reader_process.warm_up()
    kept = reader_process.ready_process()
    assert kept is not None
    kept.join(30)  # returns when the process has ended
    assert kept.exitcode == 0


def test_warming_up_after_the_kept_process_ended_keeps_a_new_one() -> None:
    assert reader_process.warm_up()
    kept = reader_process.ready_process()
    assert kept is not None and kept.pid is not None
    os.kill(kept.pid, signal.SIGKILL)
    kept.join(30)  # until it has ended
    assert reader_process.warm_up()
    new = reader_process.ready_process()
    assert new is not None and new.pid != kept.pid


def test_a_relative_path_means_this_programs_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert reader_process.warm_up()  # started before the program changed folder
    write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A])
    monkeypatch.chdir(tmp_path)
    assert [row.line.id_number for row in in_child(Path("staff.csv"))] == [PERSON_A]


def test_what_the_reader_logs_reaches_the_programs_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "staff.xlsx"
    path.write_bytes(
        write_xlsx(tmp_path / "whole.xlsx", [HEADERS_EN, GOOD_A]).read_bytes()[:1500]
    )  # cut short
    with caplog.at_level(logging.INFO), pytest.raises(UnusableFile) as unusable:
        in_child(path)
    assert unusable.value.code == "FILE_DAMAGED"
    assert "cannot read" in caplog.text and "(in the spreadsheet reader process)" in caplog.text
