"""The document windows speak Simplified Chinese: every string translated, and the forms look right in it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.editor_follow import read_only_text
from ssclient.gui.documents.lists import DRAFT_BOX, DocumentList
from tests.gui.documents.conftest import ZHANG_SAN, close_discarding, snapshot, wait_loaded


def test_editor_and_draft_box_in_chinese(
    qtbot: QtBot, ctx: AppContext, chinese: None, artifacts: Path
) -> None:
    editor = DocumentEditor(ctx, DeclarationType.RENEWAL)
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    editor.resize(1000, 640)
    editor.show()
    form = editor.form
    assert editor.save_button.text() == "校验后保存到草稿箱"
    qtbot.keyClicks(form.line_edit("id_number"), ZHANG_SAN[:-1] + "9")
    assert "身份证" in form.problem_label("id_number").text()
    form.line_edit("id_number").clear()
    qtbot.keyClicks(form.line_edit("id_number"), ZHANG_SAN)
    assert "男" in form.identity_label.text()
    form.combo("migrant_insurance").setCurrentIndex(form.combo("migrant_insurance").findData("是"))
    province = form.combo("province")
    province.setCurrentIndex(province.findText("广东省"))
    city = form.combo("city")
    assert city.count() > 1
    city.setCurrentIndex(1)
    assert form.combo("county").count() > 1
    snapshot(editor, artifacts, "documents_editor_renewal_zh.png")
    close_discarding(editor)

    drafts = DocumentList(ctx, DRAFT_BOX)
    qtbot.addWidget(drafts)
    wait_loaded(qtbot, drafts)
    drafts.resize(960, 560)
    drafts.show()
    assert drafts.title_label.text() == "草稿箱"
    snapshot(drafts, artifacts, "documents_draft_box_empty_zh.png")


def test_what_became_of_a_document_is_said_in_chinese(ctx: AppContext, chinese: None) -> None:
    """The follower's texts, shared by three forms, are found by lupdate and translated."""
    approved = Declaration(
        DeclarationType.BASE_CHANGE,
        ctx.current_period(),
        status=DeclarationStatus.APPROVED,
        serial_number="SB2026120500000002",
    )
    declared = replace(approved, status=DeclarationStatus.PENDING, serial_number=None)

    assert read_only_text(ctx, approved) == "经办机构已审核通过，申报流水号 SB2026120500000002。"
    assert read_only_text(ctx, declared) == "此单据已申报，不能再修改。"
