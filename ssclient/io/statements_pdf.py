"""The monthly statements' PDF: a page per employee (more only when one person's lines do not fit).

What a statement says and in which words is io.statements'; this module places it on A4 pages. Each page's
text is one text object whose strings are placed where drawString would put them: a text object per string
(drawString's way) was a fifth of the time of 10,000 statements, and the pages look the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ssclient.domain.money import format_money
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.io.atomic import Progress, atomic_write
from ssclient.io.messages import Translate, english
from ssclient.io.pdf_fonts import cjk_font, wrap_text
from ssclient.io.statements import (
    PaymentItem,
    PersonStatement,
    insurance_name,
    is_back_payment,
    line_month,
    person_statements,
    shown_statements,
    statement_text,
)


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
    `progress`: (done, people) after each person, then (0, 0) before the file is saved and once more
    before it replaces `path` (an exception from it leaves `path` as it was)."""
    statements = shown_statements(person_statements(payments, period, wages), full_id_numbers)
    if not statements:
        return 0
    tr = cache(tr)  # the same few dozen texts on every page: asked of the catalogues once each
    with atomic_write(path) as handle:
        canvas = Canvas(handle, pagesize=A4, invariant=True)
        canvas.setTitle(statement_text(tr, "title"))
        canvas.setAuthor(unit.name)
        page = _StatementPage(canvas, unit, tr, notes)
        for done, statement in enumerate(statements, 1):
            page.draw(statement)
            if progress is not None:
                progress(done, len(statements))
        if progress is not None:  # saving takes seconds for 10,000 pages: no count to show, only busy
            progress(0, 0)
        canvas.save()
        if progress is not None:  # a Cancel pressed while it saved is heard: the file is not put in place
            progress(0, 0)
    return len(statements)


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
        self._footer = wrap_text(statement_text(tr, "note"), width, self._font, 9)
        self._begin()

    def draw(self, statement: PersonStatement) -> None:
        y = self._heading(statement, continued=False)
        y = self._table_header(y)
        for line in statement.lines:
            if y < self.BOTTOM + 5 * self.ROW + 24 * len(self._notes):  # room for the totals and notes
                self._show_page()
                y = self._table_header(self._heading(statement, continued=True))
            y = self._row(y, line)
        y = self._total_row(y, statement)
        y -= self.ROW
        for key, amount in (
            ("withheld", statement.withheld),
            ("employer_total", statement.employer_total),
            ("grand_total", statement.total),
        ):
            self._put(self.LEFT, y, statement_text(self._tr, key, amount=format_money(amount)), 11)
            y -= self.ROW
        for note in self._notes:
            for part in note:
                self._put(self.LEFT, y, part, 9)
                y -= 12
        self._note()
        self._show_page()

    def _begin(self) -> None:
        self._words = self._canvas.beginText()
        self._size = 0.0  # the font size last set in it

    def _show_page(self) -> None:
        self._canvas.drawText(self._words)
        self._canvas.showPage()
        self._begin()

    def _heading(self, statement: PersonStatement, continued: bool) -> float:
        title = statement_text(self._tr, "title")
        if continued:
            title = f"{title} {statement_text(self._tr, 'continued')}"
        self._put(A4[0] / 2, self.TOP, title, 16, align=0.5)
        y = self.TOP - 2 * self.ROW
        texts = [
            statement_text(self._tr, "unit", name=self._unit.name, code=self._unit.unit_code),
            statement_text(self._tr, "period", period=statement.period),
            statement_text(self._tr, "person", name=statement.name, id_number=statement.id_number),
            statement_text(self._tr, "base", base=format_money(statement.base)),
        ]
        if statement.wage is not None and statement.capped:
            key = "wage_above" if statement.wage > statement.base else "wage_below"
            texts.append(statement_text(self._tr, key, wage=format_money(statement.wage)))
        for text in texts:
            self._put(self.LEFT, y, text, 10.5)
            y -= self.ROW
        return y - self.ROW / 2

    def _table_header(self, y: float) -> float:
        self._cells(
            y,
            statement_text(self._tr, "insurance"),
            statement_text(self._tr, "month"),
            statement_text(self._tr, "base_column"),
            statement_text(self._tr, "employee"),
            statement_text(self._tr, "employer"),
        )
        self._canvas.line(self.LEFT, y - 5, self.RIGHT, y - 5)
        return y - self.ROW

    def _row(self, y: float, line: PaymentItem) -> float:
        name = insurance_name(line.insurance, self._tr)
        if is_back_payment(line):
            name = statement_text(self._tr, "back_payment", insurance=name)
        self._cells(
            y,
            name,
            str(line_month(line)),
            format_money(line.base),
            format_money(line.employee_amount),
            format_money(line.employer_amount),
        )
        return y - self.ROW

    def _total_row(self, y: float, statement: PersonStatement) -> float:
        self._canvas.line(self.LEFT, y + self.ROW - 5, self.RIGHT, y + self.ROW - 5)
        self._cells(
            y,
            statement_text(self._tr, "total"),
            "",
            "",
            format_money(statement.withheld),
            format_money(statement.employer_total),
        )
        return y - self.ROW

    def _cells(self, y: float, insurance: str, month: str, base: str, employee: str, employer: str) -> None:
        self._put(self.LEFT, y, insurance, 10.5)
        self._put(self.MONTH_X, y, month, 10.5)
        self._put(self.BASE_RIGHT, y, base, 10.5, align=1.0)
        self._put(self.EMPLOYEE_RIGHT, y, employee, 10.5, align=1.0)
        self._put(self.RIGHT, y, employer, 10.5, align=1.0)

    def _note(self) -> None:
        y = self.BOTTOM - 20 + (len(self._footer) - 1) * 12
        for line in self._footer:
            self._put(self.LEFT, y, line, 9)
            y -= 12

    def _put(self, x: float, y: float, text: str, size: float, align: float = 0.0) -> None:
        """`text` at (x, y) on this page: starting there (align 0), centred on it (0.5) or ending there (1),
        as drawString, drawCentredString and drawRightString place it."""
        if not text:
            return
        if size != self._size:
            self._words.setFont(self._font, size)
            self._size = size
        if align:
            x -= align * stringWidth(text, self._font, size)
        self._words.setTextOrigin(x, y)
        self._words.textOut(text)
