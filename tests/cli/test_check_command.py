"""`ssclient check FILE [--json] [--lang]` end to end, on files the tests write."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from ssclient.cli import main
from ssclient.domain.clock import FixedClock
from ssclient.io.check_command import run_check
from tests.io import bombs
from tests.io.sheets import GOOD_A, GOOD_B, HEADERS_EN, HEADERS_ZH, PERSON_A, write_csv, write_xlsx
from tests.rules.idgen import make_id

BAD_ROW = ["12345", "张三", "13", "6500", "否", "否", "", "", ""]
SSCLIENT = str(Path(sys.executable).with_name("ssclient"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_clean_csv_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, GOOD_A, GOOD_B], encoding)
    status, out, err = run(capsys, str(path), "--lang", "en")
    assert (status, err) == (0, "")
    assert out == "2 rows checked: 0 errors, 0 warnings, 0 notes.\n"


def test_errors_exit_1_one_line_per_finding_with_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, GOOD_A, [""] * 9, BAD_ROW])
    status, out, _ = run(capsys, str(path), "--lang", "en")
    assert status == 1
    assert out.splitlines() == [
        "Row 4, 身份证号码: error ID_LENGTH: An ID number has 18 characters; this one has 5.",
        "Row 4, 户口性质: error HUKOU_UNKNOWN: Unknown household registration type 13; use 11, 12, 21, 22 or 30 (居民户口).",
        "2 rows checked: 2 errors, 0 warnings, 0 notes.",
    ]


def test_chinese_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, BAD_ROW])
    status, out, _ = run(capsys, str(path), "--lang", "zh_CN")
    assert status == 1
    assert out.splitlines() == [
        "第2行，身份证号码：错误 ID_LENGTH：身份证号码应为18位，此号码为5位。",
        "第2行，户口性质：错误 HUKOU_UNKNOWN：户口性质“13”无法识别，请填写11、12、21、22或30（本地城镇、外地城镇、本地农村、外地农村、居民户口）。",
        "共检查1行：错误2个，警告0个，提示0个。",
    ]


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_migrant = [*GOOD_B[:4], "否", "是", *GOOD_B[6:]]
    status, out, _ = run(
        capsys, str(write_csv(tmp_path / "staff.csv", [HEADERS_ZH, not_migrant])), "--lang", "en"
    )
    assert status == 0
    assert "warning MIGRANT_INSURANCE_NOT_MIGRANT" in out


def test_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_EN, GOOD_A, BAD_ROW, [PERSON_A, *GOOD_A[1:]]])
    status, out, _ = run(capsys, str(path), "--json", "--lang", "en")
    assert status == 1
    report = json.loads(out)
    assert set(report) == {"rows", "findings"}
    assert report["rows"] == 3
    assert all(set(item) == {"row", "field", "code", "severity", "message"} for item in report["findings"])
    assert [(f["row"], f["field"], f["code"], f["severity"]) for f in report["findings"]] == [
        (2, "id_number", "DUPLICATE_PERSON", "error"),
        (3, "id_number", "ID_LENGTH", "error"),
        (3, "hukou_type", "HUKOU_UNKNOWN", "error"),
        (4, "id_number", "DUPLICATE_PERSON", "error"),
    ]
    assert report["findings"][0]["message"] == "The same person appears more than once (lines 2, 4)."


def test_json_in_chinese_keeps_codes_and_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, BAD_ROW])
    _, out, _ = run(capsys, str(path), "--json", "--lang", "zh_CN")
    first = json.loads(out)["findings"][0]
    assert (first["field"], first["code"], first["message"]) == (
        "id_number",
        "ID_LENGTH",
        "身份证号码应为18位，此号码为5位。",
    )


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda d: d / "missing.csv", "There is no file"),
        (lambda d: empty_file(d / "empty.csv"), "is empty"),
        (
            lambda d: write_csv(d / "renamed.xlsx", [HEADERS_EN, GOOD_A]),
            "is named .xlsx but is not an Excel workbook",
        ),
        (
            lambda d: write_csv(d / "cols.csv", [["身份证号码", "姓名"], GOOD_A[:2]]),
            "lacks the columns 户口性质",
        ),
    ],
)
def test_unusable_files_exit_2_with_one_line_on_stderr(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    setup: Callable[[Path], Path],
    expected: str,
) -> None:
    path = setup(tmp_path)
    status, out, err = run(capsys, str(path), "--lang", "en")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("Cannot use the file: ")
    assert expected in err


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "staff.csv")
    return folder / "staff.csv"


@pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(),
    reason="named pipes and /dev/zero exist on Linux and macOS only; Windows has neither",
)
@pytest.mark.parametrize("setup", [_fifo, lambda _folder: Path("/dev/zero")], ids=["named pipe", "/dev/zero"])
@pytest.mark.parametrize(
    ("language", "expected"), [("en", "is not a regular file"), ("zh_CN", "不是普通文件")]
)
def test_a_pipe_or_a_device_is_not_a_regular_file_not_a_folder(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    setup: Callable[[Path], Path],
    language: str,
    expected: str,
) -> None:
    status, _, err = run(capsys, str(setup(tmp_path)), "--lang", language)
    assert status == 2
    assert expected in err and "folder" not in err and "文件夹" not in err


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "a cell longer than 131072 characters"), ("zh_CN", "超过131072个字符")]
)
def test_an_unquoted_megabyte_cell_is_called_too_long(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, expected: str
) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, ["1" * 1_000_000, *GOOD_A[1:]]])
    status, _, err = run(capsys, str(path), "--lang", language)
    assert status == 2
    assert expected in err and "quote" not in err and "引号" not in err


@pytest.mark.parametrize(("language", "expected"), [("en", 'as in a "zip bomb"'), ("zh_CN", "压缩炸弹")])
def test_a_zip_bomb_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, expected: str
) -> None:
    path = bombs.comment_bomb(tmp_path / "staff.xlsx")
    status, out, err = run(capsys, str(path), "--lang", language)
    assert (status, out) == (2, "")
    assert expected in err and err.count("\n") == 1


def test_unusable_file_reason_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, str(tmp_path / "staff.csv"), "--lang", "zh_CN")
    assert status == 2
    assert err.startswith("无法使用该文件：找不到文件")


@pytest.mark.parametrize(("variables", "english"), [
    ({"LC_ALL": "en_US.UTF-8"}, True), ({"LANG": "en_GB.UTF-8"}, True), ({"LANG": "zh_CN.UTF-8"}, False),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, False), ({"LANG": "C.UTF-8"}, False),
])  # fmt: skip
def test_default_language_follows_the_system_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, variables: dict[str, str],
    english: bool,
) -> None:  # fmt: skip
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    _, out, _ = run(capsys, str(write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A])))
    assert out.startswith("1 rows checked") if english else out.startswith("共检查1行")


def test_the_clock_decides_age_and_period(tmp_path: Path) -> None:
    turns_16 = make_id(date(2010, 12, 15))
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, [turns_16, *GOOD_A[1:]]])
    out = io.StringIO()
    assert run_check(str(path), clock=FixedClock(date(2026, 11, 20)), out=out) == 1
    assert "PERSON_TOO_YOUNG" in out.getvalue()
    assert run_check(str(path), clock=FixedClock(date(2026, 12, 1)), out=io.StringIO()) == 0


@pytest.fixture
def file_log(user_dirs: Path) -> Iterator[Path]:
    """The user's log file; its handler is taken off the root logger afterwards."""
    yield user_dirs
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(user_dirs)):
            root.removeHandler(handler)
            handler.close()


@pytest.mark.allow_log_warnings
def test_an_unexpected_error_is_logged_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, file_log: Path
) -> None:
    from ssclient.io import check_command

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(check_command, "check_sheet", broken)
    status, out, err = run(
        capsys, str(write_csv(tmp_path / "staff.csv", [HEADERS_EN, GOOD_A])), "--lang", "en"
    )
    assert (status, out) == (2, "")
    assert "unexpected error" in err and "Traceback" not in err
    log = next(file_log.rglob("ssclient.log")).read_text(encoding="utf-8")
    assert "RuntimeError: a bug" in log


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANG"}}
    env.update(extra)
    return env


def test_as_a_command_xlsx_with_chinese_headers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD_ROW])
    done = subprocess.run([SSCLIENT, "check", str(path), "--json"], capture_output=True, text=True,
                          env=subprocess_env(LANG="zh_CN.UTF-8"), check=False, timeout=60)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == ""
    report = json.loads(done.stdout)
    assert report["rows"] == 2
    assert {f["code"] for f in report["findings"]} == {"ID_LENGTH", "HUKOU_UNKNOWN"}


def test_as_a_command_a_bad_file_gives_no_traceback(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.xlsx", [HEADERS_EN, GOOD_A])
    done = subprocess.run([SSCLIENT, "check", str(path)], capture_output=True, text=True,
                          env=subprocess_env(LANG="en_US.UTF-8"), check=False, timeout=60)  # fmt: skip
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("Cannot use the file: staff.xlsx is named .xlsx")
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_as_a_command_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_EN, *[BAD_ROW] * 3000])
    with subprocess.Popen([SSCLIENT, "check", str(path), "--lang", "en"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=subprocess_env(), text=True) as process:  # fmt: skip
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # like `| head -1`
        errors = process.stderr.read()
        status = process.wait(timeout=60)
    assert first.startswith("Row 2, id_number: error ID_LENGTH")
    assert status == 1
    assert errors == ""


def test_as_a_command_a_console_without_chinese_shows_question_marks(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, BAD_ROW])
    done = subprocess.run([SSCLIENT, "check", str(path), "--lang", "zh_CN"], capture_output=True,
                          env=subprocess_env(PYTHONIOENCODING="ascii"), check=False, timeout=60)  # fmt: skip
    assert done.returncode == 1 and done.stderr == b""
    assert done.stdout.startswith(b"?2?") and b"ID_LENGTH" in done.stdout


def test_type_chooses_the_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "stop.csv", [["身份证号码", "姓名", "停保原因"], [PERSON_A, "张三", ""]])
    assert run(capsys, str(path), "--lang", "en")[0] == 2  # not an add sheet: columns missing
    status, out, _ = run(capsys, str(path), "--lang", "en", "--type", "interruption")
    assert status == 1
    assert (
        out.splitlines()[0]
        == "Row 2, 停保原因: error REASON_REQUIRED: Enter the reason for the interruption."
    )


def test_a_large_file_checked_in_two_processes_reads_the_same(tmp_path: Path) -> None:
    people = [
        [make_id(date(1980 + n % 20, 1 + n % 12, 1 + n % 28), "110105", n), *GOOD_A[1:]] for n in range(300)
    ]
    people[250] = list(people[40])  # the same person in both halves
    people[151][3] = "abc"
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *people, BAD_ROW])
    reports = []
    for parallel_min_rows in (10, 10**9):
        out = io.StringIO()
        status = run_check(str(path), clock=FixedClock(date(2026, 11, 20)), out=out,
                           parallel_min_rows=parallel_min_rows)  # fmt: skip
        reports.append((status, out.getvalue()))
    assert reports[0] == reports[1]
    assert reports[0][0] == 1 and "DUPLICATE_PERSON" in reports[0][1] and "BASE_NOT_NUMBER" in reports[0][1]
