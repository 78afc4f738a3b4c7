"""Late fees (滞纳金) in the client: the forecaster window (Query → Late fee forecast), the payment form's
warning before the deadline passes, and the month board's two columns. Their texts are in texts.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def late_fees_title() -> str:
    """The window's title and menu entry (here, so that the main window names it without loading it)."""
    return QCoreApplication.translate("LateFees", "Late fee forecast")
