"""Automatic backups beside the store: when they are taken, which ones the rotation keeps, and verifying
and restoring one on real files."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import DeclarationStatus
from ssclient.domain.roster import Unit
from ssclient.store import NotFoundError, OutboxState, Store
from ssclient.store.backup import (
    KEEP_BACKUPS,
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    BackupInfo,
    BackupKind,
    back_up,
    back_up_daily,
    back_up_if_changed,
    backups,
    copy_store,
    list_backups,
    to_keep,
)
from ssclient.store.restore import BackupError, BackupProblem, restore, verify
from tests.store.conftest import LI, UNIT, ZHANG, add_declaration, line


def info(at: datetime, name: str | None = None) -> BackupInfo:
    return BackupInfo(Path(name or at.isoformat()), at, BackupKind.DAILY, 1)


def test_the_rotation_keeps_days_weeks_and_months_and_the_newest_few() -> None:
    # A copy every day at noon UTC (the same local date anywhere from UTC-11 to UTC+11) for 400 days.
    start = datetime(2025, 11, 1, 12, tzinfo=UTC)
    daily = [info(start + timedelta(days=n)) for n in range(400)]
    # And three copies in the last day, a few hours apart.
    last = daily[-1].taken_at
    extra = [info(last + timedelta(hours=h), f"extra-{h}") for h in (1, 2, 3)]

    kept = to_keep(daily + extra)

    newest = {i.path for i in extra}
    assert newest <= kept  # the newest three, though they share one day
    kept_days = {i.taken_at.date() for i in daily + extra if i.path in kept}
    # The last 7 days, one copy each, plus one per week for 4 weeks and one per month for 12 months.
    assert {last.date() - timedelta(days=n) for n in range(KEEP_DAILY)} <= kept_days
    months = {(d.year, d.month) for d in kept_days}
    assert len(months) == KEEP_MONTHLY
    assert len(kept) <= KEEP_BACKUPS + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    assert daily[0].path not in kept  # 400 days old: beyond every bucket


def test_the_first_start_of_a_day_backs_up_once(store: Store, store_path: Path, clock: FixedClock) -> None:
    store.create_draft(UNIT, add_declaration(line()))
    first = back_up_daily(store_path, clock.now())
    assert first is not None and BackupKind.DAILY.value in first.name
    clock.advance(timedelta(hours=2))
    assert back_up_daily(store_path, clock.now()) is None  # same day: one copy is enough
    clock.advance(timedelta(days=1))
    assert back_up_daily(store_path, clock.now()) is not None
    assert [i.kind for i in list_backups(store_path)] == [BackupKind.DAILY, BackupKind.DAILY]


def test_a_new_empty_store_is_not_backed_up(tmp_path: Path, clock: FixedClock) -> None:
    missing = tmp_path / "none.sqlite3"
    assert back_up_daily(missing, clock.now()) is None
    assert back_up_if_changed(missing, clock.now()) is None


def test_exit_backs_up_only_after_a_change(store_path: Path, clock: FixedClock) -> None:
    with Store.open(store_path, clock=clock) as store:
        store.create_draft(UNIT, add_declaration(line()))
    made = back_up_if_changed(store_path, clock.now())
    assert made is not None and BackupKind.EXIT.value in made.name

    clock.advance(timedelta(minutes=5))
    with Store.open(store_path, clock=clock) as store:
        store.list_declarations(UNIT)  # reading only
    assert back_up_if_changed(store_path, clock.now()) is None

    clock.advance(timedelta(minutes=5))
    with Store.open(store_path, clock=clock) as store:
        store.create_draft(UNIT, add_declaration(line(LI, "李四")))
    assert back_up_if_changed(store_path, clock.now()) is not None


def test_a_copy_elsewhere_is_whole_and_owner_only(store: Store, store_path: Path, tmp_path: Path) -> None:
    store.create_draft(UNIT, add_declaration(line()))
    target = tmp_path / "usb stick" / "ssclient-backup.sqlite3"
    target.parent.mkdir()
    copy_store(store_path, target)
    assert verify(target, UNIT).documents == 1
    assert target.stat().st_mode & 0o077 == 0
    assert not list(target.parent.glob("*.partial"))


PROFILE = Unit(UNIT, "杭州示例科技有限公司", "91330106MA2XXXXXX1", "330106123456789")


@pytest.fixture
def saved(store: Store, store_path: Path, clock: FixedClock) -> Path:
    """A backup of a store holding UNIT's profile and one draft."""
    store.save_unit(PROFILE)
    store.create_draft(UNIT, add_declaration(line()))
    return back_up(store_path, clock.now(), BackupKind.MANUAL)


def test_verify_describes_a_good_backup(saved: Path) -> None:
    contents = verify(saved, UNIT)
    assert (contents.unit_codes, contents.documents, contents.waiting_in_outbox) == ((UNIT,), 1, 0)


def test_a_truncated_backup_is_refused_as_damaged(saved: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.sqlite3"
    data = saved.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupError) as caught:
        verify(cut, UNIT)
    assert caught.value.problem is BackupProblem.DAMAGED


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip file", "姓名,身份证号码\n".encode()])
def test_a_file_that_is_no_backup_is_refused(tmp_path: Path, content: bytes) -> None:
    other = tmp_path / "other.sqlite3"
    other.write_bytes(content)
    with pytest.raises(BackupError) as caught:
        verify(other)
    assert caught.value.problem is BackupProblem.NOT_A_BACKUP


def test_a_folder_or_missing_file_is_unreadable(tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "missing.sqlite3"):
        with pytest.raises(BackupError) as caught:
            verify(path)
        assert caught.value.problem is BackupProblem.UNREADABLE


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with contextlib.closing(sqlite3.connect(foreign)) as db, db:
        db.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(BackupError) as caught:
        verify(foreign)
    assert caught.value.problem is BackupProblem.NOT_A_BACKUP


def test_another_units_backup_is_refused(saved: Path) -> None:
    with pytest.raises(BackupError) as caught:
        verify(saved, "170999999")
    assert caught.value.problem is BackupProblem.OTHER_UNIT and UNIT in caught.value.detail


def test_a_backup_from_a_newer_version_is_refused(saved: Path) -> None:
    with contextlib.closing(sqlite3.connect(saved)) as db, db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff-from-the-future'")
    with pytest.raises(BackupError) as caught:
        verify(saved, UNIT)
    assert caught.value.problem is BackupProblem.TOO_NEW


def test_restore_brings_the_backup_back_and_keeps_the_current_store(
    saved: Path, store: Store, store_path: Path, clock: FixedClock
) -> None:
    later = store.create_draft(UNIT, add_declaration(line(LI, "李四")))
    store.close()
    clock.advance(timedelta(minutes=1))

    kept = restore(store_path, saved, clock.now(), UNIT)

    assert kept is not None and BackupKind.RESTORE.value in kept.name
    assert verify(kept, UNIT).documents == 2  # what was there before the restore is not lost
    with Store.open(store_path, clock=clock) as restored:
        assert [s.names for s in restored.list_declarations(UNIT)] == [("张三",)]
        with pytest.raises(NotFoundError):
            restored.get_declaration(later)


def test_a_refused_restore_changes_nothing(
    saved: Path, store: Store, store_path: Path, clock: FixedClock
) -> None:
    store.close()
    before = store_path.read_bytes()
    with pytest.raises(BackupError):
        restore(store_path, saved, clock.now(), "170999999")
    assert store_path.read_bytes() == before
    assert [i.kind for i in list_backups(store_path)] == [BackupKind.MANUAL]


def test_documents_waiting_in_a_restored_outbox_are_asked_about_before_sending(
    saved: Path, store: Store, store_path: Path, clock: FixedClock
) -> None:
    waiting = store.create_draft(UNIT, add_declaration(line(ZHANG)))
    store.enqueue(waiting, "key-1")
    backup = back_up(store_path, clock.now() + timedelta(seconds=1), BackupKind.MANUAL)
    store.close()

    restore(store_path, backup, clock.now() + timedelta(seconds=2), UNIT)

    with Store.open(store_path, clock=clock) as restored:
        item = restored.outbox_item("key-1")
        assert item is not None and item.state is OutboxState.SENDING
        assert restored.get_declaration(waiting).status is DeclarationStatus.PENDING


def test_restoring_a_copy_the_rotation_would_drop_still_works(
    saved: Path, store: Store, store_path: Path, clock: FixedClock
) -> None:
    # Two newer copies the same day: the copy taken before the restore pushes `saved` out of the rotation.
    for minutes in (1, 2):
        back_up(store_path, clock.now() + timedelta(minutes=minutes), BackupKind.MANUAL)
    store.create_draft(UNIT, add_declaration(line(LI, "李四")))
    store.close()

    restore(store_path, saved, clock.now() + timedelta(minutes=4), UNIT)

    assert saved not in backups(store_path)  # rotated away once it was restored
    with Store.open(store_path, clock=clock) as restored:
        assert [s.names for s in restored.list_declarations(UNIT)] == [("张三",)]


def test_a_day_is_a_day_on_beijing_time_whatever_the_computers_zone(
    store: Store, store_path: Path, clock: FixedClock
) -> None:
    """23:30 and 00:30 in Beijing are two days, though the same day in UTC (this test machine's zone)."""
    store.create_draft(UNIT, add_declaration(line()))
    clock.set(datetime(2026, 12, 5, 23, 30, tzinfo=CHINA_TZ))
    assert back_up_daily(store_path, clock.now()) is not None
    clock.advance(timedelta(hours=1))
    assert back_up_daily(store_path, clock.now()) is not None
