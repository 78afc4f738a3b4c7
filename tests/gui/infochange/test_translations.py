"""The information change form speaks Simplified Chinese: every string has a finished translation in
infochange_zh_CN.ts, the catalogue knows every string in the code, and the form shows it — the rulebook's
answers and the receipt's texts included (findings_zh_CN.ts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.documents.texts import document_title
from ssclient.gui.i18n import load_translations
from ssclient.gui.main_window import MainWindow
from ssclient.io.receipt_texts import RECEIPT_TEXTS
from ssclient.rules.messages import MESSAGES
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from tests.gui.documents.conftest import snapshot
from tests.gui.infochange.test_form import choose, insure, open_form, pick


def test_the_findings_and_the_receipt_texts_of_information_changes_are_translated() -> None:
    translate = load_translations("zh_CN").translate
    for code in ("INFO_CHANGE_NOT_ON_ROSTER", "INFO_UNCHANGED", "ID_NUMBER_NOT_CHANGEABLE"):
        assert translate("Finding", MESSAGES[code]) != MESSAGES[code]
    for key in ("type_info_change", "corrected", "before", "after", "corrections", "not_recorded",
                "fact_id_type", "fact_nationality", "fact_province", "fact_city", "fact_county"):  # fmt: skip
        assert translate("Receipt", RECEIPT_TEXTS[key]) != RECEIPT_TEXTS[key], key


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
    assert form.corrections_label.text() == "尚无变更：请修改上方的信息。"
    form.save()  # nothing corrected: now said in red
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
