"""Monthly contribution statements (Social Insurance Law art. 60): what was paid for each employee.

One PDF page per employee (io.statements_pdf draws it) — unit, period, person, base (and the declared wage
when it lay outside the base limits and was capped or raised to them), per insurance type the employee's and
the employer's amounts, the total withheld from wages — and a CSV of the same lines. The input is the period's
payment lines (an approved payment declaration, or the agency's payment details: anything shaped like a
PaymentLine). Texts are English sources translated through `tr` (context "Statement"), like every other
catalogue in ssclient.io; insurance names come from the rulebook's catalogue (context "Finding").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from ssclient.domain.enums import InsuranceType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import ZERO, round_money
from ssclient.domain.name_order import roster_order
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.io.export import CellValue, ColumnKind, Table, write_csv
from ssclient.io.fixed_charges import fixed_columns, fixed_parts
from ssclient.io.messages import FINDING_CONTEXT, Translate, english, render_text
from ssclient.policy.history import PolicyHistory
from ssclient.rules.messages import INSURANCE_NAMES
from ssclient.rules.payroll import DeclaredLine

STATEMENT_CONTEXT = "Statement"
STATEMENT_TEXTS: dict[str, str] = {
    "title": "Social insurance contribution statement",
    "unit": "Unit: {name} ({code})",
    "period": "Period: {period}",
    "person": "Employee: {name}    ID number: {id_number}",
    "base": "Contribution base: {base}",
    "wage_above": "Declared wage: {wage}, above the base ceiling: contributions are computed on the ceiling",
    "wage_below": "Declared wage: {wage}, below the base floor: contributions are computed on the floor",
    "insurance": "Insurance type",
    "month": "Month",
    "base_column": "Base",
    "employee": "Employee share",
    "employer": "Employer share",
    "back_payment": "{insurance} (back payment)",
    "total": "Total",
    "withheld": "Withheld from your wages in total: {amount}",
    "employer_total": "Paid by your employer in total: {amount}",
    "grand_total": "Contributions for you in total: {amount}",
    "note": "Your employer tells you every month what was paid for your social insurance (Social "
    "Insurance Law, article 60). Ask your employer's payroll office about any amount.",
    "continued": "(continued)",
    # The files' name, before .pdf and .csv
    "file_stem": "statements-{period}",
    # CSV columns
    "unit_code": "Unit code",
    "unit_name": "Unit name",
    "period_column": "Period",
    "id_number": "ID number",
    "name": "Name",
    "wage_column": "Declared wage",
}


# The CSV's columns (STATEMENT_TEXTS keys), before the fixed-charge parts.
_CSV_COLUMNS = (
    "unit_code", "unit_name", "period_column", "id_number", "name", "insurance", "month", "base_column",
    "employee", "employer", "wage_column",
)  # fmt: skip


class PaymentItem(DeclaredLine, Protocol):
    """What a statement needs of a payment line (PaymentLine and the agency's PaymentDetail both fit): the
    person, insurance and employee share the payroll check reads, plus the months, base and employer share."""

    @property
    def period(self) -> Period: ...
    @property
    def for_period(self) -> Period | None: ...
    @property
    def base(self) -> Decimal: ...
    @property
    def employer_amount(self) -> Decimal: ...


@dataclass(frozen=True, slots=True)
class PersonStatement:
    """One employee's lines in one period, this month's first, back payments after."""

    id_number: str
    name: str
    period: Period
    base: Decimal
    lines: tuple[PaymentItem, ...]
    # The declared wage (申报工资) this month's base came from, when known; it differs from `base` when
    # the wage lay outside the base limits.
    wage: Decimal | None = None

    @property
    def capped(self) -> bool:
        return self.wage is not None and self.wage != self.base

    def wage_of(self, line: PaymentItem) -> Decimal | None:
        """A line's declared wage: its own when it keeps one, else the person's for this month's lines."""
        own: Decimal | None = getattr(line, "wage", None)
        if own is not None:
            return own
        return None if is_back_payment(line) else self.wage

    @property
    def withheld(self) -> Decimal:
        return sum((line.employee_amount for line in self.lines), ZERO)

    @property
    def employer_total(self) -> Decimal:
        return sum((line.employer_amount for line in self.lines), ZERO)

    @property
    def total(self) -> Decimal:
        return self.withheld + self.employer_total


def person_statements(
    payments: Iterable[PaymentItem], period: Period, wages: Mapping[str, Decimal] | None = None
) -> list[PersonStatement]:
    """The period's lines grouped by person, people in the roster's order (by the pinyin of their names,
    then ID number), so that printed statements can be handed out down the list. The declared wage comes
    from the lines when they keep it (PaymentLine), else from `wages` (by normalised ID number)."""
    grouped: dict[str, list[PaymentItem]] = {}
    for line in payments:
        if line.period == period:
            grouped.setdefault(normalize_id_number(line.id_number), []).append(line)
    statements = []
    for id_number, lines in grouped.items():
        lines.sort(key=lambda x: (is_back_payment(x), line_month(x), _insurance_rank(x.insurance)))
        current = [x for x in lines if not is_back_payment(x)]
        first = (current or lines)[0]
        wage: Decimal | None = getattr(first, "wage", None)
        if wage is None and current and wages is not None:
            wage = wages.get(id_number)
        statements.append(PersonStatement(id_number, lines[0].name, period, first.base, tuple(lines), wage))
    statements.sort(key=lambda statement: roster_order(statement.name, statement.id_number))
    return statements


def mask_id_number(id_number: str) -> str:
    """An ID number as a statement prints it by default: the region and the last four kept
    (4403**********0000), so a lost sheet does not give the number away."""
    if len(id_number) <= 8:
        return "*" * len(id_number)
    return id_number[:4] + "*" * (len(id_number) - 8) + id_number[-4:]


def shown_statements(statements: list[PersonStatement], full_id_numbers: bool) -> list[PersonStatement]:
    if full_id_numbers:
        return statements
    return [replace(statement, id_number=mask_id_number(statement.id_number)) for statement in statements]


def is_back_payment(line: PaymentItem) -> bool:
    return line_month(line) != line.period


def write_statements_csv(
    unit: Unit,
    period: Period,
    payments: Iterable[PaymentItem],
    path: Path,
    *,
    tr: Translate = english,
    full_id_numbers: bool = False,
    wages: Mapping[str, Decimal] | None = None,
    history: PolicyHistory | None = None,
) -> int:
    """The same statements as rows: one per line, then each person's total row; returns the people.
    Like the PDF: no file when there are none, ID numbers masked unless `full_id_numbers`. Then the
    line's declared wage where known, and with `history` its fixed-charge part (io.fixed_charges)."""
    statements = shown_statements(person_statements(payments, period, wages), full_id_numbers)
    if not statements:
        return 0
    headers = [statement_text(tr, key) for key in _CSV_COLUMNS]
    # The unit code and the ID number stay text in Excel (a masked ID number is text anyway).
    identifier, value = ColumnKind.IDENTIFIER, ColumnKind.VALUE
    kinds = (identifier, value, value, identifier)
    fixed = fixed_columns(history, tr)
    rows = _csv_rows(unit, statements, tr, history if fixed else None)
    write_csv(Table([*headers, *fixed], rows, kinds=kinds), path)
    return len(statements)


def _csv_rows(
    unit: Unit, statements: Sequence[PersonStatement], tr: Translate, history: PolicyHistory | None
) -> Iterable[list[CellValue]]:
    for statement in statements:
        person: list[CellValue] = [
            unit.unit_code,
            unit.name,
            str(statement.period),
            statement.id_number,
            statement.name,
        ]
        for line in statement.lines:
            wage = statement.wage_of(line)
            yield [
                *person,
                insurance_name(line.insurance, tr),
                str(line_month(line)),
                round_money(line.base),
                round_money(line.employee_amount),
                round_money(line.employer_amount),
                "" if wage is None else round_money(wage),
                *(fixed_parts(history, line.insurance, line_month(line)) if history else ()),
            ]
        withheld, paid = round_money(statement.withheld), round_money(statement.employer_total)
        total = statement_text(tr, "total")
        yield [*person, total, "", "", withheld, paid, "", *(["", ""] if history else [])]


def insurance_name(insurance: InsuranceType, tr: Translate = english) -> str:
    return tr(FINDING_CONTEXT, INSURANCE_NAMES[insurance.value])


def statement_text(tr: Translate, key: str, **params: object) -> str:
    return render_text(STATEMENT_CONTEXT, STATEMENT_TEXTS[key], tr, **params)


def line_month(line: PaymentItem) -> Period:
    return line.for_period or line.period


_RANKS = {insurance: rank for rank, insurance in enumerate(InsuranceType)}


def _insurance_rank(insurance: InsuranceType) -> int:
    return _RANKS[insurance]
