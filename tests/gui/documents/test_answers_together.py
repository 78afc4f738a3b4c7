"""Several documents declared together are answered in one message box that counts and lists them: the drafts
of a long staff list (one for each 2,000 people) must not open one box per draft to be closed one by one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.gui.context import AppContext
from ssclient.gui.documents.lists import DRAFT_BOX
from ssclient.gui.documents.sync_runner import DeliveryNotifier, SyncRunner
from ssclient.store import Store
from tests.gui.documents.conftest import (
    LI_SI,
    USCC_B,
    WANG_WU,
    ZHANG_SAN,
    Agency,
    register_and_log_in,
    snapshot,
)
from tests.gui.documents.test_journeys import new_list


def draft(store: Store, ctx: AppContext, id_number: str, name: str) -> int:
    line = DeclarationLine(id_number, name, "11", "6500", "否", "否")
    return store.create_draft(ctx.unit_code, Declaration(DeclarationType.ADD, Period(2026, 11), [line]))


def test_documents_declared_together_are_answered_in_one_box(
    chinese: None, qtbot: QtBot, online_ctx: AppContext, store: Store, agency: Agency, artifacts: Path
) -> None:
    other = register_and_log_in(agency.url, "另一家公司", USCC_B)
    wang = Declaration(
        DeclarationType.ADD, Period(2026, 11), [DeclarationLine(WANG_WU, "王五", "11", "6000", "否", "否")]
    )
    assert other.submit(wang, "other-unit-key").approved  # insured by the other unit: this one is refused
    other.close()
    ids = [
        draft(store, online_ctx, *person)
        for person in ((ZHANG_SAN, "张三"), (LI_SI, "李四"), (WANG_WU, "王五"))
    ]

    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    runner = SyncRunner.for_context(online_ctx)
    notifier = DeliveryNotifier(online_ctx, runner, drafts)
    drafts.select_ids(ids)
    with qtbot.waitSignal(runner.run_finished, timeout=20_000) as finished:
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    assert len(finished.args[0].delivered) == 3

    (box,) = notifier.boxes
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.text() == "经办机构已审核 3 份单据：通过 2 份，未通过 1 份。"
    assert "我的单据 → 审核未通过" in box.informativeText()
    listed = box.detailedText().splitlines()
    assert len(listed) == 3
    assert sum("审核通过，申报流水号 SB" in line for line in listed) == 2
    assert next(line for line in listed if "王五" in line).endswith("未通过，有 1 个问题需要修改")
    snapshot(box, artifacts, "documents_answered_together.png")
