"""The document forms share one roster map, read once per change: a 100,000-person roster is about 70 MB
and a second to read, and each open draft held its own copy."""

from __future__ import annotations

import gc
import threading
from decimal import Decimal

from ssclient.app.shared_roster import SharedRoster
from ssclient.domain.enums import PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry

ZHANG = RosterEntry("110101199003070012", "张三", PersonStatus.ACTIVE, Decimal("6500.00"), Period(2026, 1))


class CountedReads:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> dict[str, RosterEntry]:
        self.count += 1
        return {ZHANG.id_number: ZHANG}


def test_the_roster_is_read_once_and_again_after_it_changed() -> None:
    rosters, read = SharedRoster(), CountedReads()
    first = rosters.get("unit", read)
    assert rosters.get("unit", read) is first and read.count == 1
    assert first[ZHANG.id_number] == ZHANG

    rosters.invalidate()  # roster_changed
    assert rosters.get("unit", read) is not first and read.count == 2


def test_another_store_or_unit_has_its_own_roster() -> None:
    rosters, read = SharedRoster(), CountedReads()
    held = rosters.get(("a.sqlite3", "170000001"), read)
    rosters.get(("b.sqlite3", "170000001"), read)
    assert read.count == 2 and held is not None


def test_a_roster_no_window_holds_any_more_is_not_kept() -> None:
    rosters, read = SharedRoster(), CountedReads()
    rosters.get("unit", read)  # the window that asked was closed: nothing holds the map
    gc.collect()
    rosters.get("unit", read)
    assert read.count == 2


def test_windows_asking_while_it_is_read_wait_for_that_read_and_share_it() -> None:
    rosters, started, release = SharedRoster(), threading.Event(), threading.Event()
    reads: list[int] = []

    def slow_read() -> dict[str, RosterEntry]:
        reads.append(1)
        started.set()
        assert release.wait(timeout=10)
        return {ZHANG.id_number: ZHANG}

    got: list[object] = []
    first = threading.Thread(target=lambda: got.append(rosters.get("unit", slow_read)))
    first.start()
    assert started.wait(timeout=10)
    second = threading.Thread(target=lambda: got.append(rosters.get("unit", slow_read)))
    second.start()
    release.set()
    first.join(timeout=10)
    second.join(timeout=10)
    assert len(reads) == 1 and len(got) == 2 and got[0] is got[1]
