"""Upgrades keep data: a store written by release 0.1.0 opens with this version, every record intact.

`tests/fixtures/store-0.1.0.sqlite3` was made by that release (tests/fixtures/make_store_fixture.py) and
must never be regenerated: it stands for the files on users' machines. `store-0.1.0.json` is what 0.1.0
read back from it. Opening a copy runs whatever migrations this version has, after a backup.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.store import Store, migrate
from ssclient.store.backup import backups
from tests.fixtures.make_store_fixture import manifest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIRST_RELEASE = FIXTURES / "store-0.1.0.sqlite3"
EXPECTED: dict[str, Any] = json.loads((FIXTURES / "store-0.1.0.json").read_text(encoding="utf-8"))

# A later version's migration, for this test only: it rebuilds every table of the first release (copy,
# drop, rename: what SQLite migrations do), which must lose no row and break no reference.
REBUILD_EVERYTHING = """
import sqlalchemy as sa
from alembic import op

revision = "9101"
down_revision = "{head}"
branch_labels = None
depends_on = None
TABLES = {tables!r}


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("upgrade_test_flag", sa.Integer(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.drop_column("upgrade_test_flag")
"""


def read_only(path: Path) -> sqlite3.Connection:
    # The fixture is opened as immutable: a WAL-mode file opened even read-only would otherwise get -shm
    # and -wal files beside it, in the repository.
    flags = "mode=ro&immutable=1" if path == FIRST_RELEASE else "mode=ro"
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)


def revision(path: Path) -> str:
    with contextlib.closing(read_only(path)) as db:
        return str(db.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()[0])


def tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but Alembic's own, as stored."""
    with contextlib.closing(read_only(path)) as db:
        names = [
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if name != migrate.VERSION_TABLE and not name.startswith("sqlite_")
        ]
        return {name: sorted(db.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}


def columns(path: Path, table: str) -> list[str]:
    with contextlib.closing(read_only(path)) as db:
        return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]


# Line fields added after the first release; its lines read back with them empty (None: not imported).
LATER_LINE_FIELDS = {
    "id_type": "",
    "nationality": "",
    "womens_category": "",
    "average_wage": "",
    "source_row": None,
}


def _without_later_line_fields(documents: Any) -> Any:
    for document in documents:
        for line in document["lines"]:
            for name, empty in LATER_LINE_FIELDS.items():
                assert line.pop(name) == empty, name
    return documents


def assert_every_record_intact(store: Store, path: Path, original: dict[str, list[tuple[Any, ...]]]) -> None:
    # Through the program: what 0.1.0 read back (the generator's manifest), this version reads back.
    read = manifest(store, EXPECTED["unit"]["unit_code"])
    read["documents"] = _without_later_line_fields(read["documents"])
    for key in ("unit", "policy_json_length", "roster", "documents"):
        assert read[key] == EXPECTED[key], key
    # In the file: every row of every first-release table, in the columns the first release had.
    upgraded = tables(path)
    for table, rows in original.items():
        assert table in upgraded, f"table {table} is gone"
        kept = columns(path, table)
        old_columns = columns(FIRST_RELEASE, table)
        assert set(old_columns) <= set(kept), f"{table} lost columns {set(old_columns) - set(kept)}"
        positions = [kept.index(name) for name in old_columns]
        assert sorted((tuple(row[i] for i in positions) for row in upgraded[table]), key=repr) == rows, table


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2027, 3, 2, 10, 0, tzinfo=CHINA_TZ))


@pytest.fixture
def users_store(tmp_path: Path) -> Path:
    """A copy of the first release's store where a user keeps it (the fixture itself stays untouched)."""
    target = tmp_path / "data" / "ssclient.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(FIRST_RELEASE, target)
    target.chmod(0o600)
    return target


def test_the_fixture_is_what_the_first_release_wrote() -> None:
    assert EXPECTED["version"] == "0.1.0"
    assert revision(FIRST_RELEASE) == EXPECTED["schema"]
    held = tables(FIRST_RELEASE)
    # Something in every table, so that losing any of them would show.
    assert all(held[name] for name in held), {name: len(rows) for name, rows in held.items()}
    statuses = {document["status"] for document in EXPECTED["documents"]}
    assert {"approved", "rejected", "draft", "pending"} <= statuses


def test_this_version_opens_the_first_releases_store_with_every_record_intact(
    users_store: Path, clock: FixedClock
) -> None:
    original = tables(FIRST_RELEASE)

    with Store.open(users_store, clock=clock) as store:
        assert revision(users_store) == migrate.SCHEMA_HEAD
        assert_every_record_intact(store, users_store, original)
        backup = store.backup_made

    if EXPECTED["schema"] == migrate.SCHEMA_HEAD:
        # Nothing to migrate (this is still the first release's schema): no backup is needed or made.
        assert backup is None and backups(users_store) == []
    else:
        assert backup is not None and backups(users_store) == [backup]
        assert revision(backup) == EXPECTED["schema"]
        assert tables(backup) == original


def test_a_later_migration_that_rebuilds_every_table_keeps_every_record_and_backs_up_first(
    users_store: Path, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tables(FIRST_RELEASE)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.scripts_location(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9101_rebuild_everything.py").write_text(
        REBUILD_EVERYTHING.format(head=migrate.head_revision(), tables=sorted(original)), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "scripts_location", lambda: scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9101")

    with Store.open(users_store, clock=clock) as store:
        assert revision(users_store) == "9101"
        assert all("upgrade_test_flag" in columns(users_store, table) for table in original)
        assert_every_record_intact(store, users_store, original)
        backup = store.backup_made

    assert backup is not None and backups(users_store) == [backup]
    assert "20270302T020000" in backup.name  # taken at the clock's time (UTC)
    assert revision(backup) == EXPECTED["schema"]
    assert tables(backup) == original
    assert backup.stat().st_mode & 0o077 == 0
