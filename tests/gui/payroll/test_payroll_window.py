"""The payroll window against the real agency: a payroll compared with the declared and approved payment,
totals, export, the person opened from a difference, and bad files refused with row, column, message."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from ssclient.app.payroll import NoApprovedPayment, Reconciliation, Refused
from ssclient.gui.context import AppContext
from ssclient.gui.payroll.window import PayrollWindow
from tests.gui.payroll.conftest import HEADERS, LI, WANG, ZHANG, ZHAO
from tests.gui.records.conftest import read_csv, snapshot
from tests.io.sheets import write_csv


def open_window(qtbot: QtBot, ctx: AppContext) -> PayrollWindow:
    window = PayrollWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    return window


def check(qtbot: QtBot, window: PayrollWindow, path: Path) -> object:
    with qtbot.waitSignal(window.checked, timeout=20_000) as shown:
        window.check_file(path)
    return shown.args[0]


def cells(window: PayrollWindow, column: int) -> list[str]:
    model = window.model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def test_the_payroll_against_the_approved_payment(
    qtbot: QtBot, records_ctx: AppContext, paid_unit: str, payroll_file: Path, artifacts: Path
) -> None:
    window = open_window(qtbot, records_ctx)
    assert window.period_edit.text() == "2026-11"
    outcome = check(qtbot, window, payroll_file)
    assert isinstance(outcome, Reconciliation)
    assert cells(window, 0) == [
        "Paid, not insured", "Insured, not paid", "Withheld ≠ employee share", "Wage ≠ declared wage",
    ]  # fmt: skip
    assert cells(window, 2) == [ZHAO, WANG, LI, LI]
    assert cells(window, 4) == ["", "", "medical", ""]
    assert cells(window, 5) == ["5,000.00", "", "96.00", "6,500.00"]
    assert cells(window, 6) == ["", "840.00", "96.02", "4,801.00"]
    assert cells(window, 7) == ["5,000.00", "840.00", "-0.02", "1,699.00"]
    assert cells(window, 8) == ["No", "Yes", "Yes", "Yes"]
    labels = {key: label.text() for key, label in window.total_labels.items()}
    assert (labels["payroll.people"], labels["payroll.wages"], labels["payroll.withheld"]) == (
        "3", "17,500.00", "1,134.09",
    )  # fmt: skip
    assert (labels["declared.people"], labels["declared.withheld"]) == ("3", "1,974.11")
    assert labels["difference"] == "-840.02"
    assert (labels["withheld_differs.count"], labels["withheld_differs.amount"]) == ("1", "-0.02")
    assert window.status_label.text() == f"4 differences with the approved payment {paid_unit} of 2026-11."
    snapshot(window, artifacts, "payroll_window.png")

    with qtbot.waitSignal(window.person_requested) as opened:
        window.table.doubleClicked.emit(window.model.index(1, 3))
    assert opened.args == [WANG]


def test_the_differences_are_exported_with_id_numbers_as_text(
    qtbot: QtBot, records_ctx: AppContext, paid_unit: str, payroll_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, records_ctx)
    check(qtbot, window, payroll_file)
    with qtbot.waitSignal(window.export_to(tmp_path / "d.xlsx").finished, timeout=10_000):
        pass
    sheet = load_workbook(tmp_path / "d.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Difference", "Payroll row", "ID number")
    assert (rows[3][2], rows[3][4], rows[3][5], rows[3][6]) == (
        LI,
        "medical",
        96,
        96.02,
    )  # numbers a spreadsheet sums
    with qtbot.waitSignal(window.export_to(tmp_path / "d.csv").finished, timeout=10_000):
        pass
    exported = read_csv(tmp_path / "d.csv")
    assert [row[2] for row in exported[1:]] == [ZHAO, WANG, LI, LI]
    assert (tmp_path / "d.csv").read_text(encoding="utf-8-sig").count(f'="{LI}"') == 2
    assert window.status_label.text().startswith("4 differences exported to")


def test_a_bad_payroll_is_refused_row_by_row_and_nothing_compared(
    qtbot: QtBot, records_ctx: AppContext, paid_unit: str, payroll_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, records_ctx)
    check(qtbot, window, payroll_file)
    bad = write_csv(
        tmp_path / "bad.csv", [HEADERS, [ZHANG, "张三", "abc", "", "", ""], [ZHANG, "", "1", "", "", ""]]
    )
    outcome = check(qtbot, window, bad)
    assert isinstance(outcome, Refused)
    assert window.model.rowCount() == 0 and window.result is None  # the earlier comparison is gone too
    assert window.pages.currentWidget() is window.problem_table
    problems = window.problems
    shown = [[str(problems.data(problems.index(r, c))) for c in range(3)] for r in range(problems.rowCount())]
    assert shown == [
        ["2", "应发工资", "abc is not an amount; write a number such as 6500.00."],
        ["3", "身份证号码", "The ID number is also in row 2; list each person once."],
        ["3", "姓名", "The name is empty."],
    ]
    assert window.status_label.text().startswith("bad.csv was not compared: 3 problems")
    assert not window.export_button.isEnabled()
    assert window.total_labels["payroll.people"].text() == "—"

    unusable = write_csv(tmp_path / "other.csv", [["部门", "备注"], ["财务", ""]])
    check(qtbot, window, unusable)
    assert window.status_label.text().startswith("Cannot use the file: other.csv lacks the columns")


def test_a_month_without_an_approved_payment(
    qtbot: QtBot, records_ctx: AppContext, payroll_file: Path
) -> None:
    window = open_window(qtbot, records_ctx)
    assert check(qtbot, window, payroll_file) == NoApprovedPayment(records_ctx.current_period())
    assert window.status_label.text() == (
        "2026-11 has no approved payment declaration yet: declare the payment first."
    )


def test_the_tolerance_is_a_setting_and_the_template_is_saved(
    qtbot: QtBot, records_ctx: AppContext, tmp_path: Path
) -> None:
    window = open_window(qtbot, records_ctx)
    assert window.tolerance() == Decimal("0.2")
    assert "program's own choice" in window.tolerance_spin.toolTip()
    window.tolerance_spin.setValue(35)
    assert records_ctx.settings.payroll_wage_tolerance == "35.0"
    again = open_window(qtbot, records_ctx)
    assert again.tolerance() == Decimal("0.35")
    with qtbot.waitSignal(window.save_template_to(tmp_path / "t.xlsx").finished, timeout=10_000):
        pass
    assert (tmp_path / "t.xlsx").exists()
    assert window.status_label.text() == f"The template was saved to {tmp_path / 't.xlsx'}."
