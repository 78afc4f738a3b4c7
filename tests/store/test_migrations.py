"""Schema migrations: the models match the migrations, upgrades keep the data, a backup comes first."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from ssclient.domain.clock import FixedClock
from ssclient.store import SchemaTooNewError, Store, StoreError, migrate
from ssclient.store.backup import KEEP_BACKUPS, back_up, backups
from ssclient.store.database import make_engine
from ssclient.store.models import Base
from tests.store.conftest import LI, UNIT, ZHANG, active, add_declaration, at_revision, line

# A later schema revision, for tests only: it rebuilds `declarations` (as SQLite migrations do), which
# must not cascade-delete the lines hanging off it.
EXTRA_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("declarations", recreate="always") as batch:
        batch.add_column(sa.Column("test_flag", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("declarations", recreate="always") as batch:
        batch.drop_column("test_flag")
"""


def revision_of(path: Path) -> str | None:
    return migrate.file_revision(path)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute(sql).fetchall()


@pytest.fixture
def with_extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The program's migrations plus one more, as a newer version of the program would ship them."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.scripts_location(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9001_test_extra.py").write_text(EXTRA_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "scripts_location", lambda: scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9001")
    return "9001"


def test_the_program_knows_its_newest_migration() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_the_models_match_the_migrations(store: Store) -> None:
    """Like `alembic check`: autogenerate finds nothing to add, drop or change."""
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_a_new_store_is_at_the_head_revision_without_a_backup(store: Store, store_path: Path) -> None:
    assert revision_of(store_path) == migrate.head_revision()
    assert store.backup_made is None
    assert backups(store_path) == []


def test_downgrade_and_upgrade_again(store: Store, store_path: Path) -> None:
    migrate.run(store.engine, lambda config: command.downgrade(config, "base"))
    assert revision_of(store_path) is None
    assert rows(store_path, "SELECT name FROM sqlite_master WHERE name = 'declarations'") == []

    migrate.run(store.engine, lambda config: command.upgrade(config, "head"))
    assert revision_of(store_path) == migrate.head_revision()
    store.create_draft(UNIT, add_declaration())


def test_a_store_from_the_first_release_is_upgraded_with_its_data(
    store_path: Path, clock: FixedClock
) -> None:
    # Written at the newest schema (the program's models need its columns), then taken down to 0001:
    # the downgrades drop what later revisions added and keep the rows.
    at_revision(store_path, migrate.SCHEMA_HEAD)
    with Store(store_path, clock) as old:
        declaration_id = old.create_draft(UNIT, add_declaration(line(ZHANG), line(LI, "李四")))
        old.enqueue(declaration_id, "key-1")
        old.replace_roster(UNIT, [active(ZHANG, "张三", "5000.50")])
    engine = make_engine(store_path)
    migrate.run(engine, lambda config: command.downgrade(config, "0001"))
    engine.dispose()
    assert revision_of(store_path) == "0001"

    with Store.open(store_path, clock=clock) as store:
        assert revision_of(store_path) == migrate.SCHEMA_HEAD
        assert [x.name for x in store.get_declaration(declaration_id).lines] == ["张三", "李四"]
        assert store.outbox_item("key-1") is not None
        assert store.roster(UNIT)[ZHANG].base == Decimal("5000.50")
        backup = store.backup_made

    assert backup is not None and revision_of(backup) == "0001"
    indexes = {name for (name,) in rows(store_path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_declarations_unit_period", "ix_payment_lines_id_number"} <= indexes


def test_an_upgrade_keeps_the_data_and_backs_up_first(
    store_path: Path, clock: FixedClock, with_extra_revision: str
) -> None:
    # A store made by the previous version: at the revision before the test one.
    at_revision(store_path, f"{with_extra_revision}-1")
    old = Store(store_path, clock)
    declaration_id = old.create_draft(UNIT, add_declaration(line(ZHANG), line(LI, "李四")))
    old.replace_roster(UNIT, [active(ZHANG, "张三")])
    old.close()
    previous = revision_of(store_path)
    assert previous != with_extra_revision

    clock.advance(timedelta(days=30))
    with Store.open(store_path, clock=clock) as store:
        assert revision_of(store_path) == with_extra_revision
        assert [x.name for x in store.get_declaration(declaration_id).lines] == ["张三", "李四"]
        assert set(store.roster(UNIT)) == {ZHANG}
        assert store.backup_made is not None

    backup = store.backup_made
    assert backups(store_path) == [backup]
    assert "20261210T013000" in backup.name  # the clock's time, in UTC
    assert revision_of(backup) == previous
    assert rows(backup, "SELECT count(*) FROM declaration_lines") == [(2,)]
    assert backup.stat().st_mode & 0o077 == 0


def test_a_failing_migration_leaves_the_store_as_it_was(
    store_path: Path, clock: FixedClock, with_extra_revision: str
) -> None:
    at_revision(store_path, f"{with_extra_revision}-1")
    with Store(store_path, clock) as old:
        declaration_id = old.create_draft(UNIT, add_declaration(line(ZHANG), line(LI, "李四")))
    previous = revision_of(store_path)
    script = migrate.scripts_location() / "versions" / "9001_test_extra.py"
    # Half the work done, then a failure: the table rebuilt, then an error before the end.
    script.write_text(
        script.read_text().replace(
            'batch.add_column(sa.Column("test_flag", sa.Integer(), nullable=True))',
            'batch.add_column(sa.Column("test_flag", sa.Integer(), nullable=True))\n'
            '    op.execute("DELETE FROM declaration_lines")\n'
            '    raise RuntimeError("migration bug")',
        )
    )

    with pytest.raises(StoreError, match="could not be brought up to this version") as caught:
        Store.open(store_path, clock=clock)

    assert "migration bug" in str(caught.value) and "A copy taken just before" in str(caught.value)
    assert revision_of(store_path) == previous
    assert rows(store_path, "SELECT count(*) FROM declaration_lines") == [(2,)]
    assert "test_flag" not in {r[1] for r in rows(store_path, "PRAGMA table_info(declarations)")}
    with Store(store_path, clock) as unchanged:
        assert len(unchanged.get_declaration(declaration_id).lines) == 2


def test_a_schema_newer_than_the_program_is_refused_untouched(store_path: Path, clock: FixedClock) -> None:
    Store.open(store_path, clock=clock).close()
    with contextlib.closing(sqlite3.connect(store_path)) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff-from-the-future'")
        db.commit()
    content = store_path.read_bytes()

    with pytest.raises(SchemaTooNewError, match="newer version of ssclient") as caught:
        Store.open(store_path, clock=clock)

    assert "ffff-from-the-future" in str(caught.value)
    assert store_path.read_bytes() == content
    assert backups(store_path) == []


def test_a_backup_is_a_consistent_copy_even_with_the_store_open(
    store: Store, store_path: Path, clock: FixedClock
) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三"), active(LI, "李四")])
    # The new rows are still in the write-ahead log: copying the main file alone would miss them.
    assert store_path.with_name(store_path.name + "-wal").stat().st_size > 0

    copy = back_up(store_path, clock.now())

    assert rows(copy, "SELECT id_number FROM roster_persons ORDER BY id_number") == [(ZHANG,), (LI,)]
    assert rows(copy, "PRAGMA integrity_check") == [("ok",)]


def test_backups_are_pruned_by_the_rotation(store: Store, store_path: Path, clock: FixedClock) -> None:
    # Several copies within one day: the newest few stay (the rotation keeps one a day beyond those).
    made = [back_up(store_path, clock.now() + timedelta(minutes=10 * n)) for n in range(KEEP_BACKUPS + 2)]

    assert backups(store_path) == made[-KEEP_BACKUPS:]
    assert not made[0].exists()
