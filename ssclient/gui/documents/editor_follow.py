"""A document form following its document's life: declared from the draft box, or answered by the agency,
while it is open here, the document shows as it now is (what was declared, and its status) instead of an
editable form whose lines the rulebook now refuses (the people just added are on the roster by then).
Deleted from the draft box, what it shows can be saved again as a new draft.

A mixin of the personnel editor, the contribution-base form and the information-change form: it works on
the form's document; the form shows lines (`_reload_lines`) and turns read-only (`_make_read_only`); what
happened shows in the form's `_note_label`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ssclient.app.documents import DocumentSummary, is_editable
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus
from ssclient.gui.operators.texts import edit_refused
from ssclient.gui.workers import Task, start_call

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from ssclient.gui.context import AppContext

_DELETED_COLOR = "#b06000"
_ERROR_COLOR = "#c0392b"


# Texts are written out as QCoreApplication.translate("DocumentEditor", "…") calls: lupdate finds only those.
def read_only_text(ctx: AppContext, declaration: Declaration) -> str:
    """Why a document shows read-only: the agency's answer (or that the record was revoked since), that it
    was declared, or that this session may not change it."""
    status, kind = declaration.status, declaration.type
    if status is DeclarationStatus.APPROVED and declaration.serial_number:
        return QCoreApplication.translate(
            "DocumentEditor", "Approved by the agency, serial number %1."
        ).replace("%1", declaration.serial_number)
    if status is DeclarationStatus.REVOKED:  # revoked, or replaced by an approved revision
        return QCoreApplication.translate(
            "DocumentEditor",
            "Revoked: the record with serial number %1 no longer counts. If it was revised, the record that "
            "replaced it is in Query → Declaration records.",
        ).replace("%1", declaration.serial_number or "")
    if status is DeclarationStatus.REJECTED and ctx.access.may_edit(kind):  # its answer came while shown
        return QCoreApplication.translate(
            "DocumentEditor",
            "Rejected by the agency: open it from My documents → Rejected to see why and fix it.",
        )
    if is_editable(status):
        return edit_refused(ctx.access, kind)
    return QCoreApplication.translate(
        "DocumentEditor", "This document has been declared and can no longer be changed."
    )


class FollowsStore:
    """Reads the open document again when the documents change; see the module docstring."""

    _ctx: AppContext
    declaration: Declaration
    read_only: bool
    _note_label: QLabel  # where the form says what became of its document
    _saving: Task | None
    _following: Task | None
    _follow_again: bool
    _not_declared = False  # the lines shown were changed here after the save that was declared

    if TYPE_CHECKING:  # the form's own

        @property
        def is_loaded(self) -> bool: ...
        def has_unsaved_changes(self) -> bool: ...
        def _reload_lines(self, lines: list[DeclarationLine]) -> None: ...
        def _make_read_only(self) -> None: ...

    def _show_note(self, text: str, color: str = "") -> None:
        self._note_label.setStyleSheet(f"color: {color};" if color else "")
        self._note_label.setText(text)

    def _load_failed(self, message: str) -> None:
        """The store could not be read: says why."""
        self._show_note(message, _ERROR_COLOR)

    def _follow_store(self) -> None:
        """documents_changed: the saved document's status is read again on a worker (not while it is being
        read or saved here: this editor's own save says so too)."""
        if self.declaration.id is None or not self.is_loaded or self._saving is not None:
            return
        if self._following is not None:
            self._follow_again = True  # read once more when this read ends: the answer may have come
            return
        self._follow(self._ctx.documents.summary_if_kept, self.declaration.id, self._status_read)

    def _follow(
        self, read: Callable[[int], object], declaration_id: int, then: Callable[[object], None]
    ) -> None:
        task = start_call(read, declaration_id).owned_by(self._note_label)  # deleted with its form
        self._following = task
        task.finished.connect(then)
        task.failed.connect(self._load_failed)  # the store could not be read: says why
        task.ended.connect(lambda: self._follow_ended(task))

    def _follow_ended(self, task: Task) -> None:
        if self._following is not task:  # a read started as this one finished goes on
            return
        self._following = None
        if self._follow_again:
            self._follow_again = False
            self._follow_store()

    def _status_read(self, summary: object) -> None:
        if summary is None:
            self._deleted()
            return
        assert isinstance(summary, DocumentSummary)
        status = summary.status
        if status is self.declaration.status or self._saving is not None:
            return
        if self.read_only:  # declared already: its answer came
            self.declaration = replace(self.declaration, status=status, serial_number=summary.serial_number)
            self._show_read_only()
        elif not is_editable(status):  # declared from the draft box: read what it declared
            declared = partial(self._declared, self.has_unsaved_changes())
            self._follow(self._ctx.documents.load, summary.id, declared)

    def _deleted(self) -> None:
        """Deleted from the draft box while shown here: what is shown can still be saved, as a new draft."""
        if self.read_only or self._saving is not None:
            return
        self.declaration = replace(self.declaration, id=None)
        self._show_note(
            QCoreApplication.translate(
                "DocumentEditor",
                "This document was deleted from the draft box. Save it to keep it as a new draft.",
            ),
            _DELETED_COLOR,
        )

    def _declared(self, unsaved: bool, stored: object) -> None:
        assert isinstance(stored, Declaration)
        if self._saving is not None:
            return
        self.declaration = stored
        self.read_only = True
        self._not_declared = unsaved
        self._reload_lines(list(stored.lines))
        self._show_read_only()

    def _show_read_only(self) -> None:
        """The document's status, and that the changes made after its last save are not in it."""
        self._make_read_only()
        text = read_only_text(self._ctx, self.declaration)
        if self._not_declared:
            text += " " + QCoreApplication.translate(
                "DocumentEditor", "The changes made here after it was last saved were not declared."
            )
        self._show_note(text)
