"""The Qt application the GUI benchmarks share, quiet about what the offscreen platform says of every window
it shows (OFFSCREEN_NOISE: chatter, not a figure). Any other Qt message is printed; and the one way they wait
for a window's work."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from ssclient.gui.collector import pin_collection_to_gui_thread
from ssclient.selftest_core import OFFSCREEN_NOISE

# How often a wait looks at whether it is over.
POLL_MS = 5


def application() -> QApplication:
    """The running application, or a new one; either way the offscreen chatter is dropped."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([])
        # As the program does (gui.app): garbage is collected on this thread only.
        pin_collection_to_gui_thread(app)
    qInstallMessageHandler(_print_unless_noise)
    return app


def _print_unless_noise(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if OFFSCREEN_NOISE not in message:
        print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)


def wait_until(done: Callable[[], bool], seconds: float = 120) -> None:
    """Run the event loop until `done()`, as the program waits: asleep until an event comes (a worker's
    result, a timer; one ticks every POLL_MS to look at `done` again).

    Not processEvents(flags, maxtime), which returns at once when no event is pending, WaitForMoreEvents
    or not: looping on it kept the interpreter lock busy on the GUI thread, and a worker reading SQLite (which
    lets go of the lock for every row) waited for it again and again. Opening a 100,000-line draft measured
    2 to 3 s where the program, idle in its event loop meanwhile, takes 1."""
    deadline = time.perf_counter() + seconds
    ticks = QTimer()
    ticks.start(POLL_MS)
    try:
        while not done():
            if time.perf_counter() > deadline:
                raise RuntimeError(f"timed out after {seconds:.0f} s")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        ticks.stop()
