"""Payment details with totals and monthly statements, and the insured roster, against the real agency."""

from __future__ import annotations

import csv
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.money import format_money
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.gui.records.payments_window import PaymentDetailsWindow
from ssclient.gui.records.roster_window import RosterWindow
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from tests.gui.records.conftest import add_declaration, add_line, csv_lines, read_csv, snapshot, submit
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

# The windows never touch the store on the GUI thread.

ZHANG = make_id_number(11)
LI = make_id_number(12)


def insure_two_and_pay(unit: AgencyUnit) -> str:
    """Add 张三 (6000.00) and 李四 (4801.00), then declare November's payment; returns its serial."""
    assert submit(
        unit, add_declaration(add_line(ZHANG, "张三", "6000.00"), add_line(LI, "李四", "4801.00"))
    ).approved
    profile = unit.client.profile()
    policy = unit.client.policy().policy
    payments = compute_payments(
        unit.client.roster(), policy, CURRENT_PERIOD, industry_class=profile.industry_class
    )
    result = submit(unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments))
    assert result.approved, result.findings
    assert result.serial_number is not None
    return result.serial_number


def open_payments(qtbot: QtBot, ctx: AppContext) -> PaymentDetailsWindow:
    window = PaymentDetailsWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 640)
    window.show()
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() == window.model.total)
    return window


def cell(window: PaymentDetailsWindow | RosterWindow, row: int, column: int) -> str:
    return str(window.model.data(window.model.index(row, column)))


def test_payment_details_with_totals_per_insurance_and_share(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, artifacts: Path
) -> None:
    serial = insure_two_and_pay(unit)
    window = open_payments(qtbot, records_ctx)
    assert window.model.rowCount() == 8
    lines = {(cell(window, r, 3), cell(window, r, 4)): r for r in range(8)}
    zhang_pension = lines[("张三", "pension")]
    assert [cell(window, zhang_pension, c) for c in (0, 1, 2, 5, 6, 7, 8, 9)] == [
        "2026-11", "2026-11", ZHANG, "6,000.00", "480.00", "960.00", "1,440.00", serial,
    ]  # fmt: skip
    by_insurance, overall = window.totals()
    # Pension: 6000 × 8 % + 4801 × 8 % employee; 16 % employer.
    assert by_insurance[InsuranceType.PENSION].employee == Decimal("864.08")
    assert by_insurance[InsuranceType.PENSION].employer == Decimal("1728.16")
    # Unemployment 0.5 % each: 30.00 + 24.01 (24.005 rounded half up at the end of the line).
    assert by_insurance[InsuranceType.UNEMPLOYMENT].employee == Decimal("54.01")
    assert overall is not None
    assert overall.total == sum((s.total for s in by_insurance.values()), Decimal(0))
    assert window.total_labels["all"].text() == f"{overall.total:,.2f}"
    assert window.total_labels["pension"].text() == "2,592.24"
    snapshot(window, artifacts, "payment_details_window.png")

    window.person_edit.setText("李四")
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        qtbot.mouseClick(window.search_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 4
    assert {cell(window, r, 3) for r in range(4)} == {"李四"}
    by_insurance, _overall = window.totals()
    assert by_insurance[InsuranceType.PENSION].employee == Decimal("384.08")


def test_a_backwards_period_range_is_said_and_goes_once_corrected(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    insure_two_and_pay(unit)
    window = open_payments(qtbot, records_ctx)
    window.period_from_edit.setText("2026-12")
    window.period_to_edit.setText("2026-11")
    qtbot.keyClick(window.period_to_edit, Qt.Key.Key_Return)
    assert window.criteria_error.isVisible()
    assert window.criteria_error.text() == "The first period must not be after the last one."
    assert not window.model.busy and window.model.rowCount() == 8  # the earlier details stay

    window.period_from_edit.setText("2026-11")
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        qtbot.keyClick(window.period_from_edit, Qt.Key.Key_Return)
    assert not window.criteria_error.isVisible()
    assert window.model.rowCount() == 8


def test_monthly_statements_for_a_period(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path
) -> None:
    insure_two_and_pay(unit)
    window = open_payments(qtbot, records_ctx)
    window.statement_period_edit.setText("2026-11")
    task = window.write_statements(tmp_path)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=20_000):
        pass
    pdf, table = tmp_path / "statements-2026-11.pdf", tmp_path / "statements-2026-11.csv"
    assert window.status_label.text() == f"Statements for 2 people of 2026-11 saved to {pdf} and {table}."
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]
    assert len(pages) == 2
    zhang = next(page for page in pages if "张三" in page)
    assert "Withheld from your wages in total: 630.00" in zhang  # 480 + 120 + 30 + 0
    assert records_ctx.unit is not None and records_ctx.unit.name in zhang
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + 2 * 5  # header, then four lines and a total per person


def test_monthly_statements_are_named_in_the_users_language(
    chinese: None, qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path
) -> None:
    insure_two_and_pay(unit)
    window = open_payments(qtbot, records_ctx)
    window.statement_period_edit.setText("2026-11")
    folder = tmp_path / "告知单"
    folder.mkdir()
    task = window.write_statements(folder)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=20_000):
        pass
    assert sorted(path.name for path in folder.iterdir()) == [
        "社会保险缴费明细告知单-2026-11.csv",
        "社会保险缴费明细告知单-2026-11.pdf",
    ]


def test_statements_for_a_period_without_payments_say_so(
    qtbot: QtBot, records_ctx: AppContext, tmp_path: Path
) -> None:
    window = open_payments(qtbot, records_ctx)
    window.statement_period_edit.setText("2026-10")
    task = window.write_statements(tmp_path)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=10_000):
        pass
    assert (
        window.status_label.text()
        == "No approved payment declaration covers 2026-10, so there are no statements."
    )
    window.statement_period_edit.setText("October")
    assert window.write_statements(tmp_path) is None
    assert window.status_label.text() == "A period looks like 2026-01, not October."


def test_payment_details_export_says_when_the_agency_is_gone(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, agency: RunningAgency, tmp_path: Path
) -> None:
    insure_two_and_pay(unit)
    window = open_payments(qtbot, records_ctx)
    agency.stop()  # the network drops after the search, before the export reads its pages
    path = tmp_path / "payments.csv"
    with qtbot.waitSignal(window.export_to(path).ended, timeout=30_000):
        pass
    assert "cannot be reached" in window.status_label.text(), "not left at 'Exporting…'"
    assert window.message_box is not None
    assert window.message_box.text() == window.status_label.text()
    assert not path.exists()
    window.message_box.close()


def test_payment_details_export_reads_back(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, tmp_path: Path
) -> None:
    insure_two_and_pay(unit)
    window = open_payments(qtbot, records_ctx)
    path = tmp_path / "payments.csv"
    with qtbot.waitSignal(window.export_to(path).ended, timeout=10_000):
        pass
    rows = read_csv(path)
    assert rows[0][:5] == ["Period", "For month", "ID number", "Name", "Insurance type"]
    shown = [[cell(window, r, c) for c in range(10)] for r in range(window.model.rowCount())]
    # The amounts (columns 5 to 8) as numbers a spreadsheet can sum: no thousands separators.
    numbers = [
        [text.replace(",", "") if 5 <= c <= 8 else text for c, text in enumerate(row)] for row in shown
    ]
    assert rows[1:] == numbers
    # Opened by double-click, Excel keeps the ID and serial numbers text: they are written as ="…".
    first = csv_lines(path)[1].split(",")
    assert first[2] == f'="{shown[0][2]}"' and first[9] == f'="{shown[0][9]}"'
    assert first[5] == shown[0][5].replace(",", "")  # the base: a bare number
    assert 'written as ="…"' in window.status_label.text()


def test_roster_window_reads_the_local_roster_again_when_it_changes_and_filters(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, store: Store, tmp_path: Path, artifacts: Path
) -> None:
    assert submit(
        unit, add_declaration(add_line(ZHANG, "张三", "6000.00"), add_line(LI, "李四", "4801.00"))
    ).approved
    leaving = Declaration(
        DeclarationType.INTERRUPTION, CURRENT_PERIOD, [DeclarationLine(LI, "李四", reason="离职")]
    )
    assert submit(unit, leaving).approved
    window = RosterWindow(records_ctx)
    qtbot.addWidget(window)
    window.resize(1100, 500)
    window.show()
    qtbot.waitUntil(lambda: window.status_label.text() == "No one matches.")
    assert window.findChild(QPushButton, "refreshButton") is None  # the window never asks the agency
    # The session takes the agency's roster in (at log-in, after an approval) and says so.
    store.replace_roster(records_ctx.unit_code, unit.client.roster())
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        records_ctx.signals.roster_changed.emit()
    assert window.model.rowCount() == 2
    rows = {cell(window, r, 1): [cell(window, r, c) for c in range(9)] for r in range(2)}
    assert rows["张三"][:8] == [
        ZHANG, "张三", "Insured", "6,000.00", "6,000.00", "2026-11", "", "11 local urban"
    ]  # fmt: skip
    assert rows["李四"][2] == "Interrupted"
    assert rows["李四"][6] == "2026-11"
    assert rows["张三"][8] == "pension、medical、unemployment、work injury"
    snapshot(window, artifacts, "roster_window.png")

    window.status_combo.setCurrentIndex(window.status_combo.findData("active"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and cell(window, 0, 1) == "张三")
    window.status_combo.setCurrentIndex(0)
    window.filter_edit.setText(LI[-6:])
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        qtbot.mouseClick(window.search_button, Qt.MouseButton.LeftButton)
    assert [cell(window, r, 1) for r in range(window.model.rowCount())] == ["李四"]

    path = tmp_path / "roster.csv"
    with qtbot.waitSignal(window.export_to(path).ended, timeout=10_000):
        pass
    exported = read_csv(path)
    assert exported[1][:3] == [LI, "李四", "Interrupted"]
    assert csv_lines(path)[1].startswith(f'="{LI}","李四",')
    assert len(exported) == 2


def test_the_roster_window_shows_the_declared_wage_and_the_base_used(
    qtbot: QtBot, records_ctx: AppContext, store: Store, tmp_path: Path
) -> None:
    """A wage below the floor or above the ceiling is declared as earned: the roster keeps it, and the base
    contributions are computed on is the floor or the ceiling of the policy in force."""
    policy = records_ctx.policy
    wages = {"低工资": Decimal("3000.00"), "高工资": policy.base_ceiling + 1000, "平常": Decimal("6000.00")}
    store.replace_roster(
        records_ctx.unit_code,
        [
            RosterEntry(make_id_number(40 + i), name, PersonStatus.ACTIVE, wage, CURRENT_PERIOD)
            for i, (name, wage) in enumerate(wages.items())
        ],
    )
    window = RosterWindow(records_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert [window.model.headerData(c, Qt.Orientation.Horizontal) for c in (3, 4)] == [
        "Declared wage",
        "Base",
    ]
    shown = {cell(window, r, 1): (cell(window, r, 3), cell(window, r, 4)) for r in range(3)}
    assert shown == {
        "低工资": ("3,000.00", format_money(policy.base_floor)),
        "高工资": (format_money(policy.base_ceiling + 1000), format_money(policy.base_ceiling)),
        "平常": ("6,000.00", "6,000.00"),
    }
    path = tmp_path / "roster.csv"
    with qtbot.waitSignal(window.export_to(path).ended, timeout=10_000):
        pass
    exported = {row[1]: row[3:5] for row in read_csv(path)[1:]}
    assert exported["低工资"] == ["3000.00", f"{policy.base_floor:.2f}"]

    # A new year's table (Settings → Policy, or the agency's) raises the floor: the window reads again.
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        records_ctx.set_policy(replace(policy, base_floor=Decimal("5000.00")))
    assert cell(window, [cell(window, r, 1) for r in range(3)].index("低工资"), 4) == "5,000.00"


def test_the_roster_window_orders_names_by_pinyin(
    qtbot: QtBot, records_ctx: AppContext, store: Store
) -> None:
    names = ["王芳", "何丽", "陈小明", "艾青"]
    since = CURRENT_PERIOD
    entries = [
        RosterEntry(make_id_number(20 + i), name, PersonStatus.ACTIVE, Decimal("6000.00"), since)
        for i, name in enumerate(names)
    ]
    store.replace_roster(records_ctx.unit_code, entries)
    window = RosterWindow(records_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)

    def shown() -> list[str]:
        return [cell(window, r, 1) for r in range(window.model.rowCount())]

    # As the store keeps them, and as the Name header sorts them: 艾 ai, 陈 chen, 何 he, 王 wang (by code
    # point 何 would come first and 陈 last).
    assert shown() == ["艾青", "陈小明", "何丽", "王芳"]
    window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown() == ["王芳", "何丽", "陈小明", "艾青"]
    window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown() == ["艾青", "陈小明", "何丽", "王芳"]


def test_the_roster_window_finds_people_by_the_pinyin_typed(
    qtbot: QtBot, records_ctx: AppContext, store: Store
) -> None:
    """An accountant types "wf" or "chenx" with the keyboard as it is, without the Chinese input method."""
    names = ["王芳", "何丽", "陈小明", "陈晓", "曾国华"]
    store.replace_roster(
        records_ctx.unit_code,
        [
            RosterEntry(make_id_number(30 + i), name, PersonStatus.ACTIVE, Decimal("6000.00"), CURRENT_PERIOD)
            for i, name in enumerate(names)
        ],
    )
    window = RosterWindow(records_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    assert window.filter_edit.placeholderText() == "Name, its pinyin or initials, or part of an ID number"

    def found(typed: str) -> list[str]:
        window.filter_edit.clear()
        qtbot.keyClicks(window.filter_edit, typed)
        with qtbot.waitSignal(window.model.loaded, timeout=10_000):
            qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
        return [cell(window, r, 1) for r in range(window.model.rowCount())]

    assert found("wf") == ["王芳"]
    assert found("chenx") == ["陈小明", "陈晓"]
    assert found("cxm") == ["陈小明"]
    assert found("zgh") == ["曾国华"]  # 曾 read zēng, as a surname
