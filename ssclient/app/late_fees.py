"""Late fees (滞纳金) seen from the client: for the logged-in unit and a period, what paying late would cost.

The fee is charged on the period's payment declaration: the approved one's total, as this computer's
records know it (the agency charges on exactly that). Before one is approved, the declaration waiting for
the agency's answer, else the one in the draft box (draft, checked or rejected) stands in for it, and the
outlook says so (`Basis`); with no payment declaration at all there is nothing to forecast.

The deadline and the rate are the rulebook's (ssclient.rules.late_fees: 社会保险法 art. 86, 0.05 % a day
from the day after the window's last day). `LateFees.outlook` reads the store, so windows run it on a
worker; `outlook_for` is pure and serves the payment form's own, not yet saved, lines.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from ssclient.domain.clock import Clock
from ssclient.domain.clock import today as today_of
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.policy.model import Policy
from ssclient.rules.late_fees import (
    DAILY_RATE,
    LATE_FEE_SOURCE,
    LateFeeForecast,
    days_late,
    forecast,
    payment_deadline,
)

if TYPE_CHECKING:  # the store loads SQLAlchemy, the client httpx
    from ssclient.store import Store
    from ssclient.sync.api import AgencyClient

__all__ = [
    "DAILY_RATE",
    "LATE_FEE_SOURCE",
    "Basis",
    "LateFeeOutlook",
    "LateFees",
    "PaymentTotal",
    "choose_payment",
    "outlook_for",
    "outlook_of",
    "sum_amounts",
]

S = DeclarationStatus
log = logging.getLogger(__name__)


class Basis(Enum):
    """Which payment declaration the fee is reckoned on."""

    APPROVED = "approved"  # approved by the agency: what it charges on (as the records know it)
    OUTSTANDING = "outstanding"  # what the agency says is still unpaid of the approved one
    PAID = "paid"  # approved and paid in full at the agency: nothing accrues
    WAITING = "waiting"  # declared, no answer yet: its total, once approved
    DRAFT = "draft"  # in the draft box (draft, checked or rejected): not declared yet
    NONE = "none"  # no payment declaration of the period: nothing to forecast


_TIERS = (
    (Basis.APPROVED, frozenset({S.APPROVED})),
    (Basis.WAITING, frozenset({S.PENDING, S.SUBMITTED})),
    (Basis.DRAFT, frozenset({S.DRAFT, S.CHECKED, S.REJECTED})),
)


@dataclass(frozen=True, slots=True)
class PaymentTotal:
    """One payment declaration of the period: its status, total, and when it last moved (decided for an
    approved one, else changed) — the latest of a kind wins (a revision replaces the approved one)."""

    status: DeclarationStatus
    total: Decimal
    moved_at: datetime | None = None
    serial_number: str | None = None
    declaration_id: int | None = None


def choose_payment(payments: Iterable[PaymentTotal]) -> tuple[Basis, PaymentTotal | None]:
    """The declaration the fee is reckoned on: the latest approved, else the latest waiting, else the
    latest in the draft box (revoked ones count for nothing)."""
    found = list(payments)
    for basis, statuses in _TIERS:
        of_tier = [p for p in found if p.status in statuses]
        if of_tier:
            return basis, max(of_tier, key=_moment)
    return Basis.NONE, None


def _moment(payment: PaymentTotal) -> tuple[datetime, int]:
    moved = payment.moved_at or datetime.min.replace(tzinfo=UTC)
    return moved, payment.declaration_id or 0


@dataclass(frozen=True, slots=True)
class LateFeeOutlook:
    """What paying `period`'s contributions costs by day, seen on `today`. `forecast` is None when no
    payment declaration gives an amount (`basis` NONE): the deadline still holds."""

    period: Period
    today: date
    deadline: date
    basis: Basis
    forecast: LateFeeForecast | None
    serial_number: str | None = None

    @property
    def last_free_day(self) -> date:
        return self.deadline

    @property
    def amount(self) -> Decimal | None:
        return self.forecast.amount if self.forecast is not None else None

    @property
    def days_late_today(self) -> int:
        return days_late(self.deadline, self.today)

    @property
    def days_to_deadline(self) -> int:
        """Days from today to the last free day (0: today is it; negative: past it)."""
        return (self.deadline - self.today).days

    @property
    def fee_today(self) -> Decimal | None:
        return self.forecast.fee_today if self.forecast is not None else None

    def fee_after(self, days: int) -> Decimal | None:
        """The fee if paid `days` days from today (None: no amount to reckon on)."""
        return self.forecast.fee_after_delay(days) if self.forecast is not None else None

    def paid_on(self, days: int) -> date:
        return self.today + timedelta(days=max(0, days))

    def days_late_after(self, days: int) -> int:
        """Days of arrears when paid `days` days from today."""
        return days_late(self.deadline, self.paid_on(days))


def outlook_for(
    period: Period,
    today: date,
    policy: Policy,
    amount: Decimal | None,
    basis: Basis = Basis.DRAFT,
    serial_number: str | None = None,
) -> LateFeeOutlook:
    """The outlook for paying `amount` for `period` (None or nothing: the deadline alone)."""
    if amount is None:
        basis = Basis.NONE
    reckoned = forecast(amount, period, today, policy) if amount is not None else None
    return LateFeeOutlook(
        period,
        today,
        payment_deadline(policy, period),
        basis,
        reckoned,
        serial_number,
    )


def outlook_of(
    period: Period, today: date, policy: Policy, payments: Iterable[PaymentTotal]
) -> LateFeeOutlook:
    """The outlook for the period's payment declarations, as choose_payment picks one."""
    basis, chosen = choose_payment(payments)
    if chosen is None:
        return outlook_for(period, today, policy, None)
    return outlook_for(period, today, policy, chosen.total, basis, chosen.serial_number)


def sum_amounts(joined: str | None) -> Decimal:
    """The sum of comma-joined amounts (SQLite's group_concat of the store's exact texts), each read as
    Decimal, never float. Raises ValueError on one that is not a number (a damaged store)."""
    if not joined:
        return Decimal(0)
    try:
        return sum(map(Decimal, joined.split(",")), Decimal(0))
    except ArithmeticError as error:  # decimal.InvalidOperation: a damaged amount
        raise ValueError(f"an amount in the store is not a number: {error}") from error


class LateFees:
    """The late-fee outlook of the logged-in unit's payment declarations, from the local records and, when
    the agency answers, what it says is still unpaid (`agency`: None offline)."""

    def __init__(
        self, store: Store, unit_code: str, policy: Policy, clock: Clock, agency: AgencyClient | None = None
    ) -> None:
        self._store = store
        self._unit_code = unit_code
        self._policy = policy
        self._clock = clock
        self._agency = agency

    def outlook(self, period: Period | None = None) -> LateFeeOutlook:
        """The outlook for `period` (the current one by default), read from the store; for an approved
        declaration, reckoned on what the agency says is still unpaid (paid in full: nothing accrues)."""
        today = today_of(self._clock)
        period = period or Period.of(today)
        local = outlook_of(period, today, self._policy, self._payment_totals(period))
        if local.basis is not Basis.APPROVED or self._agency is None:
            return local
        outstanding = self._outstanding(period)
        if outstanding is None:  # the agency does not know the month (yet), or cannot be asked: the records
            return local
        basis = Basis.PAID if outstanding <= 0 else Basis.OUTSTANDING
        amount = max(outstanding, Decimal(0))
        return outlook_for(period, today, self._policy, amount, basis, local.serial_number)

    def _payment_totals(self, period: Period) -> list[PaymentTotal]:
        summaries = self._store.list_declarations(
            self._unit_code, types=[DeclarationType.PAYMENT], periods=(period, period)
        )
        payments = []
        for summary in summaries:
            if summary.status is S.REVOKED:
                continue
            declaration = self._store.get_declaration(summary.id)
            total = sum((line.total for line in declaration.payments), Decimal(0))
            moved = summary.decided_at if summary.status is S.APPROVED else summary.updated_at
            payments.append(PaymentTotal(summary.status, total, moved, summary.serial_number, summary.id))
        return payments

    def _outstanding(self, period: Period) -> Decimal | None:
        """What the agency says `period` still owes; None when it cannot be asked (offline, session ended)
        or has no payment for the month."""
        from ssclient.sync.api import AgencyError, AgencyUnreachable

        assert self._agency is not None
        try:
            months = self._agency.payment_months()
        except (AgencyError, AgencyUnreachable) as error:
            log.info("late fees: the agency's payments could not be read (%s); the records are used", error)
            return None
        return next((month.outstanding for month in months if month.period == period), None)
