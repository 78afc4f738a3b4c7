"""Query → Payments: the bank agreement, each month's payment, Pay, and the payment certificate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def payments_title() -> str:
    """The window's title and menu entry (here, so that the menu names it without loading the window)."""
    return QCoreApplication.translate("Paying", "Payments")
