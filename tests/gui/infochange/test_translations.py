"""The information change form speaks Simplified Chinese: every string has a finished translation in
infochange_zh_CN.ts, the catalogue knows every string in the code, and the form shows it — the rulebook's
answers and the receipt's texts included (findings_zh_CN.ts)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.texts import document_title
from ssclient.gui.i18n import install_translations, load_translations, remove_translations
from ssclient.gui.main_window import MainWindow
from ssclient.io.receipt_texts import RECEIPT_TEXTS
from ssclient.rules.messages import MESSAGES
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from tests.gui.documents.conftest import snapshot
from tests.gui.infochange.test_form import choose, insure, open_form, pick
from tests.gui.records.test_translations import finished, messages
from tests.support.translations import lupdate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = assets.root()
CATALOGUE = assets.resource("translations", "infochange_zh_CN.ts")
SOURCES = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ssclient/gui/infochange").glob("*.py"))


def test_every_string_has_a_finished_chinese_translation() -> None:
    found = messages(CATALOGUE)
    assert len(found) > 40
    assert [key for key, translation in found.items() if not finished(translation)] == []


def test_the_catalogue_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = lupdate(SOURCES, tmp_path)
    assert set(messages(fresh)) == set(messages(CATALOGUE)), (
        "run pyside6-lupdate for infochange_zh_CN.ts (the sources in this test), translate, and "
        "python -m tools.update_translations"
    )


def test_the_compiled_catalogue_is_up_to_date() -> None:
    compiled = CATALOGUE.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime - 1


def test_the_findings_and_the_receipt_texts_of_information_changes_are_translated() -> None:
    translate = load_translations("zh_CN").translate
    for code in ("INFO_CHANGE_NOT_ON_ROSTER", "INFO_UNCHANGED", "ID_NUMBER_NOT_CHANGEABLE"):
        assert translate("Finding", MESSAGES[code]) != MESSAGES[code]
    for key in ("type_info_change", "corrected", "before", "after", "corrections", "not_recorded",
                "fact_id_type", "fact_nationality", "fact_province", "fact_city", "fact_county"):  # fmt: skip
        assert translate("Receipt", RECEIPT_TEXTS[key]) != RECEIPT_TEXTS[key], key


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp, installed)


@pytest.mark.usefixtures("chinese")
def test_the_form_speaks_chinese(
    qtbot: QtBot, online_ctx: AppContext, store: Store, agency_client: AgencyClient, artifacts: Path
) -> None:
    insure(agency_client, store, online_ctx.unit_code)
    assert document_title(DeclarationType.INFO_CHANGE) == "人员信息变更"
    form = open_form(qtbot, online_ctx)
    assert form.windowTitle() == "人员信息变更 2026-11"
    assert form.picker.note.text() == "找到 2 人"
    assert form.status_label.text() == "请从左侧的参保人员名册中选择要变更的人员。"
    pick(qtbot, form, 0)
    assert (
        form.findings_list.item(0).text()
        == "与参保人员名册登记的信息相同：请至少更正一项信息，或不申报此人。"
    )
    choose(form, "hukou_type", "22")
    assert form.corrections.rows() == [("户口性质", "11 本地城镇", "22 外地农村")]
    assert form.corrections_label.text() == "变更内容：1 项"
    form.explain_id_number_change()
    assert form.id_change_note.text().startswith("人员信息变更不能更改身份证号码")
    assert form.id_change_button.text() == "身份证号码有误…"
    snapshot(form, artifacts, "infochange_form-zh.png")
    main = MainWindow(online_ctx)
    qtbot.addWidget(main)
    assert main.actions_by_name["personnelInformationChange"].text() == "人员信息变更"
    main.leave()
