"""Payment details: the amounts of approved payment declarations, per period, person and insurance type."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select, union_all

from ssclient.agency.db import DeclarationRow, PaymentRow
from ssclient.agency.queries import person_patterns
from ssclient.agency.schemas import PaymentDetailOut, PaymentReportOut, ShareTotalsOut
from ssclient.agency.state import AgencyState
from ssclient.agency.wire import amount
from ssclient.domain.enums import DeclarationStatus, InsuranceType

_ORDER = {insurance.value: index for index, insurance in enumerate(InsuranceType)}


@dataclass(frozen=True, slots=True)
class PaymentCriteria:
    period_from: str | None = None
    period_to: str | None = None
    person: str | None = None
    insurance: str | None = None
    offset: int = 0
    limit: int = 1000


def payment_report(state: AgencyState, unit_id: int, criteria: PaymentCriteria) -> PaymentReportOut:
    conditions = _conditions(unit_id, criteria)
    joined = select(PaymentRow, DeclarationRow.serial_number).join(
        DeclarationRow, DeclarationRow.id == PaymentRow.declaration_id
    )
    with state.sessions() as db:
        rows = db.execute(
            joined.where(*conditions)
            .order_by(PaymentRow.period, PaymentRow.id_number, PaymentRow.id)
            .offset(criteria.offset)
            .limit(criteria.limit)
        ).all()
        sums = db.execute(
            select(
                PaymentRow.insurance,
                func.count(PaymentRow.id),
                func.coalesce(func.sum(PaymentRow.employer_cents), 0),
                func.coalesce(func.sum(PaymentRow.employee_cents), 0),
            )
            .join(DeclarationRow, DeclarationRow.id == PaymentRow.declaration_id)
            .where(*conditions)
            .group_by(PaymentRow.insurance)
        ).all()
    by_insurance = {
        insurance: _totals(int(employer), int(employee))
        for insurance, _count, employer, employee in sorted(sums, key=lambda s: _ORDER.get(s[0], 99))
    }
    return PaymentReportOut(
        items=[_detail(row, serial or "") for row, serial in rows],
        total=sum(int(count) for _insurance, count, _employer, _employee in sums),
        offset=criteria.offset,
        limit=criteria.limit,
        by_insurance=by_insurance,
        totals=_totals(sum(int(s[2]) for s in sums), sum(int(s[3]) for s in sums)),
    )


def _conditions(unit_id: int, criteria: PaymentCriteria) -> list[ColumnElement[bool]]:
    """The payment rows the criteria pick: the unit's, of approved declarations, in range."""
    conditions = [
        PaymentRow.unit_id == unit_id,
        DeclarationRow.status == DeclarationStatus.APPROVED.value,
    ]
    if criteria.period_from:
        conditions.append(PaymentRow.period >= criteria.period_from)
    if criteria.period_to:
        conditions.append(PaymentRow.period <= criteria.period_to)
    if criteria.insurance:
        conditions.append(PaymentRow.insurance == criteria.insurance)
    text = (criteria.person or "").strip()
    if text:
        # Part of an ID number or of a name; one lookup per index: an OR of the two columns would scan
        # every payment row.
        id_part, name_part = person_patterns(text)
        lookups = []
        if id_part is not None:
            lookups.append(
                select(PaymentRow.id).where(
                    PaymentRow.unit_id == unit_id, PaymentRow.id_number.like(id_part, escape="\\")
                )
            )
        if name_part is not None:
            lookups.append(
                select(PaymentRow.id).where(
                    PaymentRow.unit_id == unit_id, PaymentRow.name.like(name_part, escape="\\")
                )
            )
        conditions.append(PaymentRow.id.in_(lookups[0] if len(lookups) == 1 else union_all(*lookups)))
    return conditions


def _detail(row: PaymentRow, serial: str) -> PaymentDetailOut:
    return PaymentDetailOut(
        period=row.period,
        for_period=row.for_period,
        id_number=row.id_number,
        name=row.name,
        insurance=row.insurance,
        base=amount(row.base_cents),
        employer_amount=amount(row.employer_cents),
        employee_amount=amount(row.employee_cents),
        total=amount(row.employer_cents + row.employee_cents),
        serial_number=serial,
    )


def _totals(employer: int, employee: int) -> ShareTotalsOut:
    return ShareTotalsOut(
        employer_amount=amount(employer), employee_amount=amount(employee), total=amount(employer + employee)
    )
