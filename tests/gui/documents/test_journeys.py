"""Issue 4's journeys through the document windows, against a real agency and a real store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.lists import APPROVED, DRAFT_BOX, REJECTED, SUBMITTED, DocumentList
from ssclient.gui.documents.sync_runner import DeliveryNotifier, SyncRunner
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from ssclient.sync.outbox import Delivery
from tests.gui.documents.conftest import (
    LI_SI,
    SUN_QI,
    USCC_B,
    WANG_WU,
    ZHANG_SAN,
    Agency,
    register_and_log_in,
    snapshot,
    wait_loaded,
)
from tests.gui.documents.test_editor import fill_person


def new_editor(qtbot: QtBot, ctx: AppContext, kind: DeclarationType) -> DocumentEditor:
    editor = DocumentEditor(ctx, kind)
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    editor.resize(1000, 640)
    editor.show()
    return editor


def new_list(qtbot: QtBot, ctx: AppContext, statuses: tuple[DeclarationStatus, ...]) -> DocumentList:
    widget = DocumentList(ctx, statuses)
    qtbot.addWidget(widget)
    wait_loaded(qtbot, widget)
    widget.resize(960, 560)
    widget.show()
    return widget


def save_people(qtbot: QtBot, ctx: AppContext, people: list[tuple[str, str]]) -> int:
    editor = new_editor(qtbot, ctx, DeclarationType.ADD)
    for index, (id_number, name) in enumerate(people):
        if index:
            editor.add_line()
        fill_person(qtbot, editor, id_number, name)
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return int(saved.args[0])


def declare(
    qtbot: QtBot, ctx: AppContext, declaration_id: int, statuses: tuple[DeclarationStatus, ...] = DRAFT_BOX
) -> tuple[DocumentList, DeliveryNotifier, Delivery]:
    """Select the document in a list and press Declare; returns the list, the notifier and the delivery."""
    drafts = new_list(qtbot, ctx, statuses)
    runner = SyncRunner.for_context(ctx)
    notifier = DeliveryNotifier(ctx, runner, drafts)
    drafts.select_ids([declaration_id])
    with qtbot.waitSignal(runner.delivered, timeout=20_000) as delivered:
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    return drafts, notifier, delivered.args[0]


def test_add_two_save_restart_check_declare_approved(
    qtbot: QtBot,
    online_ctx: AppContext,
    store: Store,
    store_path: Path,
    clock: FixedClock,
    agency_client: AgencyClient,
    tmp_path: Path,
    artifacts: Path,
) -> None:
    declaration_id = save_people(qtbot, online_ctx, [(ZHANG_SAN, "张三"), (LI_SI, "李四")])
    unit = online_ctx.unit
    assert unit is not None

    # Restart: the store is closed and opened again, with a new context.
    store.close()
    reopened = Store.open(store_path, clock=clock)
    try:
        settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(settings, clock=clock, store=reopened, agency=agency_client)
        ctx.set_unit(unit)
        drafts = new_list(qtbot, ctx, DRAFT_BOX)
        assert drafts.document_ids() == [declaration_id]
        drafts.select_ids([declaration_id])
        with qtbot.waitSignal(drafts.checked) as checked:
            qtbot.mouseClick(drafts.check_button, Qt.MouseButton.LeftButton)
        assert all(result.clean for result in checked.args[0])
        assert reopened.get_declaration(declaration_id).status is DeclarationStatus.CHECKED
        snapshot(drafts, artifacts, "documents_draft_box_checked.png")

        runner = SyncRunner.for_context(ctx)
        notifier = DeliveryNotifier(ctx, runner, drafts)
        with qtbot.waitSignal(runner.delivered, timeout=20_000) as delivered:
            qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
        delivery = delivered.args[0]
        assert delivery.approved and delivery.serial_number
        box = notifier.boxes[-1]
        assert delivery.serial_number in box.text()
        snapshot(box, artifacts, "documents_approved_message.png")

        approved = new_list(qtbot, ctx, APPROVED)
        assert approved.document_ids() == [declaration_id]
        snapshot(approved, artifacts, "documents_approved_list.png")
        assert drafts.document_ids() == []
        roster = reopened.roster(ctx.unit_code)
        assert {roster[ZHANG_SAN].status, roster[LI_SI].status} == {PersonStatus.ACTIVE}
        assert agency_client.declarations().total == 1
    finally:
        reopened.close()


def test_add_rejected_for_a_person_insured_elsewhere_is_fixed_and_resubmitted(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency: Agency, artifacts: Path
) -> None:
    # Another unit insures WANG_WU first.
    other = register_and_log_in(agency.url, "另一家公司", USCC_B)
    line = DeclarationLine(
        id_number=WANG_WU,
        name="王五",
        hukou_type="11",
        wage_base="6000",
        migrant_worker="否",
        migrant_insurance="否",
    )
    assert other.submit(Declaration(DeclarationType.ADD, Period(2026, 11), [line]), "other-unit-key").approved
    other.close()

    declaration_id = save_people(qtbot, online_ctx, [(ZHANG_SAN, "张三"), (WANG_WU, "王五")])
    _drafts, notifier, delivery = declare(qtbot, online_ctx, declaration_id)
    assert not delivery.approved
    assert any(f.field == "lines[1].id_number" for f in delivery.findings)
    box = notifier.boxes[-1]
    assert "Line 2 (王五), ID number" in box.informativeText()
    snapshot(box, artifacts, "documents_rejected_message.png")
    assert store.get_declaration(declaration_id).status is DeclarationStatus.REJECTED

    rejected = new_list(qtbot, online_ctx, REJECTED)
    assert rejected.document_ids() == [declaration_id]
    with qtbot.waitSignal(rejected.findings_shown):
        rejected.select_ids([declaration_id])
    assert rejected.findings.row_count() >= 1
    snapshot(rejected, artifacts, "documents_rejected_list.png")

    # A double-click on the finding opens the document at that line and field.
    opened: list[tuple[int, str]] = []
    rejected.open_requested.connect(lambda i, path: opened.append((i, path)))
    view = rejected.findings.view
    index = view.model().index(0, 4)
    view.doubleClicked.emit(index)
    assert opened == [(declaration_id, "lines[1].id_number")]
    editor = DocumentEditor(online_ctx, DeclarationType.ADD, declaration_id)
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    editor.resize(1000, 640)
    editor.show()
    assert editor.focus_finding("lines[1].id_number")
    assert editor.current_row() == 1
    # The focus within the window (several top-level test windows compete for being the active one).
    assert editor.focusWidget() is editor.form.line_edit("id_number")

    # Fix: the second person is someone else.
    edit = editor.form.line_edit("id_number")
    edit.clear()
    qtbot.keyClicks(edit, SUN_QI)
    editor.form.line_edit("name").clear()
    editor.form.line_edit("name").insert("孙七")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert store.get_declaration(declaration_id).status is DeclarationStatus.DRAFT

    _drafts, _notifier, delivery = declare(qtbot, online_ctx, declaration_id)
    assert delivery.approved
    assert set(store.roster(online_ctx.unit_code)) == {ZHANG_SAN, SUN_QI}


def test_interruption_finds_the_person_by_id_and_enter(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient, artifacts: Path
) -> None:
    line = DeclarationLine(
        id_number=LI_SI,
        name="李四",
        hukou_type="21",
        wage_base="7300",
        migrant_worker="否",
        migrant_insurance="否",
    )
    assert agency_client.submit(
        Declaration(DeclarationType.ADD, Period(2026, 11), [line]), "add-li-si"
    ).approved
    assert store.roster(online_ctx.unit_code) == {}  # the local roster does not know her yet
    # The next log-in takes the agency's roster in (windows never refresh it): the editor finds her there.
    store.replace_roster(online_ctx.unit_code, agency_client.roster())

    editor = new_editor(qtbot, online_ctx, DeclarationType.INTERRUPTION)
    id_edit = editor.form.line_edit("id_number")
    qtbot.keyClicks(id_edit, LI_SI)
    qtbot.keyClick(id_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.form.line_edit("name").text() == "李四", timeout=10_000)
    assert editor.form.line_edit("wage_base").text() == "7300.00"
    assert "pension" in editor.form.insurances_label.text()
    assert editor.focusWidget() in (editor.form.combo("reason"), editor.form.combo("reason").lineEdit())
    editor.form.combo("reason").setCurrentIndex(1)
    snapshot(editor, artifacts, "documents_editor_interruption.png")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _drafts, _notifier, delivery = declare(qtbot, online_ctx, int(saved.args[0]))
    assert delivery.approved
    assert store.roster(online_ctx.unit_code)[LI_SI].status is PersonStatus.INTERRUPTED


def test_renewal_with_back_payment(
    qtbot: QtBot,
    online_ctx: AppContext,
    store: Store,
    agency_client: AgencyClient,
    clock: FixedClock,
    artifacts: Path,
) -> None:
    line = DeclarationLine(
        id_number=ZHANG_SAN,
        name="张三",
        hukou_type="11",
        wage_base="6500",
        migrant_worker="否",
        migrant_insurance="否",
    )
    clock.set(datetime(2026, 9, 10, 9, 0, tzinfo=CHINA_TZ))
    assert agency_client.submit(
        Declaration(DeclarationType.ADD, Period(2026, 9), [line]), "add-in-september"
    ).approved
    clock.set(datetime(2026, 10, 10, 9, 0, tzinfo=CHINA_TZ))
    leave = DeclarationLine(id_number=ZHANG_SAN, name="张三", reason="离职")
    assert agency_client.submit(
        Declaration(DeclarationType.INTERRUPTION, Period(2026, 10), [leave]), "interrupt-in-october"
    ).approved
    clock.set(datetime(2026, 11, 10, 9, 0, tzinfo=CHINA_TZ))
    store.replace_roster(online_ctx.unit_code, agency_client.roster())

    editor = new_editor(qtbot, online_ctx, DeclarationType.RENEWAL)
    form = editor.form
    # Enter in the ID number brings what the roster knows of the person.
    qtbot.keyClicks(form.line_edit("id_number"), ZHANG_SAN)
    with qtbot.waitSignal(editor.answers_filled, timeout=10_000):  # and, from the agency, the answers
        qtbot.keyClick(form.line_edit("id_number"), Qt.Key.Key_Return)
    assert form.line_edit("name").text() == "张三"
    assert form.line_edit("wage_base").text() == "6500.00"
    assert form.combo("hukou_type").currentData() == "11"
    form.combo("migrant_worker").setCurrentIndex(form.combo("migrant_worker").findData("否"))
    form.combo("migrant_insurance").setCurrentIndex(form.combo("migrant_insurance").findData("否"))
    medical = form.combo("backpay.medical")
    # The policy allows medical 1–3 months and pension 1, but 张三 was away one month (since 2026-10):
    # no choice reaches back before that, and the limits are said in words.
    assert [medical.itemData(i) for i in range(medical.count())] == [0, 1]
    pension = form.combo("backpay.pension")
    assert [pension.itemData(i) for i in range(pension.count())] == [0, 1]
    hint = form.findChild(QLabel, "backpayHint")
    assert hint is not None
    assert "medical: up to 3 month" in hint.text() and "pension: up to 1 month" in hint.text()
    assert "not insured for 1 month(s)" in hint.text()
    snapshot(editor, artifacts, "documents_editor_renewal_backpay.png")
    medical.setCurrentIndex(medical.findData(1))
    pension.setCurrentIndex(pension.findData(1))
    assert not form.problem_label("backpay.medical").isVisible()
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    declaration_id = int(saved.args[0])
    assert store.get_declaration(declaration_id).lines[0].backpay == {
        InsuranceType.PENSION: 1,
        InsuranceType.MEDICAL: 1,
    }
    _drafts, _notifier, delivery = declare(qtbot, online_ctx, declaration_id)
    assert delivery.approved
    assert store.roster(online_ctx.unit_code)[ZHANG_SAN].status is PersonStatus.ACTIVE


def test_agency_stopped_document_waits_then_goes_out_exactly_once(
    qtbot: QtBot,
    online_ctx: AppContext,
    store: Store,
    agency: Agency,
    agency_client: AgencyClient,
    artifacts: Path,
) -> None:
    declaration_id = save_people(qtbot, online_ctx, [(ZHANG_SAN, "张三")])
    agency.stop()
    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    runner = SyncRunner.for_context(online_ctx)
    drafts.select_ids([declaration_id])
    with qtbot.waitSignal(runner.run_finished, timeout=20_000) as finished:
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    assert not finished.args[0].reached_agency
    assert online_ctx.pending_count == 1
    assert online_ctx.connected is False
    assert store.get_declaration(declaration_id).status is DeclarationStatus.PENDING
    submitted = new_list(qtbot, online_ctx, SUBMITTED)
    assert submitted.document_ids() == [declaration_id]
    assert "outbox" in submitted.status_label.text()
    snapshot(submitted, artifacts, "documents_submitted_pending.png")

    agency.start()
    runner.set_probe_interval(50)
    with qtbot.waitSignal(runner.delivered, timeout=20_000) as delivered:
        runner.start()
    runner.stop()
    assert delivered.args[0].approved
    assert online_ctx.pending_count == 0
    assert agency_client.declarations().total == 1


def test_start_after_a_crash_reconciles_instead_of_sending_again(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient
) -> None:
    declaration_id = save_people(qtbot, online_ctx, [(ZHANG_SAN, "张三")])
    key = store.enqueue(declaration_id, "crash-between-send-and-answer").idempotency_key
    store.mark_sending(key)
    # The request reached the agency and was approved; the app died before it recorded the answer.
    assert agency_client.submit(store.get_declaration(declaration_id), key).approved

    runner = SyncRunner.for_context(online_ctx)
    with qtbot.waitSignal(runner.delivered, timeout=20_000) as delivered:
        runner.start()  # what the app does after log-in
    runner.stop()
    assert delivered.args[0].replayed and delivered.args[0].approved
    assert new_list(qtbot, online_ctx, APPROVED).document_ids() == [declaration_id]
    assert agency_client.declarations().total == 1


def test_several_documents_declared_at_once(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient
) -> None:
    first = save_people(qtbot, online_ctx, [(ZHANG_SAN, "张三")])
    second = save_people(qtbot, online_ctx, [(LI_SI, "李四")])
    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    drafts.select_ids([first, second])
    assert sorted(drafts.selected_ids()) == sorted([first, second])
    runner = SyncRunner.for_context(online_ctx)
    with qtbot.waitSignal(runner.run_finished, timeout=20_000) as finished:
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert sorted(d.declaration_id for d in report.delivered) == sorted([first, second])
    assert all(d.approved for d in report.delivered)
    assert drafts.document_ids() == []
    assert agency_client.declarations().total == 2
