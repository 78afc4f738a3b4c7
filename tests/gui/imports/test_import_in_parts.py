"""A staff list of more people than one declaration holds becomes several drafts, in the order of its rows,
saved together; the report's findings still open their line in the right draft."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import MAX_PERSONNEL_LINES
from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.lists import DocumentList
from ssclient.gui.documents.texts import document_name
from ssclient.gui.imports.actions import open_import_dialog
from ssclient.gui.imports.import_dialog import ImportDialog
from ssclient.gui.main_window import MainWindow
from ssclient.store import Store
from tests.gui.documents.conftest import UNIT, snapshot, wait_loaded
from tests.gui.imports.conftest import import_file, run_to_end
from tests.io.sheets import HEADERS_ZH, write_csv
from tests.rules.idgen import make_id

BAD = ["12345", "王五", "11", "6500", "否", "否", "", "", ""]


def staff(count: int) -> list[list[str]]:
    """`count` different working-age people, every cell valid."""
    born = date(1980, 1, 1)
    return [
        [
            make_id(born + timedelta(days=n // 1000), sequence=n % 1000),
            "张三",
            "11",
            "6500.00",
            "否",
            "否",
            "",
            "",
            "",
        ]
        for n in range(count)
    ]


def test_more_people_than_one_declaration_holds_become_several_drafts(
    chinese: None,
    qtbot: QtBot,
    dialog: ImportDialog,
    ctx: AppContext,
    store: Store,
    tmp_path: Path,
    artifacts: Path,
) -> None:
    rows = staff(MAX_PERSONNEL_LINES + 1)
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *rows, BAD])  # the bad one on sheet row 2003
    import_file(qtbot, dialog, path)
    with qtbot.waitSignal(ctx.signals.documents_changed):
        run_to_end(qtbot, dialog.import_rows(clean_rows_only=False))

    imported = dialog.draft
    assert imported is not None and imported.line_count == MAX_PERSONNEL_LINES + 2
    first, second = (store.get_declaration(i) for i in imported.declaration_ids)
    assert [len(first.lines), len(second.lines)] == [MAX_PERSONNEL_LINES, 2]
    assert {first.type, second.type} == {DeclarationType.ADD}
    assert [line.id_number for line in first.lines + second.lines[:1]] == [row[0] for row in rows]
    assert [line.source_row for line in second.lines] == [MAX_PERSONNEL_LINES + 2, MAX_PERSONNEL_LINES + 3]
    notes = {summary.id: summary.note for summary in store.list_declarations(UNIT.unit_code)}
    assert notes == {first.id: "staff.csv 1/2", second.id: "staff.csv 2/2"}
    assert dialog.message_label.text() == (
        f"共 2,002 人，超过一份单据可容纳的人数（2,000）：已在草稿箱中创建草稿 #{first.id} 至 #{second.id}"
        "（新增参保），按行的顺序每 2,000 人一份。请一并检查并申报。"
    )
    snapshot(dialog, artifacts, "import-in-parts.png")

    # The bad row's finding opens its line in the second draft.
    with qtbot.waitSignal(dialog.open_line_requested) as opened:
        assert dialog.open_finding(0)
    assert opened.args == [second.id, "lines[1].id_number"]
    # The drafts are checked and declared together: the button opens the draft box, not one of them.
    assert dialog.open_draft_button.text() == "打开草稿箱(&B)"
    with qtbot.waitSignal(dialog.draft_box_requested):
        dialog.open_draft_button.click()


def test_open_the_draft_box_shows_every_draft_made_each_with_its_file_and_place(
    chinese: None, qtbot: QtBot, ctx: AppContext, store: Store, tmp_path: Path, artifacts: Path
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = open_import_dialog(ctx, window, DeclarationType.ADD)
    path = write_csv(tmp_path / "staff.csv", [HEADERS_ZH, *staff(MAX_PERSONNEL_LINES + 1)])
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        import_file(qtbot, dialog, path)  # a clean file is saved at once
    assert dialog.draft is not None and len(dialog.draft.declaration_ids) == 2

    window.resize(1200, 640)
    window.show()
    dialog.open_draft_button.click()
    box = window.tabs.currentWidget()
    assert isinstance(box, DocumentList)
    wait_loaded(qtbot, box)
    assert sorted(box.document_ids()) == sorted(dialog.draft.declaration_ids)
    model, note_column = box.table.model(), box.table.model().columnCount() - 1
    assert model.headerData(note_column, Qt.Orientation.Horizontal) == "备注"
    notes = {model.index(row, note_column).data() for row in range(model.rowCount())}
    assert notes == {"staff.csv 1/2", "staff.csv 2/2"}
    # Shown whole: "1/2" at its end is what tells the drafts apart.
    widest = max(box.table.fontMetrics().horizontalAdvance(note) for note in notes)
    qtbot.waitUntil(lambda: box.table.columnWidth(note_column) >= widest)
    # Messages and findings name a document by its note too: the two hold the same kind of people.
    first = store.summary(dialog.draft.declaration_ids[0])
    assert document_name(first, None).startswith(
        "新增参保 2026-11（staff.csv 1/2；张三、张三、张三…；共 2,000 人"
    )
    dialog.close()
    snapshot(window, artifacts, "draft-box-notes.png")
