"""The retirement query lists people from the current month on: one who reached retirement age last
month (or years ago) is not listed, one who reaches it this month is, and so is one in the last month asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.app.policy_retirement import RetirementQuery
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.store import Store
from tests.rules.idgen import make_id

UNIT_CODE = "170000001"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ)
# Men born 1966-05 to 1966-08 retire at 60 years 5 months (2024 NPC Standing Committee decision, table 1).
LAST_MONTH = make_id(date(1966, 5, 15), sequence=11)  # 2026-10: past
THIS_MONTH = make_id(date(1966, 6, 15), sequence=13)  # 2026-11
YEARS_AGO = make_id(date(1960, 1, 1), sequence=15)  # 60 in 2020: long past, still on the roster
LAST_ASKED = make_id(date(1966, 9, 1), sequence=17)  # 60 years 6 months: 2027-03, three months on


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=FixedClock(NOW))
    since = Period(2020, 1)
    opened.replace_roster(
        UNIT_CODE,
        [
            RosterEntry(number, "某", PersonStatus.ACTIVE, Decimal(6000), since)
            for number in (LAST_MONTH, THIS_MONTH, YEARS_AGO, LAST_ASKED)
        ],
    )
    yield opened
    opened.close()


def test_only_people_reaching_retirement_from_this_month_on_are_listed(store: Store) -> None:
    listing = RetirementQuery(store, UNIT_CODE, FixedClock(NOW)).retiring(4)
    assert (str(listing.first), str(listing.last)) == ("2026-11", "2027-03")
    assert [(p.entry.id_number, str(p.month)) for p in listing.people] == [
        (THIS_MONTH, "2026-11"),
        (LAST_ASKED, "2027-03"),
    ]
