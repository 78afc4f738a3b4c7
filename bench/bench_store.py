"""The local store at start-up: open a store holding a 10,000-person roster and read it.

Figures: filling the roster (replace_roster), then, in a fresh process as the app starts, importing the
store, opening it (schema check included) and reading the whole roster and the first page of it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.store import Store

PEOPLE = 10_000
DRAFTS = 200
UNIT = "170000001"
# Targets, in seconds, on the 2-core machine.
TARGET_FILL = 1.0
TARGET_OPEN = 0.3
TARGET_ROSTER = 0.5
TARGET_PAGE = 0.05

# Runs in a fresh interpreter: what the app pays when it starts with this store.
_COLD = """
import json, sys, time
started = time.perf_counter()
from ssclient.store import Store
imported = time.perf_counter()
store = Store.open(__import__("pathlib").Path(sys.argv[1]))
opened = time.perf_counter()
roster = store.roster(sys.argv[2])
read = time.perf_counter()
page = store.roster_page(sys.argv[2], limit=100)
paged = time.perf_counter()
drafts = store.list_declarations(sys.argv[2], limit=50)
listed = time.perf_counter()
store.close()
print(json.dumps({"import": imported - started, "open": opened - imported, "roster": read - opened,
                  "page": paged - read, "list": listed - paged, "people": len(roster), "rows": len(page.entries)}))
"""


def people(count: int) -> list[RosterEntry]:
    return [
        RosterEntry(
            id_number=f"{330106198001010000 + index:018d}",
            name=f"员工{index:05d}",
            status=PersonStatus.INTERRUPTED if index % 20 == 0 else PersonStatus.ACTIVE,
            base=Decimal("4494.00") + Decimal(index % 2000),
            since=Period(2020 + index % 6, 1 + index % 12),
            hukou_type="11",
        )
        for index in range(count)
    ]


def main() -> None:
    clock = FixedClock(datetime(2026, 11, 10, 1, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory(prefix="bench-store-") as folder:
        path = Path(folder) / "ssclient.sqlite3"
        with Store.open(path, clock=clock) as store:
            entries = people(PEOPLE)
            started = time.perf_counter()
            store.replace_roster(UNIT, entries)
            fill = time.perf_counter() - started
            line = DeclarationLine(id_number=entries[1].id_number, name="员工00001", wage_base="5000")
            for _ in range(DRAFTS):
                store.create_draft(UNIT, Declaration(DeclarationType.ADD, Period(2026, 11), [line] * 5))
        cold = subprocess.run(
            [sys.executable, "-c", _COLD, str(path), UNIT], capture_output=True, text=True, check=True
        )
        figures = json.loads(cold.stdout)
    assert figures["people"] == PEOPLE and figures["rows"] == 100
    print(f"   store, {PEOPLE:,} people, {DRAFTS} drafts")
    print(f"   replace_roster({PEOPLE:,}):        {fill:6.3f} s   (target < {TARGET_FILL} s)")
    print(f"   fresh process: import store  {figures['import']:6.3f} s")
    print(f"   fresh process: Store.open    {figures['open']:6.3f} s   (target < {TARGET_OPEN} s)")
    print(f"   fresh process: roster()      {figures['roster']:6.3f} s   (target < {TARGET_ROSTER} s)")
    print(f"   fresh process: roster_page   {figures['page']:6.3f} s   (target < {TARGET_PAGE} s)")
    print(f"   fresh process: 50 drafts     {figures['list']:6.3f} s")


if __name__ == "__main__":
    main()
