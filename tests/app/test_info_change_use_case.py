"""The information change use case on a real store: the people to pick from, found by name or part of the
ID number, a page at a time, and the line a change starts from."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ssclient.app.info_change import InfoChanges, changes_of, starting_line
from ssclient.app.month import PaymentState, summarize
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.domain.info_change import FieldChange
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.store import Store

UNIT = "170000001"
ZHANG = "110101199003070012"
LI = "11010119900307070X"


def entry(number: str, name: str) -> RosterEntry:
    return RosterEntry(
        number, name, PersonStatus.ACTIVE, Decimal("6500.00"), Period(2026, 1), hukou_type="11"
    )


def test_people_are_found_by_name_or_part_of_the_id_number(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 10, 9, 0, tzinfo=CHINA_TZ))
    with Store.open(tmp_path / "store.sqlite3", clock=clock) as store:
        store.replace_roster(UNIT, [entry(ZHANG, "张三"), entry(LI, "李四")])
        people = InfoChanges(store, UNIT)

        # By name as the store orders names (by pinyin: 李 li before 张 zhang).
        assert [e.name for e in people.find("")[0]] == ["李四", "张三"]
        assert people.find("")[1] == 2
        assert [e.name for e in people.find("李")[0]] == ["李四"]
        assert [e.name for e in people.find("7070x")[0]] == ["李四"]
        assert people.find("王") == ([], 0)
        shown, total = people.find("", limit=1)
        assert (len(shown), total) == (1, 2)
        assert people.person(LI) == entry(LI, "李四")
        assert people.person("110101199003070022") is None


def test_a_change_starts_from_the_roster_and_tells_what_it_corrects() -> None:
    known = replace(entry(ZHANG, "张三"), migrant_worker="否", migrant_insurance="否", id_type="resident")
    line = starting_line(known)
    assert (line.id_number, line.name, line.hukou_type, line.migrant_worker, line.wage_base) == (
        ZHANG, "张三", "11", "否", ""
    )  # fmt: skip
    assert changes_of(known, line, default_regions()) == []
    line.name = "张珊"
    assert changes_of(known, line, default_regions()) == [FieldChange(ZHANG, "name", "张三", "张珊")]


@dataclass(frozen=True)
class _Document:
    """A document as the month's summary reads it (the store's DocumentSummary has these and more)."""

    type: DeclarationType
    status: DeclarationStatus
    period: Period
    decided_at: datetime | None
    serial_number: str | None = None
    updated_at: datetime | None = None


def test_a_payment_approved_before_an_information_change_is_to_be_revised() -> None:
    # The household type an information change corrects can make a rural contract worker's unemployment
    # share (the bundled policy exempts them), so the payment may no longer match.
    november = Period(2026, 11)
    paid = _Document(
        DeclarationType.PAYMENT,
        DeclarationStatus.APPROVED,
        november,
        datetime(2026, 11, 5, tzinfo=CHINA_TZ),
        "SB1",
    )
    corrected = _Document(
        DeclarationType.INFO_CHANGE,
        DeclarationStatus.APPROVED,
        november,
        datetime(2026, 11, 6, tzinfo=CHINA_TZ),
    )
    month = summarize([paid, corrected], default_policy(), date(2026, 11, 10))
    assert month.payment is PaymentState.STALE
    assert month.counts[DeclarationType.INFO_CHANGE].approved == 1
