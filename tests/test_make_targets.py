"""`make run` installs only what the program needs; `make test` adds the test and developer tools."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    shutil.which("make") is None, reason="the targets are run with GNU make, which this machine lacks"
)


def planned_commands(target: str) -> str:
    """What `make <target>` would run from a clean checkout (-B: as if nothing were installed yet)."""
    done = subprocess.run(
        ["make", "--dry-run", "--always-make", "--no-print-directory", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_make_run_installs_the_program_without_the_test_and_developer_tools() -> None:
    commands = planned_commands("run")

    assert "pip install --quiet -e ." in commands
    assert "[test" not in commands
    assert "dev]" not in commands
    assert commands.rstrip().endswith(".venv/bin/ssclient")


def test_make_test_installs_the_test_and_developer_tools_on_top() -> None:
    commands = planned_commands("test")

    assert "pip install --quiet -e ." in commands
    assert "-e '.[test,dev]'" in commands
    assert "pytest" in commands
