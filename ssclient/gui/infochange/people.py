"""The people an information change can correct: the local roster searched by name or ID number (read on
a worker, a page at a time), and the person picked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ssclient.domain.enums import PersonStatus
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.gui.workers import start_call


class PersonPicker(QWidget):
    """A search field over the local roster and the people it finds. `picked(entry)` when the user picks
    one (click or Enter); `searched` once a search's people are shown."""

    picked = Signal(object)  # RosterEntry
    searched = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._asked = 0
        self._entries: dict[str, RosterEntry] = {}
        self.setObjectName("personPicker")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Name, its pinyin or initials, or ID number"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("peopleList")
        self.note = QLabel(self)
        self.note.setObjectName("searchNote")
        self.note.setWordWrap(True)
        heading = QLabel(self.tr("Person to correct"), self)
        heading.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        self.search_edit.textChanged.connect(self.search)
        self.results.itemClicked.connect(self._pick)
        self.results.itemActivated.connect(self._pick)

    def search(self, text: str | None = None) -> None:
        """Find the people whose name or ID number contains `text` (the field's text when None)."""
        wanted = self.search_edit.text() if text is None else text
        self._asked += 1
        asked = self._asked
        task = start_call(self._ctx.info_changes.find, wanted.strip()).owned_by(self)
        task.finished.connect(lambda found, asked=asked: self._show(found, asked, wanted.strip()))
        task.failed.connect(self.note.setText)

    def _show(self, found: object, asked: int, text: str) -> None:
        if asked != self._asked:
            return  # an earlier search that answered after a later one
        assert isinstance(found, tuple)
        entries, total = found
        self.results.clear()
        self._entries = {entry.id_number: entry for entry in entries}
        for entry in entries:
            shown = f"{entry.name}  {entry.id_number}"
            if entry.status is PersonStatus.INTERRUPTED:
                shown += "  " + self.tr("(interrupted)")
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, entry.id_number)
            self.results.addItem(item)
        self.note.setText(self._note(len(entries), total, text))
        self.searched.emit()

    def _note(self, shown: int, total: int, text: str) -> str:
        if total == 0 and not text:
            return self.tr("The roster is empty: people appear here once their add personnel is approved.")
        if total == 0:
            return self.tr("No one on the roster has this name or ID number.")
        if shown < total:
            return (
                self.tr("%1 of %2 people shown: type more of the name or ID number.")
                .replace("%1", f"{shown:,}")
                .replace("%2", f"{total:,}")
            )
        return self.tr("People found: %1").replace("%1", f"{total:,}")

    def _pick(self, item: QListWidgetItem) -> None:
        entry = self._entries.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if entry is not None:
            self.picked.emit(entry)
