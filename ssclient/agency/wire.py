"""Conversions between the wire models and the domain / database: requests in, answers out."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ssclient.agency.db import DeclarationRow, UnitRow
from ssclient.agency.roster import FACT_COLUMNS, Snapshot, from_cents, load_states
from ssclient.agency.schemas import (
    DeclarationIn,
    DeclarationOut,
    DeclarationSummaryOut,
    FindingOut,
    LineIn,
    LineOut,
    PaymentIn,
    PaymentLineOut,
    SubmissionOut,
    UnitOut,
)
from ssclient.domain.clock import CHINA_TZ
from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period


def canonical_body(data: DeclarationIn) -> str:
    """The submission as stored and compared: same content, same text, whatever the client's spacing or
    the order of its fields (the model's field order and its defaults make the text)."""
    return data.model_dump_json()


def declaration_from_wire(data: DeclarationIn) -> Declaration:
    return Declaration(
        type=DeclarationType(data.type),
        period=Period.parse(data.period),
        lines=[_line(line) for line in data.lines],
        payments=[_payment(p) for p in data.payments],
        replaces_serial=data.replaces_serial,
    )


def _line(line: LineIn) -> DeclarationLine:
    # Field by field rather than through model_dump: this runs for every line of every submission.
    return DeclarationLine(
        id_number=line.id_number,
        name=line.name,
        hukou_type=line.hukou_type,
        wage_base=line.wage_base,
        migrant_worker=line.migrant_worker,
        migrant_insurance=line.migrant_insurance,
        province=line.province,
        city=line.city,
        county=line.county,
        reason=line.reason,
        backpay={InsuranceType(k): v for k, v in line.backpay.items()},
        effective_period=line.effective_period,
        id_type=line.id_type,
        nationality=line.nationality,
        womens_category=line.womens_category,
        average_wage=line.average_wage,
    )


def _payment(line: PaymentIn) -> PaymentLine:
    return PaymentLine(
        id_number=line.id_number,
        name=line.name,
        insurance=InsuranceType(line.insurance),
        period=Period.parse(line.period),
        base=Decimal(line.base),
        employer_amount=Decimal(line.employer_amount),
        employee_amount=Decimal(line.employee_amount),
        for_period=Period.parse(line.for_period) if line.for_period else None,
        wage=Decimal(line.wage) if line.wage is not None else None,
    )


def findings_to_json(findings: list[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False)


def findings_out(text: str) -> list[FindingOut]:
    return [FindingOut.of(Finding.from_dict(item)) for item in json.loads(text)]


def submission_out(row: DeclarationRow) -> SubmissionOut:
    """The review's answer as it was given (approved, even if the record was revoked since)."""
    status = row.status
    if status == DeclarationStatus.REVOKED.value:
        status = DeclarationStatus.APPROVED.value
    return SubmissionOut(
        id=row.id,
        status=status,
        serial_number=row.serial_number,
        findings=findings_out(row.findings),
        submitted_at=local(row.submitted_at),
        idempotency_key=row.idempotency_key,
    )


def summary_fields(row: DeclarationRow, replaces: str | None, replaced_by: str | None) -> dict[str, Any]:
    return {
        "id": row.id,
        "serial_number": row.serial_number,
        "type": row.type,
        "period": row.period,
        "status": row.status,
        "submitted_at": local(row.submitted_at),
        "revoked_at": local(row.revoked_at) if row.revoked_at else None,
        "line_count": row.line_count,
        "people": json.loads(row.people),
        "replaces_serial": replaces,
        "replaced_by_serial": replaced_by,
        "idempotency_key": row.idempotency_key,
        "submitted_by": row.submitted_by,
    }


def summary_out(row: DeclarationRow, replaces: str | None, replaced_by: str | None) -> DeclarationSummaryOut:
    return DeclarationSummaryOut(**summary_fields(row, replaces, replaced_by))


def declaration_out(row: DeclarationRow, replaces: str | None, replaced_by: str | None) -> DeclarationOut:
    body = json.loads(row.body)
    return DeclarationOut(
        **summary_fields(row, replaces, replaced_by),
        lines=[LineOut(**line) for line in body["lines"]],
        payments=[PaymentLineOut(**payment) for payment in body["payments"]],
        findings=findings_out(row.findings),
    )


def unit_out(row: UnitRow) -> UnitOut:
    return UnitOut(
        unit_code=row.unit_code,
        name=row.name,
        uscc=row.uscc,
        tax_number=row.tax_number,
        contact=row.contact,
        phone=row.phone,
        industry_class=row.industry_class,
    )


def roster_items(db: Session, unit_id: int) -> list[dict[str, Any]]:
    """The unit's roster as /roster answers it (RosterPersonOut items, by ID number), made from the rows'
    columns as they are stored: through ORM rows, domain entries and a pydantic model per person, 90,709
    people took 7.7 s. The stored texts are already in the wire's form (periods as YYYY-MM, insurance names)."""
    states = load_states(db, unit_id)
    return [roster_item(number, states[number]) for number in sorted(states)]


def roster_item(id_number: str, state: Snapshot) -> dict[str, Any]:
    history = _json(state["base_history"])
    return {
        "id_number": id_number,
        "name": state["name"],
        "status": state["status"],
        "base": str(from_cents(state["base_cents"])),
        "since": state["since"],
        "hukou_type": state["hukou_type"],
        "insurances": [name for name in state["insurances"].split(",") if name],
        "interrupted_from": state["interrupted_from"] or None,
        "base_history": [{"from": period, "base": str(from_cents(cents))} for period, cents in history],
        "backpay": _json(state["backpay"]),
        "renewed_in": state["renewed_in"],
        "womens_category": state["womens_category"] or "",
        "migrant_insurance": state["migrant_insurance"] or "",
        **{column: state[column] or "" for column in FACT_COLUMNS},
    }


def _json(text: str) -> Any:
    """A stored JSON text, read; most people's are empty (no base change, no back payment): read once."""
    return [] if text == "[]" else {} if text == "{}" else json.loads(text)


def local(moment: datetime) -> datetime:
    """Times are given in Beijing time, as the agency works."""
    return moment.astimezone(CHINA_TZ)


def amount(cents: int) -> str:
    return str(from_cents(cents))
