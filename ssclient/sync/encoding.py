"""What the client sends the agency: a submission's body and the records query's parameters."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period


def declaration_to_json(declaration: Declaration) -> dict[str, Any]:
    """The body of a submission: what the agency's DeclarationIn model reads."""
    return {
        "type": declaration.type.value,
        "period": str(declaration.period),
        "lines": [_line_to_json(line) for line in declaration.lines],
        "payments": [payment_line_to_json(p) for p in declaration.payments],
        "replaces_serial": declaration.replaces_serial,
    }


# The text fields of a line, looked up once: a declaration may hold thousands of lines.
_LINE_TEXT_FIELDS = tuple(f.name for f in fields(DeclarationLine) if f.name not in ("backpay", "source_row"))


def _line_to_json(line: DeclarationLine) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(line, name) for name in _LINE_TEXT_FIELDS}
    data["backpay"] = {insurance.value: months for insurance, months in line.backpay.items()}
    return data


def payment_line_to_json(line: PaymentLine) -> dict[str, Any]:
    return {
        "id_number": line.id_number,
        "name": line.name,
        "insurance": line.insurance.value,
        "period": str(line.period),
        "for_period": str(line.for_period) if line.for_period is not None else None,
        **({"wage": str(line.wage)} if line.wage is not None else {}),
        "base": str(line.base),
        "employer_amount": str(line.employer_amount),
        "employee_amount": str(line.employee_amount),
    }


class RecordSort(StrEnum):
    """The columns the agency sorts its declaration records by (the records query's `sort`)."""

    SERIAL_NUMBER = "serial_number"
    TYPE = "type"
    PERIOD = "period"
    STATUS = "status"
    SUBMITTED_AT = "submitted_at"


@dataclass(frozen=True, slots=True)
class DeclarationQuery:
    """Criteria of the records query; None means any. `person` matches an ID number exactly or a name
    exactly (after trimming). Results are newest first, or sorted by `sort` (ascending unless
    `descending`; ties by id in the same direction, so that pages never overlap or skip)."""

    period_from: Period | None = None
    period_to: Period | None = None
    type: DeclarationType | None = None
    status: DeclarationStatus | None = None
    person: str | None = None
    offset: int = 0
    limit: int = 100
    sort: RecordSort | None = None
    descending: bool = False

    def params(self) -> dict[str, str]:
        out: dict[str, str] = {"offset": str(self.offset), "limit": str(self.limit)}
        if self.period_from is not None:
            out["period_from"] = str(self.period_from)
        if self.period_to is not None:
            out["period_to"] = str(self.period_to)
        if self.type is not None:
            out["type"] = self.type.value
        if self.status is not None:
            out["status"] = self.status.value
        if self.person:
            out["person"] = self.person.strip()
        if self.sort is not None:
            out["sort"] = self.sort.value
            out["descending"] = "true" if self.descending else "false"
        return out
