"""Several units in one installation, on the real windows against the real agency: each unit logs in to
its own store, sees only its own drafts and roster, backs up only its own file; the log-in window lists
the units used here, adds one by logging in, removes one after asking (a backup kept); the month board
shows them all and opens one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency
from ssclient.app.backups import Backups
from ssclient.app.units import KnownUnit
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.login import LoginDialog
from ssclient.gui.main_window import MainWindow
from ssclient.gui.shell import Shell
from ssclient.gui.units.month_board import MonthBoard
from ssclient.store.backup import units_in
from ssclient.sync.api import AgencyClient
from tests.support.agency import AgencyUnit, declaration, person_line, register_unit


def _log_in(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> MainWindow:
    login = shell.login
    assert login is not None
    login.unit_code.setText(unit.unit_code)
    login.password.setText(unit.password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: isinstance(shell.main_window, MainWindow) and shell.ctx.unit_code == unit.unit_code,
        timeout=10_000,
    )
    assert isinstance(shell.main_window, MainWindow)
    return shell.main_window


def _log_out(qtbot: QtBot, shell: Shell) -> LoginDialog:
    shell.log_out()
    login = shell.login
    assert login is not None
    qtbot.waitUntil(lambda: login.isVisible() and login.login_button.isEnabled(), timeout=10_000)
    return login


def _texts(window: QWidget) -> str:
    """Every text the window's lists and tables show."""
    found = []
    for view in list[QAbstractItemView](window.findChildren(QAbstractItemView)):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                found.append(str(model.index(row, column).data() or ""))
    return " ".join(found)


def _listed(login: LoginDialog) -> list[str]:
    tree = login.units.tree
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


@pytest.fixture
def other(agency: RunningAgency) -> Iterator[AgencyUnit]:
    """A second unit registered at the same agency."""
    with AgencyClient(agency.url, retries=0) as client:
        yield register_unit(client, name="宁波乙贸易有限公司")


def _draft(shell: Shell, name: str) -> None:
    """A draft of the logged-in unit, saved as the editor saves it (the test prepares data directly)."""
    store, code = shell.ctx.store, shell.ctx.unit_code
    store.create_draft(code, Declaration(DeclarationType.ADD, Period(2026, 11), [person_line(7, name)]))


def test_two_units_in_one_installation_each_see_only_their_own_data(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, other: AgencyUnit, agency_clock: FixedClock, artifacts: Path
) -> None:
    unit.client.submit(declaration(DeclarationType.ADD, person_line(1, "张甲")), "units-a-1")
    other.client.submit(declaration(DeclarationType.ADD, person_line(2, "李乙")), "units-b-1")

    first = _log_in(qtbot, shell, unit)
    qtbot.waitUntil(lambda: len(shell.ctx.store.roster(unit.unit_code)) == 1, timeout=10_000)
    _draft(shell, "甲草稿")
    first_store = Path(shell.ctx.store.path)
    login = _log_out(qtbot, shell)
    qtbot.waitUntil(lambda: _listed(login) == [unit.unit_code], timeout=10_000)
    assert login.units.tree.topLevelItem(0).text(0) == "北京示例科技有限公司"

    # A new unit joins the list by logging in with its code (a while later: the list is newest first).
    agency_clock.advance(timedelta(minutes=5))
    window = _log_in(qtbot, shell, other)
    assert window is not first
    store = shell.ctx.store
    assert Path(store.path) != first_store and Path(store.path).parent.name == other.unit_code
    qtbot.waitUntil(lambda: len(store.roster(other.unit_code)) == 1, timeout=10_000)
    assert store.list_declarations(unit.unit_code) == [] and not store.roster(unit.unit_code)
    roster = window.open_roster()
    qtbot.waitUntil(lambda: "李乙" in _texts(roster), timeout=10_000)
    assert "张甲" not in _texts(roster)
    _draft(shell, "乙草稿")
    drafts = window.open_list((DeclarationStatus.DRAFT, DeclarationStatus.CHECKED), "Draft box")
    qtbot.waitUntil(lambda: "乙草稿" in _texts(drafts), timeout=10_000)
    assert "甲草稿" not in _texts(drafts)
    # Its backups are of its own file, and hold its data only.
    listed = Backups(shell.store_path(), shell.ctx.clock).listed()
    assert listed and all(b.path.parent == Path(store.path).parent for b in listed)
    assert all(list(units_in(b.path)) == [other.unit_code] for b in listed)
    assert list(units_in(first_store)) == [unit.unit_code]

    login = _log_out(qtbot, shell)
    qtbot.waitUntil(lambda: _listed(login) == [other.unit_code, unit.unit_code], timeout=10_000)
    # Choosing a unit fills the unit code; logging in again opens its own store with its draft.
    login.units.tree.setCurrentItem(login.units.tree.topLevelItem(1))
    assert login.unit_code.text() == unit.unit_code and login.password.text() == ""
    login.grab().save(str(artifacts / "login-units.png"))
    login.password.setText(unit.password)
    login.log_in()
    qtbot.waitUntil(lambda: shell.ctx.has_store and Path(shell.ctx.store.path) == first_store, timeout=10_000)
    assert [d.names for d in shell.ctx.store.list_declarations(unit.unit_code)] == [("甲草稿",)]


def test_removing_a_unit_asks_keeps_a_backup_and_says_where(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, other: AgencyUnit, artifacts: Path
) -> None:
    _log_in(qtbot, shell, unit)
    _draft(shell, "甲草稿")
    removed_store = Path(shell.ctx.store.path)
    _log_out(qtbot, shell)
    _log_in(qtbot, shell, other)
    login = _log_out(qtbot, shell)
    qtbot.waitUntil(lambda: len(_listed(login)) == 2, timeout=10_000)

    login.units.select(unit.unit_code)
    login.units.remove_button.click()
    box = login.findChild(QMessageBox, "confirmRemoveUnit")
    assert box is not None and unit.unit_code in box.text() and "backup" in box.text()
    box.grab().save(str(artifacts / "login-remove-unit.png"))
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert removed_store.exists() and len(_listed(login)) == 2

    login.units.select(unit.unit_code)
    login.units.remove_button.click()
    box = login.findChild(QMessageBox, "confirmRemoveUnit")
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _listed(login) == [other.unit_code], timeout=10_000)
    assert "backup" in login.message.text()
    kept = Path(login.message.text().split("kept in ", 1)[1].rstrip("."))
    assert kept.is_file() and list(units_in(kept)) == [unit.unit_code]
    assert not removed_store.exists() and not removed_store.parent.exists()
    login.grab().save(str(artifacts / "login-unit-removed.png"))


def _board(qtbot: QtBot) -> MonthBoard:
    def shown() -> MonthBoard | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MonthBoard) and w.isVisible()), None
        )

    qtbot.waitUntil(lambda: shown() is not None and bool(shown().rows), timeout=10_000)  # type: ignore[union-attr]
    board = shown()
    assert board is not None
    return board


def test_the_month_board_opens_a_unit_from_the_log_in_window_and_switches_from_the_main_window(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, other: AgencyUnit, artifacts: Path
) -> None:
    _log_in(qtbot, shell, unit)
    _draft(shell, "甲草稿")
    _log_out(qtbot, shell)
    _log_in(qtbot, shell, other)
    login = _log_out(qtbot, shell)
    qtbot.waitUntil(lambda: len(_listed(login)) == 2, timeout=10_000)

    login.units.board_button.click()
    board = _board(qtbot)
    # Neither insures anyone yet: no payment to declare; the first has a draft. The order is app.month_board's.
    assert {row.unit_code for row in board.rows} == {unit.unit_code, other.unit_code}
    items = {board.tree.topLevelItem(i).text(1): board.tree.topLevelItem(i) for i in range(2)}
    assert items[unit.unit_code].text(3) == "1" and items[other.unit_code].text(3) == "–"  # drafts
    assert {item.text(7) for item in items.values()} == {"nobody insured: nothing to pay"}
    assert items[unit.unit_code].text(0) == "北京示例科技有限公司"
    board.grab().save(str(artifacts / "month-board.png"))
    board.tree.setCurrentItem(items[other.unit_code])
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    assert login.unit_code.text() == other.unit_code and login.isVisible()

    # Logged in to one unit, opening another from the board asks to switch.
    window = _log_in(qtbot, shell, other)
    window.actions_by_name["monthBoard"].trigger()
    board = _board(qtbot)

    def drafts_of(code: str) -> str:
        tree = board.tree
        return next(tree.topLevelItem(i).text(3) for i in range(2) if tree.topLevelItem(i).text(1) == code)

    # A draft saved while the board is open shows on it by itself.
    assert drafts_of(other.unit_code) == "–"
    _draft(shell, "乙草稿")
    shell.ctx.signals.documents_changed.emit()
    qtbot.waitUntil(lambda: drafts_of(other.unit_code) == "1", timeout=10_000)
    item = next(
        board.tree.topLevelItem(i) for i in range(2) if board.tree.topLevelItem(i).text(1) == unit.unit_code
    )
    board.tree.setCurrentItem(item)
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    box = board.findChild(QMessageBox, "confirmSwitchUnit")
    assert box is not None and unit.unit_code in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: shell.main_window is None and login.isVisible(), timeout=10_000)
    assert login.unit_code.text() == unit.unit_code
    board.close()


def test_choosing_a_unit_fills_its_code_and_its_remembered_password_and_a_typed_code_stays(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from ssclient.gui import credentials

    units = ctx.units
    for code, name in (("170000001", "杭州甲公司"), ("170000002", "宁波乙公司")):
        units.used(code, name)
    ctx.settings.last_unit_code = "170000009"  # the last log-in was of a unit not listed (typed by hand)
    ctx.settings.remember_password = True
    credentials.save_password("local-training-agency", "170000002", "Remembered2026")
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitUntil(lambda: len(_listed(login)) == 2, timeout=10_000)
    assert login.unit_code.text() == "170000009" and login.units.current_code() == ""

    login.units.tree.setCurrentItem(login.units.tree.topLevelItem(_listed(login).index("170000002")))
    assert login.unit_code.text() == "170000002"
    qtbot.waitUntil(lambda: login.password.text() == "Remembered2026", timeout=10_000)
    login.units.tree.setCurrentItem(login.units.tree.topLevelItem(_listed(login).index("170000001")))
    assert login.unit_code.text() == "170000001" and login.password.text() == ""
    assert login.units.remove_button.isEnabled()


def test_the_last_log_in_shows_on_beijing_time_whatever_the_computers_zone(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """As the draft box shows its times: a unit used at 12:30 UTC was used at 20:30 in Beijing."""
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    used = datetime(2026, 12, 5, 12, 30, tzinfo=UTC)
    login.units.set_units([KnownUnit("170000001", "杭州甲公司", used)])

    assert login.units.tree.topLevelItem(0).text(2) == "2026-12-05 20:30"


def test_from_the_log_in_window_only_the_named_units_own_backup_is_restored_into_its_store(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, other: AgencyUnit
) -> None:
    from ssclient.gui.backups import BackupsDialog

    _log_in(qtbot, shell, unit)
    first_backup = Backups(shell.store_path(), shell.ctx.clock).listed()[0].path
    _log_out(qtbot, shell)
    _log_in(qtbot, shell, other)
    other_store = Path(shell.ctx.store.path)
    login = _log_out(qtbot, shell)
    login.choose_unit(other.unit_code)

    shell.show_backups()  # from the log-in window (Settings → Backups): the named unit's store
    dialog = login.findChild(BackupsDialog)
    assert isinstance(dialog, BackupsDialog) and dialog.store_path == other_store
    dialog.restore_requested.emit(first_backup)  # the other unit's copy, chosen by hand
    qtbot.waitUntil(lambda: "another unit" in login.message.text(), timeout=10_000)
    assert list(units_in(other_store)) == [other.unit_code]
