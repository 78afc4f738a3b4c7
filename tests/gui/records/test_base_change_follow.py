"""A contribution-base form left open while its document is declared from the draft box (or deleted there)
follows it, as the personnel editor does: the agency's answer, read-only; or saved again as a new draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationStatus
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.base_change_form import ContributionBaseForm
from ssclient.gui.contributions.base_change_model import CURRENT_BASE_COLUMN, PROBLEMS_COLUMN
from ssclient.store import Store
from tests.gui.documents.test_journeys import declare
from tests.gui.records.conftest import add_declaration, add_line, submit
from tests.gui.records.test_contribution_forms import ZHANG, new_base_form, type_person
from tests.support.agency import AgencyUnit


def saved_base_change(
    qtbot: QtBot, ctx: AppContext, store: Store, unit: AgencyUnit
) -> tuple[ContributionBaseForm, int]:
    """张三 insured at the agency (the local roster taken from it, as at log-in), and a new base for him
    saved from a form that stays open."""
    assert submit(unit, add_declaration(add_line(ZHANG, "张三", "6000.00"))).approved
    store.replace_roster(ctx.unit_code, unit.client.roster())
    form = new_base_form(qtbot, ctx)
    type_person(qtbot, form, ZHANG, "7000")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    return form, int(saved.args[0])


def test_a_base_change_left_open_while_it_is_declared_shows_the_agencys_answer(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit
) -> None:
    form, declaration_id = saved_base_change(qtbot, records_ctx, store, unit)

    _drafts, _notifier, delivery = declare(qtbot, records_ctx, declaration_id)

    assert delivery.approved and delivery.serial_number
    qtbot.waitUntil(lambda: form.declaration.status is DeclarationStatus.APPROVED)
    assert form.read_only and form.save_button.isHidden() and form.entry_row.isHidden()
    assert delivery.serial_number in form.status_label.text()
    assert [line.wage_base for line in form.model.lines] == ["7000"]  # what was declared
    # Not judged against the roster its approval changed ("the same as the current base"), nor shown beside it.
    assert form.findings == [] and form.findings_list.isHidden()
    assert form.table.isColumnHidden(CURRENT_BASE_COLUMN) and form.table.isColumnHidden(PROBLEMS_COLUMN)
    assert not form.has_unsaved_changes()  # closing it asks nothing


def test_a_base_change_left_open_while_its_draft_is_deleted_saves_it_as_a_new_draft(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit
) -> None:
    form, declaration_id = saved_base_change(qtbot, records_ctx, store, unit)

    records_ctx.documents.delete([declaration_id])  # as the draft box's Delete does, then says so
    records_ctx.signals.documents_changed.emit()

    qtbot.waitUntil(lambda: form.declaration.id is None)
    assert "deleted from the draft box" in form.status_label.text() and not form.read_only
    with qtbot.waitSignal(form.saved) as saved_again:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [line.wage_base for line in store.get_declaration(int(saved_again.args[0])).lines] == ["7000"]
