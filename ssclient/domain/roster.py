"""The unit's roster: who is insured here, and how."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period

ALL_INSURANCES: tuple[InsuranceType, ...] = tuple(InsuranceType)


def backpay_of(
    months: Mapping[str, int] | Mapping[InsuranceType, int],
) -> tuple[tuple[InsuranceType, int], ...]:
    """A back payment {insurance: months} as RosterEntry.backpay keeps it: the months asked for, by type
    name. ValueError for an unknown insurance type or a count that is not a whole number."""
    return tuple(
        sorted((InsuranceType(name), int(count)) for name, count in months.items() if int(count) > 0)
    )


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
    # Every base the person has had, as (first month it applies, base), oldest first; the last entry is
    # the latest-starting base, normally `base` itself. Empty when the base never changed: then `base`
    # applies to every month. See `base_on` and `with_base_change`.
    base_history: tuple[tuple[Period, Decimal], ...] = ()
    # A woman's retirement category (WomensCategory value) when declared; "" when not known.
    womens_category: str = ""
    # The migrant-worker-insurance answer of the last add or renewal: "是", "否", or "" when not known.
    migrant_insurance: str = ""
    # What the last add, renewal or information change said of the person's identity document (IdType
    # value; a passport's nationality), migrant-worker answer (是/否) and home region (with migrant-worker
    # insurance only): "" when not known (people declared before the roster kept them).
    id_type: str = ""
    nationality: str = ""
    migrant_worker: str = ""
    province: str = ""
    city: str = ""
    county: str = ""
    # The month of the last add or renewal (None when not known) and the back payment it asked for, by
    # insurance type (months, all > 0, by type name): that month's payment must include it, as the agency's
    # review says.
    renewed_in: Period | None = None
    backpay: tuple[tuple[InsuranceType, int], ...] = ()

    def base_on(self, period: Period) -> Decimal:
        """The base in force in `period`: a base change applies to whole months from its first month.

        A month before the earliest recorded change takes the earliest recorded base (nothing older is
        known); with no history at all, `base` applies throughout.
        """
        if not self.base_history:
            return self.base
        current = self.base_history[0][1]
        for start, base in self.base_history:
            if start > period:
                break
            current = base
        return current

    def with_base_change(self, effective: Period, base: Decimal) -> RosterEntry:
        """This entry after a base change from `effective` on (a later-dated change stays in force after it).

        The history then lists every base with its first month, the first one from `since`; a change dated
        before `since` applies from `since` (it cannot reach before the person was insured here). The
        agency keeps its roster by the same reading."""
        effective = max(effective, self.since)
        history = self.base_history or ((self.since, self.base),)
        kept = [(start, amount) for start, amount in history if start != effective]
        kept.append((effective, base))
        kept.sort(key=lambda item: item[0])
        return replace(self, base=kept[-1][1], base_history=tuple(kept))


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
