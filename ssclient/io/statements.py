"""Monthly contribution statements (Social Insurance Law art. 60): what was paid for each employee.

One PDF page per employee — unit, period, person, base (and the declared wage when it lay outside the
base limits and was capped or raised to them), per insurance type the employee's and the
employer's amounts, the total withheld from wages — and a CSV of the same lines. The input is the period's
payment lines (an approved payment declaration, or the agency's payment details: anything shaped like a
PaymentLine). Texts are English sources translated through `tr` (context "Statement"), like every other
catalogue in ssclient.io; insurance names come from the rulebook's catalogue (context "Finding").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Protocol

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ssclient.domain.enums import InsuranceType
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import ZERO, format_money, round_money
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.io.atomic import Progress, atomic_write
from ssclient.io.export import CellValue, ColumnKind, Table, write_csv
from ssclient.io.fixed_charges import fixed_columns, fixed_parts
from ssclient.io.messages import FINDING_CONTEXT, Translate, english, render_text
from ssclient.io.pdf_fonts import cjk_font, wrap_text
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
    """The period's lines grouped by person, in the order people first appear. The declared wage comes
    from the lines when they keep it (PaymentLine), else from `wages` (by normalised ID number)."""
    grouped: dict[str, list[PaymentItem]] = {}
    for line in payments:
        if line.period == period:
            grouped.setdefault(normalize_id_number(line.id_number), []).append(line)
    statements = []
    for id_number, lines in grouped.items():
        lines.sort(key=lambda x: (is_back_payment(x), _month(x), _insurance_rank(x.insurance)))
        current = [x for x in lines if not is_back_payment(x)]
        first = (current or lines)[0]
        wage: Decimal | None = getattr(first, "wage", None)
        if wage is None and current and wages is not None:
            wage = wages.get(id_number)
        statements.append(PersonStatement(id_number, lines[0].name, period, first.base, tuple(lines), wage))
    return statements


def mask_id_number(id_number: str) -> str:
    """An ID number as a statement prints it by default: the region and the last four kept
    (4403**********0000), so a lost sheet does not give the number away."""
    if len(id_number) <= 8:
        return "*" * len(id_number)
    return id_number[:4] + "*" * (len(id_number) - 8) + id_number[-4:]


def _shown(statements: list[PersonStatement], full_id_numbers: bool) -> list[PersonStatement]:
    if full_id_numbers:
        return statements
    return [replace(statement, id_number=mask_id_number(statement.id_number)) for statement in statements]


def is_back_payment(line: PaymentItem) -> bool:
    return _month(line) != line.period


def write_statements_pdf(
    unit: Unit,
    period: Period,
    payments: Iterable[PaymentItem],
    path: Path,
    *,
    tr: Translate = english,
    progress: Progress | None = None,
    full_id_numbers: bool = False,
    wages: Mapping[str, Decimal] | None = None,
    notes: Sequence[str] = (),
) -> int:
    """Write one page per employee (more only when one person's lines do not fit); returns the people.
    No one paid for in `period`: no file at all (0). ID numbers are masked unless `full_id_numbers`.
    `wages`: declared wages by ID number, for lines that do not keep theirs (see person_statements).
    `notes`: said under each employee's totals (the fixed monthly charges: io.fixed_charges).
    `progress`: (done, people) after each person, then (0, 0) before the file is saved."""
    statements = _shown(person_statements(payments, period, wages), full_id_numbers)
    if not statements:
        return 0
    tr = cache(tr)  # the same few dozen texts on every page: asked of the catalogues once each
    with atomic_write(path) as handle:
        canvas = Canvas(handle, pagesize=A4, invariant=True)
        canvas.setTitle(_text(tr, "title"))
        canvas.setAuthor(unit.name)
        page = _StatementPage(canvas, unit, tr, notes)
        for done, statement in enumerate(statements, 1):
            page.draw(statement)
            if progress is not None:
                progress(done, len(statements))
        if progress is not None:  # saving takes seconds for 10,000 pages: no count to show, only busy
            progress(0, 0)
        canvas.save()
    return len(statements)


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
    statements = _shown(person_statements(payments, period, wages), full_id_numbers)
    if not statements:
        return 0
    headers = [_text(tr, key) for key in _CSV_COLUMNS]
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
                str(_month(line)),
                round_money(line.base),
                round_money(line.employee_amount),
                round_money(line.employer_amount),
                "" if wage is None else round_money(wage),
                *(fixed_parts(history, line.insurance, _month(line)) if history else ()),
            ]
        withheld, paid = round_money(statement.withheld), round_money(statement.employer_total)
        yield [*person, _text(tr, "total"), "", "", withheld, paid, "", *(["", ""] if history else [])]


def insurance_name(insurance: InsuranceType, tr: Translate = english) -> str:
    return tr(FINDING_CONTEXT, INSURANCE_NAMES[insurance.value])


class _StatementPage:
    """Draws statements on A4 pages; sizes in points."""

    LEFT = 56.0
    RIGHT = A4[0] - 56.0
    TOP = A4[1] - 64.0
    BOTTOM = 72.0
    ROW = 18.0
    # Right edges of the number columns, and the left edge of the month column.
    MONTH_X = 200.0
    BASE_RIGHT = 340.0
    EMPLOYEE_RIGHT = 440.0

    def __init__(self, canvas: Canvas, unit: Unit, tr: Translate, notes: Sequence[str] = ()) -> None:
        self._canvas = canvas
        self._unit = unit
        self._tr = tr
        self._font = cjk_font()
        # Every page says the same notes and footer: broken into lines once, not once a page (measuring
        # them glyph by glyph was a sixth of the time of 10,000 statements).
        width = self.RIGHT - self.LEFT
        self._notes = [wrap_text(note, width, self._font, 9) for note in notes]
        self._footer = wrap_text(_text(tr, "note"), width, self._font, 9)

    def draw(self, statement: PersonStatement) -> None:
        y = self._heading(statement, continued=False)
        y = self._table_header(y)
        for line in statement.lines:
            if y < self.BOTTOM + 5 * self.ROW + 24 * len(self._notes):  # room for the totals and notes
                self._canvas.showPage()
                y = self._table_header(self._heading(statement, continued=True))
            y = self._row(y, line)
        y = self._total_row(y, statement)
        y -= self.ROW
        for key, amount in (
            ("withheld", statement.withheld),
            ("employer_total", statement.employer_total),
            ("grand_total", statement.total),
        ):
            self._write(self.LEFT, y, _text(self._tr, key, amount=format_money(amount)), 11)
            y -= self.ROW
        for note in self._notes:
            for part in note:
                self._write(self.LEFT, y, part, 9)
                y -= 12
        self._note()
        self._canvas.showPage()

    def _heading(self, statement: PersonStatement, continued: bool) -> float:
        title = _text(self._tr, "title")
        if continued:
            title = f"{title} {_text(self._tr, 'continued')}"
        self._canvas.setFont(self._font, 16)
        self._canvas.drawCentredString(A4[0] / 2, self.TOP, title)
        y = self.TOP - 2 * self.ROW
        texts = [
            _text(self._tr, "unit", name=self._unit.name, code=self._unit.unit_code),
            _text(self._tr, "period", period=statement.period),
            _text(self._tr, "person", name=statement.name, id_number=statement.id_number),
            _text(self._tr, "base", base=format_money(statement.base)),
        ]
        if statement.wage is not None and statement.capped:
            key = "wage_above" if statement.wage > statement.base else "wage_below"
            texts.append(_text(self._tr, key, wage=format_money(statement.wage)))
        for text in texts:
            self._write(self.LEFT, y, text, 10.5)
            y -= self.ROW
        return y - self.ROW / 2

    def _table_header(self, y: float) -> float:
        self._cells(
            y,
            _text(self._tr, "insurance"),
            _text(self._tr, "month"),
            _text(self._tr, "base_column"),
            _text(self._tr, "employee"),
            _text(self._tr, "employer"),
        )
        self._canvas.line(self.LEFT, y - 5, self.RIGHT, y - 5)
        return y - self.ROW

    def _row(self, y: float, line: PaymentItem) -> float:
        name = insurance_name(line.insurance, self._tr)
        if is_back_payment(line):
            name = _text(self._tr, "back_payment", insurance=name)
        self._cells(
            y,
            name,
            str(_month(line)),
            format_money(line.base),
            format_money(line.employee_amount),
            format_money(line.employer_amount),
        )
        return y - self.ROW

    def _total_row(self, y: float, statement: PersonStatement) -> float:
        self._canvas.line(self.LEFT, y + self.ROW - 5, self.RIGHT, y + self.ROW - 5)
        self._cells(
            y,
            _text(self._tr, "total"),
            "",
            "",
            format_money(statement.withheld),
            format_money(statement.employer_total),
        )
        return y - self.ROW

    def _cells(self, y: float, insurance: str, month: str, base: str, employee: str, employer: str) -> None:
        canvas = self._canvas
        canvas.setFont(self._font, 10.5)
        canvas.drawString(self.LEFT, y, insurance)
        canvas.drawString(self.MONTH_X, y, month)
        canvas.drawRightString(self.BASE_RIGHT, y, base)
        canvas.drawRightString(self.EMPLOYEE_RIGHT, y, employee)
        canvas.drawRightString(self.RIGHT, y, employer)

    def _note(self) -> None:
        y = self.BOTTOM - 20 + (len(self._footer) - 1) * 12
        for line in self._footer:
            self._write(self.LEFT, y, line, 9)
            y -= 12

    def _write(self, x: float, y: float, text: str, size: float) -> None:
        self._canvas.setFont(self._font, size)
        self._canvas.drawString(x, y, text)


def _text(tr: Translate, key: str, **params: object) -> str:
    return render_text(STATEMENT_CONTEXT, STATEMENT_TEXTS[key], tr, **params)


def _month(line: PaymentItem) -> Period:
    return line.for_period or line.period


_RANKS = {insurance: rank for rank, insurance in enumerate(InsuranceType)}


def _insurance_rank(insurance: InsuranceType) -> int:
    return _RANKS[insurance]
