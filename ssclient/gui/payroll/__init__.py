"""Query → Payroll reconciliation: the window, its tables and its texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def payroll_title() -> str:
    """The window's title and menu entry (here, so that the main window names it without loading it)."""
    return QCoreApplication.translate("Payroll", "Payroll reconciliation")
