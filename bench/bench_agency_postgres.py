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
from pathlib import Path

import pytest
from stdnum.cn import uscc

from bench.bench_agency import (
    LINES,
    add_declaration,
    print_query_times,
    query_times,
    submit_one,
)
from ssclient.sync.api import AgencyClient
from tests.support.postgres import PostgresServer, start_postgres, stop_postgres

WORKERS = 2
UNITS = 4  # clients declaring at once, one unit each
WARMUP = 3  # per unit
MEASURED = 50  # per unit
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


def throughput(db_url: str) -> tuple[float, float | None]:
    """Declarations per second (wall clock) with UNITS clients at once, and the CPU seconds each took in
    the clients and the agency's processes together (None where /proc is not available)."""
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
            started, cpu_started = time.perf_counter(), _cpu_seconds(agency.pid)
            _in_parallel(clients, WARMUP, WARMUP + MEASURED)
            elapsed, cpu_ended = time.perf_counter() - started, _cpu_seconds(agency.pid)
            for client in clients:
                client.close()
        finally:
            agency.send_signal(signal.SIGINT)
            agency.wait(timeout=60)
    count = UNITS * MEASURED
    cpu = None if cpu_started is None or cpu_ended is None else (cpu_ended - cpu_started) / count
    return count / elapsed, cpu


def _logged_in(url: str, unit: int) -> AgencyClient:
    client = AgencyClient(url, retries=0)
    body = f"91110108{unit + 1:09d}"
    code = body + uscc.calc_check_digit(body)
    registration = client.register(
        name=f"性能测试{unit + 1}有限公司", uscc=code, tax_number=code, contact="测试", password="Bench2026pw"
    )
    client.login(registration.unit_code, "Bench2026pw")
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


def _cpu_seconds(agency_pid: int) -> float | None:
    """CPU seconds used so far by this process, the agency's process and its workers (Linux /proc)."""
    try:
        children = Path(f"/proc/{agency_pid}/task/{agency_pid}/children").read_text().split()
        total = 0
        for pid in [agency_pid, *map(int, children)]:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    except OSError:
        return None
    return time.process_time() + total / os.sysconf("SC_CLK_TCK")


def main() -> None:
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    try:
        server = start_postgres()
    except (pytest.skip.Exception, pytest.fail.Exception) as exc:
        print(f"   PostgreSQL is not available, nothing measured: {exc}", flush=True)
        return
    try:
        durable(server)
        rate, cpu = throughput(server.new_database())
        verdict = "ok" if rate >= TARGET_PER_SECOND else "BELOW TARGET"
        print(
            f"   agency on PostgreSQL, {WORKERS} workers: {rate:.1f} declarations/s of {LINES} lines each, "
            f"{UNITS} units declaring at once (target >= {TARGET_PER_SECOND:.0f}/s) {verdict}",
            flush=True,
        )
        if cpu is not None:
            print(
                f"   CPU per declaration, clients and agency together (PostgreSQL's own not counted): "
                f"{cpu * 1000:.1f} ms (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)",
                flush=True,
            )
        print_query_times(query_times(server.new_database()), "PostgreSQL")
    finally:
        stop_postgres(server)


if __name__ == "__main__":
    main()
