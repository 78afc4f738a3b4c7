"""The roster: replaced whole from the agency, read for the rules and the GUI, followed after approvals."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.domain.verdict import Verdict
from ssclient.store import Store, StoreError
from tests.store.conftest import JANUARY, LI, PERIOD, UNIT, WANG, ZHANG, active, add_declaration, line


def many_people(count: int) -> list[RosterEntry]:
    """`count` distinct people with bases that a float would not keep exactly."""
    return [
        RosterEntry(
            id_number=f"{index:018d}",
            name=f"员工{index:05d}",
            status=PersonStatus.INTERRUPTED if index % 10 == 0 else PersonStatus.ACTIVE,
            base=Decimal("4494.00") + Decimal(index) / 100,
            since=JANUARY,
            hukou_type="21",
            interrupted_from=Period(2026, 6) if index % 10 == 0 else None,
        )
        for index in range(count)
    ]


def test_a_roster_entry_comes_back_exactly(store: Store) -> None:
    entry = RosterEntry(
        id_number=LI,
        name="买买提·艾力",
        status=PersonStatus.INTERRUPTED,
        base=Decimal("31884.10"),
        since=Period(2025, 3),
        hukou_type="22",
        insurances=(InsuranceType.PENSION, InsuranceType.WORK_INJURY),
        interrupted_from=Period(2026, 9),
        base_history=((Period(2025, 3), Decimal("6000.00")), (Period(2026, 1), Decimal("31884.10"))),
    )

    store.replace_roster(UNIT, [entry])

    assert store.roster(UNIT) == {LI: entry}
    assert store.roster_entry(UNIT, LI) == entry
    assert store.roster_entry(UNIT, ZHANG) is None
    assert store.roster_entry("170000002", LI) is None


def test_ten_thousand_people_are_replaced_and_read_back_intact(store: Store) -> None:
    store.replace_roster(UNIT, many_people(500))
    people = many_people(10_000)

    assert store.replace_roster(UNIT, people) == 10_000

    roster = store.roster(UNIT)
    assert len(roster) == 10_000
    assert roster == {p.id_number: p for p in people}
    assert roster["000000000000009999"].base == Decimal("4593.99")


def test_replacing_one_units_roster_leaves_the_others(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三")])
    store.replace_roster("170000002", [active(LI, "李四")])

    store.replace_roster(UNIT, [])

    assert store.roster(UNIT) == {}
    assert set(store.roster("170000002")) == {LI}


def test_whether_a_unit_insures_anyone_now(store: Store) -> None:
    assert not store.has_insured(UNIT)  # a unit just registered
    store.replace_roster("170000002", [active(LI, "李四")])
    assert not store.has_insured(UNIT)  # another unit's people are not this unit's
    gone = RosterEntry(
        ZHANG, "张三", PersonStatus.INTERRUPTED, Decimal(6000), JANUARY, interrupted_from=PERIOD
    )
    store.replace_roster(UNIT, [gone])
    assert not store.has_insured(UNIT)  # everyone interrupted
    store.replace_roster(UNIT, [gone, active(WANG, "王五")])
    assert store.has_insured(UNIT)


def test_a_failed_replacement_keeps_the_old_roster(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三")])
    twice = [active(LI, "李四"), active(LI, "李四")]  # the same person twice breaks the unique key

    with pytest.raises(StoreError):
        store.replace_roster(UNIT, twice)

    assert set(store.roster(UNIT)) == {ZHANG}


def test_roster_pages_are_ordered_filtered_and_counted(store: Store) -> None:
    store.replace_roster(UNIT, many_people(250))

    page = store.roster_page(UNIT, offset=100, limit=50)
    assert (page.total, len(page.entries), page.offset) == (250, 50, 100)
    assert [e.name for e in page.entries] == [f"员工{i:05d}" for i in range(100, 150)]

    by_name = store.roster_page(UNIT, filter_text=" 员工0012 ")
    assert (by_name.total, by_name.filter_text) == (10, "员工0012")  # 员工00120 … 员工00129
    by_number = store.roster_page(UNIT, filter_text="00000000000000024")
    assert [e.id_number for e in by_number.entries] == [f"{i:018d}" for i in (24, *range(240, 250))]
    interrupted = store.roster_page(UNIT, statuses=[PersonStatus.INTERRUPTED], limit=1000)
    assert interrupted.total == 25
    assert all(e.status is PersonStatus.INTERRUPTED for e in interrupted.entries)


def test_the_roster_is_ordered_by_pinyin_then_id_number(store: Store) -> None:
    people = [active(ZHANG, "王芳"), active(LI, "何丽"), active(WANG, "陈小明")]
    store.replace_roster(
        UNIT, [*people, active("110101199003070030", "王芳"), active("110101199003070049", "Jane Doe")]
    )

    page = store.roster_page(UNIT)
    assert [(e.name, e.id_number) for e in page.entries] == [
        ("Jane Doe", "110101199003070049"),
        ("陈小明", WANG),
        ("何丽", LI),
        ("王芳", ZHANG),
        ("王芳", "110101199003070030"),
    ]
    # An approved add puts the new person in that order too.
    store.apply_approved(UNIT, approved(DeclarationType.ADD, line("110101199003070057", "艾青")))
    assert [e.name for e in store.roster_page(UNIT, limit=3).entries] == ["Jane Doe", "艾青", "陈小明"]


def test_a_filter_with_wildcard_characters_matches_them_literally(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张_三"), active(LI, "李四"), active(WANG, "王%五")])

    assert [e.name for e in store.roster_page(UNIT, filter_text="_").entries] == ["张_三"]
    assert [e.name for e in store.roster_page(UNIT, filter_text="%").entries] == ["王%五"]


def test_a_search_in_letters_finds_names_by_their_pinyin_or_its_initials(store: Store) -> None:
    people = [
        active(ZHANG, "张三"),
        active(LI, "李四"),
        active(WANG, "曾丽"),
        active("110101199003070030", "詹姆"),
    ]
    store.replace_roster(UNIT, [*people, active("110101199003070049", "Zhang Wei")])

    def found(text: str) -> list[str]:
        return [e.name for e in store.roster_page(UNIT, filter_text=text).entries]

    assert found("zs") == ["张三"]
    assert found("ZHANGS") == ["张三"]
    assert found("zhang san") == ["张三"]  # typed with a space between the syllables
    assert found("zhan") == [
        "Zhang Wei",
        "詹姆",
        "张三",
    ]  # in the roster's order; a Latin name by its letters
    assert found("zl") == ["曾丽"]  # 曾 as a surname: zēng
    assert found("si") == []  # the beginning of the name's pinyin, not any part of it
    assert found("李") == ["李四"] and found("11010119900307003") == ["詹姆"]
    # A search with a digit or a wildcard is not letters: names and ID numbers only.
    assert found("z_") == [] and found("zs1") == []
    # An approved add is found so at once.
    store.apply_approved(UNIT, approved(DeclarationType.ADD, line("110101199003070057", "艾青")))
    assert found("aq") == ["艾青"]


def approved(kind: DeclarationType, *lines: object, period: Period = PERIOD) -> Declaration:
    return Declaration(kind, period, list(lines))  # type: ignore[arg-type]


def test_an_approved_add_puts_people_on_the_roster(store: Store) -> None:
    store.replace_roster(UNIT, [active(WANG, "王五")])

    store.apply_approved(
        UNIT,
        approved(DeclarationType.ADD, line(f" {LI.lower()}", " 李四 ", "5,000.5", hukou_type="外地农村")),
    )

    entry = store.roster(UNIT)[LI]
    assert (entry.name, entry.status, entry.base, entry.since) == (
        "李四",
        PersonStatus.ACTIVE,
        Decimal("5000.50"),
        PERIOD,
    )
    assert (entry.hukou_type, entry.interrupted_from, entry.base_history) == ("22", None, ())
    assert set(store.roster(UNIT)) == {LI, WANG}


def test_an_approved_interruption_then_renewal(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三", "5000.00")])

    store.apply_approved(UNIT, approved(DeclarationType.INTERRUPTION, line(ZHANG, reason="离职")))
    stopped = store.roster(UNIT)[ZHANG]
    assert (stopped.status, stopped.interrupted_from, stopped.base) == (
        PersonStatus.INTERRUPTED,
        PERIOD,
        Decimal("5000.00"),
    )

    renewal_period = PERIOD.add_months(2)
    store.apply_approved(
        UNIT, approved(DeclarationType.RENEWAL, line(ZHANG, base="6000"), period=renewal_period)
    )
    renewed = store.roster(UNIT)[ZHANG]
    assert (renewed.status, renewed.interrupted_from, renewed.since) == (
        PersonStatus.ACTIVE,
        None,
        renewal_period,
    )
    assert renewed.base == Decimal("6000.00")
    # A renewal starts a new spell: its base history starts afresh, as the agency reads it.
    assert renewed.base_history == ()
    assert renewed.base_on(renewal_period) == Decimal("6000.00")


def test_an_approved_base_change_keeps_the_history(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三", "5000.00", since=JANUARY)])
    change = approved(DeclarationType.BASE_CHANGE, line(ZHANG, base="7000.00", effective_period="2026-10"))

    store.apply_approved(UNIT, change)
    store.apply_approved(UNIT, change)  # applying the same approval twice changes nothing more

    entry = store.roster(UNIT)[ZHANG]
    assert entry.base == Decimal("7000.00")
    assert entry.base_history == ((JANUARY, Decimal("5000.00")), (Period(2026, 10), Decimal("7000.00")))
    assert entry.base_on(Period(2026, 9)) == Decimal("5000.00")
    assert entry.base_on(Period(2026, 11)) == Decimal("7000.00")


def test_an_approval_for_someone_the_local_roster_lacks_is_left_to_the_refresh(store: Store) -> None:
    store.replace_roster(UNIT, [active(LI, "李四")])

    store.apply_approved(UNIT, approved(DeclarationType.INTERRUPTION, line(ZHANG, reason="离职")))

    assert set(store.roster(UNIT)) == {LI}


def test_a_payment_declaration_changes_no_one(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三")])
    before = store.roster(UNIT)

    store.apply_approved(UNIT, Declaration(DeclarationType.PAYMENT, PERIOD))

    assert store.roster(UNIT) == before


def test_a_roster_fetched_before_an_approval_keeps_it(store: Store, clock: FixedClock) -> None:
    """The agency's roster asked for at `fetched_at` cannot know an approval recorded after that: the
    approval is applied again on top, so its local update is not thrown away."""
    fetched_at = clock.now()
    clock.advance(timedelta(seconds=1))
    declaration_id = store.create_draft(UNIT, add_declaration(line(ZHANG, base="6000.00")))
    store.enqueue(declaration_id, "key-1")
    store.record_verdict(Verdict("key-1", DeclarationStatus.APPROVED, "SB1", answer="{}"))

    store.replace_roster(UNIT, [active(LI, "李四")], fetched_at=fetched_at)

    assert set(store.roster(UNIT)) == {ZHANG, LI}
    assert store.roster(UNIT)[ZHANG].base == Decimal("6000.00")
    # Fetched at (or after) the approval, the agency's roster is taken as it is.
    store.replace_roster(UNIT, [active(LI, "李四")], fetched_at=clock.now())
    assert set(store.roster(UNIT)) == {LI}
