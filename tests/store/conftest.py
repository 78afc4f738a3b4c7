"""A real store on a SQLite file in the test's temp folder, with a clock that stands still."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Unpack

import pytest
from alembic import command

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.store import Store, migrate
from ssclient.store.database import make_engine, prepare_file
from tests.support.line_fields import LineDetails

UNIT = "170000001"
PERIOD = Period(2026, 11)
JANUARY = Period(2026, 1)
# Valid ID numbers (GB 11643-1999 check characters).
ZHANG = "110101199003070012"
LI = "11010119900307070X"
WANG = "110101199003070022"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 10, 9, 30, tzinfo=CHINA_TZ))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "ssclient.sqlite3"


@pytest.fixture
def store(store_path: Path, clock: FixedClock) -> Iterator[Store]:
    opened = Store.open(store_path, clock=clock)
    yield opened
    opened.close()


def line(
    id_number: str = ZHANG,
    name: str = "张三",
    base: str = "5000.00",
    hukou_type: str = "11",
    **more: Unpack[LineDetails],
) -> DeclarationLine:
    return DeclarationLine(id_number=id_number, name=name, hukou_type=hukou_type, wage_base=base, **more)


def add_declaration(*lines: DeclarationLine) -> Declaration:
    return Declaration(DeclarationType.ADD, PERIOD, list(lines) or [line()])


def active(id_number: str, name: str, base: str = "5000.00", since: Period = JANUARY) -> RosterEntry:
    return RosterEntry(id_number, name, PersonStatus.ACTIVE, Decimal(base), since, hukou_type="11")


def at_revision(store_path: Path, revision: str) -> None:
    """Make the store a previous version of the program would have left: its schema at `revision`."""
    prepare_file(store_path)
    engine = make_engine(store_path)
    migrate.run(engine, lambda config: command.upgrade(config, revision))
    engine.dispose()
