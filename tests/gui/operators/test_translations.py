"""The operators' windows speak Simplified Chinese: every string has a finished translation in
operators_zh_CN.ts, the catalogue knows every string in the code, and the windows show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.domain.permissions import Permission
from ssclient.gui.errors import agency_error_text
from ssclient.gui.operators.window import OperatorsWindow
from ssclient.gui.shell import Shell
from ssclient.sync.api import AgencyError
from tests.gui.operators.conftest import log_in, main_window, shot
from tests.support.agency import AgencyUnit
from tests.support.operators import create_operator, log_in_operator


@pytest.mark.usefixtures("chinese")
def test_the_windows_speak_chinese(qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path) -> None:
    create_operator(unit, "wang.fang", [Permission.DECLARE, Permission.QUERY])
    create_operator(unit, "li.na", [Permission.PAYMENT], name="李娜")
    unit.client.update_operator("li.na", enabled=False)
    login = shell.login
    assert login is not None
    assert login.operator.label.text() == "操作员"
    login.unit_code.setText(unit.unit_code)
    shot(login, artifacts, "login-zh.png")
    log_in(qtbot, login, unit.unit_code, "", unit.password)
    window = main_window(qtbot, shell)
    assert window.actions_by_name["operators"].text() == "操作员…"
    window.actions_by_name["operators"].trigger()
    operators = window.tabs.currentWidget()
    assert isinstance(operators, OperatorsWindow)
    qtbot.waitUntil(lambda: operators.table.rowCount() == 3, timeout=10_000)
    assert operators.status.text() == "除管理员外共有 2 名操作员。"
    assert operators.cell(0, 3) == "不可停用"
    assert operators.cell(2, 2) == "申报"  # 仅查询 goes with it, so it is not named beside it
    assert operators.cell(1, 3) == "已停用"
    shot(window, artifacts, "operators-window-zh.png")
    dialog = operators.add_operator()
    shot(dialog, artifacts, "operator-dialog-zh.png")
    dialog.reject()

    # The agency's refusal names the missing permission in the user's language.
    reader = log_in_operator(unit, "reader", [Permission.QUERY])
    try:
        with pytest.raises(AgencyError) as refused:
            reader.client.operators()
    finally:
        reader.client.close()
    assert (
        agency_error_text(refused.value)
        == "经办机构拒绝：此操作员没有“管理操作员”权限。请联系单位管理员授权。"
    )
