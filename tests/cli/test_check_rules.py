"""`ssclient check --period` and the identity columns a sheet may carry, end to end through main()."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ssclient.cli import IMPORT_TYPES, main
from ssclient.io.columns import REQUIRED
from tests.io.sheets import HEADERS_ZH, write_csv
from tests.rules.idgen import check_character, make_id

# Born 1966-01: a man's retirement age is 60 years 4 months, reached in 2026-05 (the 2024 decision's table).
RETIRING = make_id(date(1966, 1, 15), "110105", 123)
ROW = [RETIRING, "张三", "12", "6500", "否", "否", "", "", ""]


def codes(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    status = main(["check", *args, "--json"])
    report = json.loads(capsys.readouterr().out)
    return status, [item["code"] for item in report["findings"]]


def test_the_period_decides_retirement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write_csv(tmp_path / "staff.csv", [HEADERS_ZH, ROW]))
    assert codes(capsys, path, "--period", "2026-04") == (0, [])
    assert codes(capsys, path, "--period", "2026-05") == (1, ["RETIREMENT_AGE_REACHED"])
    assert codes(capsys, path, "--period", "2026年5月") == (1, ["RETIREMENT_AGE_REACHED"])


def test_a_bad_period_is_refused_with_how_to_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(write_csv(tmp_path / "staff.csv", [HEADERS_ZH, ROW]))
    with pytest.raises(SystemExit) as refused:
        main(["check", path, "--period", "2026-13"])
    assert refused.value.code == 2
    assert "write it as YYYY-MM" in capsys.readouterr().err


def test_every_import_type_can_be_checked() -> None:
    assert sorted(IMPORT_TYPES) == sorted(kind.value for kind in REQUIRED)


def test_identity_columns_are_read_when_present(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    taiwan = "83000019880601123"
    taiwan += check_character(taiwan)
    headers = [*HEADERS_ZH, "证件类型", "国籍", "女职工类别"]
    rows = [
        headers,
        [taiwan, "陈大文", "12", "6500", "否", "否", "", "", "", "港澳台居民居住证", "", ""],
        ["E1234567", "John Smith", "12", "6500", "否", "否", "", "", "", "护照", "英国", ""],
        ["E7654321", "Anna Muller", "12", "6500", "否", "否", "", "", "", "护照", "", ""],
        [
            make_id(date(1975, 1, 20), "110105", 124),
            "李四",
            "12",
            "6500",
            "否",
            "否",
            "",
            "",
            "",
            "",
            "",
            "女干部",
        ],
    ]
    path = str(write_csv(tmp_path / "staff.csv", rows))
    assert codes(capsys, path, "--period", "2026-11") == (1, ["NATIONALITY_REQUIRED"])
