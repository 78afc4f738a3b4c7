"""The English payment receipt keeps each insurance name inside its column: "unemployment" ends before the
month beside it begins (it ran into the month column before)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from ssclient.domain.enums import DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.roster import RosterEntry
from ssclient.io.pdf_fonts import cjk_font
from ssclient.io.receipts import write_receipt_pdf
from ssclient.policy.loader import default_policy
from ssclient.rules.payment import compute_payments
from tests.io.test_receipts import APPROVED_AT, NOV, UNIT, ZHANG, approved

FONT_SIZE = 9.5  # the receipt tables' size


def placed_texts(path: Path) -> list[tuple[str, float, float]]:
    """Each text the first page draws, with where it starts (x, y in points)."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((text.strip(), cm[4] + tm[4], cm[5] + tm[5]))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_every_english_insurance_name_ends_before_the_month_column(tmp_path: Path) -> None:
    roster = [RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6000.00"), NOV)]
    path = tmp_path / "payment.pdf"
    payments = compute_payments(roster, default_policy(), NOV)
    write_receipt_pdf(approved(DeclarationType.PAYMENT, payments=payments), UNIT, APPROVED_AT, path)
    texts = placed_texts(path)
    names = {"pension", "medical", "unemployment", "work injury"}
    checked = set()
    for text, x, y in texts:
        # A line of the lines table: the insurance name, and on the same row the month after it.
        months = [
            other_x for other, other_x, other_y in texts if other == str(NOV) and other_y == y and other_x > x
        ]
        if text in names and months:
            assert x + stringWidth(text, cjk_font(), FONT_SIZE) < min(months), text
            checked.add(text)
    assert checked == names and len(payments) == len(InsuranceType)
