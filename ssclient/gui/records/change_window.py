"""When an approved record may be revised or revoked: only in its own period's declaration window (the
agency refuses otherwise, and a revision made later could never be declared). Outside it the buttons are
off, and this says why and when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ssclient.app.records import Policy, change_window
from ssclient.domain.period import Period


def change_window_note(policy: Policy, today: date, period: Period) -> str:
    """ "" when a record of `period` may be revised or revoked today; else why not, and when it can be."""
    window = change_window(policy, today, period)
    if window is None:
        return ""
    if not window.closed:
        text = QCoreApplication.translate(
            "ChangeWindow",
            "Revise and Revoke open for this record on %1: its period's window runs from %1 to %2.",
        )
    else:
        text = QCoreApplication.translate(
            "ChangeWindow",
            "Revise and Revoke were possible only in this record's own window, %1 to %2, which has closed. "
            "To change what it declared, declare a new document for the current period.",
        )
    return text.replace("%1", window.first.isoformat()).replace("%2", window.last.isoformat())
