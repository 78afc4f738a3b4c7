"""The query windows and contribution forms speak Simplified Chinese: every string has a finished
translation in records_zh_CN.ts, the catalogue knows every string in the code, and the windows show it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.base_change_form import ContributionBaseForm
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from ssclient.gui.i18n import install_translations, remove_translations
from ssclient.gui.records.payments_window import PaymentDetailsWindow
from ssclient.gui.records.records_window import DeclarationRecordsWindow
from ssclient.gui.records.roster_window import RosterWindow
from tests.gui.documents.conftest import wait_loaded
from tests.gui.records.conftest import snapshot
from tests.support.translations import lupdate

ROOT = assets.root()
CATALOGUE = assets.resource("translations", "records_zh_CN.ts")
SOURCES = [
    *sorted(
        str(path.relative_to(ROOT))
        for folder in ("ssclient/gui/records", "ssclient/gui/contributions")
        for path in (ROOT / folder).glob("*.py")
    ),
    "ui/contribution_base.ui",
    "ui/payment_declaration.ui",
]


def messages(path: Path) -> dict[tuple[str, str], ET.Element | None]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name", ""), message.findtext("source", ""))
            found[key] = message.find("translation")
    return found


def finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def test_every_string_has_a_finished_chinese_translation() -> None:
    found = messages(CATALOGUE)
    assert len(found) > 100
    assert [key for key, translation in found.items() if not finished(translation)] == []


def test_the_catalogue_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = lupdate(SOURCES, tmp_path)
    assert set(messages(fresh)) == set(messages(CATALOGUE)), (
        "run pyside6-lupdate for records_zh_CN.ts (the sources in this test), translate, and pyside6-lrelease"
    )


def test_the_compiled_catalogue_is_up_to_date() -> None:
    compiled = CATALOGUE.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime - 1


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp, installed)


@pytest.mark.usefixtures("chinese")
def test_the_windows_speak_chinese(qtbot: QtBot, records_ctx: AppContext, artifacts: Path) -> None:
    records = DeclarationRecordsWindow(records_ctx)
    qtbot.addWidget(records)
    records.resize(1100, 500)
    records.show()
    qtbot.waitUntil(lambda: records.status_label.text() == "没有符合条件的记录。")
    assert records.windowTitle() == "申报记录"
    assert records.revoke_button.text() == "撤销"
    assert records.model.headerData(0, records.table.horizontalHeader().orientation()) == "流水号"
    snapshot(records, artifacts, "records_window-zh.png")

    payments = PaymentDetailsWindow(records_ctx)
    qtbot.addWidget(payments)
    payments.resize(1100, 500)
    payments.show()
    qtbot.waitUntil(lambda: payments.status_label.text() == "没有符合条件的缴费明细。")
    assert payments.statements_button.text() == "月度缴费告知单…"
    snapshot(payments, artifacts, "payment_details_window-zh.png")

    roster = RosterWindow(records_ctx)
    qtbot.addWidget(roster)
    roster.show()
    qtbot.waitUntil(lambda: roster.status_label.text() == "没有符合条件的人员。")

    base = ContributionBaseForm(records_ctx)
    qtbot.addWidget(base)
    wait_loaded(qtbot, base)
    base.resize(1000, 500)
    base.show()
    assert base.windowTitle() == "缴费工资申报 2026-11"
    assert [base.findings_list.item(i).text() for i in range(base.findings_list.count())] == [
        "申报中没有任何人员。"
    ]
    snapshot(base, artifacts, "contribution_base_form-zh.png")

    payment = PaymentDeclarationForm(records_ctx)
    qtbot.addWidget(payment)
    wait_loaded(qtbot, payment)
    payment.resize(1000, 500)
    payment.show()
    assert payment.compute_button.text() == "计算"
    with qtbot.waitSignal(payment.computed, timeout=10_000):
        payment.compute_button.click()
    assert payment.status_label.text() == "2026-11 没有参保人员，无需缴费。"
    snapshot(payment, artifacts, "payment_declaration_form-zh.png")
