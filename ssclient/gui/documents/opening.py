"""Opening a document in a form (the personnel editor, the contribution-base form): the saved document
and the local roster its lines are checked against are read on a worker, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from ssclient.app.documents import Documents
from ssclient.domain.declaration import Declaration
from ssclient.domain.roster import RosterEntry
from ssclient.gui.workers import Task, start_call


def read_document(form: QWidget, documents: Documents, declaration_id: int | None) -> Task:
    """Start reading document `declaration_id` (None: a new one, nothing to read) and the roster; the
    task's result is `(document or None, roster)`. `form` is disabled until the caller has shown them."""

    def read() -> tuple[Declaration | None, Mapping[str, RosterEntry]]:
        document = documents.load(declaration_id) if declaration_id is not None else None
        return document, documents.roster_for(document)

    # A new document can be typed at once; a saved one waits for its lines.
    form.setEnabled(declaration_id is None)
    return start_call(read)
