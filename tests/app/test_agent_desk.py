"""The agent's list of the units it opened on this computer (what its board shows offline)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from ssclient.app.agents import AgentDesk
from ssclient.app.units import UnitFolders
from ssclient.domain.clock import CHINA_TZ, FixedClock

AGENCY = "https://sb.example.gov.cn"


def test_units_opened_in_quick_succession_are_all_remembered() -> None:
    clock = FixedClock(datetime(2026, 11, 10, 9, 30, tzinfo=CHINA_TZ))
    desk = AgentDesk(UnitFolders.for_agency(AGENCY, clock), "agency", clock)
    codes = [f"1700000{number:02d}" for number in range(1, 25)]
    # Each open records the unit on a worker of its own: none may write over another's entry.
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda code: desk.used("190000001", code, f"单位{code}"), codes))
    assert [unit.unit_code for unit in desk.opened("190000001")] == codes
    assert desk.opened("190000001")[0].last_used == clock.now()
