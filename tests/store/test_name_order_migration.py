"""Migrations 0014 and 0015: a store keeps its roster, now ordered by the pinyin of the names and found by it."""

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


def test_a_store_at_0014_finds_its_people_by_pinyin_once_upgraded(
    store_path: Path, clock: FixedClock
) -> None:
    at_revision(store_path, "0014")
    with contextlib.closing(sqlite3.connect(store_path)) as db, db:
        db.executemany(
            "INSERT INTO roster_persons (unit_code, id_number, name, hukou_type, status, base, since, "
            "insurances, base_history, name_key) VALUES (?, ?, ?, '11', 'active', '5000.00', '2026-01', '[]', "
            "'[]', '')",
            [(UNIT, ZHANG, "王芳"), (UNIT, LI, "何丽")],
        )

    with Store.open(store_path, clock=clock) as store:
        assert migrate.file_revision(store_path) == migrate.SCHEMA_HEAD
        assert [e.name for e in store.roster_page(UNIT, filter_text="wf").entries] == ["王芳"]
        assert [e.name for e in store.roster_page(UNIT, filter_text="heli").entries] == ["何丽"]
