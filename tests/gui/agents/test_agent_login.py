"""The agent's log-in on the real windows: the first log-in replaces the initial password (remembered in
the keyring under the agent's own name when asked), and offline the agent logs in against its own
verifier (no password in any file) and sees the board of the units it opened here, each from its store."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ssclient import paths
from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.documents.sync_runner import SyncRunner
from ssclient.gui.login import LoginDialog
from ssclient.gui.main_window import MainWindow
from ssclient.gui.password import ChangePasswordDialog
from ssclient.gui.shell import Shell
from ssclient.store.offline_login import FILENAME
from ssclient.sync.api import AgencyClient
from tests.gui.agents.test_agent_windows import agent_log_in, board_of, open_unit
from tests.gui.documents.conftest import Agency
from tests.gui.operators.conftest import shot
from tests.support.agency import AgencyUnit, declaration, make_uscc, person_line, register_unit
from tests.support.agents import AGENT_PASSWORD, AgencyAgent, log_in_agent
from tests.support.memory_keyring import MemoryKeyring

NEWER_PASSWORD = "Agent2026new"


def test_the_first_log_in_replaces_the_initial_password(
    qtbot: QtBot, shell: Shell, agency: RunningAgency, unit: AgencyUnit, memory_keyring: MemoryKeyring
) -> None:
    uscc = make_uscc()
    with AgencyClient(agency.url, retries=0) as client:
        code = client.register_agent("杭州代理记账有限公司", uscc, "周会计", uscc).agent_code
    unit.client.grant_mandate(code)
    login = shell.login
    assert login is not None
    shell.ctx.settings.remember_password = True  # "Remember password" ticked at an earlier log-in
    qtbot.waitUntil(login.remember.isEnabled, timeout=10_000)
    agent_log_in(qtbot, login, AgencyAgent(code, uscc, unit.client))
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None, timeout=10_000)
    change = login.findChild(ChangePasswordDialog)
    assert change is not None
    change.new.setText(AGENT_PASSWORD)
    change.confirm.setText(AGENT_PASSWORD)
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    board = board_of(qtbot, shell, 1)
    assert board.rows[0].unit_code == unit.unit_code
    account = ("ssclient", f"agent:{code}@{agency.url}")
    qtbot.waitUntil(lambda: memory_keyring.secrets.get(account) == AGENT_PASSWORD, timeout=10_000)
    assert ("ssclient", f"{code}@{agency.url}") not in memory_keyring.secrets  # apart from the units'

    # Changed again from a unit's window (System → Change password): the agent's own entry follows.
    window = open_unit(qtbot, shell, board, unit.unit_code)
    window.actions_by_name["changePassword"].trigger()
    qtbot.waitUntil(lambda: window.findChild(ChangePasswordDialog) is not None, timeout=10_000)
    change = window.findChild(ChangePasswordDialog)
    assert change is not None
    change.current.setText(AGENT_PASSWORD)
    change.new.setText(NEWER_PASSWORD)
    change.confirm.setText(NEWER_PASSWORD)
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: memory_keyring.secrets.get(account) == NEWER_PASSWORD, timeout=10_000)
    unit_folder = paths.units_dir() / unit.unit_code / FILENAME
    assert not unit_folder.exists() or code not in unit_folder.read_text(encoding="utf-8")
    window.close()  # the title bar: back to the board
    qtbot.waitUntil(lambda: shell.main_window is None, timeout=10_000)
    board.logout_button.click()
    qtbot.waitUntil(login.isVisible, timeout=10_000)
    # Choosing the agent again fills its remembered password (the unit's choice has its own).
    login.mode.unit_choice.setChecked(True)
    assert login.unit_code.text() == "" and login.password.text() == ""
    login.mode.agent_choice.setChecked(True)
    assert login.unit_code.text() == code
    qtbot.waitUntil(lambda: login.password.text() == NEWER_PASSWORD, timeout=10_000)


def _offline(qtbot: QtBot, shell: Shell, server: Agency) -> LoginDialog:
    server.stop()
    shell.connect_agency()
    login = shell.login
    assert login is not None
    qtbot.waitUntil(lambda: login.login_button.text() == "Log in offline", timeout=15_000)
    return login


def test_offline_the_agent_sees_the_units_it_opened_here(
    qtbot: QtBot, offline_shell: Shell, server: Agency, agency_clock: FixedClock, artifacts: Path
) -> None:
    shell = offline_shell
    agent = log_in_agent(server.url)
    with AgencyClient(server.url, retries=0) as client:
        opened = register_unit(client, name="苏州甲有限公司")
        opened.client.grant_mandate(agent.agent_code)
        register_unit(client, name="苏州乙有限公司").client.grant_mandate(agent.agent_code)
    login = shell.login
    assert login is not None
    agent_log_in(qtbot, login, agent)
    board = board_of(qtbot, shell, 2)
    open_unit(qtbot, shell, board, opened.unit_code)
    shell.log_out()
    qtbot.waitUntil(lambda: login.isVisible() and shell.agent is None, timeout=10_000)
    verifier = paths.units_dir().parent / "agents-units" / agent.agent_code / FILENAME
    qtbot.waitUntil(verifier.exists, timeout=10_000)  # written on a worker after the online log-in
    assert agent.password not in verifier.read_text(encoding="utf-8")
    agent.client.close()

    offline = _offline(qtbot, shell, server)
    assert offline.mode.agent
    offline.password.setText("Wrong2026pw")
    qtbot.mouseClick(offline.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password is wrong" in offline.message.text(), timeout=10_000)
    qtbot.waitUntil(offline.login_button.isEnabled, timeout=10_000)
    agency_clock.advance(timedelta(seconds=2))  # the pause after a wrong password
    offline.password.setText(agent.password)
    qtbot.mouseClick(offline.login_button, Qt.MouseButton.LeftButton)
    board = board_of(qtbot, shell, 1)  # only the unit opened here: the agency cannot say more now
    assert board.rows[0].unit_code == opened.unit_code and board.rows[0].summary is not None
    assert board.windowTitle().endswith("offline")
    shot(board, artifacts, "agent-month-board-offline.png")
    window = open_unit(qtbot, shell, board, opened.unit_code)
    assert isinstance(window, MainWindow) and shell.ctx.offline_since is not None
    assert shell.ctx.unit is not None and shell.ctx.unit.name == "苏州甲有限公司"
    store = shell.ctx.store
    document = store.create_draft(opened.unit_code, declaration(DeclarationType.ADD, person_line(5, "钱七")))
    with qtbot.waitSignal(SyncRunner.for_context(shell.ctx).declare([document]).finished):
        pass  # into the outbox, on a worker
    assert store.get_declaration(document).status is DeclarationStatus.PENDING

    # The agency answers again: the agent logs in online by itself, and what waited goes out as the unit's.
    server.start()
    shell.connect_agency()  # the reconnect timer's call
    qtbot.waitUntil(lambda: shell.agent is not None and not shell.agent.offline, timeout=15_000)
    qtbot.waitUntil(
        lambda: store.get_declaration(document).status is DeclarationStatus.APPROVED, timeout=15_000
    )
    with AgencyClient(server.url, retries=0) as client:
        client.login(opened.unit_code, opened.password)
        [record] = client.declarations().items
    assert record.submitted_by == f"agent:{agent.agent_code}"
    qtbot.waitUntil(lambda: len(board.rows) == 2, timeout=10_000)  # the agency's list again
    assert not board.windowTitle().endswith("offline")


@pytest.mark.usefixtures("chinese")
def test_the_agent_windows_speak_chinese(
    qtbot: QtBot, shell: Shell, agency: RunningAgency, unit: AgencyUnit, artifacts: Path
) -> None:
    from ssclient.domain.enums import Severity
    from ssclient.domain.findings import Finding
    from ssclient.gui.documents.texts import render_finding

    agent = log_in_agent(agency.url)
    unit.client.grant_mandate(agent.agent_code)
    login = shell.login
    assert login is not None
    login.mode.agent_choice.setChecked(True)
    assert login.mode.agent_choice.text() == "代理机构（代理记账）"
    assert login.unit_code_label.text().endswith("代理机构代码")
    login.unit_code.setText(agent.agent_code)
    login.password.setText(agent.password)
    shot(login, artifacts, "login-agent-zh.png")
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    board = board_of(qtbot, shell, 1)
    assert board.agent_label.text().startswith("代理机构 北京代理记账有限公司")
    assert board.tree.topLevelItem(0).text(6) == "尚未在本机打开：打开即会在本机建立其数据文件。"
    shot(board, artifacts, "agent-month-board-zh.png")
    withdrawn = Finding("MANDATE_WITHDRAWN", Severity.ERROR, "", "")
    assert render_finding(withdrawn).startswith("该单位已撤回委托")
    board.logout_button.click()
    qtbot.waitUntil(login.isVisible, timeout=10_000)
    agent.client.close()


def test_an_ended_session_is_renewed_over_the_units_window(
    qtbot: QtBot,
    shell: Shell,
    agency: RunningAgency,
    unit: AgencyUnit,
    other: AgencyUnit,
    agency_clock: FixedClock,
) -> None:
    agent = log_in_agent(agency.url)
    unit.client.grant_mandate(agent.agent_code)
    other.client.grant_mandate(agent.agent_code)
    login = shell.login
    assert login is not None
    agent_log_in(qtbot, login, agent)
    board = board_of(qtbot, shell, 2)
    open_unit(qtbot, shell, board, unit.unit_code)
    open_unit(qtbot, shell, board, other.unit_code)  # the second unit's outbox asks too
    agency_clock.advance(timedelta(hours=3))  # past the session's lifetime, with no request meanwhile
    store = shell.ctx.store
    document = store.create_draft(other.unit_code, declaration(DeclarationType.ADD, person_line(8, "孙八")))
    SyncRunner.for_context(shell.ctx).declare([document])
    qtbot.waitUntil(lambda: shell.reauthentication.dialog is not None, timeout=15_000)
    dialog = shell.reauthentication.dialog
    assert dialog is not None
    texts = {label.objectName(): label.text() for label in list[QLabel](dialog.findChildren(QLabel))}
    assert (texts["unitCodeLabel"], texts["unitCodeValue"]) == ("Agent code", agent.agent_code)
    dialog.password.setText(agent.password)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: store.get_declaration(document).status is DeclarationStatus.APPROVED, timeout=15_000
    )
    assert shell.agent is not None and shell.ctx.unit_code == other.unit_code
    agent.client.close()


def test_an_accounting_agency_registers_as_an_agent(
    qtbot: QtBot, shell: Shell, agency: RunningAgency, artifacts: Path
) -> None:
    from ssclient.gui.agents.register import AgentRegisterDialog

    login = shell.login
    assert login is not None
    login.mode.agent_choice.setChecked(True)
    assert login.register_button.text() == "Register a new agent…"
    qtbot.mouseClick(login.register_button, Qt.MouseButton.LeftButton)
    dialog = login.findChild(AgentRegisterDialog)
    assert dialog is not None
    assert not dialog.edits["tax_number"].isVisible() and not dialog.industry_class.isVisible()
    uscc = make_uscc()
    for key, text in (("name", "广州代理记账有限公司"), ("uscc", uscc), ("contact", "吴会计")):
        dialog.edits[key].setText(text)
    dialog.edits["password"].setText("short")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Correct the fields marked in red, then register again."
    dialog.initial_password.setChecked(True)
    shot(dialog, artifacts, "register-agent.png")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.unit_code.startswith("190") and login.unit_code.text() == dialog.unit_code
    assert "unified social credit code as the password" in dialog.done_note.text()
    with AgencyClient(agency.url, retries=0) as client:
        assert client.login_agent(dialog.unit_code, uscc).must_change_password
    dialog.login_now_button.click()
