"""Business → Annual base (年度缴费工资申报): the window, its tables and its texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def annual_base_title() -> str:
    """The business type's name: the window's title, its menu entry, and the documents' type (here, so
    that the main window and the lists name it without loading the window)."""
    return QCoreApplication.translate("AnnualBase", "Annual base")


def average_wage_title() -> str:
    """The column of a line's average monthly wage (the records window shows it too)."""
    return QCoreApplication.translate("AnnualBase", "Average monthly wage")
