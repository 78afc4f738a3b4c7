"""How an approved declaration changes the roster, without a database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.rules.roster_changes import UnreadableLineError, apply_declaration
from tests.store.conftest import JANUARY, LI, PERIOD, ZHANG, active, line


def test_an_add_for_someone_interrupted_brings_them_back_as_a_new_spell() -> None:
    stopped = RosterEntry(
        ZHANG, "张三", PersonStatus.INTERRUPTED, Decimal("5000.00"), JANUARY, interrupted_from=Period(2026, 6)
    )

    (entry,) = apply_declaration(
        {ZHANG: stopped}, Declaration(DeclarationType.ADD, PERIOD, [line(base="5200")])
    )

    assert (entry.status, entry.since, entry.interrupted_from) == (PersonStatus.ACTIVE, PERIOD, None)
    # The base history starts afresh with the new spell, as the agency reads it.
    assert (entry.base, entry.base_history) == (Decimal("5200.00"), ())


def test_a_join_keeps_the_facts_as_the_roster_keeps_them_and_text_that_does_not_parse_as_typed() -> None:
    # Answers and household type in any accepted spelling become the roster's 是/否 and codes; text that
    # does not parse (only a line the rules have not checked holds it) is kept as typed, never blanked.
    joining = line(name=" 张三 ", hukou_type="本地农村", migrant_worker="y", migrant_insurance="不知道")

    (entry,) = apply_declaration({}, Declaration(DeclarationType.ADD, PERIOD, [joining]))

    assert (entry.name, entry.hukou_type) == ("张三", "21")
    assert (entry.migrant_worker, entry.migrant_insurance) == ("是", "不知道")


def test_a_base_change_without_an_effective_period_applies_from_the_declaration_period() -> None:
    change = Declaration(DeclarationType.BASE_CHANGE, PERIOD, [line(base="8000")])

    (entry,) = apply_declaration({ZHANG: active(ZHANG, "张三")}, change)

    assert entry.base_on(PERIOD) == Decimal("8000.00")
    assert entry.base_on(PERIOD.add_months(-1)) == Decimal("5000.00")


def test_the_same_base_again_changes_no_months_base() -> None:
    entry = active(ZHANG, "张三", "5000.00")
    again = entry.with_base_change(PERIOD, Decimal("5000.00"))
    assert all(again.base_on(PERIOD.add_months(n)) == Decimal("5000.00") for n in range(-12, 12))


def test_an_earlier_change_declared_later_keeps_the_history_in_time_order() -> None:
    entry = active(ZHANG, "张三", "5000.00").with_base_change(Period(2026, 10), Decimal("7000.00"))

    entry = entry.with_base_change(Period(2026, 8), Decimal("6000.00"))

    assert [start for start, _ in entry.base_history] == [JANUARY, Period(2026, 8), Period(2026, 10)]
    assert entry.base == Decimal("7000.00")  # the latest declared base
    assert entry.base_on(Period(2026, 9)) == Decimal("6000.00")


def test_a_change_dated_before_the_person_joined_applies_from_joining() -> None:
    entry = active(ZHANG, "张三", "5000.00").with_base_change(JANUARY.add_months(-3), Decimal("6000.00"))
    assert entry.base_history == ((JANUARY, Decimal("6000.00")),)


def test_people_not_named_are_not_returned() -> None:
    roster = {ZHANG: active(ZHANG, "张三"), LI: active(LI, "李四")}

    changed = apply_declaration(
        roster, Declaration(DeclarationType.INTERRUPTION, PERIOD, [line(LI, reason="退休")])
    )

    assert [e.id_number for e in changed] == [LI]


@pytest.mark.parametrize(
    "bad",
    [line(id_number="  "), line(base="五千"), line(effective_period="soon")],
)
def test_an_unreadable_approved_line_is_refused(bad: object) -> None:
    kind = DeclarationType.BASE_CHANGE
    with pytest.raises(UnreadableLineError, match="line 1"):
        apply_declaration({ZHANG: active(ZHANG, "张三")}, Declaration(kind, PERIOD, [bad]))  # type: ignore[list-item]
