"""An agent leaving a unit's window, leaving the program, and losing its session, on the real windows
against the real agency over HTTP: the title bar's close (and System → Back to the units, Ctrl+W) goes
back to the month board with the agent still logged in, System → Exit quits the program and ends the
agent's session; an expired session on the board asks for the password over the board, which stays, and
renews every unit's client; the board shows the declaration window of units not opened here yet."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import FixedClock
from ssclient.gui.main_window import MainWindow
from ssclient.gui.session_expired import SessionExpiredDialog
from ssclient.gui.shell import Shell
from ssclient.sync.api import AgencyClient
from tests.gui.agents.test_agent_windows import _ended, agent_log_in, board_of, open_unit
from tests.gui.operators.conftest import shot
from tests.support.agency import AgencyUnit
from tests.support.agents import AgencyAgent


def test_closing_a_units_window_goes_back_to_the_board_and_exit_quits(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, agent: AgencyAgent, agency: RunningAgency, artifacts: Path
) -> None:
    unit.client.grant_mandate(agent.agent_code)
    login = shell.login
    assert login is not None
    agent_log_in(qtbot, login, agent)
    board = board_of(qtbot, shell, 1)
    window = open_unit(qtbot, shell, board, unit.unit_code)
    title = window.windowTitle()
    assert unit.unit_code in title and f"agent {agent.agent_code} at work" in title
    back = window.actions_by_name["backToUnits"]
    assert back.shortcut() == QKeySequence("Ctrl+W")
    system = window.findChild(QMenu, "systemMenu")
    assert system is not None and back in system.actions()
    shot(window, artifacts, "agent-unit-window.png")

    window.close()  # the title bar's close button
    qtbot.waitUntil(lambda: shell.main_window is None and board.isVisible(), timeout=10_000)
    assert shell.agent is not None and shell.agent.board is board

    window = open_unit(qtbot, shell, board, unit.unit_code)
    back = window.actions_by_name["backToUnits"]
    back.trigger()
    qtbot.waitUntil(lambda: shell.main_window is None and board.isVisible(), timeout=10_000)
    assert shell.agent is not None

    window = open_unit(qtbot, shell, board, unit.unit_code)
    token = shell.agent.client.token
    assert token is not None
    with qtbot.waitSignal(shell.quit_requested, timeout=10_000):
        window.actions_by_name["exit"].trigger()
    assert shell.main_window is None and not board.isVisible()
    assert not login.isVisible()  # the program ends: no log-in window comes back
    shell.shutdown()  # what run_gui does after the event loop: the agent's session ends at the agency
    probe = AgencyClient(agency.url, retries=0)
    probe.token = token
    assert _ended(probe)
    probe.close()


def test_a_units_title_bar_close_still_means_exit(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    login = shell.login
    assert login is not None
    login.unit_code.setText(unit.unit_code)
    login.password.setText(unit.password)
    login.login_button.click()
    qtbot.waitUntil(lambda: isinstance(shell.main_window, MainWindow), timeout=15_000)
    window = shell.main_window
    assert isinstance(window, MainWindow)
    assert "backToUnits" not in window.actions_by_name and "at work" not in window.windowTitle()
    with qtbot.waitSignal(shell.quit_requested, timeout=10_000):
        window.close()


def test_an_expired_session_on_the_board_asks_for_the_password_there(
    qtbot: QtBot,
    shell: Shell,
    unit: AgencyUnit,
    other: AgencyUnit,
    agent: AgencyAgent,
    agency_clock: FixedClock,
    artifacts: Path,
) -> None:
    unit.client.grant_mandate(agent.agent_code)
    other.client.grant_mandate(agent.agent_code)
    login = shell.login
    assert login is not None
    agent_log_in(qtbot, login, agent)
    board = board_of(qtbot, shell, 2)
    # Units never opened here: the declaration window's days left still show (the agency's policy).
    calendar = agent.client.policy().calendar  # the agency's declaration window today
    expected = str(calendar.days_left) if calendar.window_open else "closed"
    for row in range(2):
        assert board.tree.topLevelItem(row).text(2) == expected
    assert all(row.days_left == calendar.days_left for row in board.rows)
    # And the last day to pay without a late fee (the policy's too); no fee is reckoned without an amount.
    last_free = {board.tree.topLevelItem(row).text(8) for row in range(2)}
    assert len(last_free) == 1 and last_free != {""}
    assert board.tree.topLevelItem(0).text(9) == "–"
    assert "Not opened on this computer yet" in board.tree.topLevelItem(0).toolTip(6)
    open_unit(qtbot, shell, board, unit.unit_code).close()
    # Back on the board, which reads its units again: that read is done before the session expires.
    qtbot.waitUntil(lambda: shell.main_window is None and board.refresh_button.isEnabled(), timeout=10_000)
    session = shell.agent
    assert session is not None
    unit_client = session.clients[unit.unit_code]
    old = session.client.token

    agency_clock.advance(timedelta(hours=12))  # the agent's session expires at the agency
    board.refresh()
    qtbot.waitUntil(lambda: board.findChild(SessionExpiredDialog) is not None, timeout=10_000)
    dialog = board.findChild(SessionExpiredDialog)
    assert dialog is not None and dialog.isVisible()
    assert shell.agent is session and board.isVisible() and not login.isVisible()
    shot(dialog, artifacts, "agent-board-session-expired.png")
    dialog.password.setText(agent.password)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.log_in()
    qtbot.waitUntil(lambda: board.refresh_button.isEnabled() and len(board.rows) == 2, timeout=10_000)
    assert session.client.token not in (None, old) and unit_client.token == session.client.token
    assert shell.agent is session and board.isVisible()
    window = open_unit(qtbot, shell, board, unit.unit_code)  # its client works with the new session
    assert shell.ctx.agency is unit_client
    window.close()
    qtbot.waitUntil(lambda: shell.main_window is None and board.refresh_button.isEnabled(), timeout=10_000)

    # Log out instead: the log-in window.
    agency_clock.advance(timedelta(hours=12))
    board.refresh()
    qtbot.waitUntil(lambda: board.findChild(SessionExpiredDialog) is not None, timeout=10_000)
    dialog = board.findChild(SessionExpiredDialog)
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: login.isVisible() and shell.agent is None, timeout=10_000)
