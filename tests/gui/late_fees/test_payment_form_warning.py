"""The payment declaration form warns of the late fee in the window's last days and past the deadline,
naming the days, the fee on the form's own lines, and the law."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import FixedClock
from ssclient.domain.money import format_money
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from tests.gui.late_fees.conftest import expected_fee, move_to
from tests.gui.records.conftest import snapshot
from tests.gui.records.test_contribution_forms import compute, new_payment_form, rechecked
from tests.support.agency import AgencyUnit

LAW = "Social Insurance Law art. 86"


def total(form: PaymentDeclarationForm) -> Decimal:
    return sum((line.total for line in form.model.lines()), Decimal(0))


def test_no_warning_while_the_deadline_is_days_away(
    qtbot: QtBot, records_ctx: AppContext, insured: None
) -> None:
    form = new_payment_form(qtbot, records_ctx)  # the 20th: four days left, the 23rd included
    compute(qtbot, form)
    assert not form.late_fee_note.isVisible()
    assert form.late_fee_note.text() == ""


@pytest.mark.usefixtures("english")
def test_the_last_days_then_past_the_deadline(
    qtbot: QtBot,
    records_ctx: AppContext,
    insured: None,
    unit: AgencyUnit,
    agency_clock: FixedClock,
    artifacts: Path,
) -> None:
    move_to(agency_clock, unit, 22)
    form = new_payment_form(qtbot, records_ctx)
    note = form.late_fee_note
    assert note.isVisible()
    assert note.text() == (
        "2 days left: 2026-11-23 is the last day to pay 2026-11 without a late fee. Paid later, a late fee is "
        f"added (0.05 % of the amount owed a day, from the day after the last free day ({LAW}))."
    )
    compute(qtbot, form)
    amount = total(form)
    assert amount > Decimal("2000")
    assert note.text().endswith(
        f"a day late costs {format_money(expected_fee(amount, 1))} yuan, "
        f"ten days {format_money(expected_fee(amount, 10))} yuan."
    )
    snapshot(form, artifacts, "late_fee_form_warning.png")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    # Three days after the deadline, the saved draft opened again owes three days.
    move_to(agency_clock, unit, 26)
    again = new_payment_form(qtbot, records_ctx, saved.args[0])
    rechecked(qtbot, again)
    assert again.late_fee_note.isVisible()
    assert again.late_fee_note.text() == (
        "2026-11-23 was the last day to pay 2026-11 without a late fee; today is 3 days past it. Late fee if "
        f"paid today: {format_money(expected_fee(amount, 3))} yuan, and more each day (0.05 % of the amount "
        f"owed a day, from the day after the last free day ({LAW}))."
    )
    assert again.late_fee_note.outlook is not None
    assert again.late_fee_note.outlook.fee_today == expected_fee(amount, 3)
    snapshot(again, artifacts, "late_fee_form_past_deadline.png")
