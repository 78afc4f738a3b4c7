"""The child process of the kill test (tests/store/test_kill.py): works on one store file in a loop —
saving drafts, saving import-sized drafts, editing, enqueueing, settling agency answers, backing up and
restoring — and prints the name of each step just before it starts, so that the parent can kill it with
SIGKILL (TerminateProcess on Windows) at a step of its choosing.

Every line of a document carries how many lines the document has (in its wage), so that the parent can
tell a whole document from a torn one.

    python -m tests.support.kill_workload STORE_PATH SEED
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.domain.verdict import Verdict
from ssclient.store import OutboxState, Store
from ssclient.store.backup import BackupKind, back_up, backups
from ssclient.store.restore import restore

UNIT = "170000001"
PROFILE = Unit(UNIT, "杭州示例科技有限公司", "91330106MA2XXXXXX1", "330106123456789")
BASE = Decimal(5000)
IMPORT_LINES = 1000


def document(count: int) -> Declaration:
    """`count` lines, each saying `count` in its wage (5000 + count)."""
    wage = str(BASE + count)
    lines = [
        DeclarationLine(id_number=f"11010119900307{n:04d}", name="张三", hukou_type="11", wage_base=wage)
        for n in range(count)
    ]
    return Declaration(DeclarationType.ADD, Period(2026, 11), lines)


class Workload:
    def __init__(self, path: Path, seed: int) -> None:
        self.path = path
        self.random = random.Random(seed)
        # Each run's clock starts later than the last's, so backup names never collide.
        self.clock = FixedClock(datetime(2026, 11, 10, tzinfo=UTC) + timedelta(days=seed))
        self.store = Store.open(path, clock=self.clock)
        self.store.save_unit(PROFILE)

    def step(self) -> None:
        self.clock.advance(timedelta(seconds=1))
        name = self.random.choice(STEPS)
        print(name, flush=True)
        getattr(self, name)()

    def drafts(self) -> list[int]:
        return [s.id for s in self.store.list_declarations(UNIT, statuses=[DeclarationStatus.DRAFT])]

    def save(self) -> None:
        self.store.create_draft(UNIT, document(self.random.randint(1, 40)))

    def bulk(self) -> None:
        """An import's save: one document of thousands of lines."""
        self.store.create_draft(UNIT, document(IMPORT_LINES))

    def edit(self) -> None:
        drafts = self.drafts()
        if drafts:
            self.store.update_draft(self.random.choice(drafts), document(self.random.randint(1, 40)))

    def enqueue(self) -> None:
        drafts = self.drafts()
        if drafts:
            self.store.enqueue(self.random.choice(drafts), uuid.uuid4().hex)

    def answer(self) -> None:
        waiting = self.store.outbox_items(UNIT, [OutboxState.PENDING])
        if waiting:
            key = self.random.choice(waiting).idempotency_key
            self.store.mark_sending(key)
            serial = f"S{self.random.randrange(10**9):09d}"
            verdict = Verdict(key, DeclarationStatus.APPROVED, serial, answer='{"status": "approved"}')
            self.store.record_verdict(verdict)

    def backup(self) -> None:
        back_up(self.path, self.clock.now(), BackupKind.MANUAL)

    def restore(self) -> None:
        copies = backups(self.path)
        if copies:
            self.store.close()
            restore(self.path, self.random.choice(copies), self.clock.now(), UNIT)
            self.store = Store.open(self.path, clock=self.clock)


# The steps, the frequent ones listed twice.
STEPS = (
    "save",
    "save",
    "save",
    "bulk",
    "edit",
    "enqueue",
    "enqueue",
    "answer",
    "answer",
    "backup",
    "restore",
)


def main() -> None:
    workload = Workload(Path(sys.argv[1]), int(sys.argv[2]))
    print("ready", flush=True)
    while True:
        workload.step()


if __name__ == "__main__":
    main()
