"""Receipts (申报回执): a PDF for an approved declaration — serial number, time, lines, totals.

Made from the record alone (the declaration and the time the agency approved it), so it can be printed
again at any time and comes out the same: the PDF is written with reportlab's invariant mode, which
leaves out the time of printing. Texts are English sources translated through `tr` (context
"Receipt"); insurance names come from the rulebook's catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.info_change import FieldChange
from ssclient.domain.money import ZERO, format_amount_text, format_money, parse_amount
from ssclient.domain.roster import Unit
from ssclient.io.atomic import atomic_write
from ssclient.io.fixed_charges import fixed_charge_notes
from ssclient.io.messages import Translate, english, render_text
from ssclient.io.pdf_fonts import cjk_font
from ssclient.io.pdf_pages import counting_canvas
from ssclient.io.receipt_info_change import info_change_story
from ssclient.io.receipt_texts import RECEIPT_CONTEXT as RECEIPT_CONTEXT
from ssclient.io.receipt_texts import RECEIPT_TEXTS as RECEIPT_TEXTS
from ssclient.io.statements import insurance_name
from ssclient.policy.model import Policy
from ssclient.rules.base import contribution_base_of
from ssclient.rules.payment import month_of
from ssclient.rules.payment_totals import totals_by_insurance, totals_by_share
from ssclient.rules.person import parse_hukou

_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
# A4 less the margins; column widths in millimetres (an 18-character ID number needs about 36).
_TABLE_WIDTH_MM = 174
_WIDTHS_MM: dict[str, float] = {
    "no": 10,
    "id_number": 40,
    "name": 26,
    "hukou": 30,
    "wage_base": 24,
    "migrant_worker": 20,
    "migrant_insurance": 24,
    "backpay": 44,
    "average_wage": 34,
    "reason": 60,
    "new_base": 34,
    "effective": 34,
}
# The insurance column holds the longest English name ("unemployment", 27 mm with the cell padding).
_PAYMENT_WIDTHS_MM: dict[str, float] = {
    "no": 10,
    "id_number": 38,
    "name": 17,
    "insurance": 28,
    "month": 17,
    "base": 22,
    "employee": 21,
    "employer": 21,
}


class ReceiptError(ValueError):
    """A receipt asked for a declaration that has none (not approved, no serial number)."""


@dataclass(frozen=True, slots=True)
class RecordState:
    """What became of the record since its approval, as the agency says when the receipt is printed:
    the declaration's status says approved or revoked; these say when, and by what it was replaced."""

    revoked_at: datetime | None = None
    replaced_by: str | None = None
    # When the state was read; None leaves it out (the receipt then comes out the same every time).
    printed_at: datetime | None = None
    # A personnel information change: what it corrected (as the agency recorded it).
    corrections: tuple[FieldChange, ...] = ()


def write_receipt_pdf(
    declaration: Declaration,
    unit: Unit,
    approved_at: datetime,
    path: Path,
    *,
    tr: Translate = english,
    state: RecordState | None = None,
    policy: Policy | None = None,
) -> None:
    """Write the receipt of an approved (or since revoked) declaration, with its status at printing.
    With `policy`, a personnel line's declared wage outside its base limits shows the base used too
    (payment lines keep both themselves)."""
    if declaration.serial_number is None or declaration.status not in (
        DeclarationStatus.APPROVED,
        DeclarationStatus.REVOKED,
    ):
        raise ReceiptError("only an approved declaration has a receipt")
    receipt = _Receipt(declaration, unit, approved_at, tr, state or RecordState(), policy)
    with atomic_write(path) as handle:
        document = SimpleDocTemplate(
            handle,
            pagesize=A4,
            invariant=True,
            title=f"{receipt.text('title')} {declaration.serial_number}",
            author=unit.name,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
        )
        document.build(receipt.story(), canvasmaker=counting_canvas(receipt.footer))


class _Receipt:
    def __init__(
        self,
        declaration: Declaration,
        unit: Unit,
        approved_at: datetime,
        tr: Translate,
        state: RecordState,
        policy: Policy | None,
    ) -> None:
        self.declaration = declaration
        self.unit = unit
        self.approved_at = approved_at
        self.state = state
        self.policy = policy
        self.capped = False  # set as lines are laid out: some declared wage lay outside the limits
        self._tr = tr
        font = cjk_font()
        self.body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
        self.number = ParagraphStyle("number", parent=self.body, alignment=2)
        self.heading = ParagraphStyle("heading", parent=self.body, fontSize=12, leading=18, spaceBefore=8)
        self.title = ParagraphStyle("title", parent=self.body, fontSize=17, leading=24, alignment=1)

    def text(self, key: str, **params: object) -> str:
        return render_text(RECEIPT_CONTEXT, RECEIPT_TEXTS[key], self._tr, **params)

    def story(self) -> list[Flowable]:
        declaration = self.declaration
        story: list[Flowable] = [Paragraph(self.text("title"), self.title), Spacer(1, 4 * mm)]
        story.append(
            self._table([[self._cell(k), self._cell(v)] for k, v in self._facts()], [40 * mm, None], None)
        )
        if declaration.status is DeclarationStatus.REVOKED:
            story += [Spacer(1, 2 * mm), Paragraph(self.text("revoked_note"), self.heading)]
        story.append(Paragraph(self.text("lines"), self.heading))
        if declaration.type is DeclarationType.PAYMENT:
            story += self._payment_lines()
        elif declaration.type is DeclarationType.INFO_CHANGE:
            story += info_change_story(self, self.state.corrections)
        else:
            story += self._person_lines()
        story += [Spacer(1, 6 * mm), Paragraph(self.text("note"), self.body)]
        return story

    def _facts(self) -> list[tuple[str, str]]:
        """The record's head: what it is, and its status as the agency gave it when this was printed."""
        declaration, state = self.declaration, self.state
        revoked = declaration.status is DeclarationStatus.REVOKED
        facts = [
            (self.text("serial"), declaration.serial_number or ""),
            (self.text("unit"), f"{self.unit.name} ({self.unit.unit_code})"),
            (self.text("type"), self.text(f"type_{declaration.type.value}")),
            (self.text("period"), str(declaration.period)),
            (self.text("status"), self.text("revoked" if revoked else "approved")),
            (self.text("approved_at"), self.approved_at.strftime(_TIME_FORMAT)),
        ]
        if state.revoked_at is not None:
            facts.append((self.text("revoked_at"), state.revoked_at.strftime(_TIME_FORMAT)))
        if declaration.replaces_serial:
            facts.append((self.text("replaces"), declaration.replaces_serial))
        if state.replaced_by:
            facts.append((self.text("replaced_by"), state.replaced_by))
        if state.printed_at is not None:
            facts.append((self.text("printed_at"), state.printed_at.strftime(_TIME_FORMAT)))
        return facts

    def footer(self, canvas: Canvas, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(cjk_font(), 8)
        text = self.text(
            "page", serial=self.declaration.serial_number, page=canvas.getPageNumber(), pages=pages
        )
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, text)
        canvas.restoreState()

    # --- personnel declarations -------------------------------------------------------------------------

    def _person_lines(self) -> list[Flowable]:
        kind = self.declaration.type
        columns, cells = _PERSON_COLUMNS[kind]
        header = [self._cell(self.text(key)) for key in ("no", *columns)]
        rows = [
            [str(index), *(self._cell(text) for text in cells(self, line))]
            for index, line in enumerate(self.declaration.lines, 1)
        ]
        widths = [_WIDTHS_MM[key] * mm for key in ("no", *columns)]
        widths[-1] += _TABLE_WIDTH_MM * mm - sum(widths)  # the last column takes what is left
        story: list[Flowable] = [self._table([header, *rows], widths, header_rows=1)]
        if self.capped:
            story.append(Paragraph(self.text("capped_note"), self.body))
        story += [Paragraph(_escape(note), self.body) for note in fixed_charge_notes(self.policy, self._tr)]
        story.append(Paragraph(self.text("totals"), self.heading))
        story.append(Paragraph(self.text("people", count=f"{len(self.declaration.lines):,}"), self.body))
        if kind in _BASE_KINDS:
            declared = [_amount(line.wage_base) for line in self.declaration.lines]
            total = sum(declared, ZERO)
            story.append(Paragraph(self.text("base_total", amount=format_money(total)), self.body))
            if self.capped and self.policy is not None:
                # The lines show both figures where the limits apply: so do the totals.
                used = sum((contribution_base_of(amount, self.policy) for amount in declared), ZERO)
                story.append(Paragraph(self.text("used_base_total", amount=format_money(used)), self.body))
        return story

    def hukou(self, line: DeclarationLine) -> str:
        """The household type as code and name ("11 本地城镇") whether the line holds the code or the name
        (a sheet's drop-down gives the name, the form the code); anything else as written."""
        kind = parse_hukou(line.hukou_type)
        if kind is None:
            return line.hukou_type.strip()
        return f"{kind.value} {self.text(f'hukou_{kind.value}')}"

    def wage(self, line: DeclarationLine) -> str | Paragraph:
        """The declared wage, and under it the base used when the policy caps or raises it."""
        shown = format_amount_text(line.wage_base)
        if self.policy is None or not line.wage_base.strip():
            return shown
        declared = _amount(line.wage_base)
        base = contribution_base_of(declared, self.policy)
        if base == declared:
            return shown
        self.capped = True
        return self._figures(shown, self.text("base_used"), format_money(base), self.body)

    def base(self, base: Decimal, wage: Decimal | None) -> str | Paragraph:
        """A payment line's base used, and under it the declared wage when that lay outside the limits."""
        if wage is None or wage == base:
            return format_money(base)
        self.capped = True
        return self._figures(format_money(base), self.text("declared_wage"), format_money(wage), self.number)

    def _figures(self, main: str, label: str, other: str, style: ParagraphStyle) -> Paragraph:
        """A figure with a second one under it, smaller and named: each on its own line, so that a narrow
        column never breaks a number."""
        small = f'<font size="7.5">{_escape(label)}<br/>{_escape(other)}</font>'
        return Paragraph(f"{_escape(main)}<br/>{small}", style)

    def backpay(self, line: DeclarationLine) -> str:
        asked = [f"{insurance_name(k, self._tr)} {v}" for k, v in line.backpay.items() if v > 0]
        return ", ".join(asked)

    # --- payment declarations ---------------------------------------------------------------------------

    def _payment_lines(self) -> list[Flowable]:
        payments = self.declaration.payments
        keys = ("no", "id_number", "name", "insurance", "month", "base", "employee", "employer")
        header = [self._cell(self.text(key)) for key in keys]
        widths = [_PAYMENT_WIDTHS_MM[key] * mm for key in keys]
        rows = [
            [
                str(index),
                line.id_number,
                self._cell(line.name),
                self._cell(insurance_name(line.insurance, self._tr)),
                str(month_of(line)),
                self.base(line.base, line.wage),
                format_money(line.employee_amount),
                format_money(line.employer_amount),
            ]
            for index, line in enumerate(payments, 1)
        ]
        story: list[Flowable] = [self._table([header, *rows], widths, header_rows=1, numbers_from=5)]
        if self.capped:
            story.append(Paragraph(self.text("capped_note"), self.body))
        story += [Paragraph(_escape(note), self.body) for note in fixed_charge_notes(self.policy, self._tr)]
        story.append(Paragraph(self.text("totals"), self.heading))
        total_header = [self.text(key) for key in ("insurance", "employee", "employer", "total")]
        totals = [
            [insurance_name(kind, self._tr), *_money_cells(sums.employee, sums.employer, sums.total)]
            for kind, sums in totals_by_insurance(payments).items()
        ]
        shares = totals_by_share(payments)
        totals.append([self.text("all"), *_money_cells(shares.employee, shares.employer, shares.total)])
        story.append(
            self._table([total_header, *totals], None, header_rows=1, numbers_from=1, last_row_bold=True)
        )
        return story

    # --- layout -----------------------------------------------------------------------------------------

    def _cell(self, text: str | Paragraph) -> Paragraph:
        return text if isinstance(text, Paragraph) else Paragraph(_escape(text), self.body)

    def _table(
        self,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float | None] | None,
        header_rows: int | None,
        *,
        numbers_from: int | None = None,
        last_row_bold: bool = False,
    ) -> Table:
        table = Table(
            [list(row) for row in rows], colWidths=widths, repeatRows=header_rows or 0, hAlign="LEFT"
        )
        # reportlab's stubs type each command as a precise tuple; the list mixes several kinds.
        style: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
            ("FONTSIZE", (0, 0), (-1, -1), 9.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ]
        if header_rows:
            style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.92, 0.92, 0.92)))
        if numbers_from is not None:
            style.append(("ALIGN", (numbers_from, 1), (-1, -1), "RIGHT"))
        if last_row_bold:
            style.append(("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.96, 0.96, 0.96)))
        table.setStyle(TableStyle(style))
        return table


# The personnel types whose lines declare a base: the receipt totals them.
_BASE_KINDS = (
    DeclarationType.ADD,
    DeclarationType.RENEWAL,
    DeclarationType.BASE_CHANGE,
    DeclarationType.ANNUAL_BASE,
)


def _person_cells(*keys: str) -> Callable[[_Receipt, DeclarationLine], list[str | Paragraph]]:
    def cells(receipt: _Receipt, line: DeclarationLine) -> list[str | Paragraph]:
        values: list[str | Paragraph] = []
        for key in keys:
            if key == "hukou":
                values.append(receipt.hukou(line))
            elif key == "backpay":
                values.append(receipt.backpay(line))
            elif key == "effective":
                values.append(line.effective_period or str(receipt.declaration.period))
            elif key == "average_wage":
                values.append(format_amount_text(line.average_wage))
            elif key in ("wage_base", "new_base"):
                values.append(receipt.wage(line))
            else:
                values.append(str(getattr(line, key)))
        return values

    return cells


_PERSON_COLUMNS: dict[
    DeclarationType, tuple[tuple[str, ...], Callable[[_Receipt, DeclarationLine], list[str | Paragraph]]]
] = {
    kind: (columns, _person_cells(*columns))
    for kind, columns in (
        (
            DeclarationType.ADD,
            ("id_number", "name", "hukou", "wage_base", "migrant_worker", "migrant_insurance"),
        ),
        (DeclarationType.RENEWAL, ("id_number", "name", "hukou", "wage_base", "backpay")),
        (DeclarationType.INTERRUPTION, ("id_number", "name", "reason")),
        (DeclarationType.BASE_CHANGE, ("id_number", "name", "new_base", "effective")),
        (DeclarationType.ANNUAL_BASE, ("id_number", "name", "average_wage", "new_base", "effective")),
    )
}


def _amount(text: str) -> Decimal:
    try:
        return parse_amount(text)
    except ValueError:
        return ZERO


def _money_cells(*amounts: Decimal) -> list[str]:
    return [format_money(amount) for amount in amounts]


def _escape(text: str) -> str:
    # Paragraph reads a little markup; a name or reason is plain text.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
