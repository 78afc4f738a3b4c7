"""Answering the program's file dialogs (Qt's own, modal) as a user would, from a timer that waits for one
to open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog


class Answer:
    """Answers the next file dialog: notes the folder it opened in and the name it proposed, then picks
    `choice` (a path, or None to cancel)."""

    def __init__(self, choice: Path | None, file_type: str = "") -> None:
        self.choice, self.file_type = choice, file_type
        self.folder: Path | None = None
        self.proposed: list[str] = []
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, self._answer)  # not open yet
            return
        self.folder = Path(dialog.directory().absolutePath())
        self.proposed = [Path(name).name for name in dialog.selectedFiles()]
        if self.choice is None:
            dialog.reject()
            return
        if self.file_type:
            dialog.selectNameFilter(self.file_type)
        dialog.selectFile(str(self.choice))
        dialog.accept()
