"""Personnel information change (人员信息变更) at the agency, over HTTP: its review, the roster following an
approval (and a revocation), the record in the records query and what it corrected."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.info_change import FieldChange
from ssclient.sync.api import AgencyError, DeclarationQuery, Verdict
from tests.support.agency import AgencyUnit, declaration, make_id_number, person_line

ADD, INFO = DeclarationType.ADD, DeclarationType.INFO_CHANGE
ZHANG, LI = make_id_number(1), make_id_number(2)


def approved(result: Verdict) -> Verdict:
    assert result.approved, [f.code for f in result.findings]
    return result


def add_two(unit: AgencyUnit) -> None:
    approved(unit.client.submit(declaration(ADD, person_line(1, "张三"), person_line(2, "李四")), "add-0001"))


def test_an_approved_change_corrects_the_roster_and_its_record_tells_old_and_new(unit: AgencyUnit) -> None:
    add_two(unit)
    corrected = replace(person_line(1, "张珊", base=""), hukou_type="22", migrant_worker="是", migrant_insurance="是",
                            province="河北省", city="石家庄市", county="长安区")  # fmt: skip

    result = approved(unit.client.submit(declaration(INFO, corrected), "info-0001"))

    roster = {entry.id_number: entry for entry in unit.client.roster()}
    zhang = roster[ZHANG]
    assert (zhang.name, zhang.hukou_type, zhang.migrant_worker, zhang.migrant_insurance) == (
        "张珊",
        "22",
        "是",
        "是",
    )
    assert (zhang.province, zhang.city, zhang.county, zhang.id_type) == (
        "河北省",
        "石家庄市",
        "长安区",
        "resident",
    )
    assert str(zhang.base) == "6500.00"  # the insurance itself is not touched
    assert roster[LI].name == "李四"
    page = unit.client.declarations(DeclarationQuery(type=INFO))
    assert [(item.serial_number, item.type, item.people) for item in page.items] == [
        (result.serial_number, INFO, ("张珊",))
    ]
    assert unit.client.info_changes(result.declaration_id) == [
        FieldChange(ZHANG, "name", "张三", "张珊"),
        FieldChange(ZHANG, "hukou_type", "11", "22"),
        FieldChange(ZHANG, "migrant_worker", "否", "是"),
        FieldChange(ZHANG, "migrant_insurance", "否", "是"),
        FieldChange(ZHANG, "province", "", "河北省"),
        FieldChange(ZHANG, "city", "", "石家庄市"),
        FieldChange(ZHANG, "county", "", "长安区"),
    ]


def test_revoking_a_change_puts_the_persons_facts_back(unit: AgencyUnit) -> None:
    add_two(unit)
    result = approved(unit.client.submit(declaration(INFO, person_line(2, "李思", base="")), "info-0001"))

    unit.client.revoke(result.declaration_id)

    assert {e.id_number: e.name for e in unit.client.roster()}[LI] == "李四"
    # The record still tells what it had corrected, now revoked.
    assert unit.client.info_changes(result.declaration_id) == [FieldChange(LI, "name", "李四", "李思")]


@pytest.mark.parametrize(
    ("line_number", "name", "code", "field"),
    [
        # Someone not on the roster: the answer says what to do about a wrong ID number instead.
        (3, "王五", "INFO_CHANGE_NOT_ON_ROSTER", "lines[0].id_number"),
        # The roster's facts again, unchanged.
        (1, "张三", "INFO_UNCHANGED", "lines[0].name"),
    ],
)
def test_a_change_that_names_no_one_or_corrects_nothing_is_refused(
    unit: AgencyUnit, line_number: int, name: str, code: str, field: str
) -> None:
    add_two(unit)

    result = unit.client.submit(declaration(INFO, person_line(line_number, name, base="")), "info-0001")

    assert result.status is DeclarationStatus.REJECTED
    assert [(f.field, f.code) for f in result.findings] == [(field, code)]
    assert {e.id_number: e.name for e in unit.client.roster()} == {ZHANG: "张三", LI: "李四"}
    if code == "INFO_CHANGE_NOT_ON_ROSTER":
        assert "agency's counter" in result.findings[0].message


def test_only_an_approved_information_change_has_corrections_to_show(unit: AgencyUnit) -> None:
    add_two(unit)
    added = unit.client.declarations(DeclarationQuery(type=ADD)).items[0]
    rejected = unit.client.submit(declaration(INFO, person_line(1, "张三", base="")), "info-0001")

    for record in (added.id, rejected.declaration_id):
        with pytest.raises(AgencyError) as refused:
            unit.client.info_changes(record)
        assert (refused.value.status, refused.value.code) == (409, "NOT_AN_INFO_CHANGE")
    with pytest.raises(AgencyError) as missing:
        unit.client.info_changes(999_999)
    assert missing.value.code == "NOT_FOUND"
