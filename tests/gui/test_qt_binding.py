"""The Qt binding must not lose references when signals are emitted: PySide6 6.12.0 did (each emit()
dropped one reference to True) and the app aborted after a few hundred emits. pyproject.toml excludes it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_a_signal_keeps_reference_counts() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(1000):
        emitter.changed.emit(None)
    received.clear()
    assert abs(sys.getrefcount(True) - true_before) < 10
    assert abs(sys.getrefcount(None) - none_before) < 10
