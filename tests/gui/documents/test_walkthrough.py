"""Issue 14's findings in the draft box, walked as the accountant does against the real agency: a fixed
document loses the findings of what it was, and the draft box never says two contradicting things."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.lists import DRAFT_BOX, REJECTED, DocumentList
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from tests.gui.documents.conftest import (
    LI_SI,
    SUN_QI,
    USCC_B,
    WANG_WU,
    ZHANG_SAN,
    Agency,
    close_discarding,
    register_and_log_in,
    snapshot,
    wait_loaded,
)
from tests.gui.documents.test_editor import fill_person
from tests.gui.documents.test_journeys import declare, new_editor, new_list, save_people

PROBLEMS_COLUMN = 4


def insure_elsewhere(agency: Agency, id_number: str, name: str) -> None:
    """Another unit insures the person first, so that the agency refuses them to ours."""
    other = register_and_log_in(agency.url, "另一家公司", USCC_B)
    line = DeclarationLine(
        id_number=id_number,
        name=name,
        hukou_type="11",
        wage_base="6000",
        migrant_worker="否",
        migrant_insurance="否",
    )
    assert other.submit(Declaration(DeclarationType.ADD, Period(2026, 11), [line]), "other-unit-key").approved
    other.close()


def problems_cell(documents: DocumentList, declaration_id: int) -> str:
    row = documents.document_ids().index(declaration_id)
    return documents.table.model().index(row, PROBLEMS_COLUMN).data() or ""


def test_a_rejected_document_fixed_and_saved_drops_the_agency_findings(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency: Agency, artifacts: Path
) -> None:
    insure_elsewhere(agency, WANG_WU, "王五")
    declaration_id = save_people(qtbot, online_ctx, [(ZHANG_SAN, "张三"), (WANG_WU, "王五")])
    declare(qtbot, online_ctx, declaration_id)
    rejected = new_list(qtbot, online_ctx, REJECTED)
    assert problems_cell(rejected, declaration_id) == "1"

    # The accountant opens it, types the right person over the refused one, and saves.
    editor = DocumentEditor(online_ctx, DeclarationType.ADD, declaration_id)
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    editor.resize(1000, 640)
    editor.show()
    assert editor.focus_finding("lines[1].id_number")
    id_edit = editor.form.line_edit("id_number")
    id_edit.selectAll()
    qtbot.keyClicks(id_edit, SUN_QI)
    name_edit = editor.form.line_edit("name")
    name_edit.selectAll()
    name_edit.insert("孙七")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    assert problems_cell(drafts, declaration_id) == ""
    with qtbot.waitSignal(drafts.findings_shown):
        drafts.select_ids([declaration_id])
    assert drafts.findings.row_count() == 0  # 王五's refusal no longer hangs on 孙七's document
    assert store.findings(declaration_id) == []
    snapshot(drafts, artifacts, "documents_draft_box_after_fix.png")


def test_an_edited_draft_drops_the_findings_of_its_last_check(
    qtbot: QtBot, online_ctx: AppContext, store: Store
) -> None:
    line = DeclarationLine(
        id_number=ZHANG_SAN,
        name="张三",
        hukou_type="11",
        wage_base="6500",
        migrant_worker="否",
        migrant_insurance="是",  # insured as a migrant worker who is not one (and no home region)
    )
    declaration = Declaration(DeclarationType.ADD, online_ctx.current_period(), [line])
    declaration_id = store.create_draft(online_ctx.unit_code, declaration)
    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    drafts.select_ids([declaration_id])
    with qtbot.waitSignal(drafts.checked):
        qtbot.mouseClick(drafts.check_button, Qt.MouseButton.LeftButton)
    assert "MIGRANT_INSURANCE_NOT_MIGRANT" in {f.code for f in store.findings(declaration_id)}

    editor = DocumentEditor(online_ctx, DeclarationType.ADD, declaration_id)
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    editor.show()
    insurance = editor.form.combo("migrant_insurance")
    insurance.setCurrentIndex(insurance.findData("否"))
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert store.findings(declaration_id) == []
    assert store.get_declaration(declaration_id).status is DeclarationStatus.DRAFT
    with qtbot.waitSignal(drafts.findings_shown):
        drafts.select_ids([declaration_id])
    assert drafts.findings.row_count() == 0


def person_line(id_number: str, name: str, *, migrant_insurance: str = "否") -> DeclarationLine:
    insured = migrant_insurance == "是"  # then the home region is asked for
    return DeclarationLine(
        id_number=id_number,
        name=name,
        hukou_type="11",
        wage_base="6500",
        migrant_worker="否",
        migrant_insurance=migrant_insurance,
        province="北京市" if insured else "",
        city="市辖区" if insured else "",
        county="东城区" if insured else "",
    )


def check_selected(qtbot: QtBot, drafts: DocumentList, declaration_id: int) -> None:
    drafts.select_ids([declaration_id])
    drafts.table.setFocus()
    with qtbot.waitSignal(drafts.checked):
        qtbot.mouseClick(drafts.check_button, Qt.MouseButton.LeftButton)


def test_a_clean_check_says_checked_and_nothing_else(
    qtbot: QtBot, online_ctx: AppContext, store: Store, artifacts: Path
) -> None:
    declaration = Declaration(
        DeclarationType.ADD, online_ctx.current_period(), [person_line(ZHANG_SAN, "张三")]
    )
    declaration_id = store.create_draft(online_ctx.unit_code, declaration)
    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    check_selected(qtbot, drafts, declaration_id)

    assert store.get_declaration(declaration_id).status is DeclarationStatus.CHECKED
    caption = drafts.findings.caption_text()
    assert "Not checked" not in caption
    assert caption == "Checked: no problems found."
    assert drafts.status_label.text() == "No problems found: ready to declare."
    snapshot(drafts, artifacts, "documents_draft_box_clean_check.png")


def test_a_check_with_warnings_says_there_are_warnings(
    qtbot: QtBot, online_ctx: AppContext, store: Store, artifacts: Path
) -> None:
    lines = [
        person_line(ZHANG_SAN, "张三", migrant_insurance="是"),
        person_line(SUN_QI, "孙七", migrant_insurance="是"),
    ]
    declaration = Declaration(DeclarationType.ADD, online_ctx.current_period(), lines)
    declaration_id = store.create_draft(online_ctx.unit_code, declaration)
    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    check_selected(qtbot, drafts, declaration_id)

    assert store.get_declaration(declaration_id).status is DeclarationStatus.CHECKED
    assert drafts.findings.row_count() == 2
    status = drafts.status_label.text()
    assert "No problems found" not in status
    assert status.startswith("No errors: ready to declare.") and "2 warning" in status
    assert "No problems found" not in drafts.findings.caption_text()
    snapshot(drafts, artifacts, "documents_draft_box_warnings.png")


def test_the_same_person_in_two_drafts_declared_together_is_found_before_sending(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient, artifacts: Path
) -> None:
    period = online_ctx.current_period()
    first = store.create_draft(
        online_ctx.unit_code,
        Declaration(
            DeclarationType.ADD, period, [person_line(ZHANG_SAN, "张三"), person_line(LI_SI, "李四")]
        ),
    )
    second = store.create_draft(
        online_ctx.unit_code,
        Declaration(
            DeclarationType.ADD, period, [person_line(SUN_QI, "孙七"), person_line(ZHANG_SAN, "张三")]
        ),
    )
    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    drafts.select_ids([first, second])
    with qtbot.waitSignal(drafts.checked) as checked:
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)

    results = {result.declaration_id: result for result in checked.args[0]}
    assert not results[first].clean and not results[second].clean
    names = {declaration_id: result.title for declaration_id, result in results.items()}
    assert names[first] != names[second]
    assert "张三、李四" in names[first] and "孙七、张三" in names[second]
    [on_first] = [f for f in results[first].findings if f.code == "PERSON_IN_OTHER_DOCUMENT"]
    [on_second] = [f for f in results[second].findings if f.code == "PERSON_IN_OTHER_DOCUMENT"]
    assert on_first.field == "lines[0].id_number" and on_first.params["document"] == names[second]
    assert on_second.field == "lines[1].id_number" and on_second.params["document"] == names[first]
    assert agency_client.declarations().total == 0  # nothing went out
    assert "2 document(s) have problems" in drafts.status_label.text()
    document_column = {drafts.findings.view.model().index(row, 1).data() for row in range(2)}
    assert document_column == {names[first], names[second]}
    snapshot(drafts, artifacts, "documents_same_person_in_two_drafts.png")


def test_renewal_enter_brings_last_answers_and_no_back_payment_without_a_gap(
    qtbot: QtBot,
    online_ctx: AppContext,
    store: Store,
    agency_client: AgencyClient,
    clock: FixedClock,
    artifacts: Path,
) -> None:
    clock.set(datetime(2026, 9, 10, 9, 0, tzinfo=CHINA_TZ))
    joined = person_line(ZHANG_SAN, "张三", migrant_insurance="是")
    joined.migrant_worker = "是"
    joined.hukou_type = "22"  # a migrant worker's household is elsewhere (本地城镇 would contradict it)
    assert agency_client.submit(
        Declaration(DeclarationType.ADD, Period(2026, 9), [joined]), "add-in-september"
    ).approved
    clock.set(datetime(2026, 11, 10, 9, 0, tzinfo=CHINA_TZ))
    leave = DeclarationLine(id_number=ZHANG_SAN, name="张三", reason="离职")
    assert agency_client.submit(
        Declaration(DeclarationType.INTERRUPTION, Period(2026, 11), [leave]), "interrupt-in-november"
    ).approved
    store.replace_roster(online_ctx.unit_code, agency_client.roster())

    editor = new_editor(qtbot, online_ctx, DeclarationType.RENEWAL)
    form = editor.form
    qtbot.keyClicks(form.line_edit("id_number"), ZHANG_SAN)
    with qtbot.waitSignal(editor.answers_filled, timeout=10_000):
        qtbot.keyClick(form.line_edit("id_number"), Qt.Key.Key_Return)
    line = editor.model.line(0)
    assert (line.name, line.migrant_worker, line.migrant_insurance) == ("张三", "是", "是")
    assert form.combo("province").currentText() == "北京市"
    assert form.combo("county").currentText() == "东城区"
    # Interrupted this very month: there is nothing to pay back, and the form says so.
    for insurance in ("pension", "medical", "unemployment"):
        combo = form.combo(f"backpay.{insurance}")
        assert not combo.isEnabled() and combo.count() == 1
    hint = form.findChild(QLabel, "backpayHint")
    assert hint is not None and "nothing to pay back" in hint.text()
    snapshot(editor, artifacts, "documents_renewal_prefilled_no_gap.png")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_the_person_form_does_not_jump_as_problems_appear_and_go(
    qtbot: QtBot, online_ctx: AppContext, artifacts: Path
) -> None:
    editor = new_editor(qtbot, online_ctx, DeclarationType.ADD)
    form = editor.form
    name = form.line_edit("name")
    QApplication.processEvents()
    before = name.mapTo(editor, name.rect().topLeft())
    qtbot.keyClicks(form.line_edit("id_number"), ZHANG_SAN[:-1] + "9")  # a wrong last character
    assert form.problem_label("id_number").isVisible()
    QApplication.processEvents()
    assert name.mapTo(editor, name.rect().topLeft()) == before
    snapshot(editor, artifacts, "documents_editor_problem_reserved_space.png")
    qtbot.keyClick(form.line_edit("id_number"), Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.line_edit("id_number"), ZHANG_SAN[-1])
    assert not form.problem_label("id_number").isVisible()
    QApplication.processEvents()
    assert name.mapTo(editor, name.rect().topLeft()) == before
    close_discarding(editor)


def test_an_editor_left_open_while_its_document_is_declared_shows_what_was_declared(
    qtbot: QtBot, online_ctx: AppContext, artifacts: Path
) -> None:
    """Saved, then declared from the draft box with the editor still open in its tab: going back to it shows
    the approved document, not an editable form that now says the people are already insured."""
    editor = new_editor(qtbot, online_ctx, DeclarationType.ADD)
    fill_person(qtbot, editor, ZHANG_SAN, "张三")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    editor.form.line_edit("name").insert("丰")  # typed after saving: not part of what is declared
    assert editor.has_unsaved_changes()

    _drafts, _notifier, delivery = declare(qtbot, online_ctx, int(saved.args[0]))

    assert delivery.approved
    qtbot.waitUntil(lambda: editor.declaration.status is DeclarationStatus.APPROVED)
    assert editor.read_only
    assert editor.model.line(0).name == "张三"  # what was declared
    assert editor.save_button.isHidden() and not editor.form.isEnabled()
    summary, serial = editor.summary_label.text(), delivery.serial_number
    assert serial is not None and serial in summary and "were not declared" in summary
    assert not editor.has_unsaved_changes()  # closing it asks nothing
    snapshot(editor, artifacts, "documents_editor_after_declared.png")


def test_an_editor_left_open_while_its_document_is_rejected_says_where_to_fix_it(
    qtbot: QtBot, online_ctx: AppContext, agency: Agency
) -> None:
    insure_elsewhere(agency, WANG_WU, "王五")
    editor = new_editor(qtbot, online_ctx, DeclarationType.ADD)
    fill_person(qtbot, editor, WANG_WU, "王五")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    _drafts, _notifier, delivery = declare(qtbot, online_ctx, int(saved.args[0]))

    assert not delivery.approved
    qtbot.waitUntil(lambda: editor.declaration.status is DeclarationStatus.REJECTED)
    assert editor.read_only  # the declared document stays as it was sent; it is fixed from the list
    assert "Rejected" in editor.summary_label.text()


def test_an_editor_left_open_while_its_draft_is_deleted_saves_it_as_a_new_draft(
    qtbot: QtBot, online_ctx: AppContext, store: Store
) -> None:
    editor = new_editor(qtbot, online_ctx, DeclarationType.ADD)
    fill_person(qtbot, editor, ZHANG_SAN, "张三")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    first = int(saved.args[0])

    online_ctx.documents.delete([first])  # as the draft box's Delete does, then says so
    online_ctx.signals.documents_changed.emit()

    qtbot.waitUntil(lambda: editor.declaration_id is None)
    assert "deleted from the draft box" in editor.summary_label.text()
    assert not editor.read_only
    with qtbot.waitSignal(editor.saved) as saved_again:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    again = int(saved_again.args[0])  # SQLite may give it the deleted draft's number
    assert editor.declaration_id == again
    assert [line.name for line in store.get_declaration(again).lines] == ["张三"]


def test_an_editor_left_open_keeps_a_draft_that_is_only_checked(qtbot: QtBot, online_ctx: AppContext) -> None:
    editor = new_editor(qtbot, online_ctx, DeclarationType.ADD)
    fill_person(qtbot, editor, ZHANG_SAN, "张三")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    drafts.select_ids([int(saved.args[0])])
    with qtbot.waitSignal(drafts.checked):
        qtbot.mouseClick(drafts.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor._following is None)
    assert not editor.read_only and editor.save_button.isVisibleTo(editor)
