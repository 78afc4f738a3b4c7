"""`ssclient check --type annual_base FILE`: last year's wages checked offline, in English and Chinese."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssclient.cli import main
from ssclient.selftest_samples import valid_id_number
from tests.io.sheets import write_csv

HEADER = ["身份证号码", "姓名", "全年工资总额", "工作月数"]
ZHANG, LI = valid_id_number(81), valid_id_number(82)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", "--type", "annual_base", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_clean_wages_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(
        tmp_path / "wages.csv", [HEADER, [ZHANG, "张三", "96000", "12"], [LI, "李四", "5000", "1"]]
    )
    assert run(capsys, str(path), "--lang", "en") == (
        0,
        "2 rows checked: 0 errors, 0 warnings, 0 notes.\n",
        "",
    )


def test_bad_rows_exit_1_with_row_column_and_message_in_the_language_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "wages.csv", [HEADER, [ZHANG, "张三", "九万", "12"], [LI, "李四", "5000", "13"]]
    )
    status, out, _ = run(capsys, str(path), "--lang", "en")
    assert status == 1
    assert out.splitlines() == [
        "Row 2, 全年工资总额: error WAGES_AMOUNT_INVALID: 九万 is not an amount; write a number such as 6500.00.",
        "Row 3, 工作月数: error WAGES_MONTHS_INVALID: 13 is not a number of months; write a whole number from 1 "
        "to 12.",
        "2 rows checked: 2 errors, 0 warnings, 0 notes.",
    ]
    status, out, _ = run(capsys, str(path), "--lang", "zh_CN", "--json")
    report = json.loads(out)
    assert status == 1 and report["rows"] == 2
    assert [f["message"] for f in report["findings"]] == [
        "九万不是金额；请填写数字，如6500.00。",
        "13不是有效的月数；请填写1到12的整数。",
    ]


def test_a_file_without_the_columns_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "wages.csv", [["身份证号码", "姓名", "工资"], [ZHANG, "张三", "1"]])
    status, out, err = run(capsys, str(path), "--lang", "en")
    assert (status, out) == (2, "") and err.startswith("Cannot use the file: ")
