"""Backing up to a folder the user chose: the copy is named by the unit and the time on Beijing time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ssclient.app.backups import Backups
from ssclient.domain.clock import FixedClock
from ssclient.store import Store
from ssclient.store.restore import verify
from tests.store.conftest import UNIT, add_declaration, line


def test_a_copy_on_a_stick_says_whose_it_is_and_when_on_beijing_time(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 12, 5, 16, 30, 5, tzinfo=UTC))  # 00:30:05 on the 6th in Beijing
    store_path = tmp_path / "store" / "ssclient.sqlite3"
    with Store.open(store_path, clock=clock) as store:
        store.create_draft(UNIT, add_declaration(line()))
    stick = tmp_path / "U盘"
    stick.mkdir()
    copy = Backups(store_path, clock).back_up_to(stick, UNIT)
    assert copy.name == f"ssclient-backup-{UNIT}-20261206-003005.sqlite3"
    assert verify(copy, UNIT).documents == 1
