"""An annual base for more people than one declaration holds is saved as several documents of at most
MAX_PERSONNEL_LINES people, which the agency takes one by one; reopening one part lists as without wages only
those no part names."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.app.annual_base import AnnualBase, DeclaredElsewhere
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import MAX_PERSONNEL_LINES
from ssclient.domain.enums import DeclarationStatus, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import default_policy
from ssclient.rules.annual_base import AnnualBasePlan, AnnualWages, plan_annual_base
from ssclient.store import NotFoundError, Store
from tests.rules.idgen import make_id

TODAY = datetime(2026, 11, 10, 9, 30, tzinfo=CHINA_TZ)
UNIT_CODE = "170000001"
PERIOD = Period(2026, 11)
PEOPLE = MAX_PERSONNEL_LINES * 2 + 100
WITHOUT_WAGES = 10


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=FixedClock(TODAY))
    yield opened
    opened.close()


@pytest.fixture
def roster(store: Store) -> list[RosterEntry]:
    born, since = date(1980, 1, 1), default_policy().starts
    numbers = [make_id(born + timedelta(days=n // 1000), sequence=n % 1000) for n in range(PEOPLE)]
    entries = [RosterEntry(n, "张三", PersonStatus.ACTIVE, Decimal("6000.00"), since) for n in numbers]
    store.replace_roster(UNIT_CODE, entries)
    return entries


def wages_of(people: list[RosterEntry]) -> list[AnnualWages]:
    return [AnnualWages(row, e.id_number, e.name, Decimal("86400.00"), 12) for row, e in enumerate(people, 2)]


def test_a_plan_for_more_people_than_one_declaration_holds_is_saved_in_parts(
    store: Store, roster: list[RosterEntry]
) -> None:
    annual = AnnualBase(store, UNIT_CODE, FixedClock(TODAY), default_policy())
    plan = plan_annual_base(wages_of(roster[WITHOUT_WAGES:]), store.roster(UNIT_CODE), annual.policy)

    parts = annual.save(annual.declarations(plan, PERIOD), "2025年工资.xlsx")
    assert isinstance(parts, list)

    assert [len(p.lines) for p in parts] == [2000, 2000, PEOPLE - WITHOUT_WAGES - 4000]
    assert all(p.status is DeclarationStatus.DRAFT and p.period == PERIOD for p in parts)
    notes = [store.summary(p.id).note for p in parts if p.id is not None]
    assert notes == ["2025年工资.xlsx 1/3", "2025年工资.xlsx 2/3", "2025年工资.xlsx 3/3"]
    # In the window's order (by name, then ID number), each person once.
    declared = [line.id_number for p in parts for line in p.lines]
    assert declared == [line.id_number for line in plan.lines] and len(set(declared)) == len(declared)

    # One part reopened: the others' people are not "without wages"; those no part names are.
    reopened = annual.reopen(parts[1])
    assert len(reopened.plan.lines) == 2000
    assert {e.id_number for e in reopened.plan.without_wages} == {e.id_number for e in roster[:WITHOUT_WAGES]}
    assert reopened.elsewhere == PEOPLE - WITHOUT_WAGES - 2000


def test_saving_again_replaces_the_parts_and_removes_those_no_longer_needed(
    store: Store, roster: list[RosterEntry]
) -> None:
    annual = AnnualBase(store, UNIT_CODE, FixedClock(TODAY), default_policy())
    whole = plan_annual_base(wages_of(roster), store.roster(UNIT_CODE), annual.policy)
    saved = annual.save(annual.declarations(whole, PERIOD), "a.xlsx")
    assert isinstance(saved, list)
    smaller = plan_annual_base(wages_of(roster[:1500]), store.roster(UNIT_CODE), annual.policy)

    parts = annual.declarations(smaller, PERIOD, saved)
    again = annual.save(parts, "b.xlsx", removed=[p.id for p in saved[len(parts) :] if p.id is not None])
    assert isinstance(again, list)

    assert [p.id for p in again] == [saved[0].id] and len(again[0].lines) == 1500
    assert store.summary(saved[0].id or 0).note == "b.xlsx"
    for gone in saved[1:]:
        with pytest.raises(NotFoundError):
            store.get_declaration(gone.id or 0)


def test_a_plan_naming_people_another_document_of_the_year_declares_is_not_saved(
    store: Store, roster: list[RosterEntry]
) -> None:
    annual = AnnualBase(store, UNIT_CODE, FixedClock(TODAY), default_policy())
    first = plan_annual_base(wages_of(roster[:3000]), store.roster(UNIT_CODE), annual.policy)
    kept = annual.save(annual.declarations(first, PERIOD), "a.xlsx")
    assert isinstance(kept, list)
    # The same wages imported again in a new window: saving would declare 3,000 people twice.
    again = plan_annual_base(wages_of(roster[2500:]), store.roster(UNIT_CODE), annual.policy)

    refused = annual.save(annual.declarations(again, PERIOD), "b.xlsx")

    twice = {e.id_number for e in roster[2500:3000]}
    naming = {p.id for p in kept for line in p.lines if line.id_number in twice and p.id is not None}
    assert refused == DeclaredElsewhere(500, tuple(sorted(naming)))
    assert store.count_declarations(UNIT_CODE) == len(kept)


def test_an_annual_base_saved_whole_by_an_earlier_version_is_split_when_saved_again(
    store: Store, roster: list[RosterEntry]
) -> None:
    annual = AnnualBase(store, UNIT_CODE, FixedClock(TODAY), default_policy())
    plan = plan_annual_base(wages_of(roster[:2500]), store.roster(UNIT_CODE), annual.policy)
    whole = annual.declarations(plan, PERIOD)
    old = store.create_draft(UNIT_CODE, replace(whole[0], lines=[x for p in whole for x in p.lines]))

    reopened = annual.reopen(store.get_declaration(old))
    parts = annual.save(annual.declarations(reopened.plan, PERIOD, [store.get_declaration(old)]))

    assert isinstance(parts, list)
    assert [(p.id == old, len(p.lines)) for p in parts] == [(True, 2000), (False, 500)]


def test_a_revision_of_an_approved_annual_base_saves_over_the_record_it_replaces(
    store: Store, roster: list[RosterEntry]
) -> None:
    annual = AnnualBase(store, UNIT_CODE, FixedClock(TODAY), default_policy())
    plan = plan_annual_base(wages_of(roster[:100]), store.roster(UNIT_CODE), annual.policy)
    saved = annual.save(annual.declarations(plan, PERIOD))
    assert isinstance(saved, list) and saved[0].id is not None
    approved = saved[0].id
    store.enqueue(approved, "annual-base-approved")
    store.set_status(approved, DeclarationStatus.SUBMITTED)
    store.set_status(approved, DeclarationStatus.APPROVED, serial_number="SB2026111000000001")
    # Revise (records → Revise): a new draft of the same people replacing the record.
    revision = store.create_draft(
        UNIT_CODE, replace(store.get_declaration(approved), replaces_serial="SB2026111000000001")
    )

    reopened = annual.reopen(store.get_declaration(revision))
    parts = annual.save(annual.declarations(reopened.plan, PERIOD, [store.get_declaration(revision)]))

    assert isinstance(parts, list) and [p.id for p in parts] == [revision]
    assert parts[0].replaces_serial == "SB2026111000000001" and reopened.elsewhere == 0


def test_an_import_leaves_out_the_people_other_documents_of_the_year_declare(
    store: Store, roster: list[RosterEntry], tmp_path: Path
) -> None:
    annual = AnnualBase(store, UNIT_CODE, FixedClock(TODAY), default_policy())
    wages = tmp_path / "wages.csv"
    wages.write_text(
        "身份证号码,姓名,全年工资总额,工作月数\n" + "".join(f"{e.id_number},张三,86400,12\n" for e in roster),
        encoding="utf-8",
    )
    first = annual.import_wages(wages)
    assert isinstance(first, AnnualBasePlan) and first.declared_elsewhere == 0
    saved = annual.save(annual.declarations(first, PERIOD), "wages.csv")
    assert isinstance(saved, list) and len(saved) == 3

    # In a new window: everyone is declared already.
    again = annual.import_wages(wages)
    assert isinstance(again, AnnualBasePlan)
    assert (len(again.lines), again.declared_elsewhere) == (0, PEOPLE)

    # Into the reopened second part (say the agency rejected it): exactly its people.
    into_part = annual.import_wages(wages, own=[saved[1]])
    assert isinstance(into_part, AnnualBasePlan)
    assert [line.id_number for line in into_part.lines] == [line.id_number for line in saved[1].lines]
    assert into_part.declared_elsewhere == PEOPLE - 2000
