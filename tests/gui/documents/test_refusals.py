"""A document the agency would not take at all (no review, nothing recorded) comes back rejected with the
refusal as its problem: the draft box says it in the user's language, as a message box says the same
refusal, not in the agency's English sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.permissions import PERMISSION_MISSING, Permission
from ssclient.gui.context import AppContext
from ssclient.gui.documents.lists import DRAFT_BOX, REJECTED
from ssclient.gui.documents.sync_runner import SyncRunner
from ssclient.gui.findings_text import finding_text
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from tests.gui.documents.conftest import ZHANG_SAN, snapshot
from tests.gui.documents.test_journeys import new_list

MESSAGE_COLUMN = 5


def add_zhang_san() -> Declaration:
    line = DeclarationLine(ZHANG_SAN, "张三", "11", "6500", "否", "否")
    return Declaration(DeclarationType.ADD, Period(2026, 11), [line])


def test_a_revision_of_a_record_revoked_meanwhile_comes_back_with_the_reason_in_chinese(
    chinese: None,
    qtbot: QtBot,
    online_ctx: AppContext,
    store: Store,
    agency_client: AgencyClient,
    artifacts: Path,
) -> None:
    approved = agency_client.submit(add_zhang_san(), "first-add")
    assert approved.approved and approved.serial_number is not None
    revision = add_zhang_san()
    revision.lines[0].wage_base = "7000"
    revision.replaces_serial = approved.serial_number
    draft_id = store.create_draft(online_ctx.unit_code, revision)
    # Revoked from another computer before this revision is declared: it has nothing left to replace.
    agency_client.revoke(approved.declaration_id)

    drafts = new_list(qtbot, online_ctx, DRAFT_BOX)
    runner = SyncRunner.for_context(online_ctx)
    drafts.select_ids([draft_id])
    with qtbot.waitSignal(runner.run_finished, timeout=20_000) as finished:
        qtbot.mouseClick(drafts.declare_button, Qt.MouseButton.LeftButton)
    assert len(finished.args[0].delivered) == 1
    assert store.get_declaration(draft_id).status is DeclarationStatus.REJECTED
    (kept,) = store.findings(draft_id)
    assert kept.code == "REPLACED_NOT_REVOCABLE"

    rejected = new_list(qtbot, online_ctx, REJECTED)
    rejected.select_ids([draft_id])
    qtbot.waitUntil(lambda: rejected.findings.row_count() == 1)
    shown = rejected.findings.view.model().index(0, MESSAGE_COLUMN).data()
    assert shown.startswith("经办机构未接收此更正：它所替换的记录已不能再被替换")
    assert "申报记录" in shown
    snapshot(rejected, artifacts, "documents_refused_revision_zh.png")


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize(
    ("code", "params", "start"),
    [
        ("BODY_TOO_LARGE", {}, "经办机构未接收此单据：单据超过了经办机构一次可接收的大小。"),
        ("IDEMPOTENCY_KEY_REUSED", {}, "经办机构未接收此单据：它发送时所用的编号已被另一份单据用过。"),
        ("REPLACED_NOT_FOUND", {}, "经办机构未接收此更正：本单位没有它所替换的申报流水号的记录。"),
        (
            PERMISSION_MISSING,
            {"permission": Permission.DECLARE.value},
            "经办机构拒绝：此操作员没有“申报”权限。",
        ),
    ],
)
def test_every_refusal_of_a_whole_document_has_its_chinese_text(
    code: str, params: dict[str, str], start: str
) -> None:
    # As sync.outbox keeps a refusal: the agency's English sentence as the message.
    kept = Finding(code, Severity.ERROR, "", "The agency's own English sentence.", params)
    assert finding_text(kept).startswith(start)


@pytest.mark.usefixtures("chinese")
def test_a_code_the_findings_catalogue_knows_keeps_its_catalogue_text() -> None:
    # MANDATE_WITHDRAWN is a finding of the rulebook's catalogue and a refusal with a message box text too.
    kept = Finding("MANDATE_WITHDRAWN", Severity.ERROR, "", "This unit has withdrawn its mandate.")
    assert (
        finding_text(kept)
        == "该单位已撤回委托，不能再为其办理任何业务。如需继续办理，请联系该单位管理员重新授予委托。"
    )
    empty = Finding("DECLARATION_EMPTY", Severity.ERROR, "lines", "The declaration has no people in it.")
    assert finding_text(empty) == "申报中没有任何人员。"
