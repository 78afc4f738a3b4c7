"""Revise and Revoke are off outside the record's own window, and the window says why and when."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.gui.context import AppContext
from tests.gui.records.conftest import snapshot
from tests.gui.records.test_records_window import declare_people, open_window
from tests.support.agency import AgencyUnit

# The windows never touch the store on the GUI thread.


def test_revise_and_revoke_are_off_after_the_window_with_the_reason_and_dates(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, agency_clock: FixedClock, artifacts: Path
) -> None:
    (serial,) = declare_people(unit, 1)
    window = open_window(qtbot, records_ctx)
    assert window.select_serial(serial)
    assert window.revoke_button.isEnabled() and window.revise_button.isEnabled()
    assert not window.window_note.isVisible()

    for day in (datetime(2026, 11, 24, 9, 0, tzinfo=CHINA_TZ), datetime(2026, 12, 3, 9, 0, tzinfo=CHINA_TZ)):
        agency_clock.set(day)
        window.table.clearSelection()
        assert window.select_serial(serial)
        assert not window.revoke_button.isEnabled() and not window.revise_button.isEnabled()
        note = window.window_note.text()
        assert window.window_note.isVisible()
        assert "2026-11-01 to 2026-11-23, which has closed" in note
        assert window.revise_button.toolTip() == note
    snapshot(window, artifacts, "records_revise_revoke_closed.png")
