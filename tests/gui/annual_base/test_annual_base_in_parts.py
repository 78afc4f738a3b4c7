"""A unit of more people than one declaration holds (2,000) declares its annual base as several documents:
the window says so before saving, saves the parts together, and the agency approves each; a part reopened
from the draft box does not list the other parts' people as without wages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.app.annual_base import AnnualBasePlan
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import MAX_PERSONNEL_LINES, Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.lists import DRAFT_BOX
from ssclient.gui.documents.sync_runner import DeliveryNotifier, SyncRunner
from ssclient.selftest_samples import sample_line, valid_id_number
from ssclient.store import Store
from tests.gui.annual_base.conftest import HEADER
from tests.gui.annual_base.test_annual_base_window import import_file, open_window
from tests.gui.documents.conftest import wait_loaded
from tests.gui.documents.test_journeys import new_list
from tests.gui.records.conftest import snapshot
from tests.io.sheets import write_csv
from tests.support.agency import AGENCY_START, AgencyUnit
from tests.support.annual_base import JANUARY, january

PEOPLE = MAX_PERSONNEL_LINES + 100
WITHOUT_WAGES = 10
NAMES = "王李张刘陈杨黄赵吴周"


def person(n: int) -> str:
    return valid_id_number(n % 1000, birth=f"1990{1 + n // 1000:02d}01")


def insure_many(unit: AgencyUnit, clock: FixedClock, store: Store) -> list[str]:
    """PEOPLE insured in January at 6,000 (two add declarations: one holds 2,000), the roster taken in."""
    numbers = [person(n) for n in range(PEOPLE)]
    lines = [sample_line(number, NAMES[n % 10] + "三", "6000.00") for n, number in enumerate(numbers)]
    with january(clock):
        for start in range(0, PEOPLE, MAX_PERSONNEL_LINES):
            chunk = lines[start : start + MAX_PERSONNEL_LINES]
            result = unit.client.submit(
                Declaration(DeclarationType.ADD, JANUARY, chunk), f"many-part-{start:05d}-key"
            )
            assert result.approved, result.findings[:3]
    unit.relogin()
    store.replace_roster(unit.unit_code, unit.client.roster())
    return numbers


def test_an_annual_base_of_more_people_than_one_declaration_holds_is_saved_and_declared_in_parts(
    qtbot: QtBot,
    records_ctx: AppContext,
    store: Store,
    unit: AgencyUnit,
    agency_clock: FixedClock,
    tmp_path: Path,
    artifacts: Path,
    chinese: None,
) -> None:
    numbers = insure_many(unit, agency_clock, store)
    rows: list[list[object]] = [HEADER]
    rows += [[n, "某某", *([None] * 12), "86400", 12] for n in numbers[WITHOUT_WAGES:]]
    wages = write_csv(tmp_path / "2025年工资.csv", rows)
    window = open_window(qtbot, records_ctx)

    assert isinstance(import_file(qtbot, window, wages), AnnualBasePlan)

    declared = PEOPLE - WITHOUT_WAGES
    assert window.model.rowCount() == declared and window.without.rowCount() == WITHOUT_WAGES
    assert window.status_label.text() == (
        "自2026-01起的新缴费基数共2,090条。一份申报最多容纳2,000人，请核对后保存到草稿箱，将分为2份单据，请一并申报。"
    )
    assert window.totals.labels["people"].text() == "2,090"
    snapshot(window, artifacts, "annual_base_in_parts.png")

    with qtbot.waitSignal(window.saved, timeout=20_000):
        window.save()
    ids = [p.id for p in window.parts if p.id is not None]
    assert len(ids) == 2
    assert (
        window.status_label.text()
        == f"已保存到草稿箱，共2份单据（#{ids[0]} 至 #{ids[1]}）：请在草稿箱中一并检查并申报。"
    )
    assert [len(store.get_declaration(i).lines) for i in ids] == [MAX_PERSONNEL_LINES, declared - 2000]
    assert [store.summary(i).note for i in ids] == ["2025年工资.csv 1/2", "2025年工资.csv 2/2"]

    # The second part deleted from the draft box while the window is open: saving again makes it anew.
    records_ctx.documents.delete([ids[1]])
    records_ctx.signals.documents_changed.emit()
    qtbot.waitUntil(lambda: [p.id for p in window.parts] == ids[:1], timeout=10_000)
    with qtbot.waitSignal(window.saved, timeout=20_000):
        window.save()
    ids = [p.id for p in window.parts if p.id is not None]
    assert len(ids) == 2 and store.count_declarations(records_ctx.unit_code) == 2
    assert [len(store.get_declaration(i).lines) for i in ids] == [MAX_PERSONNEL_LINES, declared - 2000]

    # The second part, reopened from the draft box: only the people no part names are without wages.
    part = open_window(qtbot, records_ctx, ids[1])
    wait_loaded(qtbot, part)
    assert part.model.rowCount() == declared - 2000 and part.without.rowCount() == WITHOUT_WAGES
    assert (
        "另有2,000名参保人员的新缴费基数在本单位本年度的其他年度缴费工资申报单据中"
        in part.status_label.text()
    )

    # The same file imported again in a new window: its people are declared already, so they are left out.
    again = open_window(qtbot, records_ctx)
    import_file(qtbot, again, wages)
    assert again.model.rowCount() == 0 and again.without.rowCount() == WITHOUT_WAGES
    assert again.status_label.text() == (
        f"文件中有{declared:,}人的新缴费基数已在本年度其他年度缴费工资申报单据中，已略去。 没有需要申报的内容。"
    )
    assert not again.save_button.isEnabled() and again.save() is None

    # The whole file imported into the reopened second part gives that part's people again.
    import_file(qtbot, part, wages)
    assert part.model.rowCount() == declared - 2000 and part.plan is not None
    assert part.plan.declared_elsewhere == 2000 and part.save_button.isEnabled()

    # Declared together from the draft box: the agency approves each part; every base follows.
    drafts = new_list(qtbot, records_ctx, DRAFT_BOX)
    runner = SyncRunner.for_context(records_ctx)
    notifier = DeliveryNotifier(records_ctx, runner, drafts)
    drafts.select_ids(ids)
    qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(notifier.boxes), timeout=60_000)
    assert [store.get_declaration(i).status for i in ids] == [DeclarationStatus.APPROVED] * 2
    # The window that saved them follows: declared, they can no longer be changed there.
    qtbot.waitUntil(lambda: window.read_only, timeout=10_000)
    assert not window.save_button.isVisible() and not window.import_button.isVisible()
    assert window.status_label.text().startswith("这些新缴费基数已从草稿箱申报，不能再在此修改。")
    at_agency = {e.id_number: e.base for e in unit.client.roster()}
    assert {at_agency[n] for n in numbers[WITHOUT_WAGES:]} == {Decimal("7200.00")}
    assert {at_agency[n] for n in numbers[:WITHOUT_WAGES]} == {Decimal("6000.00")}
    assert agency_clock.now() == AGENCY_START
