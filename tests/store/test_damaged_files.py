"""Data files the probe of issue 15 broke the store with, on real files: each failure is a StoreError whose
message (English and Chinese) says what happened and what to do, never a driver or decoder exception, and a
good file is never called damaged."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.store import Store, StoreError
from tests.store.conftest import UNIT, ZHANG, add_declaration, line


def chinese() -> Callable[[str, str], str]:
    from ssclient.gui.i18n import load_translations

    return load_translations("zh_CN").translate


def edit(path: Path, sql: str) -> None:
    """Change the file behind the store's back, as a damaged disk or another program would (past the
    table's own checks)."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.execute(sql)
        db.commit()


def test_a_read_only_data_folder_is_called_read_only_not_damaged(
    store_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(store_path, clock=clock) as store:
        store.create_draft(UNIT, add_declaration())
    content = store_path.read_bytes()
    folder = store_path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:  # chmod does not bind root (CI runs as root): answer as the OS does for a user
        real_access = os.access
        monkeypatch.setattr(
            "ssclient.store.database.os.access",
            lambda p, mode: False if Path(p) == folder else real_access(p, mode),
        )
    try:
        with pytest.raises(StoreError) as caught:
            Store.open(store_path, clock=clock)
    finally:
        folder.chmod(stat.S_IRWXU)
    message = str(caught.value)
    assert caught.value.code == "STORE_FOLDER_READ_ONLY"
    assert str(folder) in message and "read-only" in message and "not damaged" in message
    assert "not an ssclient data file" not in message and "Move it aside" not in message
    zh = caught.value.text(chinese())
    assert str(folder) in zh and "只读" in zh
    assert store_path.read_bytes() == content


def test_an_empty_store_is_kept_aside_and_the_user_told(store_path: Path, clock: FixedClock) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(b"")
    with Store.open(store_path, clock=clock) as store:
        notice = store.notice
        assert notice is not None and notice.code == "STORE_EMPTY_SET_ASIDE"
        store.create_draft(UNIT, add_declaration())  # a working new store
    kept = [p for p in store_path.parent.iterdir() if p.name.endswith(".empty")]
    assert [p.name for p in kept] == ["ssclient.sqlite3.20261110T013000Z.empty"]
    assert kept[0].read_bytes() == b""
    assert str(kept[0]) in notice.text() and "was empty (0 bytes)" in notice.text()
    zh = notice.text(chinese())
    assert str(kept[0]) in zh and "0字节" in zh
    with Store.open(store_path, clock=clock) as again:  # a store with data: nothing set aside again
        assert again.notice is None


def test_a_store_cut_short_by_one_byte_says_it_is_damaged(store_path: Path, clock: FixedClock) -> None:
    with Store.open(store_path, clock=clock) as store:
        # Growing rows: the last page of the file then ends in a line's JSON (found by trying sizes).
        ids = [store.create_draft(UNIT, add_declaration(line(name="张三" * n))) for n in range(1, 50)]
    with store_path.open("r+b") as file:
        file.truncate(store_path.stat().st_size - 1)
    refused: list[StoreError] = []
    with Store.open(store_path, clock=clock) as store:
        for declaration_id in ids:
            try:
                store.get_declaration(declaration_id)
            except StoreError as error:
                refused.append(error)
    assert refused, "the cut should damage at least one document"
    assert {error.code for error in refused} == {"STORE_DAMAGED_CONTENT"}
    message = str(refused[0])
    assert str(store_path) in message and "damaged" in message and "backup" in message
    assert "损坏" in refused[0].text(chinese())


@pytest.mark.parametrize(
    ("sql", "read"),
    [
        ("UPDATE declarations SET status = 'bogus'", lambda store: store.list_declarations(UNIT)),
        ("UPDATE declaration_lines SET backpay = '{\"pension'", lambda store: store.get_declaration(1)),
        ("UPDATE declarations SET period = '2026-13'", lambda store: store.list_declarations(UNIT)),
        ("UPDATE declarations SET updated_at = 'yesterday'", lambda store: store.list_declarations(UNIT)),
    ],
    ids=["bad status", "broken JSON", "a month that is none", "a time that is none"],
)
def test_a_stored_value_that_cannot_be_read_is_a_store_error(
    store_path: Path, clock: FixedClock, sql: str, read: Callable[[Store], object]
) -> None:
    with Store.open(store_path, clock=clock) as store:
        store.create_draft(UNIT, add_declaration())
    edit(store_path, sql)
    with Store.open(store_path, clock=clock) as store, pytest.raises(StoreError) as caught:
        read(store)
    assert caught.value.code == "STORE_DAMAGED_CONTENT"
    assert str(store_path) in str(caught.value)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE roster_persons SET backpay = '{\"pension'",
        "UPDATE roster_persons SET backpay = '{\"spa\": 2}'",
    ],
    ids=["broken JSON", "no insurance"],
)
def test_a_back_payment_on_the_roster_that_cannot_be_read_is_a_store_error(
    store_path: Path, clock: FixedClock, sql: str
) -> None:
    person = RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6500.00"), Period(2026, 11))
    with Store.open(store_path, clock=clock) as store:
        store.replace_roster(UNIT, [replace(person, backpay=((InsuranceType.PENSION, 2),))])
        assert store.roster(UNIT)[ZHANG].backpay == ((InsuranceType.PENSION, 2),)
    edit(store_path, sql)
    with Store.open(store_path, clock=clock) as store, pytest.raises(StoreError) as caught:
        store.roster(UNIT)
    assert caught.value.code == "STORE_DAMAGED_CONTENT"
