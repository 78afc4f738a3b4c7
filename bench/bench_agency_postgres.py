"""The agency on PostgreSQL, run as a deployment would run it: `ssclient-agency serve --workers 2` on a
PostgreSQL server of its own (a temp folder, a free port, an unprivileged user: tests.support.postgres),
restarted with PostgreSQL's default durability (fsync and synchronous commits on; the test suite turns them
off). Figures: 100-line add declarations per second while several units declare at once (reviews of one
unit take turns, those of different units run side by side), and the records query on 100,000
declarations.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from stdnum.cn import uscc

from bench.bench_agency import (
    LINES,
    add_declaration,
    logged_in,
    print_query_times,
    query_times,
    submit_one,
)
from ssclient.sync.api import AgencyClient
from tests.support.postgres import PostgresServer, start_postgres, stop_postgres

WORKERS = 2
UNITS = 8  # clients declaring at once, one unit each (enough that both workers get a fair share)
WARMUP = 3  # per unit
MEASURED = 25  # per unit
TARGET_PER_SECOND = 200.0


def durable(server: PostgresServer) -> None:
    """Restart the server with PostgreSQL's own durability settings (the suite's server runs without)."""
    data, log = str(server.folder / "data"), str(server.folder / "log")
    server.run("pg_ctl", "-D", data, "-m", "fast", "-w", "stop")
    settings = (
        f"-c port={server.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={server.folder} "
        "-c max_connections=200"
    )
    started = server.run("pg_ctl", "-D", data, "-l", log, "-o", settings, "-w", "-t", "60", "start")
    if started.returncode != 0:
        raise RuntimeError(f"PostgreSQL did not start again: {started.stderr.strip()[-300:]}")


@dataclass(frozen=True, slots=True)
class Throughput:
    """Declarations per second (wall clock), and the CPU milliseconds each took in the clients, the
    agency's processes and PostgreSQL's (None where /proc is not available)."""

    rate: float
    cpu_ms: dict[str, float] | None


def throughput(server: PostgresServer, db_url: str) -> Throughput:
    command = [
        sys.executable, "-m", "ssclient.agency.cli", "serve", "--port", "0", "--workers", str(WORKERS),
        "--db", db_url, "--today", "2026-11-10",
    ]  # fmt: skip
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as agency:
        try:
            assert agency.stdout is not None
            found = re.search(r"http://[0-9.]+:[0-9]+", agency.stdout.readline())
            if found is None:
                raise RuntimeError("the agency did not start")
            clients = [_logged_in(found.group(0), unit) for unit in range(UNITS)]
            _in_parallel(clients, 0, WARMUP)
            _analyze(db_url)
            processes = {"clients": None, "agency": agency.pid, "PostgreSQL": _postmaster(server)}
            started, cpu_started = time.perf_counter(), _cpu_seconds(processes)
            _in_parallel(clients, WARMUP, WARMUP + MEASURED)
            elapsed, cpu_ended = time.perf_counter() - started, _cpu_seconds(processes)
            for client in clients:
                client.close()
        finally:
            agency.send_signal(signal.SIGINT)
            agency.wait(timeout=60)
    count = UNITS * MEASURED
    if cpu_started is None or cpu_ended is None:
        return Throughput(count / elapsed, None)
    cpu = {name: (cpu_ended[name] - cpu_started[name]) * 1000 / count for name in processes}
    return Throughput(count / elapsed, cpu)


def _analyze(db_url: str) -> None:
    """What autovacuum does within its first minute on a table that grows: the planner learns the rows'
    statistics. Without them (the bench's tables were empty a few seconds ago) it reads the whole roster
    for the hundred people of a declaration, and the figure would be of a database no agency runs on."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(db_url).set(drivername="postgresql+psycopg")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text("ANALYZE"))
    finally:
        engine.dispose()


def _postmaster(server: PostgresServer) -> int:
    return int((server.folder / "data" / "postmaster.pid").read_text().split()[0])


def _logged_in(url: str, unit: int) -> AgencyClient:
    body = f"91110108{unit + 1:09d}"
    client, _unit_code = logged_in(url, f"性能测试{unit + 1}有限公司", body + uscc.calc_check_digit(body))
    return client


def _in_parallel(clients: list[AgencyClient], first: int, end: int) -> None:
    """Each client submits declarations first..end-1 of its own unit, all clients at once."""
    failures: list[BaseException] = []

    def declare(unit: int, client: AgencyClient) -> None:
        try:
            for number in range(first, end):
                # Different people for every unit: a person insured by one unit cannot be added by another.
                submit_one(client, add_declaration(unit * 10_000 + number), f"bench-{unit}-{number:06d}")
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    threads = [threading.Thread(target=declare, args=(u, c)) for u, c in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


def _cpu_seconds(processes: dict[str, int | None]) -> dict[str, float] | None:
    """CPU seconds used so far by each process and its children (Linux /proc); None: this process."""
    try:
        return {
            name: time.process_time() if pid is None else _tree_cpu_seconds(pid)
            for name, pid in processes.items()
        }
    except OSError:
        return None


def _tree_cpu_seconds(pid: int) -> float:
    """A process's CPU seconds and its living children's (the agency's workers, PostgreSQL's backends)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    ticks = 0
    for member in [pid, *map(int, children)]:
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:  # a child that ended meanwhile
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def main() -> None:
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    try:
        server = start_postgres()
    except (pytest.skip.Exception, pytest.fail.Exception) as exc:
        print(f"   PostgreSQL is not available, nothing measured: {exc}", flush=True)
        return
    try:
        durable(server)
        measured = throughput(server, server.new_database())
        verdict = "ok" if measured.rate >= TARGET_PER_SECOND else "BELOW TARGET"
        print(
            f"   agency on PostgreSQL, {WORKERS} workers: {measured.rate:.1f} declarations/s of {LINES} lines "
            f"each, {UNITS} units declaring at once (target >= {TARGET_PER_SECOND:.0f}/s) {verdict}",
            flush=True,
        )
        if measured.cpu_ms is not None:
            shares = ", ".join(f"{name} {ms:.1f}" for name, ms in measured.cpu_ms.items())
            total, cores = sum(measured.cpu_ms.values()), os.cpu_count() or 1
            print(
                f"   CPU ms per declaration: {shares}; total {total:.1f} "
                f"(load average now {os.getloadavg()[0]:.1f} on {cores} cores); that CPU allows at most "
                f"{cores * 1000 / total:.0f}/s on {cores} cores",
                flush=True,
            )
        print_query_times(query_times(server.new_database()), "PostgreSQL")
    finally:
        stop_postgres(server)


if __name__ == "__main__":
    main()
