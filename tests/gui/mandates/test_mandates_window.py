"""System → Agents against the real agency: the unit's administrator grants a mandate by agent code and
withdraws it (the agent's next request is refused); an unknown code and a second grant are refused with what
to do and nothing written; an operator finds the entry off, and why. In Chinese too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency
from ssclient.domain.enums import DeclarationType
from ssclient.domain.permissions import Permission
from ssclient.gui.main_window import MainWindow
from ssclient.gui.mandates.window import MandatesWindow
from ssclient.gui.operators.texts import submitter_text
from ssclient.gui.shell import Shell
from ssclient.sync.api import AgencyError
from tests.gui.operators.conftest import first_log_in, log_in, main_window, shot
from tests.support.agency import AgencyUnit, declaration, person_line
from tests.support.agents import AgencyAgent, log_in_agent
from tests.support.operators import create_operator


@pytest.fixture
def agent(agency: RunningAgency) -> Iterator[AgencyAgent]:
    made = log_in_agent(agency.url)
    yield made
    made.client.close()


def open_mandates(qtbot: QtBot, window: MainWindow) -> MandatesWindow:
    window.actions_by_name["mandates"].trigger()
    mandates = window.tabs.currentWidget()
    assert isinstance(mandates, MandatesWindow)
    qtbot.waitUntil(lambda: mandates.refresh_button.isEnabled(), timeout=10_000)
    return mandates


def administrator_window(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> MandatesWindow:
    login = shell.login
    assert login is not None
    log_in(qtbot, login, unit.unit_code, "", unit.password)
    return open_mandates(qtbot, main_window(qtbot, shell))


def rows(window: MandatesWindow) -> list[list[str]]:
    table = window.table
    return [[window.cell(r, c) for c in range(table.columnCount())] for r in range(table.rowCount())]


def grant(qtbot: QtBot, window: MandatesWindow, code: str) -> None:
    window.agent_code.setText(code)
    qtbot.mouseClick(window.grant_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=10_000)


def test_grant_and_withdraw_a_mandate(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, agent: AgencyAgent, artifacts: Path
) -> None:
    window = administrator_window(qtbot, shell, unit)
    assert rows(window) == []
    assert not window.grant_button.isEnabled()  # nothing typed yet

    grant(qtbot, window, "190000000")
    assert "no agent with this code" in window.status.text()
    assert unit.client.mandates() == []  # nothing written

    grant(qtbot, window, agent.agent_code)
    qtbot.waitUntil(lambda: "may now declare" in window.status.text(), timeout=10_000)
    assert [r[0] for r in rows(window)] == [agent.agent_code]
    assert rows(window)[0][3] == "In force"
    assert window.agent_code.text() == ""
    agent.client.act_for(unit.unit_code)
    assert agent.client.submit(declaration(DeclarationType.ADD, person_line(1)), "window-agent-1").approved
    [record] = unit.client.declarations().items
    assert submitter_text(record.submitted_by) == f"Agent {agent.agent_code}"

    grant(qtbot, window, agent.agent_code)
    assert "already holds a mandate" in window.status.text()
    assert len(unit.client.mandates()) == 1
    shot(window, artifacts, "mandates-window.png")

    window.select(agent.agent_code)
    assert window.withdraw_button.isEnabled()
    qtbot.mouseClick(window.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is withdrawn" in window.status.text(), timeout=10_000)
    assert rows(window)[0][3].startswith("Withdrawn on ")
    assert window.status.text().startswith("The mandate of " + agent.agent_code)
    window.select(agent.agent_code)
    assert not window.withdraw_button.isEnabled()  # a withdrawn mandate has nothing left to withdraw
    with pytest.raises(AgencyError) as refused:
        agent.client.submit(declaration(DeclarationType.ADD, person_line(2)), "window-agent-2")
    assert refused.value.code == "MANDATE_WITHDRAWN"


def test_an_operator_finds_the_entry_off_and_why(qtbot: QtBot, shell: Shell, unit: AgencyUnit) -> None:
    create_operator(unit, "manager", list(Permission))
    window = first_log_in(qtbot, shell, unit.unit_code, "manager")
    action = window.actions_by_name["mandates"]
    assert not action.isEnabled()
    assert action.toolTip() == "Only the unit's administrator manages mandates."


@pytest.mark.usefixtures("chinese")
def test_the_window_speaks_chinese(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, agent: AgencyAgent, artifacts: Path
) -> None:
    unit.client.grant_mandate(agent.agent_code)
    login = shell.login
    assert login is not None
    log_in(qtbot, login, unit.unit_code, "", unit.password)
    main = main_window(qtbot, shell)
    assert main.actions_by_name["mandates"].text() == "代理机构（委托）…"
    window = open_mandates(qtbot, main)
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=10_000)
    assert window.status.text() == "共有 1 家代理机构持有本单位的委托。"
    assert window.cell(0, 3) == "有效"
    assert window.grant_button.text() == "授予委托"
    grant(qtbot, window, "190000000")
    assert window.status.text() == "没有此代码的代理机构。请向代理记账机构索取其代理机构代码，并准确输入。"
    shot(main, artifacts, "mandates-window-zh.png")
    # The records an agent submitted name it.
    assert submitter_text(f"agent:{agent.agent_code}") == f"代理机构 {agent.agent_code}"
