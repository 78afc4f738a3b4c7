"""The policy in force, as typed values. Built by the loader, read by rules and the agency."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from ssclient.domain.enums import InsuranceType
from ssclient.domain.money import round_money
from ssclient.domain.period import Period


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the key. `key` and `code` (a text of
    policy.messages, with `params`) say the same for a window to put in the user's language; both are
    empty for errors that name no key of a file."""

    def __init__(
        self, message: str, *, key: str = "", code: str = "", params: dict[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.key = key
        self.code = code
        self.params = dict(params or {})


@dataclass(frozen=True, slots=True)
class Sourced:
    """Where a figure comes from; `illustrative` figures must be shown as such."""

    source: str
    year: int
    illustrative: bool


@dataclass(frozen=True, slots=True)
class FixedCharge:
    """A fixed amount per insured person and month charged with an insurance type beside its rates (e.g.
    a city's major-illness medical charge, 大额医疗): added to each month's line of that type, back
    payments included, after the rate part is rounded (the amounts are whole multiples of the quantum)."""

    name: str
    name_en: str
    employer: Decimal
    employee: Decimal
    origin: Sourced


@dataclass(frozen=True, slots=True)
class InsurancePolicy:
    insurance: InsuranceType
    employer_rate: Decimal
    employee_rate: Decimal
    backpay_min_months: int
    backpay_max_months: int
    origin: Sourced
    industry_class_rates: tuple[Decimal, ...] = ()
    # The employee rate of rural contract workers (农民合同制工人), when the policy sets one apart (the
    # Unemployment Insurance Regulations, art. 6: they pay no employee unemployment share); None = as others.
    rural_employee_rate: Decimal | None = None
    fixed_monthly: FixedCharge | None = None

    def employer_rate_for(self, industry_class: int) -> Decimal:
        """Work injury depends on the unit's industry class (1–8); others have one rate. A class the
        policy has no rate for raises ValueError: the rules refuse it before any amount is computed."""
        if not self.industry_class_rates:
            return self.employer_rate
        if not 1 <= industry_class <= len(self.industry_class_rates):
            raise ValueError(f"industry class {industry_class} is not 1–{len(self.industry_class_rates)}")
        return self.industry_class_rates[industry_class - 1]

    def figure_names(self) -> tuple[str, ...]:
        """The figures of this insurance type's table in the file (its fixed charge is a table of its own)."""
        optional = (
            *(("industry_class_rates",) if self.industry_class_rates else ()),
            *(("rural_contract_worker_employee_rate",) if self.rural_employee_rate is not None else ()),
        )
        return ("employer_rate", "employee_rate", *optional, "backpay_min_months", "backpay_max_months")

    def allows_backpay(self, months: int) -> bool:
        return months == 0 or self.backpay_min_months <= months <= self.backpay_max_months


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    name: str
    name_en: str
    year: int
    illustrative: bool
    window_first_day: int
    window_last_day: int
    window_origin: Sourced
    average_wage: Decimal
    base_floor: Decimal
    base_ceiling: Decimal
    base_origin: Sourced
    rounding_mode: str
    rounding_quantum: Decimal
    rounding_origin: Sourced
    insurances: dict[InsuranceType, InsurancePolicy]
    # The pooling area (统筹地区, a city) the table is for, and the first month it is in force.
    area: str = ""
    in_force_from: Period | None = None
    # Figures whose source differs from their table's (the `figures` sub-table of the file), by key such
    # as "insurance.pension.employee_rate": a city's notice may set some figures of a table and not others.
    figure_origins: Mapping[str, Sourced] = field(default_factory=dict)
    # The copy kept in Settings → Policy this table was read from; "" for the agency's and the bundled
    # table. Not part of what the table says, so not compared.
    kept_as: str = field(default="", compare=False)

    @property
    def starts(self) -> Period:
        """The first month in force (January of `year` when the file does not say)."""
        return self.in_force_from or Period(self.year, 1)

    def round(self, amount: Decimal) -> Decimal:
        return round_money(amount, self.rounding_quantum, self.rounding_mode)

    def window_open_on(self, day_of_month: int) -> bool:
        return self.window_first_day <= day_of_month <= self.window_last_day

    def __getitem__(self, insurance: InsuranceType) -> InsurancePolicy:
        return self.insurances[insurance]

    def figure_tables(self) -> list[tuple[str, Sourced, tuple[str, ...]]]:
        """Each table of the file that holds figures: its key, its source, and the names of its figures."""
        tables: list[tuple[str, Sourced, tuple[str, ...]]] = [
            ("window", self.window_origin, ("first_day", "last_day")),
            ("base", self.base_origin, ("average_wage", "floor", "ceiling")),
            ("rounding", self.rounding_origin, ("mode", "quantum")),
        ]
        for kind, rules in self.insurances.items():
            tables.append((f"insurance.{kind.value}", rules.origin, rules.figure_names()))
            if rules.fixed_monthly is not None:
                key = f"insurance.{kind.value}.fixed_monthly"
                tables.append((key, rules.fixed_monthly.origin, ("employer", "employee")))
        return tables

    def figures(self) -> list[tuple[str, Sourced]]:
        """Every figure of the table by its key in the file, in the file's order, with its source: its own
        (`figure_origins`) where the file names one, else its table's."""
        return [
            (key, self.figure_origins.get(key, origin))
            for table, origin, names in self.figure_tables()
            for key in (f"{table}.{name}" for name in names)
        ]

    def illustrative_figures(self) -> list[str]:
        """The keys of the figures no official document is named for (shown as illustrative)."""
        return [key for key, origin in self.figures() if origin.illustrative]

    def fixed_charges(self) -> dict[InsuranceType, FixedCharge]:
        """The fixed monthly charges by insurance type, in the policy's order; empty when there are none."""
        return {kind: rules.fixed_monthly for kind, rules in self.insurances.items() if rules.fixed_monthly}


DEFAULT_ROUNDING = ROUND_HALF_UP
