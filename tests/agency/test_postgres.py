"""What only PostgreSQL does: connections that the server drops (a restart) are replaced before use."""

from __future__ import annotations

from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from ssclient.agency.server import start_agency
from ssclient.domain.clock import FixedClock
from ssclient.sync.api import AgencyClient
from tests.support.agency import AGENCY_START, register_unit
from tests.support.postgres import PostgresServer


def test_the_first_request_after_the_server_dropped_every_connection_is_answered(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.new_database()
    database = make_url(url).database
    agency = start_agency(url, FixedClock(AGENCY_START))
    try:
        with AgencyClient(agency.url, retries=0) as client:
            register_unit(client)
            assert client.roster() == []
            # What a restart of the database server does to the agency's pooled connections.
            with psycopg.connect(
                host="127.0.0.1", port=postgres_server.port, user="agency", dbname="postgres", autocommit=True
            ) as admin:
                cut = admin.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = %s",
                    (database,),
                ).fetchone()
            assert cut is not None and cut[0] >= 1
            assert client.roster() == []
    finally:
        agency.stop()
        postgres_server.drop_database(url)
