"""A payment declaration the agency rejects (a person left after it was computed): the verdict names the
line, the person and the field in words, each once; the form, open or opened again, shows the reasons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from ssclient.gui.documents.lists import DRAFT_BOX, REJECTED, DocumentList
from ssclient.gui.documents.sync_runner import DeliveryNotifier, SyncRunner
from ssclient.store import Store
from tests.gui.documents.conftest import wait_loaded
from tests.gui.records.conftest import add_declaration, add_line, snapshot, submit
from tests.gui.records.test_contribution_forms import compute, new_payment_form, rechecked
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

ZHANG = make_id_number(31)
LI = make_id_number(32)


def test_a_rejected_payment_names_person_line_and_field_and_the_form_shows_why(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, artifacts: Path
) -> None:
    assert submit(unit, add_declaration(add_line(ZHANG, "张三"), add_line(LI, "李四"))).approved
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    declaration_id = saved.args[0]
    assert "Saved to the draft box" in form.status_label.text()

    # 李四 leaves after the payment was computed; the declaration goes out as it was (checked offline).
    leaving = Declaration(
        DeclarationType.INTERRUPTION, CURRENT_PERIOD, [DeclarationLine(LI, "李四", reason="离职")]
    )
    assert submit(unit, leaving).approved
    drafts = DocumentList(records_ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    runner = SyncRunner.for_context(records_ctx)
    notifier = DeliveryNotifier(records_ctx, runner, drafts)
    try:
        with qtbot.waitSignal(runner.delivered, timeout=20_000) as delivered:
            runner.declare([declaration_id])
        assert not delivered.args[0].approved
        box = notifier.boxes[-1]
        reasons = box.informativeText().splitlines()
        assert len(reasons) == 4 and len(set(reasons)) == 4, reasons
        # 李四's lines are the 1st to 4th (李 li before 张 zhang): pension, medical, unemployment, work injury.
        assert reasons[0].startswith("• Line 1 (李四), Insurance type: ")
        assert all("(李四)" in reason and "insurance:" not in reason for reason in reasons)
        snapshot(box, artifacts, "payment_rejected_message.png")

        # The form left open follows the document: rejected, the reasons listed, no stale "saved".
        qtbot.waitUntil(lambda: form.declaration.status is DeclarationStatus.REJECTED)  # read on a worker
        assert "Saved to the draft box" not in form.status_label.text()
        assert "rejected" in form.status_label.text()
        assert form.findings_list.count() == 4
        assert form.findings_list.item(0).text() == reasons[0]

        # Opened again from the Rejected list: the same reasons.
        reopened = PaymentDeclarationForm(records_ctx, declaration_id)
        qtbot.addWidget(reopened)
        reopened.resize(1100, 700)
        reopened.show()
        # The background recheck finds the same lines and repeats none of them.
        rechecked(qtbot, reopened)
        assert store.get_declaration(declaration_id).status is DeclarationStatus.REJECTED
        assert [reopened.findings_list.item(i).text() for i in range(4)] == reasons
        assert "rejected" in reopened.status_label.text()
        assert reopened.findings_list.count() == 4
        snapshot(reopened, artifacts, "payment_rejected_reopened.png")

        rejected = DocumentList(records_ctx, REJECTED)
        qtbot.addWidget(rejected)
        wait_loaded(qtbot, rejected)
        rejected.resize(1000, 560)
        rejected.show()
        with qtbot.waitSignal(rejected.findings_shown):
            rejected.select_ids([declaration_id])
        view = rejected.findings.view
        assert view.model().index(0, 2).data() == "1"
        assert view.model().index(0, 3).data() == "李四"
        assert view.model().index(0, 4).data() == "Insurance type"
        snapshot(rejected, artifacts, "payment_rejected_list.png")
    finally:
        SyncRunner.release(records_ctx)


def saved_payment(qtbot: QtBot, ctx: AppContext, unit: AgencyUnit) -> tuple[PaymentDeclarationForm, int]:
    """张三 insured at the agency, and his payment computed and saved from a form that stays open."""
    assert submit(unit, add_declaration(add_line(ZHANG, "张三"))).approved
    form = new_payment_form(qtbot, ctx)
    compute(qtbot, form)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    return form, int(saved.args[0])


def test_a_payment_form_left_open_while_its_draft_is_deleted_saves_it_as_a_new_draft(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit
) -> None:
    form, declaration_id = saved_payment(qtbot, records_ctx, unit)

    records_ctx.documents.delete([declaration_id])  # as the draft box's Delete does, then says so
    records_ctx.signals.documents_changed.emit()

    qtbot.waitUntil(lambda: form.declaration.id is None)
    assert "deleted from the draft box" in form.status_label.text()
    with qtbot.waitSignal(form.saved) as saved_again:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(store.get_declaration(saved_again.args[0]).payments) == form.model.rowCount() > 0


def test_a_payment_form_reads_again_when_its_document_moves_on_during_a_read(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit
) -> None:
    form, declaration_id = saved_payment(qtbot, records_ctx, unit)

    declared: list[str] = []

    def declared_meanwhile(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        """On the worker, once the form's read of its status has its snapshot (its first SELECT)."""
        if declared or not statement.lstrip().upper().startswith("SELECT"):
            return
        declared.append(statement)
        store.enqueue(declaration_id, "declared-while-the-form-read")  # declared from the draft box
        records_ctx.signals.documents_changed.emit()

    qtbot.waitUntil(lambda: form.compute_button.isEnabled())  # the save has ended: the form is idle
    event.listen(store.engine, "after_cursor_execute", declared_meanwhile)
    records_ctx.signals.documents_changed.emit()

    # The read in flight saw the draft; the change it missed is read once more when it ends.
    qtbot.waitUntil(lambda: form.declaration.status is DeclarationStatus.PENDING)
    event.remove(store.engine, "after_cursor_execute", declared_meanwhile)
    assert form.read_only and not form.save_button.isEnabled()
