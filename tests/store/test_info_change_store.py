"""The store keeps personnel information changes and each roster person's identity and migrant facts,
also after the upgrade from the schema before them (0005)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.store import Store, migrate
from tests.store.conftest import PERIOD, UNIT, ZHANG, active, add_declaration, at_revision, line

INFO = DeclarationType.INFO_CHANGE


def test_an_information_change_is_kept_and_its_approval_corrects_the_roster(store: Store) -> None:
    store.replace_roster(UNIT, [active(ZHANG, "张三")])
    corrected = line(ZHANG, "张珊", base="", hukou_type="22", migrant_worker="是", migrant_insurance="是",
                     province="河北省", city="石家庄市", county="长安区")  # fmt: skip
    declaration_id = store.create_draft(UNIT, Declaration(INFO, PERIOD, [corrected]))

    stored = store.get_declaration(declaration_id)
    assert (stored.type, stored.lines) == (INFO, [corrected])
    store.apply_approved(UNIT, stored)

    entry = store.roster(UNIT)[ZHANG]
    assert (entry.name, entry.hukou_type, entry.migrant_worker, entry.id_type) == (
        "张珊",
        "22",
        "是",
        "resident",
    )
    assert (entry.province, entry.city, entry.county) == ("河北省", "石家庄市", "长安区")


def test_a_store_from_before_information_changes_takes_them_after_its_upgrade(
    store_path: Path, clock: FixedClock
) -> None:
    at_revision(store_path, "0005")

    with Store.open(store_path, clock=clock) as store:
        assert migrate.file_revision(store_path) == migrate.SCHEMA_HEAD
        store.create_draft(UNIT, add_declaration())
        store.replace_roster(UNIT, [replace(active(ZHANG, "张三"), id_type="passport", nationality="新加坡")])
        store.create_draft(UNIT, Declaration(INFO, PERIOD, [line(ZHANG, "张珊", base="")]))
        assert {summary.type for summary in store.list_declarations(UNIT)} == {DeclarationType.ADD, INFO}
        assert store.roster(UNIT)[ZHANG].nationality == "新加坡"
