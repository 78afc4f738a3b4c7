"""Rules on the fields of a personnel line: name, household type, wage base, yes/no, home region."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ssclient.domain.enums import IdType, Severity
from ssclient.domain.findings import Finding
from ssclient.policy import Policy
from ssclient.policy.regions import Regions
from ssclient.rules.base import contribution_base_of
from ssclient.rules.messages import finding
from ssclient.rules.person import (
    check_home_region,
    check_hukou,
    check_migrant,
    check_name,
    check_wage_base,
    check_yes_no,
    normalize_name,
    parse_hukou,
    parse_yes_no,
)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


@pytest.mark.parametrize(
    "name",
    ["张三", "买买提·艾力", "买买提•艾力", "欧阳娜娜", "阿卜杜热合曼·麦麦提", "赵孟\U0002b5af", "𠀀𪚥"],
)
def test_valid_names(name: str) -> None:
    assert check_name(name) == []


def test_minority_name_dots_are_unified() -> None:
    assert normalize_name(" 买买提•艾力 ") == "买买提·艾力"


@pytest.mark.parametrize(
    ("name", "code"),
    [("", "NAME_REQUIRED"), ("  ", "NAME_REQUIRED"), ("张三3", "NAME_DIGITS"), ("张三３", "NAME_DIGITS"),
     ("张三!", "NAME_CHARACTERS"), ("·艾力", "NAME_CHARACTERS"), ("买买提··艾力", "NAME_CHARACTERS"),
     ("张", "NAME_LENGTH"), ("张" * 31, "NAME_LENGTH")],
)  # fmt: skip
def test_invalid_names(name: str, code: str) -> None:
    assert codes(check_name(name)) == [code]


def test_name_characters_message_names_the_characters() -> None:
    assert "!" in check_name("张三!")[0].message


@pytest.mark.parametrize(("text", "code"), [("11", "11"), ("12", "12"), ("21", "21"), ("22", "22"),
                                            ("本地城镇", "11"), ("外地城镇", "12"), ("本地农村", "21"),
                                            ("外地农村", "22"), (" ２２ ", "22"), ("30", "30"),
                                            ("居民户口", "30")])  # fmt: skip
def test_hukou_by_code_or_label(text: str, code: str) -> None:
    assert check_hukou(text) == []
    hukou = parse_hukou(text)
    assert hukou is not None and hukou.value == code


@pytest.mark.parametrize(
    ("text", "code"), [("", "HUKOU_REQUIRED"), ("13", "HUKOU_UNKNOWN"), ("城镇", "HUKOU_UNKNOWN")]
)
def test_hukou_invalid(text: str, code: str) -> None:
    assert codes(check_hukou(text)) == [code]


@pytest.mark.parametrize(("text", "amount"), [("6500", "6500"), ("6500.5", "6500.5"), ("6,500.25", "6500.25"),
                                              ("¥6500", "6500"), ("６５００", "6500"), ("4800", "4800"),
                                              ("24000.00", "24000.00")])  # fmt: skip
def test_wage_base_valid(text: str, amount: str, policy: Policy) -> None:
    value, findings = check_wage_base(text, policy)
    assert findings == []
    assert value == Decimal(amount)


def test_wage_base_at_most_two_decimals(policy: Policy) -> None:
    assert codes(check_wage_base("6500.123", policy)[1]) == ["BASE_DECIMALS"]
    assert check_wage_base("6500.120", policy)[1] == []  # a trailing zero is not a third decimal


def test_wage_below_floor_is_capped_with_a_warning_naming_the_floor(policy: Policy) -> None:
    value, found = check_wage_base("4799.99", policy)
    assert value == Decimal("4799.99")  # the declared wage is kept as earned
    assert [(f.code, f.severity) for f in found] == [("BASE_BELOW_FLOOR", Severity.WARNING)]
    assert found[0].params == {"value": "4799.99", "limit": f"{policy.base_floor:.2f}"}
    assert contribution_base_of(Decimal("4799.99"), policy) == policy.base_floor


def test_wage_above_ceiling_is_capped_with_a_warning_naming_the_ceiling(policy: Policy) -> None:
    # The issue's own example: 30000.00 declared, 24000.00 (the ceiling) used.
    value, found = check_wage_base("30000", policy)
    assert value == Decimal("30000")
    assert [(f.code, f.severity) for f in found] == [("BASE_ABOVE_CEILING", Severity.WARNING)]
    assert found[0].message == (
        "The declared wage 30,000.00 yuan is above the contribution base ceiling; "
        "contributions are computed on the ceiling of 24,000.00 yuan."
    )
    # The amounts stay plain numbers in the finding's parameters (the agency's answers carry them).
    assert found[0].params == {"value": "30000.00", "limit": "24000.00"}
    assert contribution_base_of(Decimal("30000"), policy) == Decimal("24000.00")


@pytest.mark.parametrize("text", ["0", "-100", "0.00"])
def test_wage_must_be_more_than_zero(text: str, policy: Policy) -> None:
    assert check_wage_base(text, policy) == (None, [finding("BASE_NOT_POSITIVE", "wage_base")])


@pytest.mark.parametrize(("text", "code"), [("", "BASE_REQUIRED"), ("abc", "BASE_NOT_NUMBER"),
                                            ("6500元", "BASE_NOT_NUMBER"), ("NaN", "BASE_NOT_NUMBER"),
                                            ("1e400", "BASE_NOT_NUMBER")])  # fmt: skip
def test_wage_base_not_an_amount(text: str, code: str, policy: Policy) -> None:
    assert codes(check_wage_base(text, policy)[1]) == [code]


@pytest.mark.parametrize("text", ["是", "yes", "YES", "y", "Y", "1", "１", " 是 ", "true"])
def test_yes_variants(text: str) -> None:
    assert parse_yes_no(text) is True
    assert check_yes_no(text, "migrant_worker") == (True, [])


@pytest.mark.parametrize("text", ["否", "no", "No", "n", "N", "0", "false"])
def test_no_variants(text: str) -> None:
    assert check_yes_no(text, "migrant_worker") == (False, [])


def test_yes_no_invalid_and_missing() -> None:
    assert codes(check_yes_no("maybe", "migrant_worker")[1]) == ["YESNO_INVALID"]
    assert codes(check_yes_no("", "migrant_worker")[1]) == ["YESNO_REQUIRED"]


def test_migrant_insurance_for_a_non_migrant_is_a_warning() -> None:
    insured, findings = check_migrant("否", "是")
    assert insured is True
    assert [(f.code, f.severity) for f in findings] == [("MIGRANT_INSURANCE_NOT_MIGRANT", Severity.WARNING)]


def test_region_cascade_by_name_and_by_code(regions: Regions) -> None:
    by_name, problems = check_home_region("北京市", "市辖区", "东城区", regions)
    assert problems == [] and by_name is not None and by_name.code == "110101"
    by_code, problems = check_home_region("11", "1101", "110101", regions)
    assert problems == [] and by_code == by_name
    mixed, problems = check_home_region("北京市", "1101", "东城区", regions)
    assert problems == [] and mixed == by_name


def test_region_required_names_the_missing_part(regions: Regions) -> None:
    assert [(f.code, f.field) for f in check_home_region("北京市", "", "东城区", regions)[1]] == [
        ("REGION_REQUIRED", "city")
    ]


def test_region_unknown_province(regions: Regions) -> None:
    assert codes(check_home_region("火星省", "市辖区", "东城区", regions)[1]) == ["PROVINCE_UNKNOWN"]


def test_region_city_of_another_province(regions: Regions) -> None:
    finding = check_home_region("天津市", "1101", "110101", regions)[1][0]
    assert finding.code == "CITY_UNKNOWN"
    assert finding.params["parent"] == "天津市"


def test_region_county_of_another_city(regions: Regions) -> None:
    beijing = "1101"
    tianjin_county = next(code for code in regions.counties if code.startswith("1201"))
    finding = check_home_region("11", beijing, tianjin_county, regions)[1][0]
    assert (finding.code, finding.field) == ("COUNTY_UNKNOWN", "county")


def test_a_name_from_the_cjk_extension_planes_is_a_chinese_name() -> None:
    # 赵孟𫖯 (the painter Zhao Mengfu): 𫖯 is U+2B5AF, CJK Unified Ideographs Extension C.
    assert len("赵孟𫖯") == 3 and ord("赵孟𫖯"[2]) == 0x2B5AF
    assert check_name("赵孟𫖯") == []
    assert check_name("赵孟𫖯", id_type=IdType.HMT_RESIDENCE) == []


@pytest.mark.parametrize("name", ["赵C", "John Smith", "张san"])
def test_a_latin_letter_in_a_mainland_residents_name_is_an_error(name: str) -> None:
    assert codes(check_name(name)) == ["NAME_LATIN_ON_CHINESE_ID"]


@pytest.mark.parametrize("name", ["John Smith", "Jean-Luc Picard", "José Núñez", "MULLER  ANNA"])
@pytest.mark.parametrize("id_type", [IdType.PASSPORT, IdType.FOREIGN_PERMANENT])
def test_foreigners_names_are_latin_letters_spaces_and_hyphens(name: str, id_type: IdType) -> None:
    assert check_name(name, id_type=id_type) == []


@pytest.mark.parametrize(("name", "code"), [("约翰", "NAME_FOREIGN_CHARACTERS"), ("O'Brien", "NAME_FOREIGN_CHARACTERS"),
                                            ("Smith2", "NAME_DIGITS"), ("J", "NAME_LENGTH"),
                                            ("- -", "NAME_FOREIGN_CHARACTERS")])  # fmt: skip
def test_bad_foreign_names(name: str, code: str) -> None:
    assert codes(check_name(name, id_type=IdType.PASSPORT)) == [code]


@pytest.mark.parametrize(
    ("province", "city", "county", "code"),
    [
        ("330000", "330100", "330106", "330106"),  # six-digit GB/T 2260 codes at every level
        ("33", "3301", "330106", "330106"),
        ("浙江省", "杭州市", "西湖区", "330106"),
        ("浙江", "杭州市", "西湖区", "330106"),  # the short name people write
        ("北京市", "北京市", "朝阳区", "110105"),  # a municipality's name for its 市辖区
        ("北京", "北京", "朝阳区", "110105"),
        ("110000", "110100", "110105", "110105"),
        ("重庆市", "重庆市", "城口县", "500229"),  # under Chongqing's 县, not its 市辖区
        ("广西", "南宁市", "兴宁区", "450102"),
    ],
)
def test_home_region_by_code_name_and_the_names_people_write(
    province: str, city: str, county: str, code: str, regions: Regions
) -> None:
    found, problems = check_home_region(province, city, county, regions)
    assert problems == [] and found is not None and found.code == code


def test_a_municipalitys_name_is_no_city_of_another_province(regions: Regions) -> None:
    assert codes(check_home_region("浙江省", "北京市", "朝阳区", regions)[1]) == ["CITY_UNKNOWN"]
    assert codes(check_home_region("浙江省", "330200", "330106", regions)[1]) == ["COUNTY_UNKNOWN"]
