"""The document lists: delete asks first, findings lead to the field, declared documents open read-only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.domain.verdict import Verdict
from ssclient.gui.context import AppContext
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.lists import APPROVED, DRAFT_BOX, DocumentList
from ssclient.selftest_samples import valid_id_number
from ssclient.store import Store
from tests.gui.documents.conftest import LI_SI, ZHANG_SAN, snapshot, wait_loaded


def person(id_number: str, name: str, base: str = "6500") -> DeclarationLine:
    return DeclarationLine(
        id_number=id_number,
        name=name,
        hukou_type="11",
        wage_base=base,
        migrant_worker="否",
        migrant_insurance="否",
    )


def add_draft(store: Store, unit_code: str, *lines: DeclarationLine) -> int:
    return store.create_draft(unit_code, Declaration(DeclarationType.ADD, Period(2026, 11), list(lines)))


def answer_next_box(button: QMessageBox.StandardButton, texts: list[str]) -> None:
    """When the next modal message box opens, note its text and press `button` on it."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_delete_asks_first(qtbot: QtBot, ctx: AppContext, store: Store, artifacts: Path) -> None:
    first = add_draft(store, ctx.unit_code, person(ZHANG_SAN, "张三"))
    second = add_draft(store, ctx.unit_code, person(LI_SI, "李四"))
    drafts = DocumentList(ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    drafts.resize(960, 560)
    drafts.show()
    drafts.select_ids([first])
    texts: list[str] = []

    def no_and_snapshot() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        snapshot(box, artifacts, "documents_delete_confirmation.png")
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, no_and_snapshot)
    assert not drafts.delete_selected()
    assert sorted(drafts.document_ids()) == sorted([first, second])

    answer_next_box(QMessageBox.StandardButton.Yes, texts)
    assert drafts.delete_selected()
    qtbot.waitUntil(lambda: drafts.document_ids() == [second])
    assert len(texts) == 1 and "cannot be undone" in texts[0]


def test_check_lists_findings_and_a_double_click_goes_to_the_field(
    qtbot: QtBot, ctx: AppContext, store: Store, artifacts: Path
) -> None:
    # A draft saved by an earlier version or an import may hold a problem: a wage of zero.
    declaration_id = add_draft(store, ctx.unit_code, person(ZHANG_SAN, "张三"), person(LI_SI, "李四", "0"))
    drafts = DocumentList(ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    drafts.resize(960, 560)
    drafts.show()
    drafts.select_ids([declaration_id])
    qtbot.waitUntil(lambda: "Not checked yet" in drafts.findings.caption_text())
    with qtbot.waitSignal(drafts.checked):
        task = drafts.check_selected()
        assert task is not None
        # The Check's own findings, shown at once, name the person on the line as the stored ones do after.
        with qtbot.waitSignal(task.finished):
            pass
        assert drafts.findings.view.model().index(0, 3).data() == "李四"
    assert drafts.findings.row_count() == 1
    assert drafts.findings.view.model().index(0, 3).data() == "李四"
    assert store.get_declaration(declaration_id).status is DeclarationStatus.DRAFT
    assert [f.field for f in store.findings(declaration_id)] == ["lines[1].wage_base"]
    snapshot(drafts, artifacts, "documents_draft_box_findings.png")

    opened: list[tuple[int, str]] = []
    drafts.open_requested.connect(lambda i, path: opened.append((i, path)))
    view = drafts.findings.view
    view.doubleClicked.emit(view.model().index(0, 0))
    assert opened == [(declaration_id, "lines[1].wage_base")]
    editor = DocumentEditor(ctx, DeclarationType.ADD, declaration_id)
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    editor.show()
    assert editor.focus_finding(opened[0][1])
    assert editor.current_row() == 1 and editor.focusWidget() is editor.form.line_edit("wage_base")
    assert editor.form.problem_label("wage_base").isVisible()

    # Declare refuses a document with errors and says so.
    with qtbot.waitSignal(drafts.checked):
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    assert "not declared" in drafts.status_label.text() or "problems" in drafts.status_label.text()
    assert store.get_declaration(declaration_id).status is DeclarationStatus.DRAFT


def test_check_shows_its_progress_and_cancel_leaves_the_documents_as_they_were(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    """The drafts of a big import take seconds to check: a progress dialog follows, and its Cancel stores
    nothing (no findings, no status changed)."""
    ids = [
        add_draft(
            store,
            ctx.unit_code,
            *(person(valid_id_number(i % 1000, f"1990010{d}"), "张三") for i in range(1000)),
        )
        for d in range(1, 9)
    ]
    drafts = DocumentList(ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    drafts.show()
    drafts.select_ids(ids)
    qtbot.waitUntil(
        lambda: drafts.findings.caption_text() == "Not checked yet: press Check to run every rule on them."
    )
    task = drafts.check_selected()
    assert task is not None and not drafts.check_button.isEnabled()
    dialog = drafts.findChild(QProgressDialog)
    assert dialog is not None and dialog.labelText() == "Checking…"
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    seen: list[tuple[int, int]] = []

    def cancel_on_first_progress(done: int, total: int) -> None:
        if not seen:
            seen.append((done, total))
            cancel.click()

    task.progress.connect(cancel_on_first_progress)
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        pass
    assert seen and seen[0] == (1, 17)
    assert drafts.status_label.text() == "Check cancelled; the documents are as they were."
    for declaration_id in ids:
        assert store.get_declaration(declaration_id).status is DeclarationStatus.DRAFT
        assert store.findings(declaration_id) == []
    qtbot.waitUntil(drafts.check_button.isEnabled)

    with qtbot.waitSignal(drafts.checked, timeout=20_000):
        drafts.check_selected()
    assert all(store.get_declaration(i).status is DeclarationStatus.CHECKED for i in ids)


def test_an_approved_document_opens_read_only(
    qtbot: QtBot, ctx: AppContext, store: Store, artifacts: Path
) -> None:
    declaration_id = add_draft(store, ctx.unit_code, person(ZHANG_SAN, "张三"))
    key = store.enqueue(declaration_id, "approved-document-key").idempotency_key
    store.mark_sending(key)
    store.record_verdict(
        Verdict(key, DeclarationStatus.APPROVED, "SB20261110000042", declaration_id=42, answer="{}")
    )
    approved = DocumentList(ctx, APPROVED)
    qtbot.addWidget(approved)
    wait_loaded(qtbot, approved)
    assert approved.document_ids() == [declaration_id]
    assert not approved.check_button.isVisibleTo(approved) and not approved.delete_button.isVisibleTo(
        approved
    )
    editor = DocumentEditor(ctx, DeclarationType.ADD, declaration_id)
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    editor.resize(1000, 640)
    editor.show()
    assert editor.read_only and not editor.save_button.isVisible() and not editor.form.isEnabled()
    assert "SB20261110000042" in editor.summary_label.text()
    snapshot(editor, artifacts, "documents_editor_approved_read_only.png")


def test_outside_the_window_check_says_so_and_declare_keeps_the_draft(
    qtbot: QtBot, ctx: AppContext, store: Store, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=CHINA_TZ))  # the window is days 1–23
    declaration_id = add_draft(store, ctx.unit_code, person(ZHANG_SAN, "张三"))
    drafts = DocumentList(ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    drafts.select_ids([declaration_id])
    with qtbot.waitSignal(drafts.checked) as checked:
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    assert [f.code for f in checked.args[0][0].findings] == ["WINDOW_CLOSED"]
    assert store.get_declaration(declaration_id).status is DeclarationStatus.DRAFT
    assert store.outbox_for(declaration_id) is None


def test_a_closed_list_no_longer_follows_the_application_signals(qtbot: QtBot, ctx: AppContext) -> None:
    drafts = DocumentList(ctx, DRAFT_BOX)
    with qtbot.waitSignal(drafts.destroyed):
        drafts.deleteLater()
    ctx.set_pending_count(3)
    ctx.set_connected(False)
    ctx.signals.documents_changed.emit()
    assert ctx.pending_count == 3
