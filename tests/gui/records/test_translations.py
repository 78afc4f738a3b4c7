"""The query windows and contribution forms speak Simplified Chinese: every string has a finished
translation in records_zh_CN.ts, the catalogue knows every string in the code, and the windows show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.gui.context import AppContext
from ssclient.gui.contributions.base_change_form import ContributionBaseForm
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from ssclient.gui.records.payments_window import PaymentDetailsWindow
from ssclient.gui.records.records_window import DeclarationRecordsWindow
from ssclient.gui.records.roster_window import RosterWindow
from tests.gui.documents.conftest import wait_loaded
from tests.gui.records.conftest import snapshot


@pytest.mark.usefixtures("chinese")
def test_the_windows_speak_chinese(qtbot: QtBot, records_ctx: AppContext, artifacts: Path) -> None:
    records = DeclarationRecordsWindow(records_ctx)
    qtbot.addWidget(records)
    records.resize(1100, 500)
    records.show()
    qtbot.waitUntil(lambda: records.status_label.text() == "没有符合条件的记录。")
    assert records.windowTitle() == "申报记录"
    assert records.revoke_button.text() == "撤销"
    assert records.model.headerData(0, records.table.horizontalHeader().orientation()) == "流水号"
    snapshot(records, artifacts, "records_window-zh.png")

    payments = PaymentDetailsWindow(records_ctx)
    qtbot.addWidget(payments)
    payments.resize(1100, 500)
    payments.show()
    qtbot.waitUntil(lambda: payments.status_label.text() == "没有符合条件的缴费明细。")
    assert payments.statements_button.text() == "月度缴费告知单…"
    snapshot(payments, artifacts, "payment_details_window-zh.png")

    roster = RosterWindow(records_ctx)
    qtbot.addWidget(roster)
    roster.show()
    qtbot.waitUntil(lambda: roster.status_label.text() == "没有符合条件的人员。")

    base = ContributionBaseForm(records_ctx)
    qtbot.addWidget(base)
    wait_loaded(qtbot, base)
    base.resize(1000, 500)
    base.show()
    assert base.windowTitle() == "缴费工资申报 2026-11"
    assert base.findings_list.count() == 0  # nobody on it yet: said once Save is pressed
    base.save()
    assert [base.findings_list.item(i).text() for i in range(base.findings_list.count())] == [
        "申报中没有任何人员。"
    ]
    snapshot(base, artifacts, "contribution_base_form-zh.png")

    payment = PaymentDeclarationForm(records_ctx)
    qtbot.addWidget(payment)
    wait_loaded(qtbot, payment)
    payment.resize(1000, 500)
    payment.show()
    assert payment.compute_button.text() == "计算"
    with qtbot.waitSignal(payment.computed, timeout=10_000):
        payment.compute_button.click()
    assert payment.status_label.text() == "2026-11 没有参保人员，无需缴费。"
    snapshot(payment, artifacts, "payment_declaration_form-zh.png")
