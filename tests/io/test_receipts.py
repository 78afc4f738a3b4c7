"""Receipts: the PDF of an approved declaration opens, holds serial, time, lines and totals, and prints
again identically from the same record."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.io.pdf_fonts import cjk_font
from ssclient.io.receipts import ReceiptError, write_receipt_pdf
from ssclient.policy.loader import default_policy
from ssclient.rules.payment import BackPayRequest, compute_payments
from tests.io.test_statements import embedded_fonts

NOV = Period(2026, 11)
UNIT = Unit(unit_code="170000123", name="北京示例科技有限公司", uscc="91110000MA01ABCD1X", tax_number="x")
APPROVED_AT = datetime(2026, 11, 20, 9, 30, 5)
ZHANG = "11010519491231002X"
LI = "110105198001010016"


def text_of(path: Path) -> str:
    """The whole document's text, white space runs as one space."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def approved(kind: DeclarationType, **fields: object) -> Declaration:
    return Declaration(kind, NOV, status=DeclarationStatus.APPROVED, serial_number="SB202611200001", **fields)  # type: ignore[arg-type]


def test_add_personnel_receipt(tmp_path: Path) -> None:
    lines = [
        DeclarationLine(ZHANG, "张三", "11", "6500", "否", "否"),
        DeclarationLine(LI, "李四<&>", "22", "4,800.50", "是", "是", "广东省", "深圳市", "南山区"),
    ]
    path = tmp_path / "receipt.pdf"
    write_receipt_pdf(approved(DeclarationType.ADD, lines=lines), UNIT, APPROVED_AT, path)
    text = text_of(path)
    for expected in (
        "Declaration receipt",
        "Serial number SB202611200001",
        "Unit 北京示例科技有限公司 (170000123)",
        "Business type Add personnel",
        "Period 2026-11",
        "Status Approved",
        "Approved at 2026-11-20 09:30:05",
        f"1 {ZHANG} 张三 11 local urban 6,500.00 否 否",
        f"2 {LI} 李四<&> 22 non-local rural 4,800.50 是 是",
        "People: 2",
        "Declared bases in total: 11,300.50",
        "printed again",
        "Serial number SB202611200001 · page 1 of 1",
    ):
        assert expected in text, expected


def test_renewal_interruption_and_base_change_columns(tmp_path: Path) -> None:
    renewal = approved(
        DeclarationType.RENEWAL,
        lines=[
            DeclarationLine(
                LI, "李四", "21", "5000", backpay={InsuranceType.PENSION: 1, InsuranceType.MEDICAL: 3}
            )
        ],
    )
    write_receipt_pdf(renewal, UNIT, APPROVED_AT, tmp_path / "r.pdf")
    assert f"1 {LI} 李四 21 local rural 5,000.00 pension 1, medical 3" in text_of(tmp_path / "r.pdf")

    leaving = approved(DeclarationType.INTERRUPTION, lines=[DeclarationLine(ZHANG, "张三", reason="离职")])
    write_receipt_pdf(leaving, UNIT, APPROVED_AT, tmp_path / "i.pdf")
    text = text_of(tmp_path / "i.pdf")
    assert "Business type Interrupt personnel" in text
    assert f"No. ID number Name Reason 1 {ZHANG} 张三 离职" in text
    assert "Declared bases" not in text

    change = approved(
        DeclarationType.BASE_CHANGE,
        lines=[DeclarationLine(ZHANG, "张三", wage_base="7000", effective_period="2026-10")],
        replaces_serial="SB202611050007",
    )
    write_receipt_pdf(change, UNIT, APPROVED_AT, tmp_path / "b.pdf")
    text = text_of(tmp_path / "b.pdf")
    assert "Replaces SB202611050007" in text
    assert f"1 {ZHANG} 张三 7,000.00 2026-10" in text


def test_payment_receipt_has_lines_and_totals_per_insurance(tmp_path: Path) -> None:
    roster = [
        RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6000.00"), Period(2026, 1)),
        RosterEntry(LI, "李四", PersonStatus.ACTIVE, Decimal("5000.00"), NOV),
    ]
    payments = compute_payments(
        roster, default_policy(), NOV, backpay=[BackPayRequest(LI, InsuranceType.PENSION, 1)]
    )
    path = tmp_path / "payment.pdf"
    write_receipt_pdf(approved(DeclarationType.PAYMENT, payments=payments), UNIT, APPROVED_AT, path)
    text = text_of(path)
    for expected in (
        "Business type Payment declaration",
        f"1 {ZHANG} 张三 pension 2026-11 6,000.00 480.00 960.00",
        f"9 {LI} 李四 pension 2026-10 5,000.00 400.00 800.00",
        # Pension: 480 + 400 + 400 employee, 960 + 800 + 800 employer.
        "pension 1,280.00 2,560.00 3,840.00",
        "medical 220.00 880.00 1,100.00",
        "unemployment 55.00 55.00 110.00",
        "work injury 0.00 22.00 22.00",
        "All insurance types 1,555.00 3,517.00 5,072.00",
    ):
        assert expected in text, expected


def test_long_declarations_run_over_pages_with_the_header_repeated(tmp_path: Path) -> None:
    lines = [
        DeclarationLine(f"1101051990010{i:04d}X", f"职工{i}", "11", "5000", "否", "否") for i in range(120)
    ]
    path = tmp_path / "long.pdf"
    write_receipt_pdf(approved(DeclarationType.ADD, lines=lines), UNIT, APPROVED_AT, path)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
    assert len(pages) > 1
    assert all("No. ID number Name" in page for page in pages)
    # Each page says how many there are: a printed stack can be seen to be whole.
    assert [f"· page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1)] == [True] * len(
        pages
    )
    assert "People: 120" in pages[-1]


def test_a_receipt_counts_thousands_of_people_with_separators(tmp_path: Path) -> None:
    lines = [DeclarationLine(f"1101051990010{i:04d}X", "张三", "11", "5000", "否", "否") for i in range(1200)]
    path = tmp_path / "large.pdf"
    write_receipt_pdf(approved(DeclarationType.ADD, lines=lines), UNIT, APPROVED_AT, path)
    last = " ".join(PdfReader(path).pages[-1].extract_text().split())
    assert "People: 1,200" in last


def test_printing_again_gives_the_same_file(tmp_path: Path) -> None:
    declaration = approved(
        DeclarationType.ADD, lines=[DeclarationLine(ZHANG, "张三", "11", "6500", "否", "否")]
    )
    write_receipt_pdf(declaration, UNIT, APPROVED_AT, tmp_path / "first.pdf")
    write_receipt_pdf(declaration, UNIT, APPROVED_AT, tmp_path / "again.pdf")
    assert (tmp_path / "first.pdf").read_bytes() == (tmp_path / "again.pdf").read_bytes()


def test_translated_labels(tmp_path: Path) -> None:
    words = {"Declaration receipt": "申报回执", "Serial number": "流水号", "Add personnel": "新增参保"}
    declaration = approved(
        DeclarationType.ADD, lines=[DeclarationLine(ZHANG, "张三", "11", "6500", "否", "否")]
    )
    write_receipt_pdf(declaration, UNIT, APPROVED_AT, tmp_path / "zh.pdf", tr=lambda c, s: words.get(s, s))
    text = text_of(tmp_path / "zh.pdf")
    assert "申报回执" in text
    assert "流水号 SB202611200001" in text
    assert "Business type 新增参保" in text


@pytest.mark.parametrize("status", [DeclarationStatus.DRAFT, DeclarationStatus.REJECTED])
def test_no_receipt_without_approval(tmp_path: Path, status: DeclarationStatus) -> None:
    declaration = Declaration(DeclarationType.ADD, NOV, status=status)
    with pytest.raises(ReceiptError):
        write_receipt_pdf(declaration, UNIT, APPROVED_AT, tmp_path / "no.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_receipt_embeds_a_font_with_the_middle_dot(tmp_path: Path) -> None:
    path = tmp_path / "receipt.pdf"
    lines = [DeclarationLine(ZHANG, "张三", "11", "6500", "否", "否")]
    write_receipt_pdf(approved(DeclarationType.ADD, lines=lines), UNIT, APPROVED_AT, path)

    fonts = embedded_fonts(path)
    assert fonts, "the receipt names a font without embedding it (readers drew '·' as '�')"
    embedded = pdfmetrics.getFont(cjk_font())
    assert isinstance(embedded, TTFont) and ord("·") in embedded.face.charToGlyph
    assert "Serial number SB202611200001 · page 1 of 1" in text_of(path)


def test_a_declared_wage_outside_the_limits_shows_the_base_used(tmp_path: Path) -> None:
    policy = default_policy()  # floor 4,800.00, ceiling 24,000.00
    change = approved(
        DeclarationType.BASE_CHANGE,
        lines=[
            DeclarationLine(ZHANG, "张三", wage_base="30000", effective_period="2026-11"),
            DeclarationLine(LI, "李四", wage_base="6000", effective_period="2026-11"),
        ],
    )
    write_receipt_pdf(change, UNIT, APPROVED_AT, tmp_path / "b.pdf", policy=policy)
    text = text_of(tmp_path / "b.pdf")
    assert f"1 {ZHANG} 张三 30,000.00 base used 24,000.00 2026-11" in text
    assert f"2 {LI} 李四 6,000.00 2026-11" in text  # inside the limits: one figure
    assert "computed on the floor or the ceiling" in text
    # The totals say both figures too: the wages declared, and the bases the contributions are computed on.
    assert "Declared bases in total: 36,000.00 Contribution bases used in total: 30,000.00" in text
    write_receipt_pdf(change, UNIT, APPROVED_AT, tmp_path / "plain.pdf")  # no policy: the wage as declared
    assert "base used" not in text_of(tmp_path / "plain.pdf")
    assert "Contribution bases used" not in text_of(tmp_path / "plain.pdf")

    people = [RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("3000.00"), Period(2026, 1))]
    payments = compute_payments(people, policy, NOV)
    write_receipt_pdf(
        approved(DeclarationType.PAYMENT, payments=payments), UNIT, APPROVED_AT, tmp_path / "p.pdf"
    )
    text = text_of(tmp_path / "p.pdf")
    assert f"1 {ZHANG} 张三 pension 2026-11 4,800.00 declared wage 3,000.00 384.00 768.00" in text
    assert "computed on the floor or the ceiling" in text


def test_a_resident_household_registration_is_named_on_the_receipt(tmp_path: Path) -> None:
    """居民户口 (code 30, the unified registration) has its words too, as the four older codes do."""
    lines = [DeclarationLine(ZHANG, "张三", "30", "6500", "否", "否")]
    path = tmp_path / "receipt.pdf"
    write_receipt_pdf(approved(DeclarationType.ADD, lines=lines), UNIT, APPROVED_AT, path)
    assert f"1 {ZHANG} 张三 30 resident 6,500.00 否 否" in text_of(path)


def test_a_household_type_reads_the_same_whether_its_code_or_its_name_was_declared(tmp_path: Path) -> None:
    """A sheet's drop-down declares the name (本地城镇), the form the code (11): one receipt, one way."""
    lines = [
        DeclarationLine(ZHANG, "张三", "本地城镇", "6500", "否", "否"),
        DeclarationLine(LI, "李四", "11", "6500", "否", "否"),
    ]
    path = tmp_path / "receipt.pdf"
    write_receipt_pdf(approved(DeclarationType.ADD, lines=lines), UNIT, APPROVED_AT, path)
    text = text_of(path)
    assert f"1 {ZHANG} 张三 11 local urban 6,500.00" in text
    assert f"2 {LI} 李四 11 local urban 6,500.00" in text
