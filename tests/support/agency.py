"""A real agency over real HTTP for tests: fixtures, valid test identities, and a ready unit.

Use the fixtures from a conftest.py with `from tests.support.agency import *  # noqa: F403` or by name:

- `agency_clock`: a FixedClock at 2026-11-20 09:00 Beijing time (the window is open until the 23rd);
  move it with `.set(...)` / `.advance(...)` — the agency reads only this clock.
- `agency`: a RunningAgency on a free loopback port, its SQLite file in tmp; stopped after the test
  (tests/agency runs it on PostgreSQL too: `database_url`, `running_agency`).
- `agency_client`: an AgencyClient for it (no session).
- `unit`: a registered unit whose initial password has been changed, logged in: `unit.client`,
  `unit.unit_code`, `unit.password`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Unpack

import pytest

from ssclient.agency.server import RunningAgency, start_agency
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.selftest_samples import register_unit as register_unit_as_seeds_say
from ssclient.selftest_samples import sample_line, valid_id_number, valid_uscc
from ssclient.sync.api import AgencyClient
from tests.support.line_fields import LineDetails
from tests.support.postgres import PostgresServer

# Inside November 2026's window (days 1–23).
AGENCY_START = datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ)
CURRENT_PERIOD = Period(2026, 11)
STRONG_PASSWORD = "Train2026ok"

_serials = itertools.count(1)


def make_uscc(seq: int | None = None) -> str:
    """A valid unified social credit code (GB 32100-2015), different for every `seq`."""
    return valid_uscc(next(_serials) if seq is None else seq)


# The self-test declares with the same identities (ssclient.selftest_samples).
make_id_number = valid_id_number


def person_line(
    seq: int, name: str = "张三", base: str = "6500.00", **more: Unpack[LineDetails]
) -> DeclarationLine:
    """A personnel line that passes the rulebook (local urban, not a migrant worker)."""
    return replace(sample_line(make_id_number(seq), name, base), **more)


def declaration(
    kind: DeclarationType,
    *lines: DeclarationLine,
    period: Period = CURRENT_PERIOD,
    replaces: str | None = None,
) -> Declaration:
    return Declaration(kind, period, list(lines), replaces_serial=replaces)


@dataclass
class AgencyUnit:
    unit_code: str
    password: str
    uscc: str
    client: AgencyClient

    def relogin(self) -> None:
        """A new session (after moving the agency's clock past the old one's expiry)."""
        self.client.login(self.unit_code, self.password)


def register_unit(
    client: AgencyClient, name: str = "北京示例科技有限公司", password: str = STRONG_PASSWORD
) -> AgencyUnit:
    """Register with the tax number as initial password, log in, change it to `password`, stay logged in."""
    code = make_uscc()
    registration, _ = register_unit_as_seeds_say(client, name=name, code=code, password=password)
    return AgencyUnit(registration.unit_code, password, code, client)


@pytest.fixture
def agency_clock() -> FixedClock:
    return FixedClock(AGENCY_START)


DATABASES = ("sqlite", "postgresql")


def database_url(kind: str, folder: Path, request: pytest.FixtureRequest) -> str:
    """A new empty agency database of this kind: a SQLite file in `folder`, or a database on the session's
    throw-away PostgreSQL server (tests.support.postgres; skipped where it cannot run, except in CI)."""
    if kind == "sqlite":
        return f"sqlite:///{folder / 'agency.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database()


def running_agency(db_url: str, clock: FixedClock) -> Iterator[RunningAgency]:
    """The body of an `agency` fixture on this database."""
    running = start_agency(db_url, clock)
    try:
        yield running
    finally:
        running.stop()


def drop_database(url: str, request: pytest.FixtureRequest) -> None:
    """The end of a database from database_url (a SQLite file goes with its temp folder)."""
    if not url.startswith("sqlite"):
        server: PostgresServer = request.getfixturevalue("postgres_server")
        server.drop_database(url)


def module_agency(request: pytest.FixtureRequest, folders: pytest.TempPathFactory) -> Iterator[RunningAgency]:
    """The body of a module-scoped agency fixture parametrized with DATABASES, its clock at AGENCY_START."""
    url = database_url(request.param, folders.mktemp("agency"), request)
    yield from running_agency(url, FixedClock(AGENCY_START))
    drop_database(url, request)


@pytest.fixture
def agency(tmp_path: Path, agency_clock: FixedClock) -> Iterator[RunningAgency]:
    yield from running_agency(f"sqlite:///{tmp_path / 'agency.sqlite3'}", agency_clock)


@pytest.fixture
def agency_client(agency: RunningAgency) -> Iterator[AgencyClient]:
    with AgencyClient(agency.url, retries=0) as client:
        yield client


@pytest.fixture
def unit(agency_client: AgencyClient) -> AgencyUnit:
    return register_unit(agency_client)
