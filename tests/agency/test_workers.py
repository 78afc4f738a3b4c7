"""`ssclient-agency serve --workers 2`: two processes on one port and one database (SQLite, PostgreSQL), the
schema made once before they start; several units declare at once; Ctrl+C stops them all."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ssclient.domain.enums import DeclarationType
from ssclient.sync.api import AgencyClient, Verdict
from tests.support.agency import (
    DATABASES,
    database_url,
    declaration,
    drop_database,
    person_line,
    register_unit,
)

UNITS = 4


@pytest.mark.parametrize("kind", DATABASES)
def test_two_workers_serve_units_declaring_at_once_and_stop_on_ctrl_c(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = database_url(kind, tmp_path, request)
    command = [sys.executable, "-m", "ssclient.agency.cli", "serve", "--port", "0", "--workers", "2"]
    command += ["--db", url, "--today", "2026-11-20"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None and process.stderr is not None
            banner = process.stdout.readline()
            found = re.search(r"http://127\.0\.0\.1:\d+", banner)
            assert found and "2 processes" in banner, banner
            results = declare_at_once(found.group(0))
            process.send_signal(signal.SIGINT)
            _, log = process.communicate(timeout=60)
        finally:
            if process.poll() is None:  # a check failed before Ctrl+C: do not wait for ever
                process.kill()
                process.wait()
        drop_database(url, request)
    assert all(result.approved for result in results), [r.findings for r in results]
    assert len({result.serial_number for result in results}) == UNITS
    assert process.returncode == 0
    assert "Traceback" not in log and "ERROR" not in log, log
    # Both processes served (the supervisor names each as it starts it).
    assert len(set(re.findall(r"Started server process \[(\d+)\]", log))) == 2, log


def declare_at_once(url: str) -> list[Verdict]:
    """UNITS units, each with its own client, submit an add declaration at the same moment."""
    clients = [AgencyClient(url, retries=0) for _ in range(UNITS)]
    try:
        for number, client in enumerate(clients):
            register_unit(client, name=f"示例{number}有限公司")
        start = threading.Barrier(UNITS)
        results: list[Verdict | None] = [None] * UNITS

        def declare(number: int) -> None:
            lines = [person_line(number * 10 + n) for n in range(10)]
            start.wait()
            results[number] = clients[number].submit(
                declaration(DeclarationType.ADD, *lines), f"add-{number:04d}"
            )

        threads = [threading.Thread(target=declare, args=(number,)) for number in range(UNITS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return [result for result in results if result is not None]
    finally:
        for client in clients:
            client.close()
