"""The agency's tests run against the real service over HTTP on a free loopback port (tests.support.agency),
each on SQLite and on PostgreSQL (a throw-away server for the session, tests.support.postgres)."""

from pathlib import Path

import pytest

from tests.support.agency import DATABASES, agency, agency_client, agency_clock, database_url, unit
from tests.support.postgres import postgres_server

__all__ = ["agency", "agency_client", "agency_clock", "agency_db_url", "postgres_server", "unit"]


@pytest.fixture(params=DATABASES)
def agency_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return database_url(request.param, tmp_path, request)
