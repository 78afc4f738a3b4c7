"""The late-fee texts speak Simplified Chinese: every string has a finished translation in
latefees_zh_CN.ts, the catalogue knows every string in the code, and the windows show it, naming the law
as the rulebook does: 《中华人民共和国社会保险法》第八十六条."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.app.late_fees import DAILY_RATE, LATE_FEE_SOURCE
from ssclient.domain.clock import FixedClock
from ssclient.domain.money import format_money
from ssclient.gui.context import AppContext
from ssclient.gui.late_fees.window import LateFeeWindow
from ssclient.store import Store
from tests.gui.late_fees.conftest import approve_payment, expected_fee, move_to
from tests.gui.late_fees.test_forecaster_window import cells
from tests.gui.records.conftest import snapshot
from tests.gui.records.test_contribution_forms import compute, new_payment_form
from tests.support.agency import AgencyUnit

LAW = "《中华人民共和国社会保险法》第八十六条"


def test_the_texts_name_the_rules_law_and_rate() -> None:
    """The windows' wording states the rulebook's rate (0.05 %, 万分之五) and names its source."""
    assert (DAILY_RATE * 100).normalize() == Decimal("0.05")
    assert LAW == LATE_FEE_SOURCE


@pytest.mark.usefixtures("chinese")
def test_the_forecaster_and_the_form_speak_chinese(
    qtbot: QtBot,
    records_ctx: AppContext,
    insured: None,
    unit: AgencyUnit,
    store: Store,
    agency_clock: FixedClock,
    artifacts: Path,
) -> None:
    serial, amount = approve_payment(unit, store, agency_clock)
    move_to(agency_clock, unit, 30)
    window = LateFeeWindow(records_ctx)
    qtbot.addWidget(window)
    window.resize(760, 560)
    window.show()
    qtbot.waitUntil(lambda: window.outlook is not None, timeout=10_000)
    assert window.windowTitle() == "滞纳金测算"
    assert window.basis_label.text() == (
        f"按经办机构所示 2026-11 已审核费款申报（流水号 {serial}）尚未缴纳的金额计算：{format_money(amount)} 元。"
    )
    assert window.deadline_label.text() == "2026-11-23（已过 7 天）"
    assert window.fee_today_label.text() == f"{format_money(expected_fee(amount, 7))} 元（逾期 7 天）"
    assert window.rate_label.text() == f"自最后免滞纳金日的次日起，按日加收欠缴金额万分之五（{LAW}）"
    assert cells(window, 1) == ["5 天", "2026-12-05", "12", format_money(expected_fee(amount, 12))]
    snapshot(window, artifacts, "late_fee_forecast-zh.png")

    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    computed = sum((line.total for line in form.model.lines()), Decimal(0))
    assert form.late_fee_note.text() == (
        "2026-11-23 是缴纳 2026-11 费款不产生滞纳金的最后一天，今天已逾期 7 天。今天缴纳的滞纳金："
        f"{format_money(expected_fee(computed, 7))} 元，且逐日增加（自最后免滞纳金日的次日起，按日加收欠缴金额"
        f"万分之五（{LAW}））。"
    )
    snapshot(form, artifacts, "late_fee_form-zh.png")
