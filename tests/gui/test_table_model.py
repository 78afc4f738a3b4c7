"""gui.table_model.release_gradually: a model's old rows are let go of a slice per turn of the event loop,
on the GUI thread, never all at once (400,000 payment lines freed at once held the window for 50 ms)."""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from ssclient.gui.table_model import release_gradually


class Row:
    """Stands in for a payment line: notes the thread it is freed on."""

    def __init__(self, freed_on: list[threading.Thread]) -> None:
        weakref.finalize(self, lambda: freed_on.append(threading.current_thread()))


def test_old_rows_are_let_go_of_between_events_in_slices(qtbot: QtBot) -> None:
    freed_on: list[threading.Thread] = []
    rows = [Row(freed_on) for _ in range(12_000)]  # three slices
    release_gradually(rows)
    del rows
    assert freed_on == [], "nothing is freed before the event loop turns"
    QCoreApplication.processEvents()
    assert 0 < len(freed_on) < 12_000, "a slice per turn, not all at once"
    qtbot.waitUntil(lambda: len(freed_on) == 12_000)
    assert set(freed_on) == {threading.main_thread()}


def test_nothing_to_let_go_of(qtbot: QtBot) -> None:
    release_gradually([])
