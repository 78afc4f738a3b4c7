"""Monthly statements: one PDF page per employee with the expected text, and a CSV of the same."""

from __future__ import annotations

import csv
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ssclient.domain.declaration import PaymentLine
from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.io.export import csv_cell_text
from ssclient.io.statements import (
    STATEMENT_CONTEXT,
    mask_id_number,
    person_statements,
    write_statements_csv,
)
from ssclient.io.statements_pdf import write_statements_pdf
from ssclient.policy.loader import default_policy
from ssclient.rules.payment import BackPayRequest, compute_payments
from ssclient.sync.results import PaymentDetail

NOV = Period(2026, 11)
UNIT = Unit(unit_code="170000123", name="北京示例科技有限公司", uscc="91110000MA01ABCD1X", tax_number="x")
ZHANG = "11010519491231002X"
LI = "110105198001010016"
GONE = "440301199003070014"

CHINESE = {
    "Social insurance contribution statement": "社会保险缴费明细",
    "Withheld from your wages in total: {amount}": "本月从您工资中代扣合计：{amount}",
    "Employee share": "个人缴纳",
    "pension": "养老保险",
    "medical": "医疗保险",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get(source, source)


def roster() -> list[RosterEntry]:
    since = Period(2026, 1)
    return [
        RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6000.00"), since),
        RosterEntry(LI, "赵四", PersonStatus.ACTIVE, Decimal("5000.00"), NOV),
        RosterEntry(GONE, "王五", PersonStatus.INTERRUPTED, Decimal("5000.00"), since, interrupted_from=NOV),
    ]


@pytest.fixture
def payments() -> list[PaymentLine]:
    backpay = [BackPayRequest(LI, InsuranceType.MEDICAL, 2)]
    return compute_payments(roster(), default_policy(), NOV, industry_class=3, backpay=backpay)


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space as one space (table cells come out one per line)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_one_page_per_employee_with_amounts_and_withheld_total(
    tmp_path: Path, payments: list[PaymentLine]
) -> None:
    path = tmp_path / "statements-2026-11.pdf"
    assert write_statements_pdf(UNIT, NOV, payments, path) == 2
    first, second = page_texts(path)
    for text in (
        "Social insurance contribution statement",
        "Unit: 北京示例科技有限公司 (170000123)",
        "Period: 2026-11",
        "Employee: 张三",
        "ID number: 1101**********002X",  # masked unless asked for in full
        "Contribution base: 6,000.00",
        # pension 6000 × 8 % / 16 %, medical 2 % / 8 %, unemployment 0.5 % each, work injury class 3 0.7 %
        "pension 2026-11 6,000.00 480.00 960.00",
        "medical 2026-11 6,000.00 120.00 480.00",
        "unemployment 2026-11 6,000.00 30.00 30.00",
        "work injury 2026-11 6,000.00 0.00 42.00",
        "Total 630.00 1,512.00",
        "Withheld from your wages in total: 630.00",
        "Paid by your employer in total: 1,512.00",
        "Contributions for you in total: 2,142.00",
        "article 60",
    ):
        assert text in first, text
    assert "赵四" not in first and ZHANG not in first
    # Zhao renewed in November with two months of medical back payment at the renewal base.
    for text in (
        "Employee: 赵四",
        "medical 2026-11 5,000.00 100.00 400.00",
        "medical (back payment) 2026-09 5,000.00 100.00 400.00",
        "medical (back payment) 2026-10 5,000.00 100.00 400.00",
        "Withheld from your wages in total: 725.00",  # 400 + 100 × 3 + 25 + 0
    ):
        assert text in second, text
    # The interrupted person gets no statement.
    assert all("王五" not in text for text in (first, second))


def test_labels_follow_the_translation(tmp_path: Path, payments: list[PaymentLine]) -> None:
    seen: set[str] = set()

    def tr(context: str, source: str) -> str:
        seen.add(context)
        return chinese(context, source)

    path = tmp_path / "zh.pdf"
    write_statements_pdf(UNIT, NOV, payments, path, tr=tr)
    text = page_texts(path)[0]
    assert "社会保险缴费明细" in text
    assert "本月从您工资中代扣合计：630.00" in text
    assert "养老保险 2026-11 6,000.00 480.00 960.00" in text
    assert STATEMENT_CONTEXT in seen


def test_agency_payment_details_make_the_same_statements(tmp_path: Path, payments: list[PaymentLine]) -> None:
    details = [
        PaymentDetail(
            period=line.period,
            for_period=line.for_period or line.period,
            id_number=line.id_number,
            name=line.name,
            insurance=line.insurance,
            base=line.base,
            employer_amount=line.employer_amount,
            employee_amount=line.employee_amount,
            serial_number="FK202611000001",
        )
        for line in payments
    ]
    from_lines = person_statements(payments, NOV)
    from_details = person_statements(details, NOV)
    assert [(s.id_number, s.base, s.withheld, s.employer_total) for s in from_details] == [
        (s.id_number, s.base, s.withheld, s.employer_total) for s in from_lines
    ]
    write_statements_pdf(UNIT, NOV, details, tmp_path / "details.pdf")
    write_statements_pdf(UNIT, NOV, payments, tmp_path / "lines.pdf")
    assert page_texts(tmp_path / "details.pdf") == page_texts(tmp_path / "lines.pdf")


def test_other_periods_lines_are_left_out(payments: list[PaymentLine]) -> None:
    october = compute_payments(roster(), default_policy(), Period(2026, 10))
    statements = person_statements([*october, *payments], NOV)
    assert [s.name for s in statements] == ["张三", "赵四"]
    assert all(line.period == NOV for s in statements for line in s.lines)


def test_statements_come_in_the_rosters_order_by_pinyin(payments: list[PaymentLine]) -> None:
    # Whatever order the lines come in: 张 (zhang) before 赵 (zhao), as the roster lists them.
    assert [s.name for s in person_statements(list(reversed(payments)), NOV)] == ["张三", "赵四"]
    renamed = [replace(line, name="艾四") if line.id_number == LI else line for line in payments]
    assert [s.name for s in person_statements(renamed, NOV)] == ["艾四", "张三"]  # ai before zhang


def test_the_csv_holds_the_same_lines_and_totals(tmp_path: Path, payments: list[PaymentLine]) -> None:
    path = tmp_path / "statements.csv"
    assert write_statements_csv(UNIT, NOV, payments, path) == 2
    # The unit code as Excel keeps it text on a double-click; the masked ID number is text anyway.
    assert (
        path.read_text(encoding="utf-8-sig")
        .splitlines()[1]
        .startswith('="170000123","北京示例科技有限公司","2026-11","1101**********002X",')
    )
    rows = read_back(path)
    assert rows[0] == [
        "Unit code", "Unit name", "Period", "ID number", "Name", "Insurance type", "Month", "Base",
        "Employee share", "Employer share", "Declared wage",
    ]  # fmt: skip
    person = ["170000123", "北京示例科技有限公司", "2026-11", "1101**********002X", "张三"]
    assert rows[1] == [*person, "pension", "2026-11", "6000.00", "480.00", "960.00", "6000.00"]
    assert rows[5] == [*person, "Total", "", "", "630.00", "1512.00", ""]
    li = [r for r in rows[6:] if r[5] != "Total"]
    assert [r[5:7] for r in li] == [
        ["pension", "2026-11"],
        ["medical", "2026-11"],
        ["unemployment", "2026-11"],
        ["work injury", "2026-11"],
        ["medical", "2026-09"],
        ["medical", "2026-10"],
    ]
    # Employer: pension 800 + medical 400 × 3 + unemployment 25 + work injury 35.
    assert rows[-1][5:] == ["Total", "", "", "725.00", "2060.00", ""]


def test_a_person_with_more_lines_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    entry = RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6000.00"), NOV)
    asked = [BackPayRequest(ZHANG, kind, 36) for kind in InsuranceType]
    lines = compute_payments([entry], default_policy(), NOV, backpay=asked)
    path = tmp_path / "long.pdf"
    assert write_statements_pdf(UNIT, NOV, lines, path) == 1
    texts = page_texts(path)
    assert len(texts) > 1
    assert "(continued)" in texts[1]
    assert "Withheld from your wages in total" in texts[-1]
    assert sum(text.count("(back payment)") for text in texts) == 4 * 36


def test_no_payments_write_no_files(tmp_path: Path) -> None:
    assert write_statements_pdf(UNIT, NOV, [], tmp_path / "none.pdf") == 0
    assert write_statements_csv(UNIT, NOV, [], tmp_path / "none.csv") == 0
    assert list(tmp_path.iterdir()) == []


def test_full_id_numbers_when_asked(tmp_path: Path, payments: list[PaymentLine]) -> None:
    write_statements_pdf(UNIT, NOV, payments, tmp_path / "full.pdf", full_id_numbers=True)
    write_statements_csv(UNIT, NOV, payments, tmp_path / "full.csv", full_id_numbers=True)
    assert f"ID number: {ZHANG}" in page_texts(tmp_path / "full.pdf")[0]
    assert f',="{ZHANG}",' in (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
    assert {row[3] for row in read_back(tmp_path / "full.csv")[1:]} == {ZHANG, LI}


def read_back(path: Path) -> list[list[str]]:
    """The rows as the program's own CSV reader gives them (identifiers without their ="…")."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [[csv_cell_text(cell) for cell in row] for row in csv.reader(handle)]


def test_mask_keeps_the_region_and_the_last_four() -> None:
    assert mask_id_number("440305199001010000") == "4403**********0000"
    assert mask_id_number("1234") == "****"


def test_the_font_is_embedded(tmp_path: Path, payments: list[PaymentLine]) -> None:
    path = tmp_path / "statements.pdf"
    write_statements_pdf(UNIT, NOV, payments, path)
    assert embedded_fonts(path), "the PDF names a font without embedding it"


def test_progress_is_reported_per_person(tmp_path: Path, payments: list[PaymentLine]) -> None:
    seen: list[tuple[int, int]] = []
    write_statements_pdf(UNIT, NOV, payments, tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2), (0, 0), (0, 0)]  # then saving (no count, busy), then saved


class _Cancelled(Exception):
    pass


def test_a_cancel_heard_once_saved_leaves_the_earlier_file_in_place(
    tmp_path: Path, payments: list[PaymentLine]
) -> None:
    """Saving 10,000 pages takes seconds; a Cancel pressed meanwhile is heard before the new file replaces
    last month's run of the same statements, which stays as it was."""
    path = tmp_path / "statements-2026-11.pdf"
    path.write_bytes(b"the statements printed this morning")
    calls: list[tuple[int, int]] = []

    def cancel_once_saved(done: int, total: int) -> None:
        calls.append((done, total))
        if calls.count((0, 0)) == 2:
            raise _Cancelled

    with pytest.raises(_Cancelled):
        write_statements_pdf(UNIT, NOV, payments, path, progress=cancel_once_saved)
    assert path.read_bytes() == b"the statements printed this morning"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left either


def embedded_fonts(path: Path) -> list[str]:
    """The names of the fonts a PDF carries inside it (a FontFile2 in a descendant's descriptor)."""
    found = []
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        fonts: Any = resources.get_object()["/Font"].get_object()
        for reference in fonts.values():
            font: Any = reference.get_object()
            for part in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                descriptor = part.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    found.append(str(part["/BaseFont"]))
    return found


def test_a_capped_wage_is_shown_beside_the_base_used(tmp_path: Path) -> None:
    """Lines keep the declared wage (PaymentLine.wage); the agency's payment details do not, and take
    it from `wages` for this month's lines only."""
    people = [
        RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("30000.00"), Period(2026, 1)),
        RosterEntry(LI, "赵四", PersonStatus.ACTIVE, Decimal("3000.00"), Period(2026, 1)),
    ]
    lines = compute_payments(people, default_policy(), NOV)
    path = tmp_path / "capped.pdf"
    assert write_statements_pdf(UNIT, NOV, lines, path, tr=chinese) == 2
    first, second = page_texts(path)
    assert "Contribution base: 24,000.00" in first
    assert (
        "Declared wage: 30,000.00, above the base ceiling: contributions are computed on the ceiling" in first
    )
    assert "Declared wage: 3,000.00, below the base floor: contributions are computed on the floor" in second

    details = [
        PaymentDetail(x.period, x.for_period or x.period, x.id_number, x.name, x.insurance, x.base,
                      x.employer_amount, x.employee_amount, "SB1")
        for x in lines
    ]  # fmt: skip
    (zhang,) = [s for s in person_statements(details, NOV) if s.id_number == ZHANG]
    assert zhang.wage is None and not zhang.capped  # nothing known: nothing claimed
    wages = {ZHANG: Decimal("30000.00")}
    (zhang,) = [s for s in person_statements(details, NOV, wages) if s.id_number == ZHANG]
    assert zhang.capped and zhang.wage_of(zhang.lines[0]) == Decimal("30000.00")
    assert write_statements_csv(UNIT, NOV, details, tmp_path / "c.csv", wages=wages) == 2
    rows = read_back(tmp_path / "c.csv")
    assert [row[-1] for row in rows[1:5]] == ["30000.00"] * 4
    assert all(row[-1] == "" for row in rows[6:])  # 赵四's wage was not given
