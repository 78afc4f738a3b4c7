"""The document windows speak Simplified Chinese: every string translated, and the forms look right in it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.lists import DRAFT_BOX, DocumentList
from tests.gui.documents.conftest import ZHANG_SAN, close_discarding, snapshot, wait_loaded
from tests.support.translations import lupdate

CATALOGUE = assets.resource("translations", "documents_zh_CN.ts")


def test_no_unfinished_chinese_entries() -> None:
    messages = list(ET.parse(CATALOGUE).iter("message"))
    assert messages
    unfinished = [
        m.findtext("source")
        for m in messages
        if (translation := m.find("translation")) is None
        or translation.get("type", "") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == []


def _keys(path: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(path).getroot().iter("context")
        for message in context.iter("message")
    }


def test_the_catalogue_knows_every_string_of_the_document_windows(tmp_path: Path) -> None:
    root = assets.root()
    sources = sorted(str(p.relative_to(root)) for p in (root / "ssclient" / "gui" / "documents").glob("*.py"))
    sources += [f"ui/{name}.ui" for name in ("person_line", "document_editor", "document_list")]
    fresh = lupdate(sources, tmp_path)
    assert _keys(fresh) == _keys(CATALOGUE), "run pyside6-lupdate for documents_zh_CN.ts and translate"


def test_the_compiled_catalogue_is_up_to_date() -> None:
    compiled = CATALOGUE.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime - 1


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = []
    for name in ("documents_zh_CN.qm", "findings_zh_CN.qm"):
        translator = QTranslator()
        assert translator.load(str(assets.resource("translations", name)))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


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
