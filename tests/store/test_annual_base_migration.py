"""Migration 0007: a store at 0005 takes annual base declarations and their lines' average wages."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.store import Store, migrate
from tests.store.conftest import UNIT, ZHANG, add_declaration, at_revision, line


def test_a_store_at_0005_is_upgraded_and_keeps_its_documents(store_path: Path, clock: FixedClock) -> None:
    at_revision(store_path, "0005")
    with contextlib.closing(sqlite3.connect(store_path)) as db:
        # Before 0007 the type's check refuses the new type.
        failed = False
        try:
            with db:
                db.execute(
                    "INSERT INTO declarations (unit_code, type, period, status, note, created_at, updated_at) "
                    "VALUES ('u', 'annual_base', '2026-07', 'draft', '', '2026-07-01', '2026-07-01')"
                )
        except sqlite3.IntegrityError:
            failed = True
        assert failed

    with Store.open(store_path, clock=clock) as store:
        assert migrate.file_revision(store_path) == migrate.SCHEMA_HEAD
        old_id = store.create_draft(UNIT, add_declaration(line(ZHANG)))
        annual = Declaration(
            DeclarationType.ANNUAL_BASE,
            Period(2026, 11),
            [DeclarationLine(id_number=ZHANG, name="张三", wage_base="7000.00", average_wage="7000.00",
                             effective_period="2026-01")],
        )  # fmt: skip
        new_id = store.create_draft(UNIT, annual)
        stored = store.get_declaration(new_id)
        assert stored.type is DeclarationType.ANNUAL_BASE
        assert stored.lines[0].average_wage == "7000.00"
        assert store.get_declaration(old_id).lines[0].average_wage == ""
