"""The title the document forms show, in the window's title bar and over the form; a revision's names the
record it replaces."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def show_title(form: QWidget, label: QLabel, title: str, replaces_serial: str | None) -> None:
    """`title` as `form`'s window title and in `label`; a revision's also names the record it replaces."""
    if replaces_serial:
        title += " " + replaces_text(replaces_serial)
    form.setWindowTitle(title)
    label.setText(title)


def replaces_text(serial_number: str) -> str:
    """ "(replaces SB…)": what tells a revision from the document it replaces, in titles and lists."""
    return QCoreApplication.translate("ContributionForms", "(replaces %1)").replace("%1", serial_number)
