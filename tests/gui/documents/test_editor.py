"""The document editor: typing, problems beside fields, several people, save to the draft box."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.app.documents_rules import LineCounts, problem_counts
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.documents import editor_lines
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.line_model import LinesModel
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.store import Store
from tests.gui.documents.conftest import (
    LI_SI,
    UNIT,
    ZHANG_SAN,
    close_discarding,
    opened_editor,
    snapshot,
    wait_loaded,
)


def fill_person(qtbot: QtBot, editor: DocumentEditor, id_number: str, name: str, base: str = "6500") -> None:
    form = editor.form
    qtbot.keyClicks(form.line_edit("id_number"), id_number)
    form.combo("hukou_type").setCurrentIndex(form.combo("hukou_type").findData("11"))
    # Chinese arrives as an input method commits it (QTest cannot type characters outside the keyboard).
    form.line_edit("name").insert(name)
    qtbot.keyClicks(form.line_edit("wage_base"), base)
    form.combo("migrant_worker").setCurrentIndex(form.combo("migrant_worker").findData("否"))
    form.combo("migrant_insurance").setCurrentIndex(form.combo("migrant_insurance").findData("否"))


def test_problem_shows_beside_the_field_as_the_user_types(
    qtbot: QtBot, ctx: AppContext, artifacts: Path
) -> None:
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, size=(1000, 640))
    form = editor.form
    qtbot.keyClicks(form.line_edit("id_number"), ZHANG_SAN[:-1] + "9")
    assert form.problem_label("id_number").isVisible()
    assert "last character" in form.problem_label("id_number").text()
    # Untouched fields stay quiet until a save attempt.
    assert not form.problem_label("name").isVisible()
    form.line_edit("id_number").clear()
    qtbot.keyClicks(form.line_edit("id_number"), ZHANG_SAN)
    assert not form.problem_label("id_number").isVisible(), (
        form.line_edit("id_number").text(),
        editor.model.line(0),
    )
    assert "1990-03-07" in form.identity_label.text()
    snapshot(editor, artifacts, "documents_editor_add_typing.png")
    close_discarding(editor)


def test_add_two_people_and_save_survives_a_restart(
    qtbot: QtBot, ctx: AppContext, store: Store, store_path: Path, artifacts: Path
) -> None:
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, size=(1000, 640))
    fill_person(qtbot, editor, ZHANG_SAN, "张三")
    qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 2
    fill_person(qtbot, editor, LI_SI, "李四", "7200.50")
    # The people list shows each wage base as money; the form keeps it as typed.
    shown = editor.model
    assert [shown.data(shown.index(row, 3)) for row in range(2)] == ["6,500.00", "7,200.50"]
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    snapshot(editor, artifacts, "documents_editor_add_saved.png")
    declaration_id = saved.args[0]
    store.close()
    reopened = Store.open(store_path)
    try:
        declaration = reopened.get_declaration(declaration_id)
    finally:
        reopened.close()
    assert declaration.status is DeclarationStatus.DRAFT
    assert [(line.id_number, line.name, line.wage_base) for line in declaration.lines] == [
        (ZHANG_SAN, "张三", "6500"),
        (LI_SI, "李四", "7200.50"),
    ]


def test_save_refused_names_the_line_and_focuses_the_field(
    qtbot: QtBot, ctx: AppContext, artifacts: Path
) -> None:
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, size=(1000, 640))
    fill_person(qtbot, editor, ZHANG_SAN, "张三")
    editor.add_line()
    fill_person(qtbot, editor, LI_SI, "", "100")
    editor.select_line(0)
    assert not editor.save()
    assert editor.current_row() == 1
    assert "line(s) 2" in editor.summary_label.text() or "2" in editor.summary_label.text()
    assert editor.form.problem_label("name").isVisible()
    assert editor.form.problem_label("wage_base").isVisible()
    snapshot(editor, artifacts, "documents_editor_add_refused.png")

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        snapshot(box, artifacts, "documents_editor_unsaved_question.png")
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, cancel)
    assert not editor.close()  # Cancel keeps the work
    assert editor.isVisible()
    close_discarding(editor)


def test_the_same_person_twice_is_shown_on_both_lines_and_clears_on_removal(
    qtbot: QtBot, ctx: AppContext
) -> None:
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD)
    fill_person(qtbot, editor, ZHANG_SAN, "张三")
    editor.add_line()
    fill_person(qtbot, editor, LI_SI, "李四")
    editor.add_line()
    fill_person(qtbot, editor, ZHANG_SAN.lower(), "张三")
    assert "lines 1, 3" in editor.form.problem_label("id_number").text()
    assert editor.model.error_count(2) == 1
    editor.select_line(0)
    assert "lines 1, 3" in editor.form.problem_label("id_number").text()
    editor.select_line(1)
    editor.remove_current_line()
    assert editor.model.rowCount() == 2
    assert editor.model.rows_with_same_person(1) == [0, 1]
    editor.select_line(1)
    editor.remove_current_line()
    assert editor.model.rows_with_same_person(0) == [0]
    editor.select_line(0)
    assert not editor.form.problem_label("id_number").isVisible()
    close_discarding(editor)


def test_a_draft_from_an_earlier_month_moves_to_the_current_period(
    qtbot: QtBot, ctx: AppContext, store: Store, artifacts: Path
) -> None:
    person = DeclarationLine(id_number=ZHANG_SAN, name="张三", hukou_type="11", wage_base="6500",
                             migrant_worker="否", migrant_insurance="否")  # fmt: skip
    draft_id = store.create_draft(
        UNIT.unit_code, Declaration(DeclarationType.ADD, Period(2026, 10), [person])
    )
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, draft_id, size=(1000, 640))
    # Made in October, opened in November: only November can be declared, and the editor says so.
    assert editor.period_label.text() == "Period 2026-10 (declarations are now for 2026-11)"
    assert editor.move_period_button.isVisible() and editor.move_period_button.text() == "Move to 2026-11"
    assert editor.focus_finding("period"), "a PERIOD_NOT_CURRENT finding leads to the button"
    assert not editor.has_unsaved_changes()
    snapshot(editor, artifacts, "documents_editor_earlier_period.png")

    qtbot.mouseClick(editor.move_period_button, Qt.MouseButton.LeftButton)
    assert editor.period_label.text() == "Period 2026-11" and not editor.move_period_button.isVisible()
    assert editor.has_unsaved_changes(), "moved, not yet saved"
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = store.get_declaration(draft_id)
    assert saved.period == Period(2026, 11) and saved.lines == [person]
    assert not editor.has_unsaved_changes()


def test_a_declared_document_of_an_earlier_month_is_not_offered_a_move(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    person = DeclarationLine(id_number=ZHANG_SAN, name="张三", hukou_type="11", wage_base="6500",
                             migrant_worker="否", migrant_insurance="否")  # fmt: skip
    document_id = store.create_draft(
        UNIT.unit_code, Declaration(DeclarationType.ADD, Period(2026, 10), [person])
    )
    store.enqueue(document_id, "key-1")
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, document_id)
    assert editor.read_only
    assert editor.period_label.text() == "Period 2026-10" and not editor.move_period_button.isVisible()
    assert not editor.focus_finding("period")


def test_a_revision_of_an_earlier_month_keeps_its_period(qtbot: QtBot, ctx: AppContext, store: Store) -> None:
    person = DeclarationLine(id_number=ZHANG_SAN, name="张三", hukou_type="11", wage_base="6500",
                             migrant_worker="否", migrant_insurance="否")  # fmt: skip
    revision = Declaration(
        DeclarationType.ADD, Period(2026, 10), [person], replaces_serial="SB2026100100000001"
    )
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, store.create_draft(UNIT.unit_code, revision))
    assert not editor.read_only
    assert editor.period_label.text() == "Period 2026-10" and not editor.move_period_button.isVisible()


def test_an_offered_reason_is_stored_as_the_agency_writes_it_whatever_the_language(
    qtbot: QtBot, ctx: AppContext
) -> None:
    editor = opened_editor(qtbot, ctx, DeclarationType.INTERRUPTION)
    reason = editor.form.combo("reason")
    reason.setCurrentIndex(reason.findText("Retired"))  # the English program offers it in English
    assert editor.form.line().reason == "退休"
    editor.form.set_line(DeclarationLine(id_number=ZHANG_SAN, reason="合同到期"))
    assert reason.currentText() == "Contract ended"
    reason.setCurrentText("Moved abroad")  # a reason of the user's own stays as typed
    assert editor.form.line().reason == "Moved abroad"
    close_discarding(editor)
    # The list of people shows a stored reason in the program's language too.
    lines = LinesModel(DeclarationType.INTERRUPTION, [DeclarationLine(ZHANG_SAN, reason="离职"),
                                                      DeclarationLine(LI_SI, reason="Moved abroad")])  # fmt: skip
    assert [lines.index(row, 3).data() for row in range(2)] == ["Left the company", "Moved abroad"]


def test_a_big_documents_problems_are_counted_on_a_worker_and_follow_an_edit_made_meanwhile(
    qtbot: QtBot, ctx: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above COUNT_ON_A_WORKER_ABOVE lines the Problems column fills in from a worker (here from two lines
    on); a line edited before the count arrives is counted as it is now, not as it was."""
    monkeypatch.setattr(editor_lines, "COUNT_ON_A_WORKER_ABOVE", 1)
    good = DeclarationLine(id_number=ZHANG_SAN, name="张三", hukou_type="11", wage_base="6500",
                           migrant_worker="否", migrant_insurance="否")  # fmt: skip
    wrong_check = ZHANG_SAN[:-1] + "9"
    bad = DeclarationLine(id_number=wrong_check, name="李四", hukou_type="11", wage_base="6500",
                          migrant_worker="否", migrant_insurance="否")  # fmt: skip
    draft_id = store.create_draft(
        UNIT.unit_code, Declaration(DeclarationType.ADD, Period(2026, 11), [good, bad])
    )
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, draft_id)
    # The first line, selected, gets a wrong check character too before any count is shown.
    editor.form.line_edit("id_number").clear()
    qtbot.keyClicks(editor.form.line_edit("id_number"), LI_SI[:-1] + "9")
    qtbot.waitUntil(lambda: (editor.model.error_count(0), editor.model.error_count(1)) == (1, 1))
    editor.select_line(0)
    editor.form.line_edit("id_number").clear()
    qtbot.keyClicks(editor.form.line_edit("id_number"), LI_SI)
    qtbot.waitUntil(lambda: (editor.model.error_count(0), editor.model.error_count(1)) == (0, 1))
    close_discarding(editor)


def test_a_big_document_closed_while_its_problems_are_counted_takes_no_count(
    qtbot: QtBot, ctx: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tab closed at once (the wrong draft opened) is deleted; the count arriving after must not reach
    its deleted widgets (it raised "Internal C++ object already deleted")."""
    monkeypatch.setattr(editor_lines, "COUNT_ON_A_WORKER_ABOVE", 1)
    release = threading.Event()

    def slow_counts(*args: object) -> dict[int, LineCounts]:
        if threading.current_thread() is not threading.main_thread():  # a count of the lines read
            release.wait(10)
        return problem_counts(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(editor_lines, "problem_counts", slow_counts)
    line = DeclarationLine(id_number=ZHANG_SAN, name="张三", hukou_type="11", wage_base="6500",
                           migrant_worker="否", migrant_insurance="否")  # fmt: skip
    other = line.copy()
    other.id_number = LI_SI
    draft_id = store.create_draft(
        UNIT.unit_code, Declaration(DeclarationType.ADD, Period(2026, 11), [line, other])
    )
    editor = DocumentEditor(ctx, DeclarationType.ADD, draft_id)  # deleted below: not for qtbot to close
    editor.show()
    wait_loaded(qtbot, editor)
    assert editor.close()  # nothing changed: it closes without a question
    with qtbot.waitSignal(editor.destroyed):
        editor.deleteLater()
    release.set()
    assert cancel_all_and_wait()
    QApplication.processEvents()  # the count's announcement, which must find no one to tell


def test_a_wage_above_the_ceiling_shows_as_a_warning_in_the_list_too(
    chinese: None, qtbot: QtBot, ctx: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lawful, declared and capped: not a problem that stops the declaration, but the list should not say
    "OK" for a line whose wage will not be the base. Counted on the GUI thread as typed, and on a worker
    for a document read whole."""
    monkeypatch.setattr(editor_lines, "COUNT_ON_A_WORKER_ABOVE", 1)
    high = DeclarationLine(id_number=LI_SI, name="李四", hukou_type="11", wage_base="99000",
                           migrant_worker="否", migrant_insurance="否")  # fmt: skip
    other = high.copy()
    other.id_number = ZHANG_SAN
    draft_id = store.create_draft(
        UNIT.unit_code,
        Declaration(DeclarationType.ADD, Period(2026, 11), [high, other]),
    )
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, draft_id)
    problems = editor.model.index(1, editor.model.columnCount() - 1)
    qtbot.waitUntil(lambda: editor.model.warning_count(1) == 1)  # from the worker's count
    assert problems.data() == "1 个警告" and editor.model.error_count(1) == 0
    assert problems.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b9770e"

    editor.form.line_edit("wage_base").clear()  # the selected first line, typed down to a usual wage
    qtbot.keyClicks(editor.form.line_edit("wage_base"), "9000")
    first = editor.model.index(0, editor.model.columnCount() - 1)
    assert (editor.model.warning_count(0), first.data()) == (0, "无误")
    close_discarding(editor)


def test_a_count_taken_earlier_reaches_only_the_lines_still_as_they_were() -> None:
    lines = [DeclarationLine(id_number=ZHANG_SAN), DeclarationLine(id_number=LI_SI), DeclarationLine()]
    model = LinesModel(DeclarationType.ADD, lines)
    model.set_counts(2, LineCounts(0, 1))
    counted = model.snapshot()
    model.set_line(1, DeclarationLine(id_number=LI_SI, name="李四"))  # edited after the count began
    model.set_counts(1, LineCounts(0, 0))
    model.append_line(DeclarationLine())  # added after it
    model.set_counts(3, LineCounts(2, 0))
    model.set_counts_of(counted, {0: LineCounts(1, 0), 1: LineCounts(3, 3)})  # row 2: now no problem
    assert [model.counts(row) for row in range(4)] == [
        LineCounts(1, 0),
        LineCounts(0, 0),
        LineCounts(0, 0),
        LineCounts(2, 0),
    ]
    model.set_counts_of(model.snapshot(), {3: LineCounts(0, 2)})  # every line as counted
    assert [model.counts(row) for row in range(4)] == [LineCounts(0, 0)] * 3 + [LineCounts(0, 2)]


def test_the_list_aligns_wages_right_and_reasons_as_words() -> None:
    line = DeclarationLine(id_number=ZHANG_SAN, name="张三", wage_base="6500", reason="离职")
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    added, leaving = LinesModel(DeclarationType.ADD, [line]), LinesModel(DeclarationType.INTERRUPTION, [line])
    assert added.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert leaving.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert leaving.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == right


def test_a_line_just_added_is_given_no_verdict_until_something_is_typed(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Neither "2 problems" in red for fields nobody typed yet, nor "OK" for a line that would not be saved."""
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD)
    problems = editor.model.index(0, editor.model.columnCount() - 1)
    assert problems.data() == ""
    qtbot.keyClicks(editor.form.line_edit("id_number"), ZHANG_SAN[:-1] + "9")
    assert problems.data() == "1 problem(s)"  # the typed field's, not the untyped ones' (untranslated here)
    editor.add_line()  # left half filled: what a save would refuse counts now, never "OK"
    assert editor.model.error_count(0) > 1 and problems.data() != "OK"
    close_discarding(editor)


def test_a_save_refused_on_many_lines_names_the_first_ten(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    # Twelve people without a name or base: every line is wrong. A document of 2,000 wrong lines listed
    # every number, and the list pushed the lines and the form out of the window.
    lines = [DeclarationLine(f"1101011990010{seq:04d}", "", "11", "", "否", "否") for seq in range(12)]
    draft_id = store.create_draft(ctx.unit_code, Declaration(DeclarationType.ADD, Period(2026, 11), lines))
    editor = opened_editor(qtbot, ctx, DeclarationType.ADD, draft_id)

    assert not editor.save()

    text = editor.summary_label.text()
    assert "line(s) 1, 2, 3, 4, 5, 6, 7, 8, 9, 10…." in text
    assert "11" not in text
