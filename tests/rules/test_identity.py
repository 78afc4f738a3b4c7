"""ID number rules (GB 11643-1999): each rule with a valid and an invalid case."""

from __future__ import annotations

from datetime import date

import pytest

from ssclient.domain.enums import Sex
from ssclient.domain.identity import age_on, birth_date, sex
from ssclient.domain.period import Period
from ssclient.policy.regions import default_regions
from ssclient.rules.identity import check_id_number, check_minimum_age
from tests.rules.conftest import TODAY
from tests.rules.idgen import check_character, make_id, with_bad_check

VALID = make_id(date(1990, 3, 7), "110105", 123)
WITH_X = "11010519900307005X"


def codes(text: str, today: date = TODAY) -> list[str]:
    return [f.code for f in check_id_number(text, today, regions=default_regions())[1]]


def test_valid_number_passes_and_is_returned_normalized() -> None:
    number, findings = check_id_number(VALID, TODAY)
    assert (number, findings) == (VALID, [])


def test_lower_case_x_is_accepted_and_returned_upper_case() -> None:
    number, findings = check_id_number(WITH_X.lower(), TODAY)
    assert findings == []
    assert number == WITH_X


def test_surrounding_and_inner_spaces_and_full_width_digits_are_ignored() -> None:
    spaced = f"  {VALID[:6]} {VALID[6:14]} {VALID[14:]}\u3000"
    assert check_id_number(spaced, TODAY)[0] == VALID
    full_width = VALID.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    assert check_id_number(full_width, TODAY)[0] == VALID


def test_empty_number_is_required() -> None:
    assert codes("   ") == ["ID_REQUIRED"]


def test_checksum_mismatch() -> None:
    assert codes(with_bad_check(VALID)) == ["ID_CHECKSUM"]


def test_legacy_15_digit_number_asks_for_the_18_digit_one() -> None:
    finding = check_id_number("110105900307123", TODAY)[1][0]
    assert finding.code == "ID_LEGACY_15"
    assert "18-digit" in finding.message


@pytest.mark.parametrize(("text", "code"), [("1101051990", "ID_LENGTH"), ("11010519900307123A", "ID_FORMAT"),
                                            ("X10105199003071230", "ID_FORMAT")])  # fmt: skip
def test_length_and_format(text: str, code: str) -> None:
    assert codes(text) == [code]


def test_length_message_names_the_length() -> None:
    assert "has 10" in check_id_number("1101051990", TODAY)[1][0].message


def test_invalid_birth_date() -> None:
    first17 = "11010519900230123"  # 30 February
    assert codes(first17 + check_character(first17)) == ["ID_BIRTH_DATE"]


def test_birth_date_in_the_future() -> None:
    tomorrow = make_id(date(2026, 11, 11))
    assert codes(tomorrow) == ["ID_BIRTH_FUTURE"]
    assert codes(tomorrow, today=date(2026, 11, 11)) == []


def test_unknown_region_code() -> None:
    assert codes(make_id(region="999999")) == ["ID_REGION"]


def test_historical_region_code_is_accepted() -> None:
    # 370122 章丘县 was replaced in 1992; people born there before keep their number.
    assert codes(make_id(date(1980, 5, 1), "370122")) == []


def test_region_abolished_before_birth_is_refused() -> None:
    assert codes(make_id(date(2000, 5, 1), "370122")) == ["ID_REGION"]


def test_region_created_after_birth_is_accepted() -> None:
    # 520325 (道真) has its code since 1997; a person born in 1960 got the number when the card was issued.
    assert codes(make_id(date(1960, 5, 1), "520325")) == []


def test_any_stored_region_of_the_bundled_list_counts() -> None:
    regions = default_regions()
    newest = next(code for code in ("140671", "431271", "131172") if code in regions.counties)
    number = make_id(date(1990, 1, 1), newest)
    assert check_id_number(number, TODAY, regions=regions)[1] == []


def test_derived_birth_date_sex_and_age() -> None:
    assert birth_date(VALID) == date(1990, 3, 7)
    assert sex(VALID) is Sex.MALE  # sequence 123: odd
    assert sex(make_id(sequence=124)) is Sex.FEMALE
    assert age_on(VALID, date(2026, 3, 6)) == 35
    assert age_on(VALID, date(2026, 3, 7)) == 36


def test_age_is_at_least_16_in_the_declaration_period() -> None:
    # Turns 16 on 30 November 2026: old enough in the period 2026-11, not in 2026-10.
    born = birth_date(make_id(date(2010, 11, 30)))
    assert check_minimum_age(born, Period(2026, 11)) == []
    too_young = check_minimum_age(born, Period(2026, 10))
    assert [f.code for f in too_young] == ["PERSON_TOO_YOUNG"]
    assert too_young[0].params == {"age": "15", "period": "2026-10", "minimum": "16"}


def test_the_region_years_walked_once_answer_as_each_lookup() -> None:
    """Every six-digit code of the region history, and codes it lacks, read as stdnum's lookup reads them."""
    from ssclient.rules import identity

    years = identity._county_years()
    assert years is not None and len(years) > 3000
    provinces = sorted({code[:2] for code in years})
    others = [f"{province}{n:04d}" for province in provinces for n in range(0, 10000, 97)]
    others += [f"{n:06d}" for n in range(0, 1000000, 9973)]
    for code in [*years, *others]:
        assert identity._region_last_year(code) == identity._looked_up_last_year(code), code
