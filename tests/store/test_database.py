"""The file itself: where it lives, who may read it, how it is opened, and what happens when it is bad."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
import threading
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from ssclient import paths
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, PaymentLine
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.store import Store, StoreError
from ssclient.store.database import pragma
from tests.store.conftest import LI, PERIOD, UNIT, WANG, ZHANG, active, add_declaration, line


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_default_store_lives_in_the_users_data_directory(user_dirs: Path, clock: FixedClock) -> None:
    with Store.open(clock=clock) as store:
        assert store.path == paths.data_dir() / "ssclient.sqlite3"
        assert store.path.is_relative_to(user_dirs)
        assert store.path.exists()


def test_the_file_and_its_folder_are_owner_only(store: Store, store_path: Path) -> None:
    store.create_draft(UNIT, add_declaration())  # make the WAL file exist too
    assert mode(store_path) == 0o600
    assert mode(store_path.parent) == 0o700
    wal = store_path.with_name(store_path.name + "-wal")
    assert wal.exists() and mode(wal) == 0o600


def test_a_store_file_left_readable_by_others_is_tightened(store_path: Path, clock: FixedClock) -> None:
    Store.open(store_path, clock=clock).close()
    store_path.chmod(0o644)

    Store.open(store_path, clock=clock).close()

    assert mode(store_path) == 0o600


def test_every_connection_uses_wal_and_foreign_keys(store: Store) -> None:
    for _ in range(3):  # several pooled connections, not just the first
        with store.engine.connect() as connection:
            assert pragma(connection, "journal_mode") == "wal"
            assert pragma(connection, "foreign_keys") == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    with store.engine.connect() as connection, pytest.raises(Exception, match="FOREIGN KEY"):
        connection.exec_driver_sql(
            "INSERT INTO findings (declaration_id, position, source, code, severity, field, message, params) "
            "VALUES (999, 0, 'check', 'X', 'error', '', '', '{}')"
        )


def test_a_failing_write_leaves_nothing_half_written(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三")])
    # The second person cannot be stored (a float base) after the old roster was already deleted.
    broken = [active(LI, "李四"), replace(active(WANG, "王五"), base=5000.5)]  # type: ignore[arg-type]

    with pytest.raises(TypeError):
        store.replace_roster(UNIT, broken)

    assert set(store.roster(UNIT)) == {ZHANG}


def test_a_failing_edit_keeps_the_old_lines(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration(line(ZHANG), line(LI, "李四")))
    bad_payment = PaymentLine(ZHANG, "张三", InsuranceType.PENSION, PERIOD, 5000.5, Decimal(1), Decimal(1))  # type: ignore[arg-type]
    edited = Declaration(DeclarationType.ADD, PERIOD, [line(WANG, "王五")], payments=[bad_payment])

    with pytest.raises(TypeError):
        store.update_draft(declaration_id, edited)

    assert store.get_declaration(declaration_id).lines == [line(ZHANG), line(LI, "李四")]


def on_every_connection(store: Store, statement: str) -> None:
    """Run `statement` on each new connection of the store's engine (and drop the pooled ones)."""

    def run(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        dbapi_connection.execute(statement)

    event.listen(store.engine, "connect", run)
    store.engine.dispose()


def test_a_full_disk_is_reported_and_the_roster_stays_as_it_was(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三")])
    with store.engine.connect() as connection:
        pages = pragma(connection, "page_count")
    on_every_connection(store, f"PRAGMA max_page_count = {pages + 2}")  # SQLITE_FULL past this size
    people = [active(f"{index:018d}", f"员工{index}") for index in range(5000)]

    with pytest.raises(StoreError, match="full") as caught:
        store.replace_roster(UNIT, people)

    assert "Free some space" in str(caught.value)
    assert set(store.roster(UNIT)) == {ZHANG}


def test_a_read_only_file_is_reported(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三")])
    on_every_connection(store, "PRAGMA query_only = 1")  # SQLITE_READONLY, as a read-only file gives

    with pytest.raises(StoreError, match="cannot be written") as caught:
        store.create_draft(UNIT, add_declaration())

    assert "writable" in str(caught.value)
    assert set(store.roster(UNIT)) == {ZHANG}  # reading still works


@pytest.mark.parametrize(
    "content",
    [
        b"id_number,name\n110101199003070012,\xe5\xbc\xa0\xe4\xb8\x89\n"
        * 50,  # a CSV saved under the wrong name
        b"SQLite format 3\x00" + bytes(range(256)) * 16,  # a damaged database
    ],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(
    store_path: Path, clock: FixedClock, content: bytes
) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(content)

    with pytest.raises(StoreError, match="not an ssclient data file") as caught:
        Store.open(store_path, clock=clock)

    assert "backups" in str(caught.value)
    assert store_path.read_bytes() == content
    assert sorted(p.name for p in store_path.parent.iterdir()) == [store_path.name]


def test_another_programs_database_is_refused_untouched(store_path: Path, clock: FixedClock) -> None:
    store_path.parent.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(store_path)) as other:
        other.execute("CREATE TABLE songs (title TEXT)")
        other.commit()
    content = store_path.read_bytes()

    with pytest.raises(StoreError, match="not an ssclient data file"):
        Store.open(store_path, clock=clock)

    assert store_path.read_bytes() == content


def test_a_store_that_cannot_be_created_is_reported(tmp_path: Path, clock: FixedClock) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")

    with pytest.raises(StoreError, match="cannot be created or opened"):
        Store.open(blocker / "ssclient.sqlite3", clock=clock)


def test_writers_on_two_threads_wait_for_each_other(store: Store) -> None:
    errors: list[BaseException] = []

    def write_drafts() -> None:
        try:
            for _ in range(25):
                store.create_draft(UNIT, add_declaration())
                store.replace_findings(store.list_declarations(UNIT, limit=1)[0].id, [])
        except BaseException as error:  # reported below: a thread's exception is otherwise lost
            errors.append(error)

    threads = [threading.Thread(target=write_drafts) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert store.count_declarations(UNIT) == 50


def test_a_closed_store_can_be_opened_again_with_its_data(store_path: Path, clock: FixedClock) -> None:
    with Store.open(store_path, clock=clock) as store:
        declaration_id = store.create_draft(UNIT, add_declaration())

    with Store.open(store_path, clock=clock) as again:
        assert again.get_declaration(declaration_id).lines == [line()]
        assert again.backup_made is None  # nothing to migrate, nothing copied
