"""Rules on the fields of a personnel line: name, household type, wage base, yes/no, home region."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ssclient.domain.enums import HUKOU_LABELS_ZH, HukouType, IdType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.money import MAX_DIGITS, decimal_places, parse_amount, to_halfwidth
from ssclient.policy.model import Policy
from ssclient.policy.regions import Region, Regions
from ssclient.rules.base import capped_base_findings
from ssclient.rules.messages import finding

NAME_MIN, NAME_MAX = 2, 30
FOREIGN_NAME_MAX = 60
# Chinese documents: Han characters of every CJK block — the basic block, extension A, compatibility
# ideographs, and extensions B to H on the supplementary planes (赵孟𫖯: U+2B5AF) — and the middle dot of
# minority and transliterated names (买买提·艾力).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CHINESE_NAME_BAD = re.compile(f"[^{_HAN}·]")
# Foreigners' documents: Latin letters (with their accented forms), spaces and hyphens.
_FOREIGN_NAME_BAD = re.compile(r"[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f \-]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_DIGIT = re.compile(r"\d")

_YES = {"是", "yes", "y", "1", "true", "t"}
_NO = {"否", "no", "n", "0", "false", "f"}

_HUKOU_BY_TEXT: dict[str, HukouType] = {h.value: h for h in HukouType}
_HUKOU_BY_TEXT.update({label: h for h, label in HUKOU_LABELS_ZH.items()})


_CLEAN_CHINESE_NAME = re.compile(f"[{_HAN}]+(?:·[{_HAN}]+)*")


_DOTS = re.compile(r"[•‧・.]")
_SPACES = re.compile(r" {2,}")


def normalize_name(text: str) -> str:
    # Minority names are written with several look-alike dots; keep one. Runs of spaces become one.
    # (Compiled once: re.sub looked the pattern up again on every row of a sheet.)
    name = _DOTS.sub("·", to_halfwidth(text).strip())
    return _SPACES.sub(" ", name) if "  " in name else name


def check_name(text: str, field: str = "name", id_type: IdType = IdType.RESIDENT) -> list[Finding]:
    """A name as the identity document writes it: Chinese characters on Chinese documents, Latin letters
    on foreigners' ones."""
    if (
        id_type.is_chinese_document
        and NAME_MIN <= len(text) <= NAME_MAX
        and _CLEAN_CHINESE_NAME.fullmatch(text)
    ):
        return []  # the usual case, as typed: normalizing would leave it as it is
    name = normalize_name(text)
    if (
        id_type.is_chinese_document
        and NAME_MIN <= len(name) <= NAME_MAX
        and _CLEAN_CHINESE_NAME.fullmatch(name)
    ):
        return []  # the usual case, in one pass
    if not name:
        return [finding("NAME_REQUIRED", field)]
    if _DIGIT.search(name):
        return [finding("NAME_DIGITS", field)]
    if id_type.is_foreign:
        return _check_foreign_name(name, field)
    if _LATIN.search(name):
        return [finding("NAME_LATIN_ON_CHINESE_ID", field)]
    bad = sorted(set(_CHINESE_NAME_BAD.findall(name)))
    if bad:
        return [finding("NAME_CHARACTERS", field, value=" ".join(bad))]
    if name.startswith("·") or name.endswith("·") or "··" in name:
        return [finding("NAME_CHARACTERS", field, value="·")]
    if not NAME_MIN <= len(name) <= NAME_MAX:
        return [finding("NAME_LENGTH", field, minimum=NAME_MIN, maximum=NAME_MAX, length=len(name))]
    return []


def _check_foreign_name(name: str, field: str) -> list[Finding]:
    bad = sorted(set(_FOREIGN_NAME_BAD.findall(name)))
    if bad:
        return [finding("NAME_FOREIGN_CHARACTERS", field, value=" ".join(bad))]
    if not _LATIN.search(name):
        return [finding("NAME_FOREIGN_CHARACTERS", field, value=name[:10])]
    if not NAME_MIN <= len(name) <= FOREIGN_NAME_MAX:
        return [finding("NAME_LENGTH", field, minimum=NAME_MIN, maximum=FOREIGN_NAME_MAX, length=len(name))]
    return []


# Digits (ASCII only: \d takes other scripts' digits too), no more than parse_amount allows before the
# point, and two decimals at most.
_PLAIN_AMOUNT = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}(?:\.[0-9]{{1,2}})?")


@lru_cache(maxsize=256)
def parse_hukou(text: str) -> HukouType | None:
    return _HUKOU_BY_TEXT.get(to_halfwidth(text).strip())


def check_hukou(text: str, field: str = "hukou_type") -> list[Finding]:
    value = to_halfwidth(text).strip()
    if not value:
        return [finding("HUKOU_REQUIRED", field)]
    if parse_hukou(value) is None:
        return [finding("HUKOU_UNKNOWN", field, value=value)]
    return []


def check_wage_base(
    text: str, policy: Policy, field: str = "wage_base"
) -> tuple[Decimal | None, list[Finding]]:
    raw = to_halfwidth(text).strip()
    if _PLAIN_AMOUNT.fullmatch(raw):
        # The usual wage ("6500", "6500.5"): what parse_amount makes of it, without its cleaning, and
        # within the digits and decimals allowed.
        amount = Decimal(raw)
    elif not raw:
        return None, [finding("BASE_REQUIRED", field)]
    else:
        try:
            amount = parse_amount(raw)
        except ValueError:
            return None, [finding("BASE_NOT_NUMBER", field, value=raw[:40])]
        # An exponent of -2 or more means two decimals at most; only longer ones need normalizing (6500.120).
        if amount.as_tuple().exponent < -2 and decimal_places(amount) > 2:  # type: ignore[operator]
            return None, [finding("BASE_DECIMALS", field)]
    if policy.base_floor <= amount <= policy.base_ceiling:
        return amount, []  # the usual case
    if amount <= 0:
        return None, [finding("BASE_NOT_POSITIVE", field)]
    return amount, capped_base_findings(amount, policy, field)


def check_hukou_against_migrant(hukou_text: str, migrant_worker: str) -> list[Finding]:
    """A local urban registration is no migrant worker's: one of the two answers is wrong."""
    if parse_hukou(hukou_text) is HukouType.LOCAL_URBAN and parse_yes_no(migrant_worker) is True:
        return [finding("HUKOU_MIGRANT_CONTRADICTION", "migrant_worker")]
    return []


@lru_cache(maxsize=256)
def parse_yes_no(text: str) -> bool | None:
    # Cached: a sheet repeats the same few answers on every row.
    value = to_halfwidth(text).strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    return None


def check_yes_no(text: str, field: str) -> tuple[bool | None, list[Finding]]:
    value = to_halfwidth(text).strip()
    if not value:
        return None, [finding("YESNO_REQUIRED", field)]
    answer = parse_yes_no(value)
    if answer is None:
        return None, [finding("YESNO_INVALID", field, value=value[:20])]
    return answer, []


def check_home_region(
    province: str, city: str, county: str, regions: Regions, prefix: str = ""
) -> tuple[Region | None, list[Finding]]:
    """Province, city and county (by name or code) that exist and belong to each other."""
    if not (province.strip() and city.strip() and county.strip()):
        missing = next(
            name
            for name, value in (("province", province), ("city", city), ("county", county))
            if not value.strip()
        )
        return None, [finding("REGION_REQUIRED", prefix + missing)]
    found_province = regions.find_province(province)
    if found_province is None:
        return None, [finding("PROVINCE_UNKNOWN", prefix + "province", value=province.strip())]
    found_city = regions.find_city(found_province, city)
    if found_city is None:
        return None, [
            finding("CITY_UNKNOWN", prefix + "city", value=city.strip(), parent=found_province.name)
        ]
    found_county = regions.find_county(found_city, county)
    if found_county is None:
        return None, [
            finding("COUNTY_UNKNOWN", prefix + "county", value=county.strip(), parent=found_city.name)
        ]
    return found_county, []


def check_migrant(migrant_worker: str, migrant_insurance: str) -> tuple[bool | None, list[Finding]]:
    worker, findings = check_yes_no(migrant_worker, "migrant_worker")
    insured, more = check_yes_no(migrant_insurance, "migrant_insurance")
    findings += more
    if worker is False and insured is True:
        findings.append(finding("MIGRANT_INSURANCE_NOT_MIGRANT", "migrant_insurance", Severity.WARNING))
    return insured, findings
