"""The paying area's answers: each month's payment state (due, paid, failed) with its collections."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssclient.agency.collecting import FAILED, PAID, collect_at_deadlines, declared
from ssclient.agency.db import DeclarationRow
from ssclient.agency.db_paying import AgreementRow, BankAccountRow, CollectionRow
from ssclient.agency.roster import from_cents
from ssclient.agency.schemas_paying import CollectionOut, MonthOut, MonthsOut
from ssclient.agency.state import AgencyState
from ssclient.agency.wire import amount, local
from ssclient.domain.clock import today as today_of
from ssclient.domain.period import Period
from ssclient.rules.bank import BANKS, mask_account
from ssclient.rules.late_fees import days_late, late_fee, payment_deadline


def months(state: AgencyState, unit_id: int, first: str | None, last: str | None) -> MonthsOut:
    """The unit's months from `first` to `last` (each optional), newest first; deadlines that have come are
    collected first (ssclient.agency.collecting)."""
    collect_at_deadlines(state, unit_id)
    today = today_of(state.clock)
    with state.sessions() as db:
        approved = declared(db, unit_id)
        tries = _collections(db, unit_id)
    # A month counts with its approved declaration, or with money paid for it: failed tries alone (the
    # declaration since revoked) leave nothing owed and nothing paid, which is no month to show as paid.
    paid_for = {period for period, made in tries.items() if any(row.status == PAID for row, _s, _a in made)}
    periods = sorted(set(approved) | paid_for, reverse=True)
    items = []
    for period in periods:
        if (first and period < first) or (last and period > last):
            continue
        found = approved.get(period)
        made = tries.get(period, [])
        declared_cents = found.cents if found else 0
        paid = sum(row.amount_cents for row, _serial, _account in made if row.status == PAID)
        outstanding = max(0, declared_cents - paid)
        policy = state.policy_for(Period.parse(period))  # the month's own table: its window, its rounding
        deadline = payment_deadline(policy, Period.parse(period))
        days = days_late(deadline, today) if outstanding else 0
        # Only the declaration in force can have failed: a try for one since revoked says nothing of it.
        tried = [
            row for row, _serial, _account in made if found and row.declaration_id == found.declaration_id
        ]
        if outstanding == 0:
            status = "paid"
        elif tried and tried[-1].status == FAILED:
            status = "failed"
        else:
            status = "due"
        items.append(
            MonthOut(
                period=period,
                serial_number=found.serial_number if found else None,
                declared=amount(declared_cents),
                collected=amount(paid),
                outstanding=amount(outstanding),
                deadline=deadline,
                state=status,
                days_late_today=days,
                late_fee_today=str(late_fee(from_cents(outstanding), days, policy)),
                collections=[collection_out(*entry) for entry in made],
            )
        )
    return MonthsOut(items=items, today=today)


def _collections(
    db: Session, unit_id: int
) -> dict[str, list[tuple[CollectionRow, str, tuple[AgreementRow, BankAccountRow] | None]]]:
    rows = db.execute(
        select(CollectionRow, DeclarationRow.serial_number, AgreementRow, BankAccountRow)
        .join(DeclarationRow, DeclarationRow.id == CollectionRow.declaration_id)
        .outerjoin(AgreementRow, AgreementRow.id == CollectionRow.agreement_id)
        .outerjoin(BankAccountRow, BankAccountRow.id == AgreementRow.account_id)
        .where(CollectionRow.unit_id == unit_id)
        .order_by(CollectionRow.id)
    ).all()
    by_period: dict[str, list[tuple[CollectionRow, str, tuple[AgreementRow, BankAccountRow] | None]]] = (
        defaultdict(list)
    )
    for row, serial, agreement, account in rows:
        signed = (agreement, account) if agreement is not None and account is not None else None
        by_period[row.period].append((row, serial or "", signed))
    return by_period


def collection_out(
    row: CollectionRow, serial: str, signed: tuple[AgreementRow, BankAccountRow] | None
) -> CollectionOut:
    agreement, account = signed if signed is not None else (None, None)
    return CollectionOut(
        id=row.id,
        period=row.period,
        serial_number=serial,
        trigger="deadline" if row.trigger == "deadline" else "request",
        status="paid" if row.status == PAID else "failed",
        reason=row.reason,
        amount=amount(row.amount_cents),
        late_fee=amount(row.late_fee_cents),
        days_late=row.days_late,
        total=amount(row.amount_cents + row.late_fee_cents),
        collected_at=local(row.collected_at),
        certificate_number=row.certificate_number,
        bank_code=account.bank_code if account else None,
        bank_name=BANKS.get(account.bank_code, account.bank_code) if account else None,
        account_masked=mask_account(account.account_number) if account else None,
        agreement_number=agreement.agreement_number if agreement else None,
    )


def collection_answer(state: AgencyState, row: CollectionRow) -> CollectionOut:
    """A collection just made, as answered to the unit."""
    with state.sessions() as db:
        serial = db.scalar(
            select(DeclarationRow.serial_number).where(DeclarationRow.id == row.declaration_id)
        )
        signed = None
        if row.agreement_id is not None:
            found = db.execute(
                select(AgreementRow, BankAccountRow)
                .join(BankAccountRow, BankAccountRow.id == AgreementRow.account_id)
                .where(AgreementRow.id == row.agreement_id)
            ).first()
            signed = None if found is None else (found[0], found[1])
        return collection_out(row, serial or "", signed)
