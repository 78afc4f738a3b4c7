"""Python's cyclic garbage collector runs on the GUI thread only.

Left alone, the collector runs in whichever thread allocates past its threshold, often a worker. A cycle it
frees there may hold a window's Qt object, and that object's destructor then runs on the worker. It takes
Qt's signal lock and asks PySide for the interpreter lock. The GUI thread meanwhile holds the interpreter
lock and waits for the same signal lock. Both wait for ever, and the window freezes. The test suite hung so
once: a window was being built while a roster refresh collected on its worker.

So the automatic collector is turned off, and a timer on the GUI thread collects as CPython would have
(the way calibre and pyqtgraph pin collection to their GUI thread):
- the youngest generation once more objects were made than its threshold;
- the middle one every tenth time;
- the oldest one only when it has grown by a quarter since its last collection. This is CPython's own
  rule, and it keeps full passes over a program that holds a 100,000-person roster rare.

While a large read pauses the collector (store.session.collector_paused), the timer leaves it alone. What
the pause made goes into the oldest generation unexamined and does not count as growth.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# How often the GUI thread looks at the collector's counts. Objects made meanwhile wait this long at most,
# and a young pass over them takes a millisecond or two. Measured: 250 ms made the import's stalls longer
# (bigger young passes); 20 ms slowed a worker's long computation (the GUI thread woke for the interpreter
# lock fifty times a second).
INTERVAL_MS = 50
# The oldest generation is collected once it has grown by more than this share (CPython's rule).
_OLDEST_GROWTH = 4


class GuiThreadCollector(QObject):
    """Runs the garbage collections on the GUI thread; see the module's docstring. Made once, with the
    application (`pin_collection_to_gui_thread`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._young, self._middle, self._old = gc.get_threshold()
        self._middle_passes = 0
        # The oldest generation's size after its last full pass; None: to be measured at the next chance
        # (at first, and after a pause put what it made there unexamined: that is no growth to collect for).
        self._oldest_after_full: int | None = None
        self._pauses_seen = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        # Imported here, not at start-up: the store's package loads SQLAlchemy, which the log-in window
        # does not wait for.
        from ssclient.app.collector_pauses import collector_pause_state

        paused, pauses_ended = collector_pause_state()
        if paused:
            return
        if pauses_ended != self._pauses_seen:
            self._pauses_seen = pauses_ended
            self._oldest_after_full = None
        young, middle, _ = gc.get_count()
        if young <= self._young:
            return
        if middle <= self._middle:
            gc.collect(0)
            return
        gc.collect(1)
        self._middle_passes += 1
        if self._middle_passes > self._old:
            self._middle_passes = 0
            self._collect_oldest_if_grown()

    def _collect_oldest_if_grown(self) -> None:
        if gc.get_freeze_count():
            # Someone froze objects out of the collector's sight (an import keeps its rows so): measuring
            # would unfreeze them, and a full pass would then walk them. Decided at a later chance.
            return
        oldest = _oldest_size()
        if self._oldest_after_full is None:
            self._oldest_after_full = oldest
        elif oldest - self._oldest_after_full > self._oldest_after_full // _OLDEST_GROWTH:
            gc.collect(2)
            self._oldest_after_full = _oldest_size()

    def stop(self) -> None:
        """Hand collecting back to Python (its automatic collector, in whatever thread)."""
        self._timer.stop()
        gc.enable()


def _oldest_size() -> int:
    """How many objects the oldest generation holds, right after a middle pass (the younger ones are empty
    then) and while nothing is frozen: counted in C as the permanent generation, a walk of its list, not a
    Python list of millions."""
    gc.freeze()
    try:
        return gc.get_freeze_count()
    finally:
        gc.unfreeze()


def pin_collection_to_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Collect garbage on this (the GUI) thread from now on, as long as `parent` lives."""
    return GuiThreadCollector(parent)
