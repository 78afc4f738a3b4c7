"""Statutory retirement age by month of birth, read from resources/retirement/ (the 2024 NPC Standing
Committee decision on the gradual raising of the statutory retirement age and its tables; the file names
the source). Pure arithmetic on months: no clock."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from ssclient import assets
from ssclient.domain.enums import Sex, WomensCategory
from ssclient.domain.period import Period
from ssclient.policy.model import PolicyError

RETIREMENT_FILE = "statutory-retirement-age.toml"


class RetirementCategory(StrEnum):
    MALE = "male"
    FEMALE_CADRE = "female_cadre"
    FEMALE_WORKER = "female_worker"


def category_of(sex: Sex, womens: WomensCategory | None) -> RetirementCategory | None:
    """The schedule a person follows; None for a woman whose category is not known."""
    if sex is Sex.MALE:
        return RetirementCategory.MALE
    if womens is None:
        return None
    return (
        RetirementCategory.FEMALE_CADRE
        if womens is WomensCategory.CADRE
        else RetirementCategory.FEMALE_WORKER
    )


@dataclass(frozen=True, slots=True)
class Schedule:
    label: str
    original_age_years: int
    first_birth_month: Period
    months_per_step: int
    final_delay_months: int

    def age_in_months(self, born: Period) -> int:
        """The retirement age, in months, of a person born in month `born`."""
        base = self.original_age_years * 12
        if born < self.first_birth_month:
            return base
        steps = born.months_since(self.first_birth_month) // self.months_per_step + 1
        return base + min(steps, self.final_delay_months)


@dataclass(frozen=True, slots=True, eq=False)
class RetirementRules:
    """Hashed by identity (one object per loaded schedule), so answers can be cached cheaply."""

    source: str
    schedules: tuple[Schedule, ...]  # in RetirementCategory order
    # The decision's title and its dates ("2024-09-13", "2025-01-01"), for a window to word them itself.
    title: str = ""
    adopted: str = ""
    in_force: str = ""

    @property
    def youngest_years(self) -> int:
        """The lowest retirement age in whole years: anyone younger is far from every schedule's age."""
        return min(schedule.original_age_years for schedule in self.schedules)

    def schedule(self, category: RetirementCategory) -> Schedule:
        return self.schedules[_CATEGORY_ORDER.index(category)]

    def retirement_month(self, category: RetirementCategory, born: Period) -> Period:
        """The month the person reaches retirement age: at or after it, they cannot be newly insured."""
        return born.add_months(self.schedule(category).age_in_months(born))

    def age_text(self, category: RetirementCategory, born: Period) -> tuple[int, int]:
        """The retirement age as (years, months)."""
        return divmod(self.schedule(category).age_in_months(born), 12)


_CATEGORY_ORDER = tuple(RetirementCategory)


@cache
def default_retirement_rules() -> RetirementRules:
    path = assets.resource("retirement", RETIREMENT_FILE)
    with path.open("rb") as handle:
        return retirement_rules_from(tomllib.load(handle), str(path))


def retirement_rules_from(data: Mapping[str, Any], origin: str) -> RetirementRules:
    try:
        source = data["source"]
        schedules = tuple(_schedule(data["schedule"][kind.value]) for kind in _CATEGORY_ORDER)
        text = f"{source['title']} ({source['adopted']}; in force {source['in_force']})"
    except (KeyError, TypeError, ValueError) as error:
        raise PolicyError(f"{origin}: the retirement schedule cannot be read ({error})") from error
    return RetirementRules(
        text, schedules, str(source["title"]), str(source["adopted"]), str(source["in_force"])
    )


def _schedule(table: Mapping[str, Any]) -> Schedule:
    return Schedule(
        label=str(table["label"]),
        original_age_years=int(table["original_age_years"]),
        first_birth_month=Period.parse(str(table["first_birth_month"])),
        months_per_step=int(table["months_per_step"]),
        final_delay_months=int(table["final_delay_months"]),
    )
