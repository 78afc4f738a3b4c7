"""A declared wage outside the base limits, through the real agency: the monthly statements and both
receipts (the personnel record's and the payment record's) show the declared wage and the base used."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from ssclient.app.records import DeclarationQuery, Records
from ssclient.app.statements import Receipts, Statements
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.io.export import csv_cell_text
from ssclient.rules.payment import compute_payments
from tests.support.agency import (  # noqa: F401
    CURRENT_PERIOD,
    AgencyUnit,
    agency,
    agency_client,
    agency_clock,
    make_id_number,
    unit,
)

HIGH, LOW, PLAIN = make_id_number(31), make_id_number(32), make_id_number(33)


def _declare(unit: AgencyUnit, declaration: Declaration, key: str) -> int:  # noqa: F811
    result = unit.client.submit(declaration, f"declared-wages-{key}")
    assert result.approved, result.findings
    records = Records(unit.client, None, unit.unit_code)
    items, _total = records.pages(DeclarationQuery())(0, 100)
    return next(item.id for item in items if item.serial_number == result.serial_number)


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_statements_and_receipts_show_the_declared_wage_beside_the_base_used(
    unit: AgencyUnit,  # noqa: F811
    agency_clock: FixedClock,  # noqa: F811
    tmp_path: Path,
) -> None:
    people = ((HIGH, "高工资", "30000"), (LOW, "低工资", "3000"), (PLAIN, "平工资", "6000"))
    lines = [DeclarationLine(id_number, name, "11", wage, "否", "否") for id_number, name, wage in people]
    added = _declare(unit, Declaration(DeclarationType.ADD, CURRENT_PERIOD, lines), "add")
    profile = unit.client.profile()
    policy = unit.client.policy().policy
    assert (policy.base_floor, policy.base_ceiling) == (Decimal(4800), Decimal(24000))  # the bundled table
    payments = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD, industry_class=1)
    paid = _declare(unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments), "pay")

    written = Statements(unit.client).write(profile, CURRENT_PERIOD, tmp_path, full_id_numbers=True)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(written.pdf).pages]
    high = next(page for page in pages if HIGH in page)
    assert "Contribution base: 24,000.00" in high
    assert "Declared wage: 30,000.00, above the base ceiling" in high
    low = next(page for page in pages if LOW in page)
    assert "Contribution base: 4,800.00" in low and "Declared wage: 3,000.00, below the base floor" in low
    plain = next(page for page in pages if PLAIN in page)
    assert "Declared wage" not in plain  # a wage inside the limits is the base: said once
    with written.csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = [[csv_cell_text(cell) for cell in row] for row in csv.reader(handle)]
    assert rows[0][-3:] == ["Employee share", "Employer share", "Declared wage"]
    assert {(row[3], row[7], row[10]) for row in rows[1:] if row[5] == "pension"} == {
        (HIGH, "24000.00", "30000.00"),
        (LOW, "4800.00", "3000.00"),
        (PLAIN, "6000.00", "6000.00"),
    }

    receipts = Receipts(unit.client, agency_clock)
    personnel = _text(receipts.write(added, profile, tmp_path / "add.pdf"))
    assert "30,000.00 base used 24,000.00" in personnel
    assert "3,000.00 base used 4,800.00" in personnel
    assert "computed on the floor or the ceiling" in personnel
    payment = _text(receipts.write(paid, profile, tmp_path / "pay.pdf"))
    assert "24,000.00 declared wage 30,000.00" in payment
    assert "4,800.00 declared wage 3,000.00" in payment
    assert "6,000.00 declared wage" not in payment
