"""The agency's tests run against the real service over HTTP on a free loopback port (tests.support.agency),
each on SQLite and on PostgreSQL (a throw-away server for the session, tests.support.postgres)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from ssclient.agency import passwords
from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import FixedClock
from tests.support.agency import (
    DATABASES,
    agency_client,
    agency_clock,
    database_url,
    drop_database,
    running_agency,
    unit,
)
from tests.support.postgres import postgres_server

__all__ = ["agency", "agency_client", "agency_clock", "agency_db_url", "postgres_server", "unit"]


@pytest.fixture(scope="session", autouse=True)
def quick_password_hashing() -> Iterator[None]:
    """Argon2id still, with the smallest cost: these tests set a few thousand passwords on two databases.
    The agency's own default is OWASP's minimum (test_units checks its parameters)."""
    previous = passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    assert previous is passwords.OWASP_MINIMUM
    yield
    passwords.use_hasher(previous)


@pytest.fixture(params=DATABASES)
def agency_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    url = database_url(request.param, tmp_path, request)
    yield url
    drop_database(url, request)


@pytest.fixture
def agency(agency_db_url: str, agency_clock: FixedClock) -> Iterator[RunningAgency]:
    yield from running_agency(agency_db_url, agency_clock)
