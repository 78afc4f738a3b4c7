"""Work saved as several documents at once (an annual base of more people than one declaration holds): all
parts or none, and who the other parts already name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.store import InvalidTransitionError, NotFoundError, Store
from tests.store.conftest import LI, PERIOD, UNIT, WANG, ZHANG, add_declaration, line

S = DeclarationStatus


def annual(*id_numbers: str, effective: str = "2026-01") -> Declaration:
    lines = [
        DeclarationLine(id_number=n, name="张三", wage_base="6000.00", effective_period=effective)
        for n in id_numbers
    ]
    return Declaration(DeclarationType.ANNUAL_BASE, PERIOD, lines)


def test_parts_are_updated_created_and_removed_in_one_go(store: Store) -> None:
    first, second = store.create_drafts(
        UNIT, [(annual(ZHANG), "wages.xlsx 1/2"), (annual(LI), "wages.xlsx 2/2")]
    )

    ids = store.save_drafts(
        UNIT, [(replace(annual(ZHANG, LI), id=first), "wages2.xlsx"), (annual(WANG), "wages2.xlsx 2/2")],
        removed=[second],
    )  # fmt: skip

    assert ids[0] == first and ids[1] not in (first, second)
    assert [x.id_number for x in store.get_declaration(first).lines] == [ZHANG, LI]
    assert [store.summary(i).note for i in ids] == ["wages2.xlsx", "wages2.xlsx 2/2"]
    with pytest.raises(NotFoundError):
        store.get_declaration(second)


def test_a_part_saved_without_a_note_keeps_its_own(store: Store) -> None:
    kept = store.create_draft(UNIT, annual(ZHANG), note="wages.xlsx 1/2")

    store.save_drafts(UNIT, [(replace(annual(LI), id=kept), None)])

    assert store.summary(kept).note == "wages.xlsx 1/2"
    assert [x.id_number for x in store.get_declaration(kept).lines] == [LI]


def test_nothing_is_saved_when_one_part_cannot_be_removed(store: Store) -> None:
    first, sent = store.create_drafts(UNIT, [(annual(ZHANG), "1/2"), (annual(LI), "2/2")])
    store.enqueue(sent, "key-1")  # declared meanwhile, from the draft box

    with pytest.raises(InvalidTransitionError, match="cannot be deleted"):
        store.save_drafts(
            UNIT, [(replace(annual(WANG), id=first), None), (annual(LI), "2/2")], removed=[sent]
        )

    assert [x.id_number for x in store.get_declaration(first).lines] == [ZHANG]
    assert store.count_declarations(UNIT) == 2


def test_people_declared_by_the_other_documents_of_the_year(store: Store) -> None:
    this, other = store.create_drafts(UNIT, [(annual(ZHANG), ""), (annual(LI), "")])
    store.create_draft(UNIT, annual(WANG, effective="2025-01"))  # last year's
    store.create_draft(UNIT, add_declaration(line(WANG)))  # not an annual base
    store.create_draft("170000002", annual(WANG))  # another unit's
    revoked = store.create_draft(UNIT, annual(WANG))
    store.enqueue(revoked, "key-1")
    for status in (S.SUBMITTED, S.APPROVED, S.REVOKED):
        store.set_status(revoked, status)

    named = store.people_declared(UNIT, DeclarationType.ANNUAL_BASE, "2026-01", excluding=[this])

    assert named == {LI: other}
    assert store.people_declared(UNIT, DeclarationType.ANNUAL_BASE, "2026-01") == {ZHANG: this, LI: other}


def test_the_record_a_revision_replaces_is_not_counted(store: Store) -> None:
    record = store.create_draft(UNIT, annual(ZHANG))
    store.enqueue(record, "key-2")
    store.set_status(record, S.SUBMITTED)
    store.set_status(record, S.APPROVED, serial_number="SB2026111000000007")

    kind = DeclarationType.ANNUAL_BASE
    assert store.people_declared(UNIT, kind, "2026-01") == {ZHANG: record}
    assert store.people_declared(UNIT, kind, "2026-01", replaced=["SB2026111000000007"]) == {}
