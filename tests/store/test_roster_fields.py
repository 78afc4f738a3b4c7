"""The local roster keeps what the rules need later: a woman's retirement category and the
migrant-worker-insurance answer, from the approved add or renewal (rules.roster_changes)."""

from __future__ import annotations

from dataclasses import replace

from ssclient.store import Store
from tests.store.conftest import LI, UNIT, ZHANG, active, add_declaration, line


def test_an_approved_add_keeps_the_category_and_the_migrant_answer(store: Store) -> None:
    woman = replace(line(LI, "李四"), womens_category="女职工", migrant_worker="是", migrant_insurance="是")
    store.apply_approved(UNIT, add_declaration(line(ZHANG), woman))
    roster = store.roster(UNIT)
    assert (roster[LI].womens_category, roster[LI].migrant_insurance) == ("worker", "是")
    assert (roster[ZHANG].womens_category, roster[ZHANG].migrant_insurance) == ("", "")  # not answered


def test_a_roster_refreshed_from_the_agency_keeps_them_too(store: Store) -> None:
    store.replace_roster(UNIT, [replace(active(LI, "李四"), womens_category="cadre", migrant_insurance="否")])
    assert store.roster(UNIT)[LI].womens_category == "cadre"
    assert store.roster(UNIT)[LI].migrant_insurance == "否"
