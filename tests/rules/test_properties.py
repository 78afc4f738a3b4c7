"""Property tests: whatever the input, the rulebook answers with findings and never raises."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.domain.period import Period
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext, check_line
from ssclient.rules.identity import check_id_number
from tests.rules.conftest import PERIOD, TODAY
from tests.rules.idgen import make_id

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
    assert found == ([] if Period(year, month) >= sixteen else ["PERSON_TOO_YOUNG"])
