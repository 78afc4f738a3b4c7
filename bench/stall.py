"""The longest the GUI thread froze while a bench drives a window: a timer ticks on it every TICK_MS, and
the longest gap between two ticks is the figure (named by the step the bench marked last before it)."""

from __future__ import annotations

import time

TICK_MS = 2


class StallWatch:
    """Ticks on the GUI thread; the longest gap between two ticks is the longest the window froze. Each
    gap is named by the step marked last before it ended (`mark`: a signal's handler marks its step when it
    starts, so the gap it causes is named after it)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self._marks: list[tuple[float, str]] = []
        self._gaps: list[tuple[float, float]] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self, step: str) -> None:
        self._last = time.perf_counter()
        self.mark(step)
        self._timer.start()

    def mark(self, step: str) -> None:
        self._marks.append((time.perf_counter(), step))

    def stop(self) -> tuple[float, str]:
        """(the longest gap in ms, the step it was in)."""
        self._timer.stop()
        self._tick()
        start, end = max(self._gaps, key=lambda gap: gap[1] - gap[0])
        step = [name for moment, name in self._marks if moment <= end][-1]
        return (end - start) * 1000, step

    @property
    def ticks(self) -> int:
        return len(self._gaps)

    def _tick(self) -> None:
        now = time.perf_counter()
        self._gaps.append((self._last, now))
        self._last = now
