"""The audit trail on a real store file: appended in a chain, append-only in the database itself, and a
changed, removed or inserted entry named by `verify` and by `ssclient audit verify`."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from ssclient.cli import main
from ssclient.domain.clock import FixedClock
from ssclient.store import Store
from ssclient.store.audit import GENESIS, AuditRecord, AuditTrail
from tests.store.conftest import UNIT


@pytest.fixture
def trail(store: Store, store_path: Path, clock: FixedClock) -> AuditTrail:
    opened = AuditTrail(store_path)
    for n, action in enumerate(("submit", "answer", "revoke")):
        opened.append(
            AuditRecord(
                at=clock.now() + timedelta(minutes=n),
                unit_code=UNIT,
                operator=UNIT,
                action=action,
                reference=f"key-{n}",
                method="POST",
                path=f"/declarations/{n}",
                status=201,
                request=f'{{"n": {n}, "name": "张三"}}'.encode(),
                response=b'{"status": "approved"}',
            )
        )
    return opened


def tamper(path: Path, sql: str) -> None:
    """What someone with the file and a SQLite tool could do: drop the triggers, then change rows."""
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("DROP TRIGGER audit_entries_no_update")
        db.execute("DROP TRIGGER audit_entries_no_delete")
        db.execute(sql)


def test_entries_chain_and_verify(trail: AuditTrail) -> None:
    entries = trail.entries(UNIT)
    assert [e.record.action for e in entries] == ["revoke", "answer", "submit"]  # newest first
    assert entries[-1].previous_hash == GENESIS
    assert entries[0].previous_hash == entries[1].entry_hash
    check = trail.verify()
    assert check.intact and check.checked == 3
    assert [e.record.action for e in trail.entries(UNIT, "张三")] == ["revoke", "answer", "submit"]
    assert [e.record.action for e in trail.entries(UNIT, "revoke")] == ["revoke"]


def test_the_database_refuses_to_change_or_remove_an_entry(trail: AuditTrail, store_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(store_path)) as db:
        for sql in ("UPDATE audit_entries SET status = 200", "DELETE FROM audit_entries"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(sql)


@pytest.mark.parametrize(
    ("sql", "broken"),
    [
        ('UPDATE audit_entries SET response = CAST(\'{"status": "rejected"}\' AS BLOB) WHERE id = 2', 2),
        ("DELETE FROM audit_entries WHERE id = 2", 3),
        ("UPDATE audit_entries SET at = '2026-01-01 00:00:00.000000' WHERE id = 1", 1),
    ],
)
def test_a_tampered_trail_names_its_first_broken_entry(
    trail: AuditTrail, store_path: Path, sql: str, broken: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "verify", "--store", str(store_path)]) == 0
    tamper(store_path, sql)
    check = trail.verify()
    assert check.first_broken == broken
    assert main(["audit", "verify", "--store", str(store_path)]) == 1
    assert f"broken at entry {broken}" in capsys.readouterr().out


def _unit_store(root: Path, unit_code: str, clock: FixedClock) -> Path:
    """A unit's store where the client keeps it, with one exchange in its trail."""
    path = root / unit_code / "store.sqlite3"
    Store.open(path, clock=clock).close()
    trail = AuditTrail(path)
    record = AuditRecord(
        clock.now(), unit_code, unit_code, "submit", "k", "POST", "/declarations", 201, b"{}", b"{}"
    )
    trail.append(record)
    trail.close()
    return path


def test_without_a_file_named_every_units_trail_on_this_computer_is_checked(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    from ssclient import paths

    assert main(["audit", "verify"]) == 2  # nothing used here yet
    assert "No data file" in capsys.readouterr().err
    first = _unit_store(paths.units_dir(), "170000001", clock)
    _unit_store(paths.units_dir(training=True), "170000002", clock)
    assert main(["audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "170000001" in out and "170000002" in out and out.count("intact: 1 entries") == 2
    tamper(first, "UPDATE audit_entries SET status = 500")
    assert main(["audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "170000001" in out and "broken at entry 1" in out and "170000002" in out
    assert main(["audit", "verify", "--unit", "170000002"]) == 0
    assert main(["audit", "verify", "--unit", "170000009"]) == 2
    assert main(["audit", "verify", "--unit", "../x"]) == 2
    assert "not a unit code" in capsys.readouterr().err
