"""Open drafts share one roster map, read once per change (app.shared_roster): a 100,000-person unit's
roster is about 70 MB and a second to read, and every open draft read and held its own."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.store import Store
from tests.gui.documents.conftest import LI_SI, ZHANG_SAN, wait_loaded
from tests.gui.documents.test_lists import add_draft, person


def test_two_open_drafts_read_the_roster_once_and_again_when_it_changed(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    drafts = [
        add_draft(store, ctx.unit_code, person(n, name)) for n, name in ((ZHANG_SAN, "张三"), (LI_SI, "李四"))
    ]
    roster_reads: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if "FROM roster_persons" in statement:
            roster_reads.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        editors = []
        for draft_id in drafts:
            editor = DocumentEditor(ctx, DeclarationType.ADD, draft_id)
            qtbot.addWidget(editor)
            wait_loaded(qtbot, editor)
            editors.append(editor)
        assert len(roster_reads) == 1
        before = editors[0]._roster
        assert editors[1]._roster is before

        ctx.signals.roster_changed.emit()  # e.g. an approval arrived: each editor reads the roster again
        qtbot.waitUntil(lambda: all(editor._roster is not before for editor in editors))
        assert len(roster_reads) == 2 and editors[0]._roster is editors[1]._roster
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
