"""The contribution base and payment forms ask before closing with work not saved to the draft box
(Cancel keeps it; Discard closes), and close without asking when everything shown is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import FixedClock
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from ssclient.store import Store
from tests.gui.documents.conftest import close_answering
from tests.gui.records.test_contribution_forms import (
    ZHANG,
    compute,
    new_base_form,
    new_payment_form,
    renewal_history,
    roster_in_store,
    type_person,
)
from tests.support.agency import AgencyUnit

CANCEL, DISCARD = QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard


def test_a_base_change_with_unsaved_lines_asks_before_closing(
    qtbot: QtBot, records_ctx: AppContext, store: Store
) -> None:
    roster_in_store(store, records_ctx.unit_code)
    form = new_base_form(qtbot, records_ctx)
    assert not form.has_unsaved_changes() and form.close()  # nothing typed: nothing to lose

    form = new_base_form(qtbot, records_ctx)
    type_person(qtbot, form, ZHANG, "7000")
    assert form.has_unsaved_changes()
    assert not close_answering(form, CANCEL) and form.isVisible()  # Cancel: the line is still there
    assert len(form.model.lines) == 1

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.has_unsaved_changes() and form.close()

    reopened = new_base_form(qtbot, records_ctx, saved.args[0])
    assert not reopened.has_unsaved_changes()
    reopened.model.setData(reopened.model.index(0, 3), "7500")  # the new base edited in the table
    assert close_answering(reopened, DISCARD)
    assert store.get_declaration(saved.args[0]).lines[0].wage_base == "7000"


def test_a_computed_payment_not_saved_asks_before_closing(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    renewal_history(unit, agency_clock)
    form = new_payment_form(qtbot, records_ctx)
    assert not form.has_unsaved_changes()
    compute(qtbot, form)
    assert form.has_unsaved_changes()
    assert not close_answering(form, CANCEL) and form.isVisible()

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.has_unsaved_changes() and form.close()

    reopened = new_payment_form(qtbot, records_ctx, saved.args[0])
    qtbot.waitUntil(lambda: reopened.compute_button.isEnabled())  # the recheck after the load is done
    assert not reopened.has_unsaved_changes() and reopened.close()


def test_a_new_payment_opened_to_declare_is_computed_at_once_and_closes_without_asking(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    """Business → Payment declaration (and the home page's next step) computes the period's payment as it
    opens. That computation is not the user's work: closing asks nothing until they compute again."""
    renewal_history(unit, agency_clock)
    for user_computes in (False, True):
        form = PaymentDeclarationForm(records_ctx, compute_now=True)
        qtbot.addWidget(form)
        qtbot.waitUntil(lambda: form.save_button.isEnabled(), timeout=10_000)  # noqa: B023 - waited at once
        assert form.model.rowCount() == 10  # both people's insurances this month, and 李四's back payments
        if not user_computes:
            assert not form.has_unsaved_changes() and form.close()
    compute(qtbot, form)  # computed by the user: now it is work to keep
    assert form.has_unsaved_changes()
    assert close_answering(form, DISCARD)


@pytest.mark.allow_log_warnings  # a store closed under a save is an unexpected error, logged as one
def test_a_payment_whose_save_failed_is_still_unsaved(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, agency_clock: FixedClock, store: Store
) -> None:
    renewal_history(unit, agency_clock)
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    store.close()  # the disk gone, say: the save fails
    task = form.save()
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=10_000):
        pass
    assert form.has_unsaved_changes()  # closing asks: the computed lines are still only on the screen
    assert close_answering(form, DISCARD)
