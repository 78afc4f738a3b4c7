"""An approved information change corrects the same facts in the client's store and at the agency: the
client's roster after applying the approvals equals the one the agency sends at the next log-in."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.domain.info_change import INFO_CHANGE_FIELDS
from ssclient.domain.roster import RosterEntry
from ssclient.store import Store
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, person_line


def facts(entry: RosterEntry) -> tuple[object, ...]:
    return (entry.id_number, entry.status, entry.base, *(getattr(entry, key) for key in INFO_CHANGE_FIELDS))


def test_the_store_and_the_agency_correct_the_same_facts(
    tmp_path: Path, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    migrant = replace(person_line(2, "李四"), hukou_type="22", migrant_worker="是", migrant_insurance="是",
                      province="河北省", city="石家庄市", county="长安区")  # fmt: skip
    approvals = [
        Declaration(DeclarationType.ADD, CURRENT_PERIOD, [person_line(1, "张三"), migrant]),
        Declaration(
            DeclarationType.INFO_CHANGE,
            CURRENT_PERIOD,
            [
                replace(person_line(1, "Zhang San", base=""), id_type="护照", nationality="新加坡"),
                replace(migrant, wage_base="", migrant_insurance="否"),
            ],
        ),
    ]
    with Store.open(tmp_path / "store.sqlite3", clock=agency_clock) as store:
        store.save_unit(unit.client.profile())
        for number, declaration in enumerate(approvals):
            result = unit.client.submit(declaration, f"facts-{number:04d}")
            assert result.approved, result.findings
            store.apply_approved(unit.unit_code, declaration)
        local = sorted(facts(entry) for entry in store.roster(unit.unit_code).values())

    agency = sorted(facts(entry) for entry in unit.client.roster())
    assert local == agency
    zhang, li = agency
    assert zhang[3:] == ("Zhang San", "passport", "新加坡", "11", "否", "否", "", "", "")
    # No longer insured as a migrant worker: the home region is no longer kept.
    assert li[3:] == ("李四", "resident", "", "22", "是", "否", "", "", "")
