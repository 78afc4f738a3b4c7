"""Query → Reaching retirement age: the people insured on the local roster who reach statutory retirement
age within a few months of the current one, with the month and the age (rules.retirement: the 2024 NPC
Standing Committee decision and its tables, kept as data in resources/retirement/).

Read only, and from the local roster (refreshed at log-in and after each approval, never from here): run
`retiring` on a worker. A woman whose category (worker / cadre) the roster does not hold is listed at the
earlier, worker's, age and marked so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from ssclient.domain.clock import Clock, today
from ssclient.domain.enums import PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy.retirement import RetirementRules, default_retirement_rules
from ssclient.rules.retirement import Retiring, retiring_within

__all__ = ["DEFAULT_MONTHS", "MAX_MONTHS", "RetirementList", "RetirementQuery", "Retiring"]

DEFAULT_MONTHS = 3
# The query looks ahead at most two years: further than that the list is planning, not declaring.
MAX_MONTHS = 24


class RosterSource(Protocol):
    def roster(self, unit_code: str) -> Mapping[str, RosterEntry]: ...


@dataclass(frozen=True, slots=True)
class RetirementList:
    """Who reaches retirement age from `first` to `last` (both included), soonest first, and the rule
    (`rule` in full; its title and dates apart, for a window to word them in its language)."""

    first: Period
    last: Period
    people: tuple[Retiring, ...]
    rule: str
    rule_title: str = ""
    adopted: str = ""
    in_force: str = ""


class RetirementQuery:
    def __init__(
        self, store: RosterSource, unit_code: str, clock: Clock, rules: RetirementRules | None = None
    ) -> None:
        self._store = store
        self._unit_code = unit_code
        self._clock = clock
        self._rules = rules

    def retiring(self, months: int = DEFAULT_MONTHS) -> RetirementList:
        """The insured (active) people reaching retirement age this month or within `months` after it;
        ValueError outside 0–MAX_MONTHS."""
        if not 0 <= months <= MAX_MONTHS:
            raise ValueError(f"months must be 0 to {MAX_MONTHS}, not {months}")
        rules = self._rules or default_retirement_rules()
        period = Period.of(today(self._clock))
        insured = [
            entry
            for entry in self._store.roster(self._unit_code).values()
            if entry.status is PersonStatus.ACTIVE
        ]
        people = retiring_within(insured, period, rules, months)
        last = period.add_months(months)
        return RetirementList(
            period, last, tuple(people), rules.source, rules.title, rules.adopted, rules.in_force
        )
