"""Amounts look like amounts everywhere: formatted (5,000.00) and right-aligned in the base-change form and
in a record's details, and the payment table's total stays beside the other figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.records.record_details import RecordDetailsDialog
from ssclient.store import Store
from tests.gui.records.conftest import add_declaration, add_line, snapshot, submit
from tests.gui.records.test_contribution_forms import (
    ZHANG,
    compute,
    new_base_form,
    new_payment_form,
    roster_in_store,
    type_person,
)
from tests.gui.records.test_records_window import declare_people
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_the_base_change_form_shows_the_new_base_as_money_and_keeps_what_was_typed(
    qtbot: QtBot, records_ctx: AppContext, store: Store, artifacts: Path
) -> None:
    roster_in_store(store, records_ctx.unit_code)
    form = new_base_form(qtbot, records_ctx)
    type_person(qtbot, form, ZHANG, "6500")
    model = form.model
    current, new = model.index(0, 2), model.index(0, 3)

    assert (current.data(), new.data()) == ("6,000.00", "6,500.00")
    assert new.data(Qt.ItemDataRole.EditRole) == "6500"  # the editor opens on what was typed
    assert current.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert new.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    snapshot(form, artifacts, "contribution_base_form_amounts.png")


def test_the_payment_tables_total_does_not_stretch_across_the_window(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, artifacts: Path
) -> None:
    declare_people(unit, 2)
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    header = form.table.horizontalHeader()
    total = form.model.columnCount() - 1

    assert not header.stretchLastSection()
    assert header.sectionSize(total) < 2 * header.sectionSize(total - 1)
    snapshot(form, artifacts, "payment_declaration_form_total_column.png")


def test_record_details_show_wage_bases_as_money_right_aligned(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, artifacts: Path
) -> None:
    (serial,) = declare_people(unit, 1)  # declared with the base typed as 6500.00
    found = unit.client.declarations()
    record_id = next(item.id for item in found.items if item.serial_number == serial)
    dialog = RecordDetailsDialog(records_ctx, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    model = dialog.lines_model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    base = model.index(0, titles.index("Wage base"))

    assert base.data() == "6,500.00"
    assert base.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    snapshot(dialog, artifacts, "record_details_amounts.png")


def test_record_details_show_the_amount_the_agency_approved_formatted_from_decimal(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    typed = add_declaration(add_line(make_id_number(5), "职工己", "６，５００"))  # full-width, as typed
    result = submit(unit, typed)
    assert result.approved, result.findings
    found = unit.client.declarations()
    record_id = next(item.id for item in found.items if item.serial_number == result.serial_number)
    dialog = RecordDetailsDialog(records_ctx, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()

    assert dialog.record is not None and dialog.record.bases == (Decimal("6500.00"),)
    titles = [dialog.lines_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert dialog.lines_model.index(0, titles.index("Wage base")).data() == "6,500.00"


def test_a_payment_records_details_show_its_totals(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, artifacts: Path
) -> None:
    """As its form and its receipt do: the walk found a 1,064-line payment record with no sum at all."""
    declare_people(unit, 2)
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    lines = form.model.lines()
    result = submit(unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines))
    assert result.approved, result.findings
    record_id = next(
        i.id for i in unit.client.declarations().items if i.serial_number == result.serial_number
    )
    dialog = RecordDetailsDialog(records_ctx, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert dialog.totals_box.isVisible()
    owed = sum((line.employer_amount + line.employee_amount for line in lines), Decimal(0))
    assert dialog.total_labels["all"].text() == f"{owed:,.2f}"
    assert dialog.total_labels["pension"].text() == form.total_labels["pension"].text()
    snapshot(dialog, artifacts, "record_details_payment_totals.png")


def test_a_personnel_records_details_show_no_payment_totals(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit
) -> None:
    (serial,) = declare_people(unit, 1)
    record_id = next(i.id for i in unit.client.declarations().items if i.serial_number == serial)
    dialog = RecordDetailsDialog(records_ctx, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert not dialog.totals_box.isVisible()
