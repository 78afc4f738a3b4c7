"""A payment declaration that personnel changes make stale: warned where it happens, Revise offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from ssclient.gui.documents.lists import DRAFT_BOX, DocumentList
from ssclient.gui.documents.sync_runner import DeliveryNotifier, SyncRunner
from ssclient.store import Store
from ssclient.sync.outbox import Delivery
from tests.gui.documents.conftest import wait_loaded
from tests.gui.records.conftest import add_declaration, add_line, snapshot, submit
from tests.gui.records.test_contribution_forms import compute, new_payment_form, rechecked
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

ZHANG = make_id_number(41)
LI = make_id_number(42)
WANG = make_id_number(43)


class Window(QWidget):
    """Stands in for the main window: opens what the notifier asks it to."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.opened: list[PaymentDeclarationForm] = []

    def open_editor(self, kind: DeclarationType, declaration_id: int | None = None) -> QWidget:
        assert kind is DeclarationType.PAYMENT
        form = PaymentDeclarationForm(self.ctx, declaration_id)
        self.opened.append(form)
        return form


def declare_from_draft_box(
    qtbot: QtBot, drafts: DocumentList, runner: SyncRunner, ids: list[int]
) -> Delivery:
    drafts.select_ids(ids)
    with qtbot.waitSignal(runner.delivered, timeout=20_000) as delivered:
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    delivery: Delivery = delivered.args[0]
    return delivery


def save_payment(qtbot: QtBot, ctx: AppContext) -> int:
    form = new_payment_form(qtbot, ctx)
    compute(qtbot, form)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    return int(saved.args[0])


def test_a_change_after_the_payment_warns_and_offers_revise(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, artifacts: Path
) -> None:
    assert submit(unit, add_declaration(add_line(ZHANG, "张三"), add_line(LI, "李四"))).approved
    window = Window(records_ctx)
    qtbot.addWidget(window)
    drafts = DocumentList(records_ctx, DRAFT_BOX, window)
    window.resize(1000, 560)
    drafts.resize(1000, 560)
    window.show()
    runner = SyncRunner.for_context(records_ctx)
    notifier = DeliveryNotifier(records_ctx, runner, window)
    try:
        payment_id = save_payment(qtbot, records_ctx)
        paid = declare_from_draft_box(qtbot, drafts, runner, [payment_id])
        assert paid.approved, paid.findings
        # The paid declaration stays open in a tab of its own all along.
        original = PaymentDeclarationForm(records_ctx, payment_id)
        qtbot.addWidget(original)
        wait_loaded(qtbot, original)
        assert original.status_label.text() == f"Approved by the agency, serial number {paid.serial_number}."

        # 王五 joins after the payment: the Check says what it does to the payment.
        joining = store.create_draft(
            records_ctx.unit_code, Declaration(DeclarationType.ADD, CURRENT_PERIOD, [add_line(WANG, "王五")])
        )
        records_ctx.signals.documents_changed.emit()  # as the editor's Save does
        drafts.select_ids([joining])
        with qtbot.waitSignal(drafts.checked) as checked:
            qtbot.mouseClick(drafts.check_button, Qt.MouseButton.LeftButton)
        [result] = checked.args[0]
        assert result.clean
        assert [f.code for f in result.findings] == ["PAYMENT_APPROVED_BEFORE_CHANGE"]
        assert paid.serial_number and paid.serial_number in result.findings[0].message

        approval = declare_from_draft_box(qtbot, drafts, runner, [joining])
        assert approval.approved
        box = notifier.boxes[-1]
        assert "no longer matches" in box.informativeText()
        revise = next(b for b in box.buttons() if b.text() == "Revise the payment")
        snapshot(box, artifacts, "payment_stale_after_change.png")
        with qtbot.waitSignal(notifier.revision_opened) as opened:
            revise.click()
        revision = store.get_declaration(opened.args[0])
        assert revision.replaces_serial == paid.serial_number
        [form] = window.opened
        qtbot.addWidget(form)
        form.show()
        qtbot.waitUntil(form.compute_button.isEnabled)  # its recheck done: it lists what changed
        assert any(f.code == "PAYMENT_MISSING" for f in form.findings)
        compute(qtbot, form)
        assert {line.name for line in form.model.lines()} == {"张三", "李四", "王五"}
        with qtbot.waitSignal(form.saved):
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        revised = declare_from_draft_box(qtbot, drafts, runner, [revision.id or 0])
        assert revised.approved, revised.findings
        assert store.get_declaration(payment_id).status is DeclarationStatus.REVOKED
        # Its tab no longer says "approved": the walk found the old totals shown as the approved payment.
        qtbot.waitUntil(lambda: original.status_label.text().startswith("Revoked"))
        assert f"serial number {paid.serial_number} no longer counts" in original.status_label.text()
        original.resize(1000, 560)
        snapshot(original, artifacts, "payment_revoked_by_revision.png")
    finally:
        for box in list(notifier.boxes):
            box.done(QMessageBox.StandardButton.Ok)
        SyncRunner.release(records_ctx)


def test_a_payment_declared_with_personnel_changes_of_its_period_is_held_back(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, artifacts: Path
) -> None:
    assert submit(unit, add_declaration(add_line(ZHANG, "张三"))).approved
    payment_id = save_payment(qtbot, records_ctx)
    joining = store.create_draft(
        records_ctx.unit_code, Declaration(DeclarationType.ADD, CURRENT_PERIOD, [add_line(WANG, "王五")])
    )
    drafts = DocumentList(records_ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    drafts.resize(1000, 560)
    drafts.show()
    runner = SyncRunner.for_context(records_ctx)
    try:
        approval = declare_from_draft_box(qtbot, drafts, runner, [payment_id, joining])
        assert approval.declaration_id == joining and approval.approved
        assert store.get_declaration(payment_id).status is DeclarationStatus.DRAFT
        codes = [f.code for f in store.findings(payment_id)]
        assert "PAYMENT_CHANGES_PENDING" in codes
        snapshot(drafts, artifacts, "payment_held_back_with_changes.png")

        # Computed again now, the payment counts 王五; while a change waits, the form says so.
        waiting = store.create_draft(
            records_ctx.unit_code,
            Declaration(DeclarationType.INTERRUPTION, CURRENT_PERIOD, [add_line(ZHANG, "张三")]),
        )
        store.enqueue(waiting, "waiting-key")  # in the outbox, not yet answered
        form = PaymentDeclarationForm(records_ctx, payment_id)
        qtbot.addWidget(form)
        form.show()
        rechecked(qtbot, form)
        compute(qtbot, form)
        assert "1 personnel document(s) of this period still wait" in form.status_label.text()
        snapshot(form, artifacts, "payment_computed_with_changes_waiting.png")
    finally:
        SyncRunner.release(records_ctx)
