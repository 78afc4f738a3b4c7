"""Declaration records against the real agency: lazy pages, criteria, sorting, revoke on the 23rd and not
on the 24th, revise into a linked draft, receipts and export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.records.records_window import DeclarationRecordsWindow
from ssclient.store import Store
from tests.gui.records.conftest import add_declaration, add_line, snapshot, submit
from tests.gui.records.test_payments_and_roster import insure_two_and_pay
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

# The windows never touch the store on the GUI thread.

NAMES = "甲乙丙丁戊己庚辛壬癸"


def open_window(qtbot: QtBot, ctx: AppContext) -> DeclarationRecordsWindow:
    window = DeclarationRecordsWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.show()
    qtbot.waitUntil(lambda: not window.model.busy and window.model.total == window.model.rowCount())
    return window


def search(qtbot: QtBot, window: DeclarationRecordsWindow) -> None:
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        qtbot.mouseClick(window.search_button, Qt.MouseButton.LeftButton)


def cell(window: DeclarationRecordsWindow, row: int, column: int) -> str:
    return str(window.model.data(window.model.index(row, column)))


def declare_people(unit: AgencyUnit, count: int, start: int = 0) -> list[str]:
    serials = []
    for seq in range(start, start + count):
        result = submit(unit, add_declaration(add_line(make_id_number(seq), f"职工{NAMES[seq]}")))
        assert result.approved, result.findings
        assert result.serial_number is not None
        serials.append(result.serial_number)
    return serials


def test_records_show_newest_first_and_filter_by_criteria(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, artifacts: Path
) -> None:
    serials = declare_people(unit, 3)
    leaving = Declaration(
        DeclarationType.INTERRUPTION,
        CURRENT_PERIOD,
        [DeclarationLine(make_id_number(0), "职工甲", reason="离职")],
    )
    interrupted = submit(unit, leaving)
    assert interrupted.approved
    rejected = submit(unit, add_declaration(add_line(make_id_number(1), "职工乙")))  # already insured here
    assert not rejected.approved

    window = open_window(qtbot, records_ctx)
    assert window.model.rowCount() == 5
    assert [cell(window, row, 0) for row in range(3)] == ["", interrupted.serial_number, serials[2]]
    assert cell(window, 1, 1) == "Interrupt personnel"
    assert cell(window, 1, 2) == "2026-11"
    assert cell(window, 1, 3) == "Approved"
    assert cell(window, 0, 3) == "Rejected"
    assert cell(window, 1, 5) == "1 person(s): 职工甲"
    assert "5 of 5" in window.status_label.text()
    snapshot(window, artifacts, "records_window.png")

    window.type_combo.setCurrentIndex(window.type_combo.findData(DeclarationType.ADD.value))
    window.status_combo.setCurrentIndex(window.status_combo.findData(DeclarationStatus.APPROVED.value))
    search(qtbot, window)
    assert [cell(window, row, 0) for row in range(window.model.rowCount())] == serials[::-1]

    window.type_combo.setCurrentIndex(0)
    window.status_combo.setCurrentIndex(0)
    window.person_edit.setText(make_id_number(1))
    search(qtbot, window)
    assert window.model.rowCount() == 2  # the approved add and the rejected one
    window.person_edit.setText("职工丙")
    search(qtbot, window)
    assert [cell(window, 0, 0)] == [serials[2]]

    window.person_edit.clear()
    window.period_from_edit.setText("2026-12")
    search(qtbot, window)
    assert window.model.rowCount() == 0
    assert window.status_label.text() == "No records match."


def test_a_period_that_cannot_be_read_is_said_and_nothing_is_asked(
    qtbot: QtBot, records_ctx: AppContext
) -> None:
    window = open_window(qtbot, records_ctx)
    window.period_from_edit.setText("2026-13")
    qtbot.mouseClick(window.search_button, Qt.MouseButton.LeftButton)
    assert window.criteria_error.isVisible()
    assert window.criteria_error.text() == "A period looks like 2026-01, not 2026-13."
    assert not window.model.busy
    window.period_from_edit.setText("2026-11")
    window.period_to_edit.setText("2026-10")
    qtbot.mouseClick(window.search_button, Qt.MouseButton.LeftButton)
    assert window.criteria_error.text() == "The first period must not be after the last one."


def click_header(qtbot: QtBot, window: DeclarationRecordsWindow, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_pages_load_lazily_as_the_view_asks(qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit) -> None:
    serials = declare_people(unit, 7)
    window = DeclarationRecordsWindow(records_ctx)
    qtbot.addWidget(window)
    window.model.first_page, window.model.next_page = 3, 2
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.search()
    assert (window.model.rowCount(), window.model.total) == (3, 7)
    assert [cell(window, row, 0) for row in range(3)] == serials[:-4:-1]  # newest first
    assert window.model.canFetchMore()
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.model.fetchMore()
    assert [cell(window, row, 0) for row in range(5)] == serials[:-6:-1]


def test_a_header_click_sorts_by_asking_the_agency_from_its_first_page(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    serials = declare_people(unit, 7)
    window = DeclarationRecordsWindow(records_ctx)
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.show()
    window.model.first_page, window.model.next_page = 3, 2
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.search()
    qtbot.waitUntil(lambda: not window.model.busy)

    # Serial number, ascending: the agency's first page in that order is the oldest three, shown before
    # anything else is loaded (the view then asks for more pages as it would while scrolling).
    with qtbot.waitSignal(window.model.loaded, timeout=10_000) as first:
        click_header(qtbot, window, 0)
    assert first.args == [3, 7]
    assert [cell(window, row, 0) for row in range(3)] == serials[:3]
    header = window.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() == 7)
    assert [cell(window, row, 0) for row in range(7)] == serials

    # Again: descending, from the first page again.
    with qtbot.waitSignal(window.model.loaded, timeout=10_000) as first:
        click_header(qtbot, window, 0)
    assert first.args == [3, 7]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [cell(window, row, 0) for row in range(3)] == serials[:-4:-1]

    # New criteria keep the order asked for.
    qtbot.waitUntil(lambda: not window.model.busy)
    window.model.first_page = 10
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.search()
    assert [cell(window, row, 0) for row in range(7)] == sorted(serials, reverse=True)
    assert header.sortIndicatorSection() == 0


def test_a_column_the_agency_cannot_sort_by_offers_no_sorting(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    serials = declare_people(unit, 4)
    window = DeclarationRecordsWindow(records_ctx)
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.show()
    window.model.first_page = 2
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.search()
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        click_header(qtbot, window, 2)  # period: the agency sorts by it
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() == 4)
    with qtbot.assertNotEmitted(window.model.loaded, wait=0):
        click_header(qtbot, window, 5)  # people: it does not
    header = window.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.AscendingOrder)
    assert window.model.source_order == (2, Qt.SortOrder.AscendingOrder)
    assert not window.model.busy and window.model.rowCount() == 4
    assert window.status_label.text() == "The agency cannot sort by People."
    # One period for all: ties come by id, oldest first in ascending order.
    assert [cell(window, row, 0) for row in range(4)] == serials


def revoke(qtbot: QtBot, window: DeclarationRecordsWindow, serial: str) -> None:
    assert window.select_serial(serial)
    assert window.revoke_button.isEnabled()
    qtbot.mouseClick(window.revoke_button, Qt.MouseButton.LeftButton)
    box = window.confirm_box
    assert box is not None and box.isVisible()
    assert serial in box.text()
    row = window.selected()
    if row is not None and row.type is not DeclarationType.PAYMENT:  # its payment may need revising
        assert f"If the payment for {row.period} is already declared, revise it afterwards" in box.text()
    yes = box.button(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)


def test_revoke_is_allowed_on_the_23rd_and_refused_with_the_reason_on_the_24th(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, agency_clock: FixedClock, store: Store
) -> None:
    first, second = declare_people(unit, 2)
    window = open_window(qtbot, records_ctx)
    assert len(store.roster(records_ctx.unit_code)) == 0

    agency_clock.set(datetime(2026, 11, 23, 17, 0, tzinfo=CHINA_TZ))
    unit.client.login(unit.unit_code, unit.password)  # days later: the session has expired
    with qtbot.waitSignal(records_ctx.signals.roster_changed, timeout=10_000):
        revoke(qtbot, window, second)
    window.select_serial(second)
    selected = window.selected()
    assert selected is not None and selected.status is DeclarationStatus.REVOKED
    assert cell(window, 0, 3) == "Revoked"
    assert cell(window, 0, 8).startswith("2026-11-23")
    assert not window.revoke_button.isEnabled()
    assert window.status_label.text() == f"The declaration {second} was revoked."
    # The local roster followed the agency's: only the first person is insured now.
    assert list(store.roster(records_ctx.unit_code)) == [make_id_number(0)]

    agency_clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=CHINA_TZ))
    unit.client.login(unit.unit_code, unit.password)
    window.table.clearSelection()
    assert window.select_serial(first)
    assert not window.revoke_button.isEnabled()  # the client knows the window has closed
    assert "which has closed" in window.window_note.text()
    # A computer whose clock is behind still offers it: the agency refuses, and says why.
    records_ctx.clock = FixedClock(datetime(2026, 11, 23, 17, 0, tzinfo=CHINA_TZ))
    window.table.clearSelection()
    revoke(qtbot, window, first)
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible(), timeout=10_000)
    reason = (
        "The agency refused to revoke it: a declaration can be revoked only while its period's declaration "
        "window is open, and that window has closed."
    )
    assert window.message_box is not None and window.message_box.text() == reason
    assert window.status_label.text() == reason
    window.select_serial(first)
    assert cell(window, 1, 3) == "Approved"


def test_revise_copies_the_record_into_a_linked_draft(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, store: Store
) -> None:
    (serial,) = declare_people(unit, 1)
    window = open_window(qtbot, records_ctx)
    window.select_serial(serial)
    with qtbot.waitSignal(window.draft_created, timeout=10_000) as created:
        qtbot.mouseClick(window.revise_button, Qt.MouseButton.LeftButton)
    draft_id, kind = created.args
    assert kind == "add"
    draft = store.get_declaration(draft_id)
    assert draft.status is DeclarationStatus.DRAFT
    assert draft.replaces_serial == serial
    assert [(line.id_number, line.name, line.wage_base) for line in draft.lines] == [
        (make_id_number(0), "职工甲", "6500.00")
    ]

    # Declared, the revision replaces the record: both are linked at the agency.
    draft.lines[0].wage_base = "7000.00"
    result = submit(unit, draft)
    assert result.approved, result.findings
    search(qtbot, window)
    rows = {cell(window, row, 0): row for row in range(window.model.rowCount())}
    assert cell(window, rows[serial], 3) == "Revoked"
    assert cell(window, rows[serial], 7) == result.serial_number
    assert cell(window, rows[result.serial_number or ""], 6) == serial


def test_a_receipt_prints_from_the_record(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path
) -> None:
    (serial,) = declare_people(unit, 1)
    window = open_window(qtbot, records_ctx)
    window.select_serial(serial)
    assert window.receipt_button.isEnabled()
    path = tmp_path / "receipt.pdf"
    task = window.write_receipt(path)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=10_000):
        pass
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert f"Serial number {serial}" in text
    assert "Approved at 2026-11-20 09:00:00" in text
    assert f"1 {make_id_number(0)} 职工甲" in text
    assert window.status_label.text() == f"The receipt was saved to {path}."


def test_export_writes_every_matching_record_not_only_the_loaded_ones(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path
) -> None:
    serials = declare_people(unit, 5)
    window = DeclarationRecordsWindow(records_ctx)
    qtbot.addWidget(window)
    window.model.first_page = 2
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.search()
    assert window.model.rowCount() == 2
    path = tmp_path / "records.xlsx"
    with qtbot.waitSignal(window.export_to(path).ended, timeout=10_000):
        pass
    book = load_workbook(path)
    values = [list(row) for row in book.active.iter_rows(values_only=True)]  # type: ignore[union-attr]
    book.close()
    assert values[0][:4] == ["Serial number", "Business type", "Period", "Status"]
    assert [row[0] for row in values[1:]] == serials[::-1]
    assert values[1][1:4] == ["Add personnel", "2026-11", "Approved"]
    assert window.status_label.text() == f"5 records exported to {path}."


def test_export_to_a_missing_folder_says_so(qtbot: QtBot, records_ctx: AppContext, tmp_path: Path) -> None:
    window = open_window(qtbot, records_ctx)
    with qtbot.waitSignal(window.export_to(tmp_path / "gone" / "records.csv").ended, timeout=10_000):
        pass
    assert (
        window.status_label.text()
        == f"The folder {tmp_path / 'gone'} does not exist; choose an existing folder."
    )


def test_details_show_a_records_lines_and_the_agencys_findings(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, artifacts: Path
) -> None:
    (serial,) = declare_people(unit, 1)
    rejected = submit(unit, add_declaration(add_line(make_id_number(0), "职工甲")))  # already insured here
    assert not rejected.approved
    window = open_window(qtbot, records_ctx)

    window.select_serial(serial)
    dialog = window.show_details()
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    model = dialog.lines_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "ID number", "Name", "Household registration", "Wage base", "Migrant worker",
    ]  # fmt: skip
    assert [model.item(0, c).text() for c in range(5)] == [
        make_id_number(0),
        "职工甲",
        "11 local urban",
        "6,500.00",
        "否",
    ]
    assert not dialog.findings_list.isVisible()
    dialog.close()

    window.table.selectRow(0)  # the rejected one, newest
    dialog = window.show_details()
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.findings_list.count() == 1
    assert "already insured by your unit" in dialog.findings_list.item(0).text()
    snapshot(dialog, artifacts, "record_details_dialog.png")


def test_records_answered_elsewhere_appear_when_documents_change(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    declare_people(unit, 1)
    window = open_window(qtbot, records_ctx)
    assert window.model.rowCount() == 1
    (serial,) = declare_people(unit, 1, start=1)  # as the outbox would, then it announces the change
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        records_ctx.signals.documents_changed.emit()
    assert window.model.rowCount() == 2
    assert cell(window, 0, 0) == serial


def test_revoking_a_payment_says_the_month_is_then_undeclared(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    """A payment changes no roster: its question says what revoking it leaves, not that the roster is undone."""
    serial = insure_two_and_pay(unit)
    window = open_window(qtbot, records_ctx)
    assert window.select_serial(serial)
    qtbot.mouseClick(window.revoke_button, Qt.MouseButton.LeftButton)
    box = window.confirm_box
    assert box is not None
    assert box.text() == (
        f"Revoke the payment declaration {serial}? 2026-11 then has no payment declared: declare it again "
        "before the declaration window closes."
    )
    box.button(QMessageBox.StandardButton.No).click()
