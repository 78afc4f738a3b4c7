"""Who reaches statutory retirement age soon, from a real store file: the months by the 2024 decision's
tables (men born 1966-08 retire at 60 years 5 months), the insured only, soonest first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.app.policy_retirement import DEFAULT_MONTHS, RetirementQuery
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.store import Store
from tests.rules.idgen import make_id

UNIT_CODE = "170000001"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ)
# Men: 60 years, plus a month for every 4 months of birth from 1965-01 (NPC Standing Committee, 2024).
MAN = make_id(date(1966, 8, 15), sequence=11)  # 60 years 5 months: 2027-01
LATER_MAN = make_id(date(1967, 1, 2), sequence=13)  # 60 years 7 months: 2027-08
# Women workers: 50, plus a month for every 2 months of birth from 1975-01; cadres 55, every 4 from 1970-01.
WOMAN = make_id(date(1976, 6, 1), sequence=22)  # category not held: worker, 50 years 9 months → 2027-03
CADRE = make_id(date(1971, 7, 1), sequence=24)  # cadre: 55 years 5 months → 2026-12
LEFT = make_id(date(1966, 8, 1), sequence=31)  # would retire 2027-01, but no longer insured here


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=FixedClock(NOW))
    since = Period(2020, 1)
    entries = [
        RosterEntry(MAN, "王一", PersonStatus.ACTIVE, Decimal(6000), since),
        RosterEntry(LATER_MAN, "王二", PersonStatus.ACTIVE, Decimal(6000), since),
        RosterEntry(WOMAN, "李三", PersonStatus.ACTIVE, Decimal(6000), since),
        RosterEntry(CADRE, "李四", PersonStatus.ACTIVE, Decimal(6000), since, womens_category="cadre"),
        RosterEntry(LEFT, "赵五", PersonStatus.INTERRUPTED, Decimal(6000), since, interrupted_from=since),
    ]
    opened.replace_roster(UNIT_CODE, entries)
    yield opened
    opened.close()


def test_the_insured_reaching_retirement_age_within_three_months_soonest_first(store: Store) -> None:
    listing = RetirementQuery(store, UNIT_CODE, FixedClock(NOW)).retiring()
    assert DEFAULT_MONTHS == 3
    assert (listing.first, listing.last) == (Period(2026, 11), Period(2027, 2))
    assert [(p.entry.id_number, str(p.month), p.years, p.months) for p in listing.people] == [
        (CADRE, "2026-12", 55, 5),
        (MAN, "2027-01", 60, 5),
    ]
    assert all(p.category_known for p in listing.people)
    assert "渐进式延迟法定退休年龄" in listing.rule


def test_a_longer_look_ahead_and_a_woman_of_unknown_category(store: Store) -> None:
    listing = RetirementQuery(store, UNIT_CODE, FixedClock(NOW)).retiring(12)
    by_number = {p.entry.id_number: p for p in listing.people}
    assert list(by_number) == [CADRE, MAN, WOMAN, LATER_MAN]
    assert (str(by_number[WOMAN].month), by_number[WOMAN].category_known) == ("2027-03", False)
    assert str(by_number[LATER_MAN].month) == "2027-08"
    assert LEFT not in by_number  # interrupted: not insured here any more


def test_months_outside_the_range_are_refused(store: Store) -> None:
    query = RetirementQuery(store, UNIT_CODE, FixedClock(NOW))
    with pytest.raises(ValueError, match="0 to 24"):
        query.retiring(25)
    with pytest.raises(ValueError):
        query.retiring(-1)
