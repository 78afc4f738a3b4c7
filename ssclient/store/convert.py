"""Between table rows and domain objects: the only place that knows both shapes."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from decimal import Decimal
from operator import attrgetter
from typing import Any

from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.findings import Finding
from ssclient.domain.name_order import name_letters, name_sort_key
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit, backpay_of
from ssclient.store.columns import cached_period
from ssclient.store.errors import DamagedValueError
from ssclient.store.models import DeclarationRow, LineRow, PaymentRow, UnitRow
from ssclient.store.records import FindingSource

# A line's columns in its dataclass's field order (the table names them alike): a row read in this order
# makes its line positionally, and a line is written as (declaration_id, position, *these).
LINE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(DeclarationLine))
PAYMENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PaymentLine))
_line_values = attrgetter(*LINE_FIELDS)
_payment_values = attrgetter(*PAYMENT_FIELDS)
_BACKPAY = LINE_FIELDS.index("backpay")
_INSURANCE = PAYMENT_FIELDS.index("insurance")


def line_rows(declaration_id: int, lines: Iterable[DeclarationLine]) -> Iterator[tuple[Any, ...]]:
    """Personnel lines as table rows, (declaration_id, position, *LINE_FIELDS), for bulk INSERTs: tuples
    made one at a time, as an import writes 100,000 at once."""
    for position, line in enumerate(lines):
        values = _line_values(line)
        if line.backpay:  # most lines have none: leave their (empty) dict as it is
            backpay = {str(InsuranceType(k)): int(v) for k, v in line.backpay.items()}
            values = (*values[:_BACKPAY], backpay, *values[_BACKPAY + 1 :])
        yield (declaration_id, position, *values)


def payment_rows(declaration_id: int, payments: Iterable[PaymentLine]) -> Iterator[tuple[Any, ...]]:
    """Payment lines as table rows, (declaration_id, position, *PAYMENT_FIELDS), for bulk INSERTs."""
    for position, p in enumerate(payments):
        values = _payment_values(p)
        insurance = InsuranceType(p.insurance)
        yield (declaration_id, position, *values[:_INSURANCE], insurance, *values[_INSURANCE + 1 :])


def line(values: Sequence[Any]) -> DeclarationLine:
    """A personnel line from its columns in LINE_FIELDS order, back pay as stored ({type value: months})."""
    made = DeclarationLine(*values)
    # A dict of its own either way (an ORM row's would be shared with the row).
    made.backpay = {InsuranceType(k): int(v) for k, v in made.backpay.items()} if made.backpay else {}
    return made


def payment_line(values: Sequence[Any]) -> PaymentLine:
    """A payment line from its columns in PAYMENT_FIELDS order."""
    return PaymentLine(*values)


def finding_rows(
    declaration_id: int, findings: Iterable[Finding], source: FindingSource
) -> Iterator[tuple[Any, ...]]:
    """Findings as table rows, (declaration_id, position, source, *FINDING_FIELDS), for bulk INSERTs: a
    Check of a 90,000-line document can find a problem on every line."""
    for position, f in enumerate(findings):
        params = {str(k): str(v) for k, v in f.params.items()}
        yield (declaration_id, position, source, f.code, f.severity, f.field, f.message, params)


def declaration(
    row: DeclarationRow,
    lines: list[DeclarationLine] | None = None,
    payments: list[PaymentLine] | None = None,
) -> Declaration:
    """The document `row` holds; its lines and payments as given, else its own (loaded through the ORM)."""
    return Declaration(
        type=row.type,
        period=row.period,
        lines=[_line(r) for r in row.lines] if lines is None else lines,
        payments=[payment(r) for r in row.payments] if payments is None else payments,
        status=row.status,
        id=row.id,
        serial_number=row.serial_number,
        replaces_serial=row.replaces_serial,
    )


def _line(row: LineRow) -> DeclarationLine:
    return line([getattr(row, name) for name in LINE_FIELDS])


def payment(row: PaymentRow) -> PaymentLine:
    return payment_line([getattr(row, name) for name in PAYMENT_FIELDS])


# A finding's columns as read back (finding_rows writes them).
FINDING_FIELDS = ("code", "severity", "field", "message", "params")


def finding(values: Sequence[Any]) -> Finding:
    """A finding from its columns in FINDING_FIELDS order."""
    return Finding(*values)


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


# A roster_persons row's columns, in person_row's order.
PERSON_COLUMNS: tuple[str, ...] = (
    "unit_code", "id_number", "name", "hukou_type", "status", "base", "since", "interrupted_from",
    "insurances", "base_history", "womens_category", "migrant_insurance", "id_type", "nationality",
    "migrant_worker", "province", "city", "county", "renewed_in", "backpay", "name_key", "name_pinyin",
    "name_initials",
)  # fmt: skip


def person_row(unit_code: str, entry: RosterEntry) -> tuple[Any, ...]:
    """A roster entry as column values in PERSON_COLUMNS order (for bulk inserts, which skip the ORM's
    per-object work and SQLAlchemy's per-row parameter dicts)."""
    return (
        unit_code,
        entry.id_number,
        entry.name,
        entry.hukou_type,
        PersonStatus(entry.status),
        entry.base,
        entry.since,
        entry.interrupted_from,
        tuple(str(InsuranceType(i)) for i in entry.insurances),
        tuple((str(start), str(base)) for start, base in entry.base_history),
        entry.womens_category,
        entry.migrant_insurance,
        entry.id_type,
        entry.nationality,
        entry.migrant_worker,
        entry.province,
        entry.city,
        entry.county,
        str(entry.renewed_in) if entry.renewed_in else "",
        _backpay_text(entry.backpay) if entry.backpay else "",
        name_sort_key(entry.name),  # the roster's order, not part of the entry
        *name_letters(entry.name),  # what a search in letters finds, not part of the entry either
    )


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
    id_type: str = "",
    nationality: str = "",
    migrant_worker: str = "",
    province: str = "",
    city: str = "",
    county: str = "",
    renewed_in: str = "",
    backpay: str = "",
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
        id_type=id_type,
        nationality=nationality,
        migrant_worker=migrant_worker,
        province=province,
        city=city,
        county=county,
        renewed_in=cached_period(renewed_in) if renewed_in else None,
        backpay=_backpay(backpay) if backpay else (),
    )


def roster_entry_json(entry: RosterEntry) -> str:
    """A roster entry as one JSON text: its `roster_persons` columns, in order, as text."""
    values = dict(zip(PERSON_COLUMNS, person_row("", entry), strict=True))
    del values["unit_code"], values["name_key"], values["name_pinyin"], values["name_initials"]
    values["status"] = str(entry.status)
    values["base"] = str(entry.base)
    values["since"] = str(entry.since)
    values["interrupted_from"] = str(entry.interrupted_from) if entry.interrupted_from else None
    return json.dumps(list(values.values()), ensure_ascii=False)


def roster_entry_from_json(text: str) -> RosterEntry:
    """The roster entry of roster_entry_json's text."""
    try:
        values = json.loads(text)
        values[3] = PersonStatus(values[3])
        values[4] = Decimal(values[4])
        values[5] = Period.parse(values[5])
        values[6] = Period.parse(values[6]) if values[6] else None
        values[7] = tuple(values[7])
        values[8] = tuple((start, base) for start, base in values[8])
        return roster_entry(*values)
    except (ValueError, TypeError, IndexError, ArithmeticError) as error:
        raise DamagedValueError(f"a kept roster entry is not readable ({len(text)} characters)") from error


@functools.lru_cache(maxsize=256)
def _backpay_text(backpay: tuple[tuple[InsuranceType, int], ...]) -> str:
    return json.dumps({str(insurance): months for insurance, months in backpay}, sort_keys=True)


@functools.lru_cache(maxsize=256)
def _backpay(stored: str) -> tuple[tuple[InsuranceType, int], ...]:
    try:
        return backpay_of(json.loads(stored))
    except (ValueError, TypeError, AttributeError) as error:  # not JSON, not an object, not insurances
        raise DamagedValueError(
            f"a stored back payment is not readable ({len(stored)} characters)"
        ) from error
