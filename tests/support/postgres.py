"""A throw-away PostgreSQL server for the agency's tests: one per test session, in a temporary folder, on a
free loopback port, run by an unprivileged user (`postgres` through runuser when the tests run as root),
stopped and deleted at the end.

`postgres_server` skips the tests that need it when PostgreSQL is not installed, except under CI=true,
where it fails: CI must run them. The binaries are found through AGENCY_PG_BINDIR, `pg_config --bindir`
or Debian's /usr/lib/postgresql/<version>/bin.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

_databases = itertools.count(1)


@dataclass
class PostgresServer:
    bindir: Path
    folder: Path
    port: int
    as_user: list[str]

    def url(self, database: str) -> str:
        # As the README writes it: the agency picks its driver.
        return f"postgresql://agency@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new empty database; its SQLAlchemy URL."""
        import psycopg

        name = f"agency_{os.getpid()}_{next(_databases)}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="agency", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')  # a name made here
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database new_database made (each is a copy of the template: a thousand of them fill a disk)."""
        import psycopg
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="agency", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # a name made here

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [*self.as_user, str(self.bindir / tool), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _bindir() -> Path | None:
    given = os.environ.get("AGENCY_PG_BINDIR")
    if given:
        return Path(given)
    if shutil.which("pg_config"):
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        candidate = Path(found.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]), reverse=True
    )
    return versions[0].parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is needed in CI: {reason}")
    pytest.skip(f"PostgreSQL is not available here: {reason}")


def start_postgres() -> PostgresServer:
    bindir = _bindir()
    if bindir is None or not (bindir / "initdb").exists():
        _unavailable("no initdb found (install Debian's postgresql, or set AGENCY_PG_BINDIR)")
        raise AssertionError  # not reached: _unavailable skips or fails
    folder = Path(tempfile.mkdtemp(prefix="agency-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root
        if not shutil.which("runuser"):
            _unavailable("running as root without runuser")
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    server = PostgresServer(bindir, folder, _free_port(), as_user)
    data = str(folder / "data")
    made = server.run(
        "initdb", "-D", data, "-U", "agency", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"
    )
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        _unavailable(f"initdb failed: {made.stderr.strip()[-500:]}")
    settings = (
        f"-c port={server.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    started = server.run(
        "pg_ctl", "-D", data, "-l", str(folder / "log"), "-o", settings, "-w", "-t", "60", "start"
    )
    if started.returncode != 0:
        log = (folder / "log").read_text(errors="replace")[-1000:] if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        _unavailable(f"the server did not start: {started.stderr.strip()[-500:]} {log}")
    return server


def stop_postgres(server: PostgresServer) -> None:
    server.run("pg_ctl", "-D", str(server.folder / "data"), "-m", "immediate", "-w", "stop")
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_postgres()
    try:
        yield server
    finally:
        stop_postgres(server)
