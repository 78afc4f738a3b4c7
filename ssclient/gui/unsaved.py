"""Closing a form that holds work not saved to the draft box asks first: Discard, or Cancel (the default, so
Enter keeps the work). One question for every form that edits a document: a tab closed by mistake, a
log-out or the program's exit loses nothing unasked.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget


class AsksBeforeClosing:
    """A mixin before QWidget: `closeEvent` asks while `has_unsaved_changes()` says there is unsaved work."""

    def has_unsaved_changes(self) -> bool:
        raise NotImplementedError

    def confirm_discard(self) -> bool:
        """Ask before closing with unsaved changes; True when it may close."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            cast(QWidget, self),
            QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
            QCoreApplication.translate(
                "UnsavedChanges", "This document has changes that are not saved. Close it and lose them?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()
