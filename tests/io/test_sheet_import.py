"""Template → fill → import into a real draft store; clean rows only; Cancel leaves the store as it was."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.io.errors import ReadCancelled
from ssclient.io.sheet_check import SheetReport, check_sheet
from ssclient.io.sheet_import import plan_import
from ssclient.io.spreadsheet import PROGRESS_EVERY, Cancelled, Progress, open_spreadsheet
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from ssclient.store import Store
from tests.io.sheets import GOOD_A, GOOD_B, HEADERS_ZH, line_of, write_xlsx

UNIT = "170000001"
PERIOD = Period(2026, 11)
CTX = RuleContext(default_policy(), default_regions(), date(2026, 11, 10))
BAD = ["12345", "王五", "11", "6500", "否", "否", "", "", ""]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(
        tmp_path / "store.sqlite3", clock=FixedClock(datetime(2026, 11, 10, 9, tzinfo=CHINA_TZ))
    )
    yield opened
    opened.close()


def read(path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> SheetReport:
    with open_spreadsheet(path) as sheet:
        return check_sheet(sheet, CTX, PERIOD, keep_lines=True, progress=progress, cancelled=cancelled)


def test_every_row_into_a_new_draft(tmp_path: Path, store: Store) -> None:
    report = read(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD, GOOD_B]))
    plan = plan_import(report, DeclarationType.ADD, PERIOD)
    draft = store.get_declaration(store.create_draft(UNIT, plan.declaration))
    assert draft.status is DeclarationStatus.DRAFT
    assert [line.name for line in draft.lines] == ["张三", "王五", "买买提·艾力"]
    assert (plan.rows, plan.skipped, plan.line_of_row(3)) == ([2, 3, 4], [], (0, 1))


def test_more_people_than_one_declaration_holds_make_several_drafts_in_row_order(tmp_path: Path) -> None:
    report = read(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD, GOOD_B]))
    plan = plan_import(report, DeclarationType.ADD, PERIOD, part_size=2)
    parts = plan.parts()
    assert [[line.name for line in part.lines] for part in parts] == [["张三", "王五"], ["买买提·艾力"]]
    assert {(part.type, part.period) for part in parts} == {(DeclarationType.ADD, PERIOD)}
    assert [plan.line_of_row(row) for row in (2, 3, 4)] == [(0, 0), (0, 1), (1, 0)]
    assert plan_import(report, DeclarationType.ADD, PERIOD, part_size=3).parts() == [plan.declaration]


def test_clean_rows_only(tmp_path: Path, store: Store) -> None:
    report = read(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD, GOOD_B]))
    plan = plan_import(report, DeclarationType.ADD, PERIOD, clean_rows_only=True)
    draft = store.get_declaration(store.create_draft(UNIT, plan.declaration))
    assert draft.lines == [line_of(GOOD_A), line_of(GOOD_B)]
    assert (plan.rows, plan.skipped, plan.line_of_row(3), plan.line_of_row(4)) == ([2, 4], [3], None, (0, 1))


def test_cancel_mid_import_leaves_the_store_as_it_was(tmp_path: Path, store: Store) -> None:
    before = store.count_declarations(UNIT)
    path = write_xlsx(tmp_path / "big.xlsx", [HEADERS_ZH, *[GOOD_A] * (PROGRESS_EVERY * 2)])
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) > 0

    with pytest.raises(ReadCancelled):
        report = read(path, progress=lambda done, total: seen.append(done), cancelled=cancelled)
        store.create_draft(UNIT, plan_import(report, DeclarationType.ADD, PERIOD).declaration)
    assert seen == [PROGRESS_EVERY]
    assert store.count_declarations(UNIT) == before


def test_a_report_without_lines_cannot_be_imported(tmp_path: Path) -> None:
    with open_spreadsheet(write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A])) as sheet:
        report = check_sheet(sheet, CTX, PERIOD)
    with pytest.raises(ValueError, match="keep_lines"):
        plan_import(report, DeclarationType.ADD, PERIOD)
