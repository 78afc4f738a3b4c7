"""Between table rows and domain objects: the only place that knows both shapes."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.store.models import DeclarationRow, FindingRow, LineRow, PaymentRow, UnitRow
from ssclient.store.records import FindingSource


def line_values(declaration_id: int, lines: Sequence[DeclarationLine]) -> list[dict[str, object]]:
    """Personnel lines as rows for one bulk INSERT (an import makes thousands at once)."""
    return [
        {
            "declaration_id": declaration_id,
            "position": position,
            "id_number": line.id_number,
            "name": line.name,
            "hukou_type": line.hukou_type,
            "wage_base": line.wage_base,
            "migrant_worker": line.migrant_worker,
            "migrant_insurance": line.migrant_insurance,
            "province": line.province,
            "city": line.city,
            "county": line.county,
            "reason": line.reason,
            "backpay": {str(InsuranceType(k)): int(v) for k, v in line.backpay.items()},
            "effective_period": line.effective_period,
            "id_type": line.id_type,
            "nationality": line.nationality,
            "womens_category": line.womens_category,
            "source_row": line.source_row,
        }
        for position, line in enumerate(lines)
    ]


def payment_values(declaration_id: int, payments: Sequence[PaymentLine]) -> list[dict[str, object]]:
    """Payment lines as rows for one bulk INSERT."""
    return [
        {
            "declaration_id": declaration_id,
            "position": position,
            "id_number": p.id_number,
            "name": p.name,
            "insurance": InsuranceType(p.insurance),
            "period": p.period,
            "base": p.base,
            "employer_amount": p.employer_amount,
            "employee_amount": p.employee_amount,
            "for_period": p.for_period,
            "wage": p.wage,
        }
        for position, p in enumerate(payments)
    ]


def finding_rows(findings: Iterable[Finding], source: FindingSource) -> list[FindingRow]:
    return [
        FindingRow(
            position=position,
            source=source,
            code=f.code,
            severity=f.severity,
            field=f.field,
            message=f.message,
            params={str(k): str(v) for k, v in f.params.items()},
        )
        for position, f in enumerate(findings)
    ]


def declaration(row: DeclarationRow) -> Declaration:
    return Declaration(
        type=row.type,
        period=row.period,
        lines=[_line(r) for r in row.lines],
        payments=[payment(r) for r in row.payments],
        status=row.status,
        id=row.id,
        serial_number=row.serial_number,
        replaces_serial=row.replaces_serial,
    )


def _line(row: LineRow) -> DeclarationLine:
    return DeclarationLine(
        id_number=row.id_number,
        name=row.name,
        hukou_type=row.hukou_type,
        wage_base=row.wage_base,
        migrant_worker=row.migrant_worker,
        migrant_insurance=row.migrant_insurance,
        province=row.province,
        city=row.city,
        county=row.county,
        reason=row.reason,
        backpay={InsuranceType(k): int(v) for k, v in row.backpay.items()},
        effective_period=row.effective_period,
        id_type=row.id_type,
        nationality=row.nationality,
        womens_category=row.womens_category,
        source_row=row.source_row,
    )


def payment(row: PaymentRow) -> PaymentLine:
    return PaymentLine(
        id_number=row.id_number,
        name=row.name,
        insurance=row.insurance,
        period=row.period,
        base=row.base,
        employer_amount=row.employer_amount,
        employee_amount=row.employee_amount,
        for_period=row.for_period,
        wage=row.wage,
    )


def finding(row: FindingRow) -> Finding:
    return Finding(
        code=row.code, severity=row.severity, field=row.field, message=row.message, params=row.params
    )


def unit(row: UnitRow) -> Unit:
    return Unit(
        unit_code=row.unit_code,
        name=row.name,
        uscc=row.uscc,
        tax_number=row.tax_number,
        contact=row.contact,
        phone=row.phone,
        industry_class=row.industry_class,
        extra=dict(row.extra),
    )


def unit_values(value: Unit) -> dict[str, Any]:
    return {
        "name": value.name,
        "uscc": value.uscc,
        "tax_number": value.tax_number,
        "contact": value.contact,
        "phone": value.phone,
        "industry_class": value.industry_class,
        "extra": {str(k): str(v) for k, v in value.extra.items()},
    }


def person_values(unit_code: str, entry: RosterEntry) -> dict[str, Any]:
    """A roster entry as column values (for bulk inserts, which skip the ORM's per-object work)."""
    return {
        "unit_code": unit_code,
        "id_number": entry.id_number,
        "name": entry.name,
        "hukou_type": entry.hukou_type,
        "status": PersonStatus(entry.status),
        "base": entry.base,
        "since": entry.since,
        "interrupted_from": entry.interrupted_from,
        "insurances": tuple(str(InsuranceType(i)) for i in entry.insurances),
        "base_history": tuple((str(start), str(base)) for start, base in entry.base_history),
        "womens_category": entry.womens_category,
        "migrant_insurance": entry.migrant_insurance,
    }


@functools.lru_cache(maxsize=64)
def _insurances(values: tuple[str, ...]) -> tuple[InsuranceType, ...]:
    """Insurance sets repeat across a roster: building the enum members once each keeps 10,000 fast."""
    return tuple(InsuranceType(value) for value in values)


@functools.lru_cache(maxsize=1024)
def _history(stored: tuple[tuple[str, str], ...]) -> tuple[tuple[Period, Decimal], ...]:
    return tuple((Period.parse(start), Decimal(base)) for start, base in stored)


def roster_entry(
    id_number: str,
    name: str,
    hukou_type: str,
    status: PersonStatus,
    base: Decimal,
    since: Period,
    interrupted_from: Period | None,
    insurances: tuple[str, ...],
    base_history: tuple[tuple[str, str], ...],
    womens_category: str = "",
    migrant_insurance: str = "",
) -> RosterEntry:
    """A roster entry from the columns of `roster_persons` (in ROSTER_COLUMNS order)."""
    return RosterEntry(
        id_number=id_number,
        name=name,
        status=status,
        base=base,
        since=since,
        hukou_type=hukou_type,
        insurances=_insurances(insurances),
        interrupted_from=interrupted_from,
        base_history=_history(base_history),
        womens_category=womens_category,
        migrant_insurance=migrant_insurance,
    )
