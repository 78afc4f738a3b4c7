"""Schema migrations with Alembic, configured in code (no alembic.ini) so they run from a source
checkout and from a frozen build alike.

The migration scripts are files under `ssclient/store/migrations/`, found through the asset root (the
repository from source, `sys._MEIPASS` when frozen: the build must ship that folder as data).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from ssclient import assets
from ssclient.store.backup import back_up
from ssclient.store.errors import StoreError, from_database_error, not_a_store, schema_too_new

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

VERSION_TABLE = "alembic_version"
# The newest revision under migrations/versions (a test keeps the two equal). Knowing it without Alembic
# lets an up-to-date store open without importing Alembic, which would cost a quarter second at start-up.
SCHEMA_HEAD = "0015"


def scripts_location() -> Path:
    return assets.root() / "ssclient" / "store" / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the bundled scripts; `connection` is the one env.py migrates."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts_location()))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # the scripts folder is missing or empty: a broken installation
        raise StoreError(
            f"The program's database migrations are missing from {scripts_location()}. Reinstall ssclient."
        )
    return head


def file_revision(path: Path) -> str | None:
    """The schema revision a store file is at (None for an empty database), read without changing it.

    Raises StoreError when the file is not a database, or is a database that is not an ssclient store.
    """
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if VERSION_TABLE not in tables:
                if tables:
                    raise not_a_store(path)
                return None
            row = db.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        if "not a database" in text or "malformed" in text:
            raise not_a_store(path) from error
        # Not the file's content: the file or its folder cannot be opened (read-only, in use, ...).
        raise from_database_error(error, path) from error
    return None if row is None else str(row[0])


def is_known(revision: str) -> bool:
    return any(script.revision == revision for script in script_directory().walk_revisions())


def upgrade(engine: Engine, path: Path, at: datetime) -> Path | None:
    """Bring the store's schema to SCHEMA_HEAD, backing the file up first when it already holds a schema.

    Returns the backup's path, or None when nothing needed doing or the store was new. A schema newer
    than this program knows is refused (SchemaTooNewError) and the file is left as it was.
    """
    current = file_revision(path)
    if current == SCHEMA_HEAD:
        return None
    if current is not None and not is_known(current):
        raise schema_too_new(path, current)
    backup = back_up(path, at) if current is not None else None
    from alembic import command

    try:
        run(engine, lambda config: command.upgrade(config, SCHEMA_HEAD))
    except Exception as error:  # any failure: the transaction rolled back; tell the user, keep the cause
        copy = f" A copy taken just before is at {backup}." if backup else ""
        raise StoreError(
            f"The data file {path} could not be brought up to this version of ssclient ({error}). "
            f"It was left as it was.{copy} Please report this problem."
        ) from error
    if current is None:
        compact(engine)
    return backup


def compact(engine: Engine) -> None:
    """Rewrite a new store without free pages. The migrations rebuild tables (SQLite's copy, drop, rename),
    which leaves the old tables' pages free inside the file; while the store is still empty this costs
    nothing, and its data then grows at the end of the file instead of in between its tables."""
    with engine.connect() as connection:
        driver = connection.connection.dbapi_connection
        assert driver is not None
        driver.execute("VACUUM")  # outside any transaction, as VACUUM must be


def run(engine: Engine, step: Callable[[Config], None]) -> None:
    """Run one Alembic command (a callable taking the Config) in one transaction, foreign keys off.

    SQLite migrations rebuild tables (copy, drop, rename); with foreign keys on, dropping the old table
    would cascade-delete its children. The keys are checked once the migration is done, before commit.
    """
    with engine.connect() as connection:
        # Outside any transaction (inside one SQLite ignores this pragma), so on the driver's connection.
        driver = connection.connection.dbapi_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                step(alembic_config(connection))
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        f"A database migration would break {len(broken)} references; it was rolled back "
                        "and the data file is unchanged. Please report this problem."
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
