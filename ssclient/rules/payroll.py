"""Payroll reconciliation: the month's payroll against the approved payment declaration and the roster.

Pure. The payroll is what the unit paid and withheld (gross wage, the employee contributions withheld per
insurance type or in total); the approved payment is what the agency charges (each person's employee
share per insurance type); the roster says who is insured in the month and at what declared wage (the
申报工资 the base is capped from). Four kinds of difference come out:

- paid, not insured: on the payroll, not in the approved payment (`on_roster` says whether the roster
  has them insured that month: then the payment, not the insurance, is what is missing);
- insured, not paid: in the approved payment or insured on the roster that month, not on the payroll;
- withheld differs: the amount withheld is not the employee share (per insurance type when the payroll
  has those columns, else in total), to the cent;
- wage differs: the gross wage is further from the declared wage than the tolerance (a fraction of the
  declared wage). The policy sets no such figure; the caller passes the user's setting.

The employee share is every line of the period's payment for that person, back payments included (they
are withheld with the month's wage too).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from ssclient.domain.enums import InsuranceType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import ZERO
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.rules.payment import insured_in
from ssclient.rules.payment_totals import INSURANCE_ORDER

# The program's own choice, not policy: monthly pay moves with overtime and bonuses, and the declared wage
# is last year's average; a fifth either way flags a real change without flagging every bonus.
DEFAULT_WAGE_TOLERANCE = Decimal("0.20")
# The insurance types with an employee share (work injury is the employer's alone).
WITHHELD_TYPES: tuple[InsuranceType, ...] = (
    InsuranceType.PENSION,
    InsuranceType.MEDICAL,
    InsuranceType.UNEMPLOYMENT,
)


class Difference(StrEnum):
    PAID_NOT_INSURED = "paid_not_insured"
    INSURED_NOT_PAID = "insured_not_paid"
    WITHHELD_DIFFERS = "withheld_differs"
    WAGE_DIFFERS = "wage_differs"


DIFFERENCE_ORDER: tuple[Difference, ...] = tuple(Difference)


@dataclass(frozen=True, slots=True)
class PayrollEntry:
    """One person's row of the payroll. `withheld`: per insurance type, for the columns the payroll has
    (a blank cell is 0.00); `withheld_total`: the total column, when it has one."""

    row: int
    id_number: str
    name: str
    gross_wage: Decimal
    withheld: Mapping[InsuranceType, Decimal] = field(default_factory=dict)
    withheld_total: Decimal | None = None

    @property
    def employee_total(self) -> Decimal:
        """What was withheld in all: the per-insurance cells when the payroll has them, else the total."""
        if self.withheld:
            return sum(self.withheld.values(), ZERO)
        return self.withheld_total if self.withheld_total is not None else ZERO


class DeclaredLine(Protocol):
    """A line of the approved payment (the agency's payment detail has these)."""

    @property
    def id_number(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def insurance(self) -> InsuranceType: ...
    @property
    def employee_amount(self) -> Decimal: ...


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One difference. `payroll` is the payroll's amount (wage or withheld), `declared` the declared one
    (declared wage or employee share); `insurance` None means all types together."""

    kind: Difference
    id_number: str
    name: str
    row: int | None = None
    insurance: InsuranceType | None = None
    payroll: Decimal | None = None
    declared: Decimal | None = None
    on_roster: bool = False

    @property
    def difference(self) -> Decimal:
        return (self.payroll or ZERO) - (self.declared or ZERO)

    @property
    def money(self) -> Decimal:
        """What the difference is worth: the wage paid to a person not insured, the share of a person not
        paid, the signed difference (payroll − declared) otherwise."""
        if self.kind is Difference.PAID_NOT_INSURED:
            return self.payroll or ZERO
        if self.kind is Difference.INSURED_NOT_PAID:
            return self.declared or ZERO
        return self.difference


@dataclass(frozen=True, slots=True)
class KindTotal:
    count: int = 0
    amount: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class Reconciliation:
    period: Period
    findings: tuple[Mismatch, ...]
    payroll_people: int
    payroll_wages: Decimal
    payroll_withheld: Decimal
    declared_people: int
    declared_employee: Decimal
    tolerance: Decimal
    serial_numbers: tuple[str, ...] = ()

    @property
    def withheld_difference(self) -> Decimal:
        return self.payroll_withheld - self.declared_employee

    def by_kind(self) -> dict[Difference, KindTotal]:
        """Per kind of difference: how many, and the sum of their `money`."""
        totals = {kind: KindTotal() for kind in DIFFERENCE_ORDER}
        for item in self.findings:
            before = totals[item.kind]
            totals[item.kind] = KindTotal(before.count + 1, before.amount + item.money)
        return totals


@dataclass(slots=True)
class _Declared:
    name: str
    shares: dict[InsuranceType, Decimal] = field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        return sum(self.shares.values(), ZERO)


def reconcile(
    period: Period,
    payroll: Sequence[PayrollEntry],
    payment: Iterable[DeclaredLine],
    roster: Iterable[RosterEntry],
    tolerance: Decimal = DEFAULT_WAGE_TOLERANCE,
    serial_numbers: Sequence[str] = (),
) -> Reconciliation:
    """Compare the payroll of `period` with its approved payment and the roster; see the module docstring."""
    if tolerance < 0:
        raise ValueError("the wage tolerance cannot be negative")
    declared = _declared(payment)
    insured = {normalize_id_number(e.id_number): e for e in roster if insured_in(e, period)}
    paid = {normalize_id_number(entry.id_number): entry for entry in payroll}
    findings: list[Mismatch] = []
    for key, entry in paid.items():
        person = declared.get(key)
        if person is None:
            findings.append(
                Mismatch(
                    Difference.PAID_NOT_INSURED,
                    entry.id_number,
                    entry.name,
                    entry.row,
                    payroll=entry.gross_wage,
                    on_roster=key in insured,
                )
            )
            continue
        findings += _withheld(entry, person)
        wage = _declared_wage(insured.get(key), period)
        if wage is not None and abs(entry.gross_wage - wage) > wage * tolerance:
            findings.append(
                Mismatch(
                    Difference.WAGE_DIFFERS,
                    entry.id_number,
                    entry.name,
                    entry.row,
                    payroll=entry.gross_wage,
                    declared=wage,
                    on_roster=True,
                )
            )
    findings += _not_paid(declared, insured, paid)
    findings.sort(key=lambda f: (DIFFERENCE_ORDER.index(f.kind), f.row or 0, f.id_number, _order(f)))
    return Reconciliation(
        period=period,
        findings=tuple(findings),
        payroll_people=len(paid),
        payroll_wages=sum((e.gross_wage for e in payroll), ZERO),
        payroll_withheld=sum((e.employee_total for e in payroll), ZERO),
        declared_people=len(declared),
        declared_employee=sum((p.total for p in declared.values()), ZERO),
        tolerance=tolerance,
        serial_numbers=tuple(serial_numbers),
    )


def _declared(payment: Iterable[DeclaredLine]) -> dict[str, _Declared]:
    people: dict[str, _Declared] = {}
    for line in payment:
        person = people.setdefault(normalize_id_number(line.id_number), _Declared(line.name))
        person.shares[line.insurance] = person.shares.get(line.insurance, ZERO) + line.employee_amount
    return people


def _withheld(entry: PayrollEntry, person: _Declared) -> list[Mismatch]:
    compared: list[tuple[InsuranceType | None, Decimal, Decimal]] = []
    if entry.withheld:
        compared = [(i, entry.withheld[i], person.shares.get(i, ZERO)) for i in WITHHELD_TYPES
                    if i in entry.withheld]  # fmt: skip
    elif entry.withheld_total is not None:
        compared = [(None, entry.withheld_total, person.total)]
    return [
        Mismatch(
            Difference.WITHHELD_DIFFERS,
            entry.id_number,
            entry.name,
            entry.row,
            insurance,
            payroll=withheld,
            declared=share,
            on_roster=True,
        )
        for insurance, withheld, share in compared
        if withheld != share
    ]


def _declared_wage(entry: RosterEntry | None, period: Period) -> Decimal | None:
    return entry.base_on(period) if entry is not None else None


def _not_paid(
    declared: dict[str, _Declared], insured: dict[str, RosterEntry], paid: dict[str, PayrollEntry]
) -> list[Mismatch]:
    missing: list[Mismatch] = []
    for key in [*declared, *(k for k in insured if k not in declared)]:
        if key in paid:
            continue
        person = declared.get(key)
        entry = insured.get(key)
        name = person.name if person is not None else entry.name if entry is not None else ""
        id_number = entry.id_number if entry is not None else key
        share = person.total if person is not None else ZERO
        missing.append(
            Mismatch(
                Difference.INSURED_NOT_PAID, id_number, name, declared=share, on_roster=entry is not None
            )
        )
    return missing


def _order(item: Mismatch) -> int:
    return INSURANCE_ORDER.index(item.insurance) if item.insurance is not None else -1
