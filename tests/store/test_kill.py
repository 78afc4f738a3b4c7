"""The machine fails: the program is killed (SIGKILL; TerminateProcess on Windows) at random points while
it saves drafts, saves an import, edits, enqueues, settles agency answers, backs up and restores. Every
time the store must open, each document must be whole or absent, the outbox must agree with the
documents, and every backup listed must be whole."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import DeclarationStatus
from ssclient.store import OutboxState, Store
from ssclient.store.backup import backups
from ssclient.store.restore import verify
from tests.support.kill_workload import BASE, UNIT

TRIALS = 50
ROOT = Path(__file__).resolve().parents[2]
LIVE = (OutboxState.PENDING, OutboxState.SENDING)


def run_and_kill(path: Path, seed: int, steps: int) -> str:
    """Start the workload, let it begin `steps` steps, kill it; returns the step it was in."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.kill_workload", str(path), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        last = child.stdout.readline().strip()
        assert last == "ready", last
        for _ in range(steps):
            last = child.stdout.readline().strip()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    return last


# Each document's line count, and whether every line says that count (the workload's mark of a whole one).
WHOLENESS = """
SELECT d.id, d.status, d.serial_number, count(l.id), min(l.wage_base), max(l.wage_base)
FROM declarations d LEFT JOIN declaration_lines l ON l.declaration_id = d.id GROUP BY d.id
"""
OUTBOX = "SELECT declaration_id, state FROM outbox"


def assert_whole(path: Path) -> None:
    """Opens (migrations and all) as the program would, then reads everything back with plain SQL, which
    stays quick however many documents the trials left."""
    Store.open(path, clock=FixedClock(datetime(2027, 1, 1, tzinfo=UTC))).close()
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        states: dict[int, set[str]] = {}
        for declaration_id, state in db.execute(OUTBOX):
            states.setdefault(declaration_id, set()).add(state)
        for declaration_id, status, serial, count, low, high in db.execute(WHOLENESS):
            assert count > 0 and Decimal(low) - BASE == Decimal(high) - BASE == count, declaration_id
            live = bool(states.get(declaration_id, set()) & {s.value for s in LIVE})
            assert (status == DeclarationStatus.PENDING.value) == live, (declaration_id, status)
            if status == DeclarationStatus.APPROVED.value:
                assert serial and OutboxState.ANSWERED.value in states[declaration_id]
    for copy in backups(path):
        verify(copy, UNIT)


@pytest.mark.timeout(900)  # fifty processes started and killed: minutes on a busy machine
def test_killed_at_random_points_the_store_stays_whole(tmp_path: Path) -> None:
    path = tmp_path / "data" / "ssclient.sqlite3"
    chooser = random.Random(20261204)
    interrupted: Counter[str] = Counter()
    for seed in range(TRIALS):
        interrupted[run_and_kill(path, seed, chooser.randint(1, 20))] += 1
        assert_whole(path)
    print(f"{TRIALS} kills, during: {dict(interrupted)}")
    with Store.open(path, clock=FixedClock(datetime(2027, 1, 1, tzinfo=UTC))) as store:
        statuses = Counter(s.status for s in store.list_declarations(UNIT))
    # The work really happened: documents were saved, declared and approved across the kills.
    assert statuses[DeclarationStatus.DRAFT] and statuses[DeclarationStatus.APPROVED], statuses
