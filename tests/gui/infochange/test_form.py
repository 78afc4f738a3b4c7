"""Business → Personnel information change, end to end with the real agency and store: pick the person,
correct, save, declare from the draft box, approved, the roster follows; the refusals with their messages."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.app.statements import Receipts
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.infochange.form import InfoChangeForm
from ssclient.gui.main_window import MainWindow
from ssclient.gui.records.record_details import RecordDetailsDialog
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from tests.gui.documents.conftest import LI_SI, WANG_WU, ZHANG_SAN, close_answering, snapshot, wait_loaded
from tests.gui.documents.test_journeys import declare

INFO = DeclarationType.INFO_CHANGE
PERIOD = Period(2026, 11)  # the documents' fixtures' day is 2026-11-10


def insure(agency_client: AgencyClient, store: Store, unit_code: str) -> None:
    """张三 and 李四 added and approved at the agency; the local roster taken from it, as at log-in."""
    people = [
        DeclarationLine(n, name, "11", "6500.00", "否", "否")
        for n, name in ((ZHANG_SAN, "张三"), (LI_SI, "李四"))
    ]
    answer = agency_client.submit(Declaration(DeclarationType.ADD, PERIOD, people), "add-infochange")
    assert answer.approved
    store.replace_roster(unit_code, agency_client.roster())


def open_form(qtbot: QtBot, ctx: AppContext, declaration_id: int | None = None) -> InfoChangeForm:
    form = InfoChangeForm(ctx, declaration_id)
    qtbot.addWidget(form)
    # Shown at once, as the main window shows it in a tab while it reads.
    form.resize(1100, 720)
    form.show()
    with qtbot.waitSignal(form.picker.searched):
        wait_loaded(qtbot, form)
    return form


def shown_people(people: QListWidget) -> list[str]:
    return [people.item(row).text() for row in range(people.count())]


def search(qtbot: QtBot, form: InfoChangeForm, text: str) -> None:
    with qtbot.waitSignal(form.picker.searched):
        form.picker.search_edit.setText(text)


def pick(qtbot: QtBot, form: InfoChangeForm, row: int) -> None:
    people = form.picker.results
    item = people.item(row)
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=people.visualItemRect(item).center())


def retype(form: InfoChangeForm, field: str, text: str) -> None:
    edit = form.fields.line_edit(field)
    edit.setFocus()
    edit.selectAll()
    # Chinese arrives as an input method commits it (QTest cannot type characters outside the keyboard).
    edit.insert(text)


def choose(form: InfoChangeForm, field: str, value: str) -> None:
    combo = form.fields.combo(field)
    combo.setCurrentIndex(combo.findData(value))


def test_a_correction_is_saved_declared_approved_and_the_roster_follows(
    qtbot: QtBot,
    online_ctx: AppContext,
    store: Store,
    agency_client: AgencyClient,
    tmp_path: Path,
    artifacts: Path,
) -> None:
    unit_code = online_ctx.unit_code
    insure(agency_client, store, unit_code)
    form = open_form(qtbot, online_ctx)
    assert shown_people(form.picker.results) == [f"李四  {LI_SI}", f"张三  {ZHANG_SAN}"]  # by pinyin
    assert not form.fields.isEnabled()
    assert form.status_label.text() == "Pick the person to correct from the roster on the left."

    search(qtbot, form, "李")
    assert shown_people(form.picker.results) == [f"李四  {LI_SI}"]
    search(qtbot, form, LI_SI[-6:])  # part of the ID number finds the person too
    pick(qtbot, form, 0)
    assert (
        form.fields.line_edit("id_number").text() == LI_SI and form.fields.line_edit("id_number").isReadOnly()
    )
    assert form.fields.line_edit("name").text() == "李四"
    assert [f.code for f in form.findings] == ["INFO_UNCHANGED"]
    assert form.corrections_label.text() == "Nothing corrected yet: change a field above."
    # Said by that line, not in red beside the name of a person just picked; in red once Save is pressed.
    assert form.findings_list.isHidden() and not form.fields.problem_label("name").isVisible()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.findings_list.count() == 1 and form.fields.problem_label("name").isVisible()

    assert form.status_label.text() == "Correct the problems listed first; nothing was saved."
    retype(form, "name", "李思")
    choose(form, "hukou_type", "21")
    choose(form, "migrant_worker", "是")
    assert form.findings == []
    # Corrected: the refusal is no longer the form's last word.
    assert form.status_label.text() == "Correct what is wrong; the table shows each correction."
    assert form.corrections.rows() == [
        ("Name", "李四", "李思"),
        ("Household registration", "11 Local urban", "21 Local rural"),
        ("Migrant worker", "No", "Yes"),
    ]
    snapshot(form, artifacts, "infochange_form.png")

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    declaration_id = int(saved.args[0])
    draft = store.get_declaration(declaration_id)
    assert (draft.type, [(x.id_number, x.name, x.hukou_type) for x in draft.lines]) == (
        INFO,
        [(LI_SI, "李思", "21")],
    )

    _drafts, _notifier, delivery = declare(qtbot, online_ctx, declaration_id)

    assert delivery.approved and delivery.serial_number
    assert store.get_declaration(declaration_id).status is DeclarationStatus.APPROVED
    # The form, left open, follows its document: the approval, read-only, nothing to save or to lose.
    qtbot.waitUntil(lambda: form.declaration.status is DeclarationStatus.APPROVED)
    assert form.read_only and form.save_button.isHidden() and not form.fields.isEnabled()
    assert delivery.serial_number in form.status_label.text() and not form.has_unsaved_changes()
    li = store.roster(unit_code)[LI_SI]
    assert (li.name, li.hukou_type, li.migrant_worker) == ("李思", "21", "是")
    assert store.roster(unit_code)[ZHANG_SAN].name == "张三"
    # Query → Declaration records: the record shows the facts the agency approved.
    record = agency_client.declarations().items[0]
    assert record.type is INFO
    details = RecordDetailsDialog(online_ctx, record.id)
    qtbot.addWidget(details)
    with qtbot.waitSignal(details.loaded):
        details.show()
    model = details.lines_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["ID number", "Name", "ID type", "Household registration", "Migrant worker",
                       "Migrant-worker insurance", "Home region"]  # fmt: skip
    assert [model.item(0, c).text() for c in range(model.columnCount())] == [
        LI_SI,
        "李思",
        "Resident ID card",
        "21 Local rural",
        "Yes",
        "No",
        "",
    ]
    snapshot(details, artifacts, "infochange_record.png")
    # The receipt prints each correction before and after, as the agency recorded it.
    unit = online_ctx.unit
    assert unit is not None
    receipt = Receipts(agency_client, online_ctx.clock).write(record.id, unit, tmp_path / "receipt.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(receipt).pages)
    assert "Personnel information change" in text
    assert "Name 李四 李思" in text and "Household registration 11 local urban 21 local rural" in text


def test_asking_to_change_the_id_number_says_what_to_do_instead(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient, artifacts: Path
) -> None:
    insure(agency_client, store, online_ctx.unit_code)
    form = open_form(qtbot, online_ctx)
    pick(qtbot, form, 0)

    qtbot.mouseClick(form.id_change_button, Qt.MouseButton.LeftButton)

    note = form.id_change_note.text()
    assert form.id_change_note.isVisible()
    assert note.startswith("An ID number cannot be changed by an information change")
    assert "police's proof of the change of number to the agency's counter" in note
    snapshot(form, artifacts, "infochange_id_number.png")


def test_nothing_corrected_is_not_saved(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient
) -> None:
    insure(agency_client, store, online_ctx.unit_code)
    form = open_form(qtbot, online_ctx)
    pick(qtbot, form, 1)

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.status_label.text() == "Correct the problems listed first; nothing was saved."
    assert form.findings_list.item(0).text() == (
        "Nothing here differs from the roster: correct at least one fact, or leave this person out."
    )
    assert store.list_declarations(online_ctx.unit_code) == []


def test_a_correction_not_saved_asks_before_the_form_closes(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient
) -> None:
    insure(agency_client, store, online_ctx.unit_code)
    form = open_form(qtbot, online_ctx)
    pick(qtbot, form, 1)
    assert not form.has_unsaved_changes() and form.close()  # picked, nothing corrected: nothing to lose

    form = open_form(qtbot, online_ctx)
    pick(qtbot, form, 1)
    retype(form, "name", "李思")
    assert not close_answering(form, QMessageBox.StandardButton.Cancel) and form.isVisible()
    assert form.fields.line_edit("name").text() == "李思"  # Cancel kept the correction

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.has_unsaved_changes() and form.close()

    reopened = open_form(qtbot, online_ctx, int(saved.args[0]))
    assert not reopened.has_unsaved_changes()
    retype(reopened, "name", "李斯")
    assert close_answering(reopened, QMessageBox.StandardButton.Discard)
    assert store.get_declaration(int(saved.args[0])).lines[0].name == "李思"


def test_a_draft_for_someone_no_longer_on_the_roster_says_what_to_do(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient, artifacts: Path
) -> None:
    insure(agency_client, store, online_ctx.unit_code)
    # Saved (by an import or an earlier roster) for a number the roster does not have.
    line = DeclarationLine(WANG_WU, "王五", "11", "", "否", "否")
    declaration_id = store.create_draft(online_ctx.unit_code, Declaration(INFO, PERIOD, [line]))

    form = open_form(qtbot, online_ctx, declaration_id)

    assert form.fields.line_edit("name").text() == "王五"
    assert [(f.code, f.field) for f in form.findings] == [("INFO_CHANGE_NOT_ON_ROSTER", "id_number")]
    assert (
        form.fields.problem_label("id_number")
        .text()
        .startswith("No one on your unit's roster has this ID number.")
    )
    snapshot(form, artifacts, "infochange_not_on_roster.png")
    # The agency says the same when it is declared anyway.
    answer = agency_client.submit(Declaration(INFO, PERIOD, [line]), "info-unknown")
    assert [f.code for f in answer.findings] == ["INFO_CHANGE_NOT_ON_ROSTER"]


def test_the_business_menu_opens_the_form_and_a_saved_draft_opens_in_it(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient
) -> None:
    insure(agency_client, store, online_ctx.unit_code)
    corrected = DeclarationLine(ZHANG_SAN, "张珊", "11", "", "否", "否")
    draft_id = store.create_draft(online_ctx.unit_code, Declaration(INFO, PERIOD, [corrected]))
    main = MainWindow(online_ctx)
    qtbot.addWidget(main)
    main.show()

    action = main.actions_by_name["personnelInformationChange"]
    assert action.text() == "Personnel information change"
    action.trigger()
    assert isinstance(main.tabs.currentWidget(), InfoChangeForm)

    # As the draft box opens a document: by its type, in this form.
    opened = main.open_editor(INFO, draft_id)
    assert isinstance(opened, InfoChangeForm)
    wait_loaded(qtbot, opened)
    assert opened.corrections.rows() == [("Name", "张三", "张珊")]
    assert main.tabs.tabText(main.tabs.currentIndex()) == "Personnel information change 2026-11"
    main.leave()
