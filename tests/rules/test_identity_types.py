"""Every identity that may be insured: resident ID, HK/Macao/Taiwan residence permit, foreign permanent
resident ID card, passport. Numbers are built with the GB 11643-1999 check character computed in idgen."""

from __future__ import annotations

from datetime import date

import pytest

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, IdType, Sex
from ssclient.domain.findings import Finding
from ssclient.rules import RuleContext, check_line
from ssclient.rules.identity import Identity, check_identity, parse_id_type
from tests.rules.conftest import PERIOD, TODAY
from tests.rules.idgen import check_character, make_id


def permit(address: str, born: date = date(1988, 6, 1), sequence: int = 123) -> str:
    return make_id(born, address, sequence)


def foreign_permanent(born: date = date(1985, 5, 12), sequence: int = 124) -> str:
    # 9, the issuing province (11), the nationality code (840), the birth date, the sequence, the check.
    first17 = f"911840{born:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)


def codes(found: tuple[Identity | None, list[Finding]]) -> list[str]:
    return [f.code for f in found[1]]


@pytest.mark.parametrize(("text", "kind"), [("", IdType.RESIDENT), ("居民身份证", IdType.RESIDENT),
                                            ("港澳台居民居住证", IdType.HMT_RESIDENCE),
                                            ("外国人永久居留身份证", IdType.FOREIGN_PERMANENT),
                                            ("护照", IdType.PASSPORT), ("passport", IdType.PASSPORT),
                                            (" PASSPORT ", IdType.PASSPORT)])  # fmt: skip
def test_id_types_by_code_or_chinese_name(text: str, kind: IdType) -> None:
    assert parse_id_type(text) is kind


def test_an_unknown_id_type_is_refused() -> None:
    assert codes(check_identity("驾驶证", "E1234567", "", TODAY)) == ["ID_TYPE_UNKNOWN"]


@pytest.mark.parametrize("address", ["810000", "820000", "830000"])
def test_residence_permits_of_hong_kong_macao_and_taiwan(address: str) -> None:
    number = permit(address)
    identity, findings = check_identity("港澳台居民居住证", number, "", TODAY)
    assert findings == [] and identity == Identity(IdType.HMT_RESIDENCE, number, date(1988, 6, 1), Sex.MALE)
    # Typed as a resident ID, the number says which document it is.
    assert codes(check_identity("", number, "", TODAY)) == ["ID_IS_HMT_PERMIT"]


def test_a_residence_permit_needs_its_address_code_and_check_character() -> None:
    assert codes(check_identity("hmt_residence", make_id(), "", TODAY)) == ["ID_HMT_ADDRESS"]
    wrong = permit("830000")[:-1] + ("0" if permit("830000")[-1] != "0" else "1")
    assert codes(check_identity("hmt_residence", wrong, "", TODAY)) == ["ID_CHECKSUM"]


def test_the_foreign_permanent_resident_id_card() -> None:
    number = foreign_permanent()
    identity, findings = check_identity("外国人永久居留身份证", number, "", TODAY)
    assert findings == [] and identity == Identity(
        IdType.FOREIGN_PERMANENT, number, date(1985, 5, 12), Sex.FEMALE
    )
    assert codes(check_identity("foreign_permanent", make_id(), "", TODAY)) == ["ID_FOREIGN_PERMANENT_FORMAT"]
    assert codes(check_identity("foreign_permanent", number[:-1] + "X", "", TODAY)) == ["ID_CHECKSUM"]


def test_a_passport_needs_a_number_and_the_nationality() -> None:
    assert check_identity("护照", " e1234567 ", "美国", TODAY) == (
        Identity(IdType.PASSPORT, "E1234567", None, None),
        [],
    )
    assert codes(check_identity("护照", "E1234567", "", TODAY)) == ["NATIONALITY_REQUIRED"]
    assert codes(check_identity("护照", "E1", "USA", TODAY)) == ["PASSPORT_FORMAT"]
    assert codes(check_identity("护照", "E1234567", "12", TODAY)) == ["NATIONALITY_INVALID"]


def line(**fields: str) -> DeclarationLine:
    base = {"id_number": make_id(), "name": "张三", "hukou_type": "11", "wage_base": "6500",
            "migrant_worker": "否", "migrant_insurance": "否"}  # fmt: skip
    base.update(fields)
    return DeclarationLine(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [
        {"id_type": "港澳台居民居住证", "id_number": permit("830000"), "name": "陈大文"},
        {"id_type": "外国人永久居留身份证", "id_number": foreign_permanent(), "name": "Anna Muller"},
        {"id_type": "护照", "id_number": "E1234567", "name": "John Smith", "nationality": "英国"},
        {"name": "赵孟𫖯"},
    ],
)
def test_every_identity_can_be_added(fields: dict[str, str], ctx: RuleContext) -> None:
    assert check_line(line(**fields), DeclarationType.ADD, PERIOD, ctx) == []


def test_the_name_follows_the_id_type_on_a_line(ctx: RuleContext) -> None:
    found = check_line(line(name="赵C"), DeclarationType.ADD, PERIOD, ctx)
    assert [(f.field, f.code) for f in found] == [("name", "NAME_LATIN_ON_CHINESE_ID")]
    passport = line(id_type="护照", id_number="E1234567", name="张三", nationality="美国")
    found = check_line(passport, DeclarationType.ADD, PERIOD, ctx)
    assert [(f.field, f.code) for f in found] == [("name", "NAME_FOREIGN_CHARACTERS")]
