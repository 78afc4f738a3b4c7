"""The unit's roster: who is insured here, and how."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period

ALL_INSURANCES: tuple[InsuranceType, ...] = tuple(InsuranceType)


@dataclass(frozen=True, slots=True)
class RosterEntry:
    id_number: str
    name: str
    status: PersonStatus
    base: Decimal
    since: Period
    hukou_type: str = ""
    insurances: tuple[InsuranceType, ...] = ALL_INSURANCES
    # For an interrupted person: the first month they were no longer insured.
    interrupted_from: Period | None = None
    # Earlier bases, as (first month it applied, base), oldest first; `base` applies from `since` on
    # unless a later change says otherwise. Empty when the base never changed.
    base_history: tuple[tuple[Period, Decimal], ...] = ()

    def base_on(self, period: Period) -> Decimal:
        """The base in force in `period` (a base change applies to whole months)."""
        current = self.base
        for start, base in self.base_history:
            if start <= period:
                current = base
        return current


@dataclass(frozen=True, slots=True)
class Unit:
    """An employer (参保单位) as registered with the agency."""

    unit_code: str
    name: str
    uscc: str
    tax_number: str
    contact: str = ""
    phone: str = ""
    industry_class: int = 1
    extra: dict[str, str] = field(default_factory=dict)
