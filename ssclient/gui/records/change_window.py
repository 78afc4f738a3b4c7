"""When an approved record may be revised or revoked: only in its own period's declaration window (the
agency refuses otherwise, and a revision made later could never be declared). Outside it the buttons are
off, and this says why and when."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QCoreApplication

from ssclient.domain.period import Period
from ssclient.policy.model import Policy
from ssclient.policy.window import window_open_for


def change_window_note(policy: Policy, today: date, period: Period) -> str:
    """ "" when a record of `period` may be revised or revoked today; else why not, and when it can be."""
    if window_open_for(policy, today, period):
        return ""
    last_day = min(policy.window_last_day, calendar.monthrange(period.year, period.month)[1])
    first = date(period.year, period.month, policy.window_first_day)
    last = date(period.year, period.month, last_day)
    if today < first:
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
    return text.replace("%1", first.isoformat()).replace("%2", last.isoformat())
