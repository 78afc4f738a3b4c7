"""The main window after log-in: menus as the issue lists them, tabs, status bar, log out."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLineEdit, QMenu, QTableView
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import DeclarationType
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from ssclient.gui.main_window import MainWindow
from ssclient.gui.shell import Shell
from ssclient.gui.status import english_ordinal, window_text
from ssclient.policy import default_policy
from tests.support.agency import AgencyUnit


def _logged_in(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> MainWindow:
    login = shell.login
    assert login is not None
    login.unit_code.setText(unit.unit_code)
    login.password.setText(unit.password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.main_window is not None and shell.main_window.isVisible(), timeout=10_000)
    window = shell.main_window
    assert isinstance(window, MainWindow)
    return window


def _menu_texts(window: MainWindow, name: str) -> list[str]:
    menu = window.findChild(QMenu, name)
    assert menu is not None
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_menus_toolbar_and_status_bar(qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path) -> None:
    window = _logged_in(qtbot, shell, unit)
    assert _menu_texts(window, "businessMenu")[:3] == [
        "Add personnel",
        "Renew personnel",
        "Interrupt personnel",
    ]
    assert _menu_texts(window, "documentsMenu") == ["Draft box", "Submitted", "Approved", "Rejected"]
    assert _menu_texts(window, "systemMenu") == [
        "Unit information",
        "Change password",
        "Month board of all units",
        "Settings",
        "Operators…",
        "Agents (mandates)…",
        "Log out",
        "Exit",
    ]
    assert window.toolbar.actions()
    status = window.status
    assert unit.unit_code in status.unit_label.text()
    assert status.training_label.isVisible()  # the test agency announces itself as a training agency
    assert "open until the 23rd" in status.window_label.text()
    qtbot.waitUntil(lambda: status.connection_label.text() == "Agency: connected")
    assert status.pending_label.text() == "Nothing waiting to be sent"
    window.grab().save(str(artifacts / "main-window.png"))


def test_tabs_open_once_and_close(qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path) -> None:
    window = _logged_in(qtbot, shell, unit)
    window.actions_by_name["draftBox"].trigger()
    window.actions_by_name["draftBox"].trigger()
    assert window.tabs.count() == 1  # a list opens once
    window.actions_by_name["addPersonnel"].trigger()
    window.actions_by_name["addPersonnel"].trigger()
    assert window.tabs.count() == 3  # each new document has its own tab
    window.grab().save(str(artifacts / "main-window-tabs.png"))
    for name in (
        "contributionBase",
        "paymentDeclaration",
        "declarationRecords",
        "paymentDetails",
        "insuredRoster",
    ):
        window.actions_by_name[name].trigger()
    assert window.tabs.count() == 8
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Declaration records" in titles and "Insured roster" in titles
    window.grab().save(str(artifacts / "main-window-records.png"))
    assert window.close_all_tabs()
    assert window.tabs.count() == 0


@pytest.mark.parametrize("action", ["addPersonnel", "renewPersonnel", "interruptPersonnel"])
def test_a_new_document_opens_with_the_cursor_in_the_id_number(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, action: str
) -> None:
    window = _logged_in(qtbot, shell, unit)
    window.actions_by_name[action].trigger()  # from the home page, as the toolbar or Ctrl+N does
    id_number = window.tabs.currentWidget().findChild(QLineEdit, "idNumberEdit")
    assert window.focusWidget() is id_number  # not the people list on its left, nor the toolbar
    window.actions_by_name["draftBox"].trigger()
    window.tabs.setCurrentIndex(0)
    window.actions_by_name["draftBox"].trigger()  # an open tab shown again keeps its own cursor
    assert window.focusWidget() is window.tabs.currentWidget().findChild(QTableView, "documentsTable")


# A 1366×768 laptop screen, less a taskbar, the menus, the toolbar, the tab bar and the status bar: the
# room the smallest office screens leave a document form.
FORM_ROOM = QSize(1366, 768 - 40 - 170)


def test_every_document_form_fits_a_small_laptop_screen(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    window = _logged_in(qtbot, shell, unit)
    for kind in DeclarationType:
        window.open_editor(kind)
        needed = window.tabs.currentWidget().minimumSizeHint()
        assert needed.width() <= FORM_ROOM.width() and needed.height() <= FORM_ROOM.height(), (kind, needed)
    assert window.close_all_tabs()  # nothing typed: nothing asked


def test_a_roster_refreshed_as_the_program_exits_reaches_no_window(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit
) -> None:
    """The roster fetched as the session began may arrive while the program exits, after the store was
    closed and before the windows are deleted: none of them reads the closed store."""
    window = _logged_in(qtbot, shell, unit)
    for name in (
        "addPersonnel",
        "contributionBase",
        "personnelInformationChange",
        "insuredRoster",
        "retiringSoon",
    ):
        window.actions_by_name[name].trigger()
    shell.shutdown()
    assert not shell.ctx.has_store
    shell.ctx.signals.roster_changed.emit()  # no exception in any window (pytest-qt fails the test on one)


def test_log_out_returns_to_the_log_in_window(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    window = _logged_in(qtbot, shell, unit)
    window.actions_by_name["logOut"].trigger()
    assert shell.main_window is None
    assert shell.login is not None and shell.login.isVisible()
    assert shell.ctx.unit is None
    assert shell.login.unit_code.text() == unit.unit_code
    assert shell.login.password.text() == ""


def test_exit_asks_the_process_to_quit(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    window = _logged_in(qtbot, shell, unit)
    with qtbot.waitSignal(shell.quit_requested):
        window.actions_by_name["exit"].trigger()
    assert shell.main_window is None


@pytest.mark.parametrize(
    ("day", "expected", "is_open"),
    [
        (1, "Declaration window open until the 23rd, 23 days left", True),
        (20, "Declaration window open until the 23rd, 4 days left", True),
        (23, "Declaration window open until the 23rd — today is the last day", True),
        (24, "Declaration window closed until the 1st", False),
        (30, "Declaration window closed until the 1st", False),
    ],
)
def test_window_text_by_day(day: int, expected: str, is_open: bool) -> None:
    assert window_text(default_policy(), date(2026, 11, day)) == (expected, is_open)


def test_status_bar_follows_the_injected_clock(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    window = _logged_in(qtbot, shell, unit)
    clock = shell.ctx.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime(2026, 11, 23, 23, 59, tzinfo=CHINA_TZ))
    window.status.show_window()
    assert (
        window.status.window_label.text() == "Declaration window open until the 23rd — today is the last day"
    )
    clock.set(datetime(2026, 11, 24, 0, 0, tzinfo=CHINA_TZ))
    window.status.show_window()
    assert window.status.window_label.text() == "Declaration window closed until the 1st"


def test_pending_count_shows_in_the_status_bar(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    window = _logged_in(qtbot, shell, unit)
    shell.ctx.set_pending_count(2)
    assert window.status.pending_label.text() == "Waiting to be sent: 2"


def test_english_ordinals() -> None:
    assert [english_ordinal(d) for d in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "23rd",
        "31st",
    ]


def test_payment_declaration_computes_the_period_as_it_opens(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit
) -> None:
    window = _logged_in(qtbot, shell, unit)
    window.actions_by_name["paymentDeclaration"].trigger()
    form = window.tabs.currentWidget()
    assert isinstance(form, PaymentDeclarationForm)
    # The unit insures nobody yet: the computation says so rather than leaving an empty form.
    qtbot.waitUntil(lambda: "nothing is owed" in form.status_label.text(), timeout=10_000)
    assert window.close_all_tabs()


def test_the_main_window_opens_within_the_screen(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    """Its usual 1180×760 is taller than a 1366×768 laptop leaves room for: the status bar went under the
    task bar. It opens no taller than the screen (800×800 on the test platform) leaves room for, and a
    1024-pixel-wide screen takes it whole (the status bar's texts made it 1,228 pixels at the least)."""
    window = _logged_in(qtbot, shell, unit)
    room = window.screen().availableGeometry()
    assert window.height() <= room.height() * 0.9
    assert window.minimumSizeHint().width() <= 1024
    label = window.status.unit_label
    assert label.toolTip() == label.text() != ""
    window.resize(1366, 700)  # where there is room the unit is shown whole
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
