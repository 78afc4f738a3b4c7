"""Electronic payment certificates (电子缴费凭证): a PDF for a month's contributions collected through the
unit's bank agreement — certificate number, unit, period, the payment declaration, the bank (the account
masked), what was collected and the late fee with it.

Made from the collection's record alone, so it can be printed again at any time and comes out the same
(reportlab's invariant mode leaves out the time of printing). Same fonts and look as the receipts
(ssclient.io.receipts). Texts are English sources translated through `tr` (context "PaymentCertificate").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ssclient.domain.money import format_money
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.io.atomic import atomic_write
from ssclient.io.messages import Translate, english, render_text
from ssclient.io.payment_certificate_texts import CERTIFICATE_CONTEXT, CERTIFICATE_TEXTS
from ssclient.io.pdf_fonts import cjk_font
from ssclient.io.pdf_pages import counting_canvas

_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    """What a certificate shows: one paid collection as the agency recorded it."""

    number: str
    period: Period
    serial_number: str
    paid_at: datetime
    at_deadline: bool
    bank_name: str
    account_masked: str
    agreement_number: str
    amount: Decimal
    late_fee: Decimal
    days_late: int
    deadline: date

    @property
    def total(self) -> Decimal:
        return self.amount + self.late_fee


def write_certificate_pdf(
    facts: CertificateFacts, unit: Unit, path: Path, *, tr: Translate = english
) -> None:
    """Write the certificate to `path` atomically (WriteError when it cannot be written)."""
    certificate = _Certificate(facts, unit, tr)
    with atomic_write(path) as handle:
        document = SimpleDocTemplate(
            handle,
            pagesize=A4,
            invariant=True,
            title=f"{certificate.text('title')} {facts.number}",
            author=unit.name,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
        )
        document.build(certificate.story(), canvasmaker=counting_canvas(certificate.footer))


class _Certificate:
    def __init__(self, facts: CertificateFacts, unit: Unit, tr: Translate) -> None:
        self.facts = facts
        self.unit = unit
        self._tr = tr
        font = cjk_font()
        self.body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
        self.number = ParagraphStyle("number", parent=self.body, alignment=2)
        self.heading = ParagraphStyle("heading", parent=self.body, fontSize=12, leading=18, spaceBefore=8)
        self.title = ParagraphStyle("title", parent=self.body, fontSize=17, leading=24, alignment=1)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=11, leading=16, alignment=1)

    def text(self, key: str, **params: object) -> str:
        return render_text(CERTIFICATE_CONTEXT, CERTIFICATE_TEXTS[key], self._tr, **params)

    def story(self) -> list[Flowable]:
        facts = self.facts
        head = [
            ("number", facts.number),
            ("unit", f"{self.unit.name} ({self.unit.unit_code})"),
            ("period", str(facts.period)),
            ("serial", facts.serial_number),
            ("paid_at", facts.paid_at.strftime(_TIME_FORMAT)),
            ("how", self.text("at_deadline" if facts.at_deadline else "on_request")),
            ("bank", facts.bank_name),
            ("account", facts.account_masked),
            ("agreement", facts.agreement_number),
        ]
        deadline = facts.deadline.isoformat()
        fee_label = (
            self.text("late_fee", days=facts.days_late, deadline=deadline)
            if facts.days_late > 0
            else self.text("no_late_fee", deadline=deadline)
        )
        amounts = [
            [self.text("item"), self.text("amount")],
            [self.text("contributions"), format_money(facts.amount)],
            [fee_label, format_money(facts.late_fee)],
            [self.text("total"), format_money(facts.total)],
        ]
        story: list[Flowable] = [
            Paragraph(_escape(self.text("title")), self.title),
            Paragraph(_escape(self.text("subtitle")), self.subtitle),
            Spacer(1, 4 * mm),
            self._table([[self.text(key), value] for key, value in head], [46 * mm, 128 * mm], header=False),
            Paragraph(_escape(self.text("amounts")), self.heading),
            self._table(amounts, [124 * mm, 50 * mm], header=True),
            Spacer(1, 3 * mm),
        ]
        if facts.days_late > 0:
            story.append(Paragraph(_escape(self.text("late_fee_source")), self.body))
        story += [Spacer(1, 6 * mm), Paragraph(_escape(self.text("note")), self.body)]
        return story

    def footer(self, canvas: Canvas, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(cjk_font(), 8)
        text = self.text("page", number=self.facts.number, page=canvas.getPageNumber(), pages=pages)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, text)
        canvas.restoreState()

    def _table(self, rows: list[list[str]], widths: list[float | None], *, header: bool) -> Table:
        # The amounts table's figures sit to the right, as the receipts' do.
        styles = (self.body, self.number) if header else (self.body, self.body)
        cells = [
            [Paragraph(_escape(text), style) for text, style in zip(row, styles, strict=True)] for row in rows
        ]
        table = Table(cells, colWidths=widths, hAlign="LEFT")
        # reportlab's stubs type each command as a precise tuple; the list mixes several kinds.
        style: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ]
        if header:
            style += [
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.96, 0.96, 0.96)),
            ]
        table.setStyle(TableStyle(style))
        return table


def _escape(text: str) -> str:
    # Paragraph reads a little markup; a unit's name is plain text.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
