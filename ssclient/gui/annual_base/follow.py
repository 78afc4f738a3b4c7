"""The annual base window following the documents it saved: declared from the draft box while the window
is open, they can no longer be changed, so the window turns read-only and says so; deleted there, the next
save makes them anew instead of failing on a document that is gone.

A mixin of AnnualBaseWindow (as ssclient.gui.documents.editor_follow is of the document forms): it reads
the parts' list rows on a worker each time the documents change. Texts are written out as
QCoreApplication.translate("AnnualBaseWindow", "…") calls: lupdate finds only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ssclient.app.documents import DocumentSummary, is_editable
from ssclient.gui.workers import Task, start_call

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton

    from ssclient.domain.declaration import Declaration
    from ssclient.gui.context import AppContext


class FollowsParts:
    """Reads the saved parts' statuses again when the documents change; see the module docstring."""

    _ctx: AppContext
    parts: list[Declaration]
    read_only: bool
    status_label: QLabel
    save_button: QPushButton
    _saving: Task | None
    _following_parts: Task | None = None

    if TYPE_CHECKING:  # the window's own

        def _show_editing(self) -> None: ...

    def _follow_parts(self) -> None:
        """documents_changed: are the parts still drafts? (Not while this window saves them.)"""
        ids = [part.id for part in self.parts if part.id is not None]
        if not ids or self.read_only or self._saving is not None or self._following_parts is not None:
            return
        documents = self._ctx.documents
        task = start_call(lambda: [documents.summary_if_kept(i) for i in ids]).owned_by(self.status_label)
        self._following_parts = task
        task.finished.connect(self._parts_read)
        task.ended.connect(self._parts_followed)

    def _parts_followed(self) -> None:
        self._following_parts = None

    def _parts_read(self, summaries: list[DocumentSummary | None]) -> None:
        if self._saving is not None or self.read_only:
            return
        kept = {summary.id: summary for summary in summaries if summary is not None}
        if any(not is_editable(summary.status) for summary in kept.values()):
            self.read_only = True
            self._show_editing()
            self.save_button.setEnabled(False)
            self.status_label.setText(
                QCoreApplication.translate(
                    "AnnualBaseWindow",
                    "These new bases were declared from the draft box: they can no longer be changed here. "
                    "The agency's answers show in My documents and in the records.",
                )
            )
            return
        # Deleted from the draft box: what is shown is saved as new documents next time.
        self.parts = [part for part in self.parts if part.id in kept]
