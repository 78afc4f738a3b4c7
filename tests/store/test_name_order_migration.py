"""Migration 0014: a store at 0013 keeps its roster, now ordered by the pinyin of the names."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from ssclient.domain.clock import FixedClock
from ssclient.store import Store, migrate
from tests.store.conftest import LI, UNIT, WANG, ZHANG, at_revision


def test_a_store_at_0013_orders_its_roster_by_pinyin_once_upgraded(
    store_path: Path, clock: FixedClock
) -> None:
    at_revision(store_path, "0013")
    people = [(ZHANG, "王芳"), (LI, "何丽"), (WANG, "陈小明")]
    with contextlib.closing(sqlite3.connect(store_path)) as db, db:
        db.executemany(
            "INSERT INTO roster_persons (unit_code, id_number, name, hukou_type, status, base, since, "
            "insurances, base_history) VALUES (?, ?, ?, '11', 'active', '5000.00', '2026-01', '[]', '[]')",
            [(UNIT, number, name) for number, name in people],
        )

    with Store.open(store_path, clock=clock) as store:
        assert migrate.file_revision(store_path) == migrate.SCHEMA_HEAD
        page = store.roster_page(UNIT)
        assert [(e.name, e.id_number) for e in page.entries] == [
            ("陈小明", WANG),
            ("何丽", LI),
            ("王芳", ZHANG),
        ]
