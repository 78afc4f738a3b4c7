"""Personnel information change (人员信息变更): its rules on a line and against the roster, and what an
approved one does to the roster (the same functions the agency runs)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Unpack

import pytest

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, PersonStatus, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.info_change import FieldChange
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.regions import Regions
from ssclient.rules import RuleContext, check_declaration, check_line
from ssclient.rules.declaration import check_batch
from ssclient.rules.info_change import field_changes, id_number_change_refusal, roster_fields
from ssclient.rules.messages import MESSAGES
from ssclient.rules.roster_changes import apply_declaration
from tests.rules.conftest import PERIOD
from tests.rules.idgen import make_id
from tests.support.line_fields import LineFields

PERSON = make_id(date(1990, 3, 7))
STRANGER = make_id(date(1985, 6, 1), sequence=456)
HMT_PERSON = make_id(date(1988, 6, 1), region="810000")
INFO = DeclarationType.INFO_CHANGE

# The roster's record of the person: a local urban resident-ID holder, no migrant worker.
ON_ROSTER = RosterEntry(
    PERSON,
    "张三",
    PersonStatus.ACTIVE,
    Decimal("6500.00"),
    Period(2025, 1),
    hukou_type="11",
    migrant_insurance="否",
    id_type="resident",
    migrant_worker="否",
)


def line(**changes: Unpack[LineFields]) -> DeclarationLine:
    """The person's facts exactly as the roster has them (nothing corrected yet)."""
    same = DeclarationLine(PERSON, "张三", "11", "", "否", "否", id_type="resident")
    return replace(same, **changes)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def with_roster(ctx: RuleContext, *entries: RosterEntry) -> RuleContext:
    return replace(ctx, roster={entry.id_number: entry for entry in entries})


def test_a_corrected_name_passes(ctx: RuleContext) -> None:
    assert check_line(line(name="张珊"), INFO, PERIOD, with_roster(ctx, ON_ROSTER)) == []


def test_a_line_that_corrects_nothing_is_refused(ctx: RuleContext) -> None:
    found = check_line(line(), INFO, PERIOD, with_roster(ctx, ON_ROSTER))
    assert codes(found) == ["INFO_UNCHANGED"]
    assert found[0].severity is Severity.ERROR


def test_the_same_facts_written_differently_are_no_correction(ctx: RuleContext) -> None:
    # 本地城镇 is household type 11, "N" is 否, an empty ID type is the resident ID card.
    same = line(hukou_type="本地城镇", migrant_worker="N", migrant_insurance="no", id_type="")
    assert codes(check_line(same, INFO, PERIOD, with_roster(ctx, ON_ROSTER))) == ["INFO_UNCHANGED"]


def test_an_id_number_not_on_the_roster_says_what_to_do_instead(ctx: RuleContext) -> None:
    found = check_line(line(id_number=STRANGER, name="李四"), INFO, PERIOD, with_roster(ctx, ON_ROSTER))
    assert codes(found) == ["INFO_CHANGE_NOT_ON_ROSTER"]
    assert found[0].field == "id_number"
    # Not a regulation: what to do — the counter, with the police's proof; or Add personnel.
    assert "agency's counter" in found[0].message and "Add personnel" in found[0].message


def test_asking_to_change_an_id_number_is_answered_with_what_to_do() -> None:
    refusal = id_number_change_refusal()
    assert (refusal.code, refusal.field) == ("ID_NUMBER_NOT_CHANGEABLE", "id_number")
    assert "police's proof" in refusal.message and refusal.message == MESSAGES["ID_NUMBER_NOT_CHANGEABLE"]


def test_an_interrupted_person_can_be_corrected_too(ctx: RuleContext) -> None:
    stopped = replace(ON_ROSTER, status=PersonStatus.INTERRUPTED, interrupted_from=Period(2026, 3))
    assert check_line(line(hukou_type="21"), INFO, PERIOD, with_roster(ctx, stopped)) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "Zhang San"}, ["NAME_LATIN_ON_CHINESE_ID"]),
        ({"name": ""}, ["NAME_REQUIRED"]),
        ({"hukou_type": "99"}, ["HUKOU_UNKNOWN"]),
        ({"migrant_worker": "也许"}, ["YESNO_INVALID"]),
        # The Add form's contradictions: a local urban registration is no migrant worker's ...
        ({"migrant_worker": "是"}, ["HUKOU_MIGRANT_CONTRADICTION"]),
        # ... and migrant-worker insurance needs the home region.
        ({"hukou_type": "22", "migrant_worker": "是", "migrant_insurance": "是"}, ["REGION_REQUIRED"]),
        # A passport needs its holder's nationality, and its name in Latin letters as on the document.
        ({"id_type": "护照"}, ["NATIONALITY_REQUIRED", "NAME_FOREIGN_CHARACTERS"]),
        ({"id_type": "护照", "nationality": "新加坡", "name": "Zhang San"}, []),
        ({"id_type": "港澳台居民居住证"}, ["ID_HMT_ADDRESS"]),
    ],
)
def test_each_corrected_fact_is_checked_as_in_the_add_form(
    ctx: RuleContext, changes: LineFields, expected: list[str]
) -> None:
    found = check_line(line(**changes), INFO, PERIOD, with_roster(ctx, ON_ROSTER))
    assert codes(found) == expected


def test_a_wrongly_typed_hmt_permit_is_corrected_by_its_id_type(ctx: RuleContext) -> None:
    # Registered as a resident ID card by mistake: the permit's number says which type it is.
    wrong = replace(ON_ROSTER, id_number=HMT_PERSON)
    as_recorded = line(id_number=HMT_PERSON)
    assert codes(check_line(as_recorded, INFO, PERIOD, with_roster(ctx, wrong))) == ["ID_IS_HMT_PERMIT"]
    corrected = line(id_number=HMT_PERSON, id_type="hmt_residence")
    assert check_line(corrected, INFO, PERIOD, with_roster(ctx, wrong)) == []


def test_a_migrant_workers_home_region_is_compared_as_a_place(ctx: RuleContext, regions: Regions) -> None:
    migrant = replace(
        ON_ROSTER,
        hukou_type="22",
        migrant_worker="是",
        migrant_insurance="是",
        province="北京市",
        city="市辖区",
        county="东城区",
    )
    insured = line(hukou_type="22", migrant_worker="是", migrant_insurance="是", city="市辖区")
    by_code = replace(insured, province="110000", county="110101")
    assert codes(check_line(by_code, INFO, PERIOD, with_roster(ctx, migrant))) == ["INFO_UNCHANGED"]
    moved = replace(insured, province="北京市", county="西城区")
    assert check_line(moved, INFO, PERIOD, with_roster(ctx, migrant)) == []
    assert field_changes(migrant, moved, regions) == [FieldChange(PERSON, "county", "东城区", "西城区")]


def test_the_changes_are_listed_old_and_new_in_the_forms_order() -> None:
    corrected = line(name="张珊", hukou_type="21", id_type="护照", nationality="新加坡")
    assert field_changes(ON_ROSTER, corrected) == [
        FieldChange(PERSON, "name", "张三", "张珊"),
        FieldChange(PERSON, "id_type", "resident", "passport"),
        FieldChange(PERSON, "nationality", "", "新加坡"),
        FieldChange(PERSON, "hukou_type", "11", "21"),
    ]


def test_a_roster_entry_from_before_the_facts_were_kept_shows_them_unknown() -> None:
    old = RosterEntry(
        PERSON, "张三", PersonStatus.ACTIVE, Decimal("6500.00"), Period(2025, 1), hukou_type="11"
    )
    assert field_changes(old, line()) == [
        FieldChange(PERSON, "migrant_worker", "", "否"),
        FieldChange(PERSON, "migrant_insurance", "", "否"),
    ]


def test_an_approved_change_corrects_the_facts_and_keeps_the_insurance() -> None:
    based = ON_ROSTER.with_base_change(Period(2026, 6), Decimal("7000.00"))
    corrected = line(name="张珊", hukou_type="22", migrant_worker="是", migrant_insurance="是",
                     province="河北省", city="石家庄市", county="长安区")  # fmt: skip

    (entry,) = apply_declaration({PERSON: based}, Declaration(INFO, PERIOD, [corrected]))

    assert (entry.name, entry.hukou_type, entry.migrant_worker, entry.county) == (
        "张珊",
        "22",
        "是",
        "长安区",
    )
    assert (entry.status, entry.since, entry.base_history) == (based.status, based.since, based.base_history)
    assert entry.base == Decimal("7000.00")


def test_a_change_for_someone_the_local_roster_does_not_know_waits_for_the_agencys_roster() -> None:
    assert apply_declaration({}, Declaration(INFO, PERIOD, [line(name="张珊")])) == []


def test_an_add_keeps_the_facts_an_information_change_corrects() -> None:
    added = DeclarationLine(PERSON, "张三", "22", "6500", "是", "是", "河北省", "石家庄市", "长安区")

    (entry,) = apply_declaration({}, Declaration(DeclarationType.ADD, PERIOD, [added]))

    assert {k: v for k, v in roster_fields(added).items()} == {
        "name": entry.name,
        "id_type": entry.id_type,
        "nationality": entry.nationality,
        "hukou_type": entry.hukou_type,
        "migrant_worker": entry.migrant_worker,
        "migrant_insurance": entry.migrant_insurance,
        "province": entry.province,
        "city": entry.city,
        "county": entry.county,
    }
    assert entry.id_type == "resident" and entry.migrant_worker == "是"


def test_a_home_region_without_migrant_insurance_is_not_kept() -> None:
    assert roster_fields(line(province="河北省", city="石家庄市", county="长安区"))["county"] == ""


def test_a_whole_declaration_without_a_roster_still_checks_the_facts(ctx: RuleContext) -> None:
    declaration = Declaration(INFO, PERIOD, [line(name="")])
    assert codes(check_declaration(declaration, ctx)) == ["NAME_REQUIRED"]


def test_two_changes_of_one_person_declared_together_clash() -> None:
    first = Declaration(INFO, PERIOD, [line(name="张珊")])
    second = Declaration(INFO, PERIOD, [line(hukou_type="21")])
    found = check_batch([first, second], ["A", "B"])
    assert [codes(f) for f in found] == [["PERSON_IN_OTHER_DOCUMENT"], ["PERSON_IN_OTHER_DOCUMENT"]]
