"""A revision draft keeps its people's roster entries as they were before the record it replaces: written
with the draft in one transaction, read back whole, gone with the draft."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.store import Store
from tests.store.conftest import UNIT, ZHANG, add_declaration, line

LI = "110101199001011237"


def everything_known(id_number: str) -> RosterEntry:
    """An entry with every field away from its default, so a round trip shows each one."""
    return RosterEntry(
        id_number,
        "张三",
        PersonStatus.INTERRUPTED,
        Decimal("7300.50"),
        Period(2025, 3),
        hukou_type="21",
        insurances=(InsuranceType.PENSION, InsuranceType.MEDICAL),
        interrupted_from=Period(2026, 10),
        base_history=((Period(2025, 3), Decimal("6000.00")), (Period(2026, 1), Decimal("7300.50"))),
        womens_category="cadre",
        migrant_insurance="是",
        id_type="hmt_residence",
        nationality="",
        migrant_worker="是",
        province="四川省",
        city="成都市",
        county="武侯区",
        renewed_in=Period(2025, 3),
        backpay=((InsuranceType.PENSION, 2),),
    )


def test_a_revision_keeps_its_peoples_entries_before_the_record(store: Store) -> None:
    revision = replace(add_declaration(line(), line(LI, "李四")), replaces_serial="SB2026111000000001")
    before = {ZHANG: everything_known(ZHANG), LI: None}

    draft_id = store.create_revision(UNIT, revision, before)

    assert store.get_declaration(draft_id).replaces_serial == "SB2026111000000001"
    assert store.roster_before(draft_id) == before


def test_other_documents_keep_none_and_a_deleted_revision_takes_its_entries_along(store: Store) -> None:
    plain = store.create_draft(UNIT, add_declaration())
    revision = replace(add_declaration(), replaces_serial="SB2026111000000001")
    draft_id = store.create_revision(UNIT, revision, {ZHANG: everything_known(ZHANG)})
    assert store.roster_before(plain) == {}

    store.delete_declaration(draft_id)

    assert store.roster_before(draft_id) == {}


def test_entries_kept_later_replace_what_was_kept(store: Store) -> None:
    revision = replace(add_declaration(), replaces_serial="SB2026111000000001")
    draft_id = store.create_revision(UNIT, revision, {ZHANG: everything_known(ZHANG)})

    store.keep_roster_before(draft_id, {LI: None})

    assert store.roster_before(draft_id) == {LI: None}
