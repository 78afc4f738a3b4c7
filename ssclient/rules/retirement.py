"""Statutory retirement age: nobody at or past it in the declaration period is newly insured (add, renewal),
and the roster's people reaching it soon can be listed. Ages come from policy.retirement (the 2024 NPC
Standing Committee decision and its tables); sex comes from the ID number, and a woman's category (worker
or cadre) from the line, asked only where it changes the answer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ssclient.domain.enums import Sex, WomensCategory
from ssclient.domain.findings import Finding
from ssclient.domain.identity import birth_date, sex
from ssclient.domain.money import to_halfwidth
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.retirement import RetirementCategory, RetirementRules, category_of
from ssclient.rules.identity import Identity
from ssclient.rules.messages import finding

_CATEGORY_BY_TEXT: dict[str, WomensCategory] = {c.value: c for c in WomensCategory}
_CATEGORY_BY_TEXT.update(
    {"女职工": WomensCategory.WORKER, "工人": WomensCategory.WORKER, "女工人": WomensCategory.WORKER,
     "女干部": WomensCategory.CADRE, "干部": WomensCategory.CADRE}
)  # fmt: skip


@lru_cache(maxsize=32)
def parse_womens_category(text: str) -> WomensCategory | None:
    return _CATEGORY_BY_TEXT.get(to_halfwidth(text).strip().lower())


def check_womens_category(text: str) -> tuple[WomensCategory | None, list[Finding]]:
    value = to_halfwidth(text).strip()
    if not value:
        return None, []
    category = parse_womens_category(value)
    if category is None:
        return None, [finding("WOMENS_CATEGORY_INVALID", "womens_category", value=value[:20])]
    return category, []


def check_retirement_age(
    identity: Identity, womens_text: str, period: Period, rules: RetirementRules
) -> list[Finding]:
    """An error when the person is at or past statutory retirement age in `period`."""
    born, person_sex = identity.born, identity.sex
    if born is None or person_sex is None:
        return []  # a passport says neither
    if period.year - born.year < _youngest_years(rules):
        return []  # younger than any retirement age (most people: decided without the schedules)
    womens = None
    if womens_text:
        womens, findings = check_womens_category(womens_text)
        if findings:
            return findings
    # Cached: a sheet has a few hundred birth months, each checked against the same period.
    found = _verdict(
        rules, person_sex, womens, born.year * 12 + born.month - 1, period.year * 12 + period.month - 1
    )
    return list(found) if found else []


@lru_cache(maxsize=8)
def _youngest_years(rules: RetirementRules) -> int:
    # Asked for every line of a sheet; the rules are hashed by identity, so the answer is kept cheaply.
    return rules.youngest_years


@lru_cache(maxsize=4096)
def _verdict(
    rules: RetirementRules, person_sex: Sex, womens: WomensCategory | None, born_index: int, period_index: int
) -> tuple[Finding, ...]:
    # Months as plain numbers (year × 12 + month − 1): hashing them is cheaper than hashing Periods.
    born = Period(born_index // 12, born_index % 12 + 1)
    period = Period(period_index // 12, period_index % 12 + 1)
    return tuple(_findings(rules, person_sex, womens, born, period))


def _findings(
    rules: RetirementRules, person_sex: Sex, womens: WomensCategory | None, born: Period, period: Period
) -> list[Finding]:
    category = category_of(person_sex, womens if person_sex is Sex.FEMALE else None)
    if category is not None:
        return _reached(rules, category, born, period)
    worker = rules.retirement_month(RetirementCategory.FEMALE_WORKER, born)
    cadre = rules.retirement_month(RetirementCategory.FEMALE_CADRE, born)
    if period >= cadre:
        return _reached(rules, RetirementCategory.FEMALE_CADRE, born, period)
    if period >= worker:
        return [finding("WOMENS_CATEGORY_REQUIRED", "womens_category", worker=worker, cadre=cadre)]
    return []


def _reached(
    rules: RetirementRules, category: RetirementCategory, born: Period, period: Period
) -> list[Finding]:
    month = rules.retirement_month(category, born)
    if period < month:
        return []
    years, months = rules.age_text(category, born)
    return [
        finding(
            "RETIREMENT_AGE_REACHED",
            "id_number",
            years=years,
            months=months,
            month=month,
            period=period,
            rule=rules.source,
        )
    ]


@dataclass(frozen=True, slots=True)
class Retiring:
    """A roster person reaching retirement age soon; `category_known` is False for a woman whose category
    the roster does not hold (the earlier, worker's, age is assumed)."""

    entry: RosterEntry
    month: Period
    years: int
    months: int
    category_known: bool


def retiring_within(
    roster: Iterable[RosterEntry], period: Period, rules: RetirementRules, months: int = 12
) -> list[Retiring]:
    """Roster people (resident, residence-permit and permanent-residence numbers) reaching retirement age
    from `period` to `months` months after it, soonest first."""
    last = period.add_months(months)
    found = []
    for entry in roster:
        number = entry.id_number
        if len(number) != 18 or not number[:17].isdigit():
            continue
        try:
            born = Period.of(birth_date(number))
        except ValueError:
            continue
        womens = parse_womens_category(entry.womens_category)
        category = category_of(sex(number), womens) or RetirementCategory.FEMALE_WORKER
        month = rules.retirement_month(category, born)
        if period <= month <= last:
            years, extra = rules.age_text(category, born)
            known = category is RetirementCategory.MALE or womens is not None
            found.append(Retiring(entry, month, years, extra, known))
    found.sort(key=lambda item: (item.month, item.entry.id_number))
    return found
