"""What the walkthrough of the query windows found: the refusal names the blocking declaration, receipts
show the status at printing time, payment records count people, the person search matches parts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from tests.gui.records.conftest import add_declaration, add_line, csv_lines, read_csv, snapshot, submit
from tests.gui.records.test_payments_and_roster import LI, ZHANG, insure_two_and_pay, open_payments
from tests.gui.records.test_records_window import cell, declare_people, open_window, revoke
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

# The windows never touch the store on the GUI thread.


def test_a_refused_revoke_names_the_later_declaration_that_blocks_it(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    (added,) = declare_people(unit, 1)
    leaving = Declaration(
        DeclarationType.INTERRUPTION,
        CURRENT_PERIOD,
        [DeclarationLine(make_id_number(0), "职工甲", reason="离职")],
    )
    interrupted = submit(unit, leaving)
    assert interrupted.approved and interrupted.serial_number is not None

    window = open_window(qtbot, records_ctx)
    revoke(qtbot, window, added)
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible(), timeout=10_000)

    blocking = interrupted.serial_number
    reason = (
        f"The agency refused to revoke it: the later declaration {blocking} builds on it for the same people. "
        f"Revoke {blocking} first."
    )
    assert window.message_box is not None and window.message_box.text() == reason
    assert window.status_label.text() == reason


def test_a_payment_record_counts_its_people_not_its_lines(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path
) -> None:
    serial = insure_two_and_pay(unit)  # two people, a payment line per person and insurance type
    window = open_window(qtbot, records_ctx)
    assert window.select_serial(serial)

    assert cell(window, 0, 5) == "2 person(s): 张三、李四"
    path = tmp_path / "records.csv"
    with qtbot.waitSignal(window.export_to(path).ended, timeout=10_000):
        pass
    rows = {row[0]: row for row in read_csv(path)}
    assert rows[serial][5] == "2 person(s): 张三、李四"
    assert any(line.startswith(f'="{serial}",') for line in csv_lines(path))


def test_payment_details_export_amounts_as_numbers_and_id_numbers_as_text(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path
) -> None:
    insure_two_and_pay(unit)
    window = open_payments(qtbot, records_ctx)
    path = tmp_path / "payments.xlsx"
    with qtbot.waitSignal(window.export_to(path).ended, timeout=10_000):
        pass

    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == window.model.total > 0
    for row in rows:
        id_cell, base, total = row[2], row[5], row[8]
        assert id_cell.data_type == "s" and len(str(id_cell.value)) == 18
        assert base.data_type == "n" and base.number_format == "#,##0.00"
        assert total.data_type == "n" and total.number_format == "#,##0.00"
    bases = {str(row[2].value): Decimal(str(row[5].value)) for row in rows}
    assert bases == {ZHANG: Decimal("6000.00"), LI: Decimal("4801.00")}
    assert 'written as ="…"' not in window.status_label.text()  # only a CSV needs the note


def test_statements_mask_id_numbers_unless_asked_and_write_nothing_for_an_empty_period(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path, artifacts: Path
) -> None:
    insure_two_and_pay(unit)
    window = open_payments(qtbot, records_ctx)
    assert not window.full_id_check.isChecked()
    snapshot(window, artifacts, "payment_details_statements.png")

    def statements(folder: Path, period: str) -> str:
        folder.mkdir()
        window.statement_period_edit.setText(period)
        task = window.write_statements(folder)
        assert task is not None
        with qtbot.waitSignal(task.ended, timeout=20_000):
            pass
        return " ".join(
            " ".join(p.extract_text().split()) for p in PdfReader(folder / f"statements-{period}.pdf").pages
        )

    masked = statements(tmp_path / "masked", "2026-11")
    assert ZHANG not in masked and f"{ZHANG[:4]}**********{ZHANG[-4:]}" in masked

    window.full_id_check.setChecked(True)
    assert ZHANG in statements(tmp_path / "full", "2026-11")

    empty = tmp_path / "empty"
    empty.mkdir()
    window.statement_period_edit.setText("2026-10")
    task = window.write_statements(empty)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=10_000):
        pass
    assert "there are no statements" in window.status_label.text()
    assert list(empty.iterdir()) == []  # no empty PDF or header-only CSV left behind


def test_a_reprinted_receipt_of_a_replaced_record_says_revoked_and_by_what(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path
) -> None:
    (serial,) = declare_people(unit, 1)
    revision = add_declaration(add_line(make_id_number(0), "职工甲", "7000.00"))
    revision.replaces_serial = serial
    replacing = submit(unit, revision)
    assert replacing.approved and replacing.serial_number is not None

    window = open_window(qtbot, records_ctx)
    assert window.select_serial(serial)
    path = tmp_path / "receipt.pdf"
    task = window.write_receipt(path)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=10_000):
        pass

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "Status Revoked" in text and "Status Approved" not in text
    assert "Approved at 2026-11-20 09:00:00" in text
    assert "Revoked at 2026-11-20 09:00:00" in text
    assert f"Replaced by {replacing.serial_number}" in text
    assert "Status as printed at 2026-11-20 09:00:00" in text
    assert "This declaration has been revoked" in text


def test_the_person_criteria_match_part_of_a_name_or_id_number(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    serials = declare_people(unit, 3)  # 职工甲, 职工乙, 职工丙
    window = open_window(qtbot, records_ctx)
    assert window.person_edit.placeholderText() == "Part of an ID number or name"

    def found(text: str) -> list[str]:
        window.person_edit.setText(text)
        with qtbot.waitSignal(window.model.loaded, timeout=10_000):
            qtbot.keyClick(window.person_edit, Qt.Key.Key_Return)
        return sorted(cell(window, row, 0) for row in range(window.model.rowCount()))

    assert found("职工") == sorted(serials)
    assert found("乙") == [serials[1]]
    assert found(make_id_number(2)[-6:]) == [serials[2]]
    assert found("100%") == []  # a wildcard typed is matched as itself

    serial = insure_two_and_pay(unit)
    payments = open_payments(qtbot, records_ctx)

    def paid(text: str) -> set[tuple[str, str]]:
        payments.person_edit.setText(text)
        with qtbot.waitSignal(payments.model.loaded, timeout=10_000):
            qtbot.keyClick(payments.person_edit, Qt.Key.Key_Return)
        model = payments.model
        return {
            (model.data(model.index(r, 3)), model.data(model.index(r, 9))) for r in range(model.rowCount())
        }

    assert paid(ZHANG[-6:]) == {("张三", serial)}
    assert paid("三") == {("张三", serial)}
    assert len(paid("职工")) == 3
