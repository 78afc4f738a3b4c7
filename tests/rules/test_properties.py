"""Property tests: whatever the input, the rulebook answers with findings and never raises."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, IdType, InsuranceType
from ssclient.domain.period import Period
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext, check_line
from ssclient.rules.identity import check_id_number, check_identity
from ssclient.rules.person import check_name
from tests.rules.conftest import PERIOD, TODAY
from tests.rules.idgen import check_character, make_id

CTX = RuleContext(default_policy(), default_regions(), TODAY)
# Text as spreadsheets deliver it: anything, with a bias to digits, X, spaces, full-width and Chinese.
cell_text = st.one_of(
    st.text(),
    st.text(alphabet="0123456789Xx ０１２３４５６７８９ＸXx\u3000-.·是否", max_size=25),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=5),
)
# Regions that stdnum's history or the bundled list knows, for births these tests generate.
KNOWN_REGIONS = sorted(code for code in default_regions().counties if code.startswith(("11", "31", "44")))


@given(cell_text)
def test_any_text_into_the_id_rule_gives_findings_or_a_number_and_never_raises(text: str) -> None:
    number, findings = check_id_number(text, TODAY)
    assert (number is None) == bool(findings)
    if number is not None:
        assert len(number) == 18 and number == number.upper()


@given(
    born=st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 11, 1)),
    region=st.sampled_from(KNOWN_REGIONS),
    sequence=st.integers(min_value=0, max_value=999),
)
def test_generated_valid_numbers_pass(born: date, region: str, sequence: int) -> None:
    number = make_id(born, region, sequence)
    assert check_id_number(number, TODAY, regions=default_regions()) == (number, [])
    assert check_id_number(f" {number.lower()} ", TODAY, regions=default_regions())[0] == number


lines = st.builds(
    DeclarationLine,
    id_number=cell_text, name=cell_text, hukou_type=cell_text, wage_base=cell_text, migrant_worker=cell_text,
    migrant_insurance=cell_text, province=cell_text, city=cell_text, county=cell_text, reason=cell_text,
    backpay=st.dictionaries(st.sampled_from(list(InsuranceType)), st.integers(-5, 400), max_size=4),
    effective_period=cell_text,
    id_type=st.one_of(cell_text, st.sampled_from(["", "居民身份证", "港澳台居民居住证", "外国人永久居留身份证", "护照",
                                                  "passport", "hmt_residence", "foreign_permanent"])),
    nationality=cell_text, womens_category=cell_text,
)  # fmt: skip


@settings(max_examples=300)
@given(line=lines, kind=st.sampled_from([t for t in DeclarationType if t is not DeclarationType.PAYMENT]))
def test_arbitrary_lines_never_make_check_line_raise(line: DeclarationLine, kind: DeclarationType) -> None:
    findings = check_line(line, kind, PERIOD, CTX)
    assert all(f.code and f.message for f in findings)


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=12))
def test_age_rule_holds_for_any_period(year: int, month: int) -> None:
    line = DeclarationLine(make_id(date(1990, 3, 7)), "张三", "11", "6500", "否", "否")
    found = [f.code for f in check_line(line, DeclarationType.ADD, Period(year, month), CTX)]
    sixteen = Period(2006, 3)
    # A man born after 1976-09 retires at 63 (the 2024 decision's table): from 2053-03 on.
    retired = Period(2053, 3)
    expected = ["PERSON_TOO_YOUNG"] if Period(year, month) < sixteen else []
    assert found == (["RETIREMENT_AGE_REACHED"] if Period(year, month) >= retired else expected)


@given(
    born=st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 11, 1)),
    address=st.sampled_from(["810000", "820000", "830000"]),
    sequence=st.integers(min_value=0, max_value=999),
)
def test_generated_residence_permits_pass(born: date, address: str, sequence: int) -> None:
    number = make_id(born, address, sequence)
    identity, findings = check_identity("港澳台居民居住证", number, "", TODAY)
    assert findings == [] and identity is not None and identity.born == born


@given(
    born=st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 11, 1)),
    body=st.from_regex(r"\A9[0-9]{5}\Z"),
    sequence=st.integers(min_value=0, max_value=999),
)
def test_generated_foreign_permanent_ids_pass(born: date, body: str, sequence: int) -> None:
    first17 = f"{body}{born:%Y%m%d}{sequence:03d}"
    identity, findings = check_identity("外国人永久居留身份证", first17 + check_character(first17), "", TODAY)
    assert findings == [] and identity is not None and identity.born == born


# The basic block, and extension B on the supplementary plane (every code point of it is assigned).
han = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),
)


@given(st.lists(han, min_size=2, max_size=30).map("".join))
def test_any_han_name_of_any_plane_passes_on_a_chinese_document(name: str) -> None:
    assert check_name(name) == []


@given(st.from_regex(r"\A[A-Za-z]{1,18}( [A-Za-z]{1,18}){0,2}\Z"))
def test_latin_names_pass_for_foreigners_and_fail_for_mainland_residents(name: str) -> None:
    if len(name) >= 2:
        assert check_name(name, id_type=IdType.PASSPORT) == []
    assert [f.code for f in check_name(name)] == ["NAME_LATIN_ON_CHINESE_ID"]


@given(kind=st.sampled_from(list(IdType)), number=cell_text, nationality=cell_text, name=cell_text)
def test_any_identity_and_name_give_findings_and_never_raise(
    kind: IdType, number: str, nationality: str, name: str
) -> None:
    identity, findings = check_identity(kind.value, number, nationality, TODAY)
    assert (identity is None) == bool(findings)
    assert all(f.code and f.message for f in check_name(name, id_type=kind))
