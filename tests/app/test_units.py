"""Several units on one computer, without a window: each unit's own store file, the split of the single
store of before on first start (nothing lost), removal with a backup, and the month board over them all."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from ssclient import paths
from ssclient.app.month import PaymentState
from ssclient.app.month_board import Attention, MonthBoard
from ssclient.app.units import SPLIT_SUFFIX, UnitFolders
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.store import Store
from ssclient.store.backup import BackupKind, back_up, list_backups, units_in
from ssclient.store.database import default_path
from ssclient.store.offline_login import FILENAME, can_log_in_offline, remember

AGENCY = "https://sb.example.gov.cn"
PERIOD = Period(2026, 11)
ZHANG = "110101199003070012"
LI = "11010119900307070X"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 10, 9, 30, tzinfo=CHINA_TZ))


def profile(code: str, name: str) -> Unit:
    return Unit(code, name, "91330106MA2XXXXXX1", "330106123456789")


def add(id_number: str, name: str) -> Declaration:
    line = DeclarationLine(id_number=id_number, name=name, hukou_type="11", wage_base="5000.00")
    return Declaration(DeclarationType.ADD, PERIOD, [line])


def fill(store: Store, code: str, name: str, person: tuple[str, str]) -> int:
    store.save_unit(profile(code, name))
    return store.create_draft(code, add(*person))


def test_the_single_store_of_before_is_split_into_one_store_per_unit_and_nothing_is_lost(
    clock: FixedClock,
) -> None:
    legacy = default_path()
    with Store.open(legacy, clock=clock) as store:
        fill(store, "170000001", "杭州甲公司", (ZHANG, "张三"))
        fill(store, "170000002", "宁波乙公司", (LI, "李四"))
    back_up(legacy, clock.now(), BackupKind.DAILY)
    remember(paths.data_dir(), "https://sb.example.gov.cn", "170000001", "Pass2026ok", clock.now())
    remember(paths.data_dir(), "local-training-agency", "170000009", "Pass2026ok", clock.now())

    units = UnitFolders.for_agency(AGENCY, clock)
    listed = units.listed()

    assert {(unit.unit_code, unit.name) for unit in listed} == {
        ("170000001", "杭州甲公司"),
        ("170000002", "宁波乙公司"),
    }
    for code, other, person in (("170000001", "170000002", "张三"), ("170000002", "170000001", "李四")):
        path = units.store_path(code)
        assert path == paths.units_dir() / code / "store.sqlite3"
        assert units_in(path) == {code: "杭州甲公司" if code == "170000001" else "宁波乙公司"}
        with Store.open(path, clock=clock) as store:
            drafts = store.list_declarations(code)
            assert [d.names for d in drafts] == [(person,)]
            assert store.list_declarations(other) == [] and store.unit(other) is None
        # The copy of before is split too: each unit's backups hold its data only.
        split_backups = list_backups(path)
        assert [b.kind for b in split_backups] == [BackupKind.DAILY]
        assert list(units_in(split_backups[0].path)) == [code]
    # Nothing deleted: the old file is kept whole under a new name, its backup where it was.
    assert not legacy.exists()
    kept = legacy.with_name(legacy.name + SPLIT_SUFFIX)
    assert list(units_in(kept)) == ["170000001", "170000002"]
    assert len(list(legacy.parent.glob("ssclient.sqlite3.*.backup"))) == 1
    # The offline verifier moved into its unit's folder; the training agency's stays for its own units.
    assert can_log_in_offline(units.folder("170000001"), AGENCY, "170000001")
    left = json.loads((paths.data_dir() / FILENAME).read_text(encoding="utf-8"))
    assert list(left) == ["local-training-agency|170000009"]
    # Once split, a second start changes nothing.
    assert units.migrate() == []
    assert [u.unit_code for u in units.listed()] == [u.unit_code for u in listed]
    # A single store written again since (by an older copy of the program) is split too, and the file kept
    # from the first split is not overwritten.
    with Store.open(legacy, clock=clock) as store:
        fill(store, "170000003", "温州丙公司", (ZHANG, "张三"))
    assert units.migrate() == ["170000003"]
    assert list(units_in(kept)) == ["170000001", "170000002"]
    assert len(list(legacy.parent.glob(f"{legacy.name}{SPLIT_SUFFIX}*"))) == 2
    assert {u.unit_code for u in units.listed()} == {"170000001", "170000002", "170000003"}


def test_the_list_shows_the_most_recently_used_first_and_a_new_unit_joins_by_logging_in(
    clock: FixedClock,
) -> None:
    units = UnitFolders.for_agency(AGENCY, clock)
    assert units.listed() == []
    units.used("170000001", "杭州甲公司")
    clock.advance(timedelta(hours=1))
    units.used("170000002", "宁波乙公司")
    clock.advance(timedelta(hours=1))
    units.used("170000001", "杭州甲公司（新名）")
    listed = units.listed()
    assert [(u.unit_code, u.name) for u in listed] == [
        ("170000001", "杭州甲公司（新名）"),
        ("170000002", "宁波乙公司"),
    ]
    assert listed[0].last_used == clock.now()
    # The training agency's units are apart from the real agency's.
    assert UnitFolders.for_agency("", clock).listed() == []


def test_removing_a_unit_backs_it_up_first_and_leaves_the_others(clock: FixedClock) -> None:
    units = UnitFolders.for_agency(AGENCY, clock)
    for code, name, person in (
        ("170000001", "杭州甲公司", (ZHANG, "张三")),
        ("170000002", "宁波乙公司", (LI, "李四")),
    ):
        with Store.open(units.store_path(code), clock=clock) as store:
            fill(store, code, name, person)
        units.used(code, name)
    open_store = Store.open(units.store_path("170000001"), clock=clock)  # still open after a log-out

    kept = units.remove("170000001", open_store)

    assert kept is not None and kept.parent == units.removed_dir and kept.is_file()
    assert not kept.is_relative_to(units.root)
    assert units_in(kept) == {"170000001": "杭州甲公司"}  # the backup of the removed unit: its data only
    assert not units.folder("170000001").exists()
    assert [u.unit_code for u in units.listed()] == ["170000002"]
    with Store.open(units.store_path("170000002"), clock=clock) as store:
        assert len(store.list_declarations("170000002")) == 1


def test_a_unit_code_never_names_a_folder_outside_the_units(clock: FixedClock) -> None:
    units = UnitFolders.for_agency(AGENCY, clock)
    for bad in ("../170000001", "", "a/b", "..", "170000001\\x"):
        with pytest.raises(ValueError):
            units.store_path(bad)


def _document(store: Store, code: str, kind: DeclarationType, status: DeclarationStatus, key: str) -> None:
    lines = [] if kind is DeclarationType.PAYMENT else add(ZHANG, "张三").lines
    declaration_id = store.create_draft(code, Declaration(kind, PERIOD, lines))
    if status is DeclarationStatus.DRAFT:
        return
    store.enqueue(declaration_id, key)
    if status is not DeclarationStatus.PENDING:
        store.set_status(
            declaration_id, status, serial_number=f"SB-{key}" if status.value == "approved" else None
        )


def test_the_month_board_puts_the_unit_needing_attention_first(clock: FixedClock) -> None:
    units = UnitFolders.for_agency(AGENCY, clock)
    S, T = DeclarationStatus, DeclarationType
    states = {
        "170000001": [(T.ADD, S.APPROVED), (T.PAYMENT, S.APPROVED)],  # all done
        "170000002": [(T.ADD, S.REJECTED)],
        "170000003": [(T.ADD, S.DRAFT), (T.INTERRUPTION, S.PENDING)],
    }
    for code, documents in states.items():
        with Store.open(units.store_path(code), clock=clock) as store:
            store.save_unit(profile(code, f"单位{code[-1]}"))
            for number, (kind, status) in enumerate(documents):
                clock.advance(timedelta(minutes=1))
                _document(store, code, kind, status, f"{code}-{number}")
        units.used(code, f"单位{code[-1]}")
    (paths.units_dir() / "170000004").mkdir()
    (paths.units_dir() / "170000004" / "store.sqlite3").write_bytes(b"not a store")
    units.used("170000005", "文件已删除的单位")  # listed, but its folder was deleted by hand

    rows = MonthBoard(units).rows()

    assert [row.unit_code for row in rows] == [
        "170000002",
        "170000003",
        "170000004",
        "170000005",
        "170000001",
    ]
    rejected, to_do, unreadable, missing, done = rows
    assert missing.missing and missing.attention is Attention.UNREADABLE
    assert rejected.attention is Attention.REJECTED and rejected.total("rejected") == 1
    assert to_do.attention is Attention.TO_DO
    assert (to_do.total("drafted"), to_do.total("waiting")) == (1, 1)
    assert to_do.summary is not None and to_do.summary.payment is PaymentState.NOT_DECLARED
    assert unreadable.attention is Attention.UNREADABLE and unreadable.problem
    assert done.attention is Attention.DONE
    assert done.declared() == {T.ADD: 1, T.PAYMENT: 1}
    assert done.summary is not None and done.summary.payment is PaymentState.CURRENT
    assert done.days_left == 14  # 10 November: the window runs to the 23rd
    # Read only: the board neither migrates nor backs up a unit's store.
    assert all(list_backups(units.store_path(code)) == [] for code in states)


def two_units(clock: FixedClock) -> UnitFolders:
    """Units 170000001 and 170000002 used here, each with its store and profile, nothing declared."""
    units = UnitFolders.for_agency(AGENCY, clock)
    for code in ("170000001", "170000002"):
        with Store.open(units.store_path(code), clock=clock) as store:
            store.save_unit(profile(code, code))
        units.used(code, code)
    return units


def test_the_board_orders_the_units_to_do_by_the_days_left(clock: FixedClock) -> None:
    units = two_units(clock)
    # The second unit's agency closes the window earlier (its cached policy says so).
    from ssclient.policy import default_policy
    from ssclient.policy.serialize import policy_to_json

    early = dataclasses.replace(default_policy(), window_last_day=12)
    with Store.open(units.store_path("170000002"), clock=clock) as store:
        store.save_policy_json("170000002", policy_to_json(early), clock.now())
    rows = MonthBoard(units).rows()
    assert [row.unit_code for row in rows] == ["170000002", "170000001"]
    assert [row.days_left for row in rows] == [3, 14]


def test_a_unit_that_insures_nobody_has_no_payment_to_do(clock: FixedClock) -> None:
    """As on its home page: with nobody insured and no payment declared there is nothing to pay."""
    units = two_units(clock)
    with Store.open(units.store_path("170000002"), clock=clock) as store:
        store.replace_roster(
            "170000002", [RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6500"), PERIOD)]
        )

    nobody, insured = sorted(MonthBoard(units).rows(), key=lambda row: row.unit_code)

    assert nobody.summary is not None and nobody.summary.nothing_to_pay
    assert nobody.attention is Attention.DONE
    assert insured.summary is not None and not insured.summary.nothing_to_pay
    assert insured.summary.payment is PaymentState.NOT_DECLARED and insured.attention is Attention.TO_DO


def test_with_the_agencys_policy_a_unit_without_a_store_here_still_has_its_window(clock: FixedClock) -> None:
    """An agent's board: the window's days left and the last free day come from the policy alone."""
    from ssclient.app.units import KnownUnit
    from ssclient.policy import default_policy

    units = UnitFolders.for_agency(AGENCY, clock)
    listed = [KnownUnit("170000009", "尚未打开的单位", None)]
    [unknown] = MonthBoard(units).rows(listed)
    assert unknown.missing and unknown.days_left is None and unknown.late_fee is None
    early = dataclasses.replace(default_policy(), window_last_day=12)
    [row] = MonthBoard(units).rows(listed, early)
    assert row.missing and row.summary is None and row.attention is Attention.UNREADABLE
    assert row.days_left == 3  # 10 November, the window closing on the 12th
    assert row.late_fee is not None and row.late_fee.forecast is None  # no amount known: no fee reckoned
    assert row.late_fee.last_free_day.month == 11
