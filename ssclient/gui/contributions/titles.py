"""The title the document forms show, in the window's title bar and over the form; a revision's names the
record it replaces."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def show_title(form: QWidget, label: QLabel, title: str, replaces_serial: str | None) -> None:
    """`title` as `form`'s window title and in `label`; a revision's also names the record it replaces."""
    if replaces_serial:
        replaces = QCoreApplication.translate("ContributionForms", "(replaces %1)")
        title += " " + replaces.replace("%1", replaces_serial)
    form.setWindowTitle(title)
    label.setText(title)
