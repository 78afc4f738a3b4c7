"""`ssclient-agency serve` as a user runs it: the installed entry point, a real process, Ctrl+C to stop."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from ssclient.agency.cli import build_parser, default_db_url
from ssclient.sync.api import AgencyClient
from tests.support.agency import register_unit


def test_serve_runs_on_the_given_day_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    database = tmp_path / "agency.sqlite3"
    command = [
        sys.executable,
        "-m",
        "ssclient.agency.cli",
        "serve",
        "--port",
        "0",
        "--db",
        f"sqlite:///{database}",
        "--today",
        "2026-11-24",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            log = _serve_and_stop(process)
        finally:
            if process.poll() is None:  # a check failed before Ctrl+C: do not wait for ever
                process.kill()
                process.wait()
    assert database.exists()
    assert "Traceback" not in log


def _serve_and_stop(process: subprocess.Popen[str]) -> str:
    """Check the running agency, press Ctrl+C, and return what it logged."""
    assert process.stdout is not None and process.stderr is not None
    banner = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+", banner)
    assert found, banner + process.stderr.read()
    calendar = httpx.get(f"{found.group(0)}/api/v1/policy").json()["calendar"]
    assert (calendar["today"], calendar["window_open"], calendar["next_open"]) == (
        "2026-11-24",
        False,
        "2026-12-01",
    )
    # The date is fixed, elapsed time is not: a session ends two real hours from now.
    with AgencyClient(found.group(0), retries=0) as client:
        unit = register_unit(client)
        expires_at = client.login(unit.unit_code, unit.password).expires_at
    assert abs(expires_at - datetime.now(UTC) - timedelta(hours=2)) < timedelta(minutes=5)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    return process.stderr.read()


def test_a_bad_date_is_refused_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["serve", "--today", "24.11.2026"])
    assert exit_.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_the_default_database_lives_in_the_users_data_directory(user_dirs: Path) -> None:
    assert default_db_url() == f"sqlite:///{user_dirs / 'data' / 'agency.sqlite3'}"
