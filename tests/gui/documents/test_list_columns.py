"""The draft box shows each document's status whole at its default size, whatever the status becomes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.documents.lists import DRAFT_BOX, DocumentList
from ssclient.gui.documents.texts import document_name, status_name
from ssclient.store import Store
from tests.gui.documents.conftest import LI_SI, WANG_WU, ZHANG_SAN, ZHAO_LIU, snapshot, wait_loaded
from tests.gui.documents.test_lists import add_draft, person

STATUS_COLUMN = 3
PERIOD = Period(2026, 11)


def test_the_status_column_is_never_cut_short(
    qtbot: QtBot, ctx: AppContext, store: Store, artifacts: Path
) -> None:
    add_draft(store, ctx.unit_code, person(ZHANG_SAN, "张三"), person(LI_SI, "李四"))
    drafts = DocumentList(ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    drafts.resize(960, 560)
    drafts.show()
    drafts.select_ids(drafts.document_ids())
    with qtbot.waitSignal(drafts.checked):
        qtbot.mouseClick(drafts.check_button, Qt.MouseButton.LeftButton)
    snapshot(drafts, artifacts, "documents_draft_box_status_column.png")

    metrics = drafts.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(status_name(status)) for status in DRAFT_BOX)
    # Text plus the cell's margins on both sides.
    assert drafts.table.columnWidth(STATUS_COLUMN) >= widest + 12
    shown = drafts.table.model().index(0, STATUS_COLUMN).data()
    assert shown == status_name(DeclarationStatus.CHECKED)


def test_an_empty_list_keeps_its_columns_wide_enough_for_what_they_hold(
    chinese: None, qtbot: QtBot, ctx: AppContext, store: Store, artifacts: Path
) -> None:
    """Sized to the rows present, the columns of a list just emptied (its last document declared)
    squeezed to their titles; a document arriving then was cut ("新…", "2…")."""
    drafts = DocumentList(ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    drafts.resize(960, 560)
    drafts.show()
    empty = [drafts.table.columnWidth(column) for column in range(drafts.table.model().columnCount())]
    snapshot(drafts, artifacts, "documents_draft_box_empty.png")

    add_draft(store, ctx.unit_code, person(ZHANG_SAN, "张三"))
    drafts.refresh()
    qtbot.waitUntil(lambda: drafts.table.model().rowCount() == 1)
    model, metrics = drafts.table.model(), drafts.table.fontMetrics()
    for column in (0, 1, 5, 6):
        text = str(model.index(0, column).data())
        assert empty[column] >= metrics.horizontalAdvance(text) + 12, (column, text)
    assert [drafts.table.columnWidth(column) for column in range(model.columnCount())] == empty  # steady


def test_a_payment_is_named_by_its_head_count_as_a_personnel_document_is(
    chinese: None, ctx: AppContext, store: Store
) -> None:
    """Its answer said "费款申报 2026-12（何丽、何兰、何明磊，…）" for 266 people: three names and nothing
    to say there were more. The store counts a payment's people, not its four lines each."""
    lines = [
        PaymentLine(number, name, insurance, PERIOD, Decimal(6500), Decimal(0), Decimal(0))
        for number, name in ((ZHANG_SAN, "张三"), (LI_SI, "李四"), (WANG_WU, "王五"), (ZHAO_LIU, "赵六"))
        for insurance in (InsuranceType.PENSION, InsuranceType.MEDICAL)
    ]
    payment = store.create_draft(ctx.unit_code, Declaration(DeclarationType.PAYMENT, PERIOD, payments=lines))
    name = document_name(store.summary(payment), None)
    assert name.startswith("费款申报 2026-11（张三、李四、王五…；共 4 人，"), name
