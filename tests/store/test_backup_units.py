"""A store file of several units (the layout before each unit had its own) split into one file per unit:
each copy holds one unit's data whole (its lines, findings and outbox entries with it) and nothing of
another's; and the exit copy of a unit closed twice within one clock tick."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from ssclient.domain.clock import FixedClock
from ssclient.domain.roster import Unit
from ssclient.store import Store
from ssclient.store.backup import BackupKind, back_up_if_changed, copy_unit_store, list_backups, units_in
from tests.store.conftest import LI, UNIT, ZHANG, add_declaration, line

OTHER = "170000002"


def _rows(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        count: int = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return count


def test_a_copy_of_one_unit_holds_its_data_whole_and_nothing_of_another(
    store_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    with Store.open(store_path, clock=clock) as store:
        store.save_unit(Unit(UNIT, "杭州甲公司", "91330106MA2XXXXXX1", "330106123456789"))
        store.save_unit(Unit(OTHER, "宁波乙公司", "91330206MA2XXXXXX2", "330206123456789"))
        mine = store.create_draft(UNIT, add_declaration(line(ZHANG, "张三")))
        store.enqueue(mine, "key-mine")
        theirs = store.create_draft(OTHER, add_declaration(line(LI, "李四"), line(ZHANG, "张三")))
        store.enqueue(theirs, "key-theirs")
    assert units_in(store_path) == {UNIT: "杭州甲公司", OTHER: "宁波乙公司"}

    copy = tmp_path / "mine.sqlite3"
    copy_unit_store(store_path, copy, UNIT)

    assert units_in(copy) == {UNIT: "杭州甲公司"}
    # The other unit's lines and outbox entry went with its document (the foreign keys' cascade).
    assert (_rows(copy, "declarations"), _rows(copy, "declaration_lines"), _rows(copy, "outbox")) == (1, 1, 1)
    with Store.open(copy, clock=clock) as store:
        assert [d.names for d in store.list_declarations(UNIT)] == [("张三",)]
        assert store.outbox_for(mine) is not None
    assert units_in(store_path) == {UNIT: "杭州甲公司", OTHER: "宁波乙公司"}  # the source untouched
    assert not list(tmp_path.glob("*.unit*"))  # no half copy left beside it


def test_a_unit_closed_twice_in_one_clock_tick_still_gets_its_exit_copy(
    store_path: Path, clock: FixedClock
) -> None:
    for name in ("张三", "李四"):
        with Store.open(store_path, clock=clock) as store:
            store.create_draft(UNIT, add_declaration(line(ZHANG, name)))
        assert back_up_if_changed(store_path, clock.now()) is not None  # the clock did not move
    exits = [b for b in list_backups(store_path) if b.kind is BackupKind.EXIT]
    assert len(exits) == 2
