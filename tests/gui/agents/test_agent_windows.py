"""An agent (an accounting agency) on the real windows against the real agency over HTTP: it logs in on the
log-in window's agent choice, its month board lists exactly the units that mandated it, a unit opens in the
main window with its own store and its own client (the unit named on every call), a declaration's record
says the agent submitted it, another unit shows none of the first's data, a withdrawal mid-session is said
plainly with nothing written at the agency, and log-out ends the agent's session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.agents.board import AgentBoard
from ssclient.gui.documents.lists import DocumentList
from ssclient.gui.documents.texts import render_finding
from ssclient.gui.login import LoginDialog
from ssclient.gui.main_window import MainWindow
from ssclient.gui.shell import Shell
from ssclient.sync.api import AgencyClient, AgencyError
from tests.gui.operators.conftest import shot
from tests.support.agency import AgencyUnit, declaration, person_line, register_unit
from tests.support.agents import AgencyAgent


def agent_log_in(qtbot: QtBot, login: LoginDialog, agent: AgencyAgent) -> None:
    login.mode.agent_choice.setChecked(True)
    login.unit_code.setText(agent.agent_code)
    login.password.setText(agent.password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)


def board_of(qtbot: QtBot, shell: Shell, count: int) -> AgentBoard:
    qtbot.waitUntil(lambda: shell.agent is not None and shell.agent.board is not None, timeout=10_000)
    assert shell.agent is not None
    board = shell.agent.board
    assert isinstance(board, AgentBoard)
    qtbot.waitUntil(lambda: board.refresh_button.isEnabled() and len(board.rows) == count, timeout=10_000)
    return board


def open_unit(qtbot: QtBot, shell: Shell, board: AgentBoard, unit_code: str) -> MainWindow:
    row = next(
        i for i in range(board.tree.topLevelItemCount()) if board.tree.topLevelItem(i).text(1) == unit_code
    )
    board.tree.setCurrentItem(board.tree.topLevelItem(row))
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: isinstance(shell.main_window, MainWindow) and shell.ctx.unit_code == unit_code, timeout=15_000
    )
    assert isinstance(shell.main_window, MainWindow)
    return shell.main_window


def declare_draft(qtbot: QtBot, shell: Shell, window: MainWindow, name: str) -> int:
    """A draft saved in the open unit's store, declared from the draft box; its id."""
    ctx = shell.ctx
    document = ctx.store.create_draft(ctx.unit_code, declaration(DeclarationType.ADD, person_line(3, name)))
    window.actions_by_name["draftBox"].trigger()
    drafts = window.tabs.currentWidget()
    assert isinstance(drafts, DocumentList)
    qtbot.waitUntil(lambda: drafts.table.model().rowCount() == 1, timeout=10_000)
    drafts.table.selectRow(0)
    qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    return document


def test_an_agent_works_for_its_units_one_at_a_time(
    qtbot: QtBot,
    shell: Shell,
    unit: AgencyUnit,
    other: AgencyUnit,
    agent: AgencyAgent,
    agency: RunningAgency,
    artifacts: Path,
) -> None:
    with AgencyClient(agency.url, retries=0) as client:
        register_unit(client, name="未委托有限公司")  # gave no mandate: never on the agent's board
    unit.client.grant_mandate(agent.agent_code)
    other.client.grant_mandate(agent.agent_code)
    login = shell.login
    assert login is not None
    login.mode.agent_choice.setChecked(True)
    assert login.unit_code_label.text().endswith("Agent code") and not login.units.isVisible()
    assert not login.operator.edit.isVisible() and login.register_button.text() == "Register a new agent…"
    agent_log_in(qtbot, login, agent)
    board = board_of(qtbot, shell, 2)
    assert {row.unit_code for row in board.rows} == {unit.unit_code, other.unit_code}
    assert not login.isVisible()
    assert "Not opened on this computer yet" in board.tree.topLevelItem(0).text(6)

    first = open_unit(qtbot, shell, board, unit.unit_code)
    who = first.findChild(QLabel, "operatorLabel")
    assert who is not None and who.text().startswith(f"Agent {agent.agent_code} (")
    client = shell.ctx.agency
    assert client is not agent.client and client.token is not None
    document = declare_draft(qtbot, shell, first, "甲代理")
    store = shell.ctx.store
    qtbot.waitUntil(
        lambda: store.get_declaration(document).status is DeclarationStatus.APPROVED, timeout=20_000
    )
    [record] = unit.client.declarations().items
    assert record.submitted_by == f"agent:{agent.agent_code}"
    first_store = Path(store.path)

    # The second unit: its own store and client; nothing of the first shows; the agent's session goes on.
    assert shell.units.show_board() is board
    qtbot.waitUntil(
        lambda: board.refresh_button.isEnabled() and board.rows[0].summary is not None, timeout=10_000
    )
    shot(board, artifacts, "agent-month-board.png")
    second = open_unit(qtbot, shell, board, other.unit_code)
    assert second is not first and shell.ctx.agency is not client
    assert Path(shell.ctx.store.path) != first_store
    assert shell.ctx.store.list_declarations(unit.unit_code) == []
    assert client.profile().unit_code == unit.unit_code  # the first unit's client still names the first

    # The unit withdraws its mandate mid-session: the declaration is refused, said plainly, nothing written.
    other.client.withdraw_mandate(agent.agent_code)
    withdrawn = declare_draft(qtbot, shell, second, "乙代理")  # the draft box lists this one alone
    qtbot.waitUntil(
        lambda: shell.ctx.store.get_declaration(withdrawn).status is DeclarationStatus.REJECTED,
        timeout=20_000,
    )
    [finding] = shell.ctx.store.findings(withdrawn)
    assert finding.code == "MANDATE_WITHDRAWN" and "withdrawn its mandate" in render_finding(finding)
    assert other.client.declarations().total == 0

    # Back on the board the unit is gone; opening it as it was listed says why.
    assert shell.units.show_board() is board
    qtbot.waitUntil(lambda: board.refresh_button.isEnabled() and len(board.rows) == 1, timeout=10_000)
    second.close()  # the unit's window closes (its title bar); the agent stays logged in
    qtbot.waitUntil(lambda: shell.main_window is None, timeout=10_000)
    assert shell.agent is not None
    board.open_requested.emit(other.unit_code)
    qtbot.waitUntil(lambda: "withdrawn its mandate" in board.message.text(), timeout=10_000)
    assert shell.main_window is None

    token = shell.agent.client.token
    assert token is not None
    shell.log_out()
    qtbot.waitUntil(lambda: login.isVisible(), timeout=10_000)
    assert shell.agent is None
    probe = AgencyClient(agency.url, retries=0)
    probe.token = token
    qtbot.waitUntil(lambda: _ended(probe), timeout=10_000)  # ended on a worker
    probe.close()


def _ended(probe: AgencyClient) -> bool:
    try:
        probe.mandated_units()
    except AgencyError:
        return True
    return False
