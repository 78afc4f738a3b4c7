"""The records tab closed while the agency still works on a revoke or a revise: the answer finds no deleted
widget to touch, and the rest of the program still hears what changed (the roster, the draft box)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.app.records import Records
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import DeclarationStatus
from ssclient.gui.context import AppContext
from ssclient.gui.records.records_window import DeclarationRecordsWindow
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.store import Store
from tests.gui.records.test_records_window import declare_people, revoke
from tests.support.agency import AgencyUnit, make_id_number


@pytest.fixture
def release(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Set it to let the agency's answer to a revoke or a revise through (held until then)."""
    gate = threading.Event()

    def held(call: Callable[[Records, int], object]) -> Callable[[Records, int], object]:
        def wait_then_call(records: Records, record_id: int) -> object:
            assert gate.wait(10), "the test never let the answer through"
            return call(records, record_id)

        return wait_then_call

    monkeypatch.setattr(Records, "revoke", held(Records.revoke))
    monkeypatch.setattr(Records, "revise", held(Records.revise))
    yield gate
    gate.set()
    cancel_all_and_wait()


def opened(qtbot: QtBot, ctx: AppContext) -> DeclarationRecordsWindow:
    window = DeclarationRecordsWindow(ctx)  # deleted by the test, as a closed tab is: not for qtbot to close
    window.show()
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() == window.model.total > 0)
    return window


def close_tab(qtbot: QtBot, window: DeclarationRecordsWindow) -> None:
    assert window.close()
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()


def test_a_revoke_answered_after_the_tab_closed_still_updates_the_roster_and_the_draft_box(
    qtbot: QtBot,
    records_ctx: AppContext,
    unit: AgencyUnit,
    agency_clock: FixedClock,
    store: Store,
    release: threading.Event,
) -> None:
    _first, second = declare_people(unit, 2)
    window = opened(qtbot, records_ctx)
    agency_clock.set(datetime(2026, 11, 23, 17, 0, tzinfo=CHINA_TZ))
    unit.client.login(unit.unit_code, unit.password)
    revoke(qtbot, window, second)
    assert window.status_label.text() == "Revoking…"
    close_tab(qtbot, window)

    signals = records_ctx.signals
    with qtbot.waitSignals([signals.roster_changed, signals.documents_changed], timeout=10_000):
        release.set()
    # The revoke went through, and the roster the other windows read again has only the first person.
    assert list(store.roster(records_ctx.unit_code)) == [make_id_number(0)]


def test_a_revision_made_after_the_tab_closed_still_reaches_the_draft_box(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, store: Store, release: threading.Event
) -> None:
    (serial,) = declare_people(unit, 1)
    window = opened(qtbot, records_ctx)
    assert window.select_serial(serial)
    qtbot.mouseClick(window.revise_button, Qt.MouseButton.LeftButton)
    close_tab(qtbot, window)

    with qtbot.waitSignal(records_ctx.signals.documents_changed, timeout=10_000):
        release.set()
    (summary,) = store.list_declarations(records_ctx.unit_code, statuses=[DeclarationStatus.DRAFT])
    assert store.get_declaration(summary.id).replaces_serial == serial
