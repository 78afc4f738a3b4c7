"""Collecting a period's contributions through the unit's bank agreement: on the unit's request (Pay), or
by the agency itself at the period's deadline (ssclient.rules.late_fees.payment_deadline).

What is due for a period is its approved payment declaration's total less what was collected for that
period before (a revision after paying leaves only the difference due). Collected after the deadline, the
late fee of Social Insurance Law art. 86 on what is due is charged with it (ssclient.rules.late_fees).

The agency has no scheduler: it notices a deadline when its clock (injected, AgencyState.clock) shows the
day has come, at the unit's next paying request (`collect_at_deadlines`), or when the operator runs
`ssclient-agency bank collect-due` (a daily job in a deployment). A deadline noticed after its day is
collected that day, with the late fee for the days since, as any late payment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ssclient.agency import bank
from ssclient.agency.agreements import current_agreement
from ssclient.agency.db import DeclarationRow, PaymentRow, UnitRow, lock_unit
from ssclient.agency.db_paying import CollectionRow
from ssclient.agency.errors import ApiError
from ssclient.agency.roster import from_cents, to_cents
from ssclient.agency.state import AgencyState
from ssclient.domain.clock import today as today_of
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.rules.late_fees import days_late, late_fee, payment_deadline

PAID, FAILED = "paid", "failed"
REQUEST, DEADLINE = "request", "deadline"
NO_AGREEMENT, AGREEMENT_VOID, NO_FUNDS = "NO_AGREEMENT", "AGREEMENT_VOID", "NO_FUNDS"


@dataclass(frozen=True, slots=True)
class Declared:
    """A period's approved payment declaration: its id, serial number and total in cents."""

    declaration_id: int
    serial_number: str
    cents: int


def declared(db: Session, unit_id: int, periods: Iterable[str] | None = None) -> dict[str, Declared]:
    """The unit's approved payment declarations by period (one per period: db.py's unique index)."""
    query = (
        select(
            DeclarationRow.period,
            DeclarationRow.id,
            DeclarationRow.serial_number,
            func.coalesce(func.sum(PaymentRow.employer_cents + PaymentRow.employee_cents), 0),
        )
        .outerjoin(PaymentRow, PaymentRow.declaration_id == DeclarationRow.id)
        .where(
            DeclarationRow.unit_id == unit_id,
            DeclarationRow.type == DeclarationType.PAYMENT.value,
            DeclarationRow.status == DeclarationStatus.APPROVED.value,
        )
        .group_by(DeclarationRow.period, DeclarationRow.id, DeclarationRow.serial_number)
    )
    if periods is not None:
        query = query.where(DeclarationRow.period.in_(list(periods)))
    return {
        period: Declared(row_id, serial or "", int(cents))
        for period, row_id, serial, cents in db.execute(query)
    }


def collected_cents(db: Session, unit_id: int, period: str) -> int:
    """The contributions (late fees apart) collected for `period`."""
    total = db.scalar(
        select(func.coalesce(func.sum(CollectionRow.amount_cents), 0)).where(
            CollectionRow.unit_id == unit_id, CollectionRow.period == period, CollectionRow.status == PAID
        )
    )
    return int(total or 0)


def collect(state: AgencyState, unit_id: int, period: str, trigger: str = REQUEST) -> CollectionRow:
    """Collect what `period` still owes, now; the collection made or tried. Refusals: 404 NOTHING_DECLARED
    (no approved payment declaration), 409 NOTHING_DUE (paid already)."""
    with state.sessions.begin() as db:
        lock_unit(db, unit_id)  # one collection of a unit at a time: what is due stays true until it is taken
        if trigger == DEADLINE and _tried_at_deadline(db, unit_id, period):
            # Another request noticed the same deadline a moment before: it is collected once.
            raise ApiError(409, "NOTHING_DUE", f"{period} was collected at its deadline.")
        found = declared(db, unit_id, [period]).get(period)
        if found is None:
            raise ApiError(404, "NOTHING_DECLARED", f"{period} has no approved payment declaration.")
        due = found.cents - collected_cents(db, unit_id, period)
        if due <= 0:
            raise ApiError(409, "NOTHING_DUE", f"{period} is paid.")
        return _collect(db, state, unit_id, period, found, due, trigger)


def _collect(
    db: Session, state: AgencyState, unit_id: int, period: str, found: Declared, due: int, trigger: str
) -> CollectionRow:
    now = state.clock.now()
    policy = state.policy_for(Period.parse(period))  # the month's own table: its window, its rounding
    days = days_late(payment_deadline(policy, Period.parse(period)), today_of(state.clock))
    fee = to_cents(late_fee(from_cents(due), days, policy))
    agreement = current_agreement(db, unit_id)
    status, reason = PAID, ""
    if agreement is None:
        status, reason = FAILED, NO_AGREEMENT
    elif agreement[0].status == bank.VOID:
        status, reason = FAILED, AGREEMENT_VOID
    elif not bank.debit(db, agreement[1].id, due + fee):
        status, reason = FAILED, NO_FUNDS
    row = CollectionRow(
        unit_id=unit_id,
        period=period,
        declaration_id=found.declaration_id,
        agreement_id=None if agreement is None else agreement[0].id,
        trigger=trigger,
        status=status,
        reason=reason,
        amount_cents=due,
        late_fee_cents=fee,
        days_late=days,
        collected_at=now,
    )
    db.add(row)
    db.flush()
    if status == PAID:
        row.certificate_number = certificate_number(now, row.id)
    return row


def _tried_at_deadline(db: Session, unit_id: int, period: str) -> bool:
    return (
        db.scalar(
            select(CollectionRow.id).where(
                CollectionRow.unit_id == unit_id,
                CollectionRow.period == period,
                CollectionRow.trigger == DEADLINE,
            )
        )
        is not None
    )


def certificate_number(moment: datetime, collection_id: int) -> str:
    """JK, the day, and the collection's number: unique, as the collection is."""
    return f"JK{moment:%Y%m%d}{collection_id:010d}"


def collect_at_deadlines(state: AgencyState, unit_id: int) -> int:
    """Collect every period of the unit whose deadline has come, still owing, not tried at its deadline yet;
    how many were tried."""
    today = today_of(state.clock)
    with state.sessions() as db:
        owing = _owing_at_deadline(db, state, unit_id, today)
    tried = 0
    for period in owing:
        try:
            collect(state, unit_id, period, DEADLINE)
        except ApiError:  # paid or revoked meanwhile (another request of the unit): nothing to collect
            continue
        tried += 1
    return tried


def _owing_at_deadline(db: Session, state: AgencyState, unit_id: int, today: date) -> list[str]:
    tried = set(
        db.scalars(
            select(CollectionRow.period).where(
                CollectionRow.unit_id == unit_id, CollectionRow.trigger == DEADLINE
            )
        )
    )
    return [
        period
        for period, found in sorted(declared(db, unit_id).items())
        if period not in tried
        and payment_deadline(state.policy_for(Period.parse(period)), Period.parse(period)) <= today
        and found.cents > collected_cents(db, unit_id, period)
    ]


def collect_due_for_all(state: AgencyState) -> int:
    """What `ssclient-agency bank collect-due` runs: every unit's deadlines that have come."""
    with state.sessions() as db:
        units = list(db.scalars(select(UnitRow.id).order_by(UnitRow.id)))
    return sum(collect_at_deadlines(state, unit_id) for unit_id in units)
