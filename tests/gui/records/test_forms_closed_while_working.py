"""A payment form closed (its tab deleted) while its computation or its save still runs: the result finds
no deleted widget to touch, and a save that went through still reaches the draft box."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.app.contributions import Contributions
from ssclient.app.documents import Documents
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.store import Store
from tests.gui.documents.conftest import close_answering, wait_loaded
from tests.gui.records.test_contribution_forms import compute, renewal_history
from tests.support.agency import AgencyUnit


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Held work waits for it (at most 10 s)."""
    event = threading.Event()
    yield event
    event.set()
    cancel_all_and_wait()


def opened_form(qtbot: QtBot, ctx: AppContext) -> PaymentDeclarationForm:
    form = PaymentDeclarationForm(ctx)  # deleted by the test, as a closed tab is: not for qtbot to close
    wait_loaded(qtbot, form)
    form.show()
    return form


def delete(qtbot: QtBot, form: PaymentDeclarationForm) -> None:
    with qtbot.waitSignal(form.destroyed):
        form.deleteLater()


def test_a_computation_that_ends_after_the_form_closed_touches_nothing(
    qtbot: QtBot,
    records_ctx: AppContext,
    unit: AgencyUnit,
    agency_clock: FixedClock,
    gate: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    renewal_history(unit, agency_clock)
    computed = threading.Event()
    real_compute = Contributions.compute

    def held_compute(contributions: Contributions, period: Period) -> object:
        assert gate.wait(10)
        try:
            return real_compute(contributions, period)
        finally:
            computed.set()

    monkeypatch.setattr(Contributions, "compute", held_compute)
    form = opened_form(qtbot, records_ctx)
    qtbot.mouseClick(form.compute_button, Qt.MouseButton.LeftButton)
    assert form.close()  # nothing computed yet: nothing to lose, no question
    delete(qtbot, form)
    gate.set()
    assert computed.wait(10)
    assert cancel_all_and_wait()
    QApplication.processEvents()  # the computation's announcement, which must find no one to tell


def test_a_save_that_ends_after_the_form_closed_still_reaches_the_draft_box(
    qtbot: QtBot,
    records_ctx: AppContext,
    unit: AgencyUnit,
    agency_clock: FixedClock,
    store: Store,
    gate: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    renewal_history(unit, agency_clock)
    form = opened_form(qtbot, records_ctx)
    compute(qtbot, form)
    real_save = Documents.save

    def held_save(documents: Documents, declaration: Declaration) -> Declaration:
        assert gate.wait(10)
        return real_save(documents, declaration)

    monkeypatch.setattr(Documents, "save", held_save)
    assert form.save() is not None
    assert close_answering(form, QMessageBox.StandardButton.Discard)  # not saved yet, so it asks
    delete(qtbot, form)

    with qtbot.waitSignal(records_ctx.signals.documents_changed, timeout=10_000):
        gate.set()
    (draft,) = store.list_declarations(records_ctx.unit_code, statuses=[DeclarationStatus.DRAFT])
    assert len(store.get_declaration(draft.id).payments) == 10  # both people's insurances, 李四's back pay
