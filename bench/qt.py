"""The Qt application the GUI benchmarks share, quiet about what the offscreen platform says of every window
it shows (OFFSCREEN_NOISE: chatter, not a figure). Any other Qt message is printed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ssclient.selftest_core import OFFSCREEN_NOISE


def application() -> QApplication:
    """The running application, or a new one; either way the offscreen chatter is dropped."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([])
    qInstallMessageHandler(_print_unless_noise)
    return app


def _print_unless_noise(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if OFFSCREEN_NOISE not in message:
        print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)
