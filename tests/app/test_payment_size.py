"""A payment computed for more people than one payment declaration holds says so at once, so the form shows
it before the accountant saves and declares (the agency would refuse the declaration)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.app.contributions import Contributions
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import MAX_PAYMENT_LINES
from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from ssclient.store import Store
from tests.rules.idgen import make_id

TODAY = datetime(2026, 11, 10, 9, 30, tzinfo=CHINA_TZ)
UNIT_CODE = "170000001"
PERIOD = Period(2026, 11)
PEOPLE_IN_ONE_PAYMENT = MAX_PAYMENT_LINES // len(InsuranceType)  # each person pays all four insurances


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=FixedClock(TODAY))
    yield opened
    opened.close()


def contributions(store: Store, people: int) -> Contributions:
    born = date(1980, 1, 1)
    numbers = (make_id(born + timedelta(days=n // 1000), sequence=n % 1000) for n in range(people))
    base, since = Decimal("6500.00"), Period(2025, 1)
    roster = [RosterEntry(n, "张三", PersonStatus.ACTIVE, base, since, hukou_type="11") for n in numbers]
    store.replace_roster(UNIT_CODE, roster)
    policy, regions = default_policy(), default_regions()

    def rules(roster: Mapping[str, RosterEntry] | None = None, *, declaring: bool = False) -> RuleContext:
        return RuleContext(policy, regions, TODAY.date(), roster=roster, declaring=declaring)

    return Contributions(store, None, UNIT_CODE, FixedClock(TODAY), policy, 1, rules)


def test_a_payment_one_declaration_can_hold_has_no_findings(store: Store) -> None:
    computed = contributions(store, PEOPLE_IN_ONE_PAYMENT).compute(PERIOD)
    assert len(computed.lines) == MAX_PAYMENT_LINES and computed.findings == []


def test_a_payment_too_large_for_one_declaration_says_so(store: Store) -> None:
    computed = contributions(store, PEOPLE_IN_ONE_PAYMENT + 1).compute(PERIOD)
    assert len(computed.lines) == MAX_PAYMENT_LINES + len(InsuranceType)
    assert [(f.code, f.field, f.params["count"]) for f in computed.findings] == [
        ("PAYMENT_TOO_LARGE", "payments", f"{MAX_PAYMENT_LINES + 4:,}")
    ]
