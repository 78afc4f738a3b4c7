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


def assert_whole(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Store.open(path, clock=FixedClock(datetime(2027, 1, 1, tzinfo=UTC))) as store:
        answered = {i.declaration_id for i in store.outbox_items(UNIT, [OutboxState.ANSWERED])}
        live = {i.declaration_id for i in store.outbox_items(UNIT, LIVE)}
        for summary in store.list_declarations(UNIT):
            document = store.get_declaration(summary.id)
            count = len(document.lines)
            assert count > 0 and {Decimal(str(line.wage_base)) - BASE for line in document.lines} == {count}
            pending = document.status is DeclarationStatus.PENDING
            assert pending == (summary.id in live), (summary.id, document.status)
            if document.status is DeclarationStatus.APPROVED:
                assert summary.id in answered and document.serial_number
    for copy in backups(path):
        verify(copy, UNIT)


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
