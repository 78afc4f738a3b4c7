"""Garbage is collected on the GUI thread only (gui.collector): a cycle let go of on a worker is freed by the
GUI thread's timer, not by the worker that happened to allocate past the collector's threshold. A worker's
collection once freed a window's Qt object there and deadlocked the window (and the test suite)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient.gui.collector import GuiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.itself = self  # a cycle: only the collector frees it


def test_a_cycle_dropped_on_a_worker_is_freed_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    assert not gc.isenabled()  # the session's collector (tests/gui/conftest.py) runs them itself
    freed_on: list[threading.Thread] = []
    kept: list[list[object]] = []

    def work() -> None:
        node = _Node()
        weakref.finalize(node, lambda: freed_on.append(threading.current_thread()))
        del node
        # Far past the youngest generation's threshold: the automatic collector would run here.
        kept.extend([[] for _ in range(20_000)])

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.main_thread()]


def test_objects_frozen_out_of_its_sight_stay_frozen(gui_collector: GuiThreadCollector) -> None:
    # As an import keeps its 100,000 rows from full passes (gc.freeze) while the window collects.
    rows: list[list[object]] = [[] for _ in range(1_000)]
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        for _ in range(300):  # past the middle generation's and the oldest one's turns
            made: list[list[object]] = [[] for _ in range(1_000)]
            gui_collector.collect()
            del made
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    assert rows
