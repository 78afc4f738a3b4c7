"""What a payment's lines add up to: per insurance type and per share (employer, employee), and how many
people they are for. Forms, receipts and statements show these sums; for a large unit's 400,000 lines they
are worked out once, on a worker, as `PaymentTotals`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from ssclient.domain.declaration import PaymentLine
from ssclient.domain.enums import InsuranceType
from ssclient.domain.money import ZERO

# The order lines and totals are listed in: the order forms and statements show insurance types.
INSURANCE_ORDER: tuple[InsuranceType, ...] = tuple(InsuranceType)


@dataclass(frozen=True, slots=True)
class ShareTotals:
    employer: Decimal = ZERO
    employee: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.employer + self.employee

    def plus(self, line: PaymentLine) -> ShareTotals:
        return ShareTotals(self.employer + line.employer_amount, self.employee + line.employee_amount)


@dataclass(frozen=True, slots=True)
class PaymentTotals:
    """A payment's sums per insurance type (in the usual order, only types that occur), over all lines,
    and the number of people its lines are for."""

    by_insurance: Mapping[InsuranceType, ShareTotals]
    overall: ShareTotals
    people: int


def payment_totals(lines: Iterable[PaymentLine]) -> PaymentTotals:
    """Every sum the payment form shows, in one pass over the lines."""
    employer: dict[InsuranceType, Decimal] = {}
    employee: dict[InsuranceType, Decimal] = {}
    people: set[str] = set()
    for line in lines:
        kind = line.insurance
        employer[kind] = employer.get(kind, ZERO) + line.employer_amount
        employee[kind] = employee.get(kind, ZERO) + line.employee_amount
        people.add(line.id_number)
    by_insurance = {
        kind: ShareTotals(employer[kind], employee[kind]) for kind in INSURANCE_ORDER if kind in employer
    }
    overall = ShareTotals(sum(employer.values(), ZERO), sum(employee.values(), ZERO))
    return PaymentTotals(by_insurance, overall, len(people))


def totals_by_insurance(lines: Iterable[PaymentLine]) -> dict[InsuranceType, ShareTotals]:
    """Employer and employee sums per insurance type, in the usual order, only types that occur."""
    return dict(payment_totals(lines).by_insurance)


def totals_by_share(lines: Iterable[PaymentLine]) -> ShareTotals:
    """Employer and employee sums over all lines."""
    return payment_totals(lines).overall


def grand_total(lines: Iterable[PaymentLine]) -> Decimal:
    return totals_by_share(lines).total
