"""The payments window, the agreement form and the payment certificate speak Simplified Chinese: every
string has a finished translation in paying_zh_CN.ts, the catalogue knows every string in the code, the
form's and the certificate's English sources are those of the rules and of the PDF writer, and the window
and the certificate show Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.app.paying import CERTIFICATE_TEXTS, FORM_MESSAGES
from ssclient.domain.money import format_money
from ssclient.gui.context import AppContext
from ssclient.gui.i18n import install_translations, remove_translations
from ssclient.gui.paying.home_status import PaymentStatusLabel
from ssclient.gui.paying.texts import certificate_texts, form_messages
from ssclient.gui.paying.window import PaymentsWindow
from tests.gui.paying.test_payments_window import SHOTS, opened, register, shot
from tests.gui.records.test_translations import finished, messages
from tests.io.test_receipts import text_of
from tests.support.paying import UNIONPAY_TEST_CARD
from tests.support.translations import lupdate

ROOT = assets.root()
CATALOGUE = assets.resource("translations", "paying_zh_CN.ts")
SOURCES = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ssclient/gui/paying").glob("*.py"))


def test_every_string_has_a_finished_chinese_translation() -> None:
    found = messages(CATALOGUE)
    assert len(found) > 90
    assert [key for key, translation in found.items() if not finished(translation)] == []


def test_the_catalogue_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = lupdate(SOURCES, tmp_path)
    assert set(messages(fresh)) == set(messages(CATALOGUE)), (
        "run pyside6-lupdate for paying_zh_CN.ts (the sources in this test), translate, and pyside6-lrelease"
    )


def test_the_compiled_catalogue_is_up_to_date() -> None:
    compiled = CATALOGUE.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime - 1


def test_the_form_and_certificate_texts_have_their_writers_english_sources() -> None:
    assert form_messages() == FORM_MESSAGES
    assert certificate_texts() == CERTIFICATE_TEXTS


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed = install_translations(qapp, "zh_CN")
    yield
    remove_translations(qapp, installed)


@pytest.mark.usefixtures("chinese")
def test_the_window_and_the_certificate_speak_chinese(
    qtbot: QtBot, records_ctx: AppContext, declared: Decimal, tmp_path: Path, artifacts: Path
) -> None:
    window: PaymentsWindow = opened(qtbot, records_ctx)
    assert window.windowTitle() == "缴费情况"
    assert window.pay_button.text() == "缴费…"
    assert window.agreement_label.text().startswith("未登记三方协议")
    assert window.model.headerData(0, window.table.horizontalHeader().orientation()) == "费款所属期"
    assert window.model.data(window.model.index(0, 6)) == "待缴"
    dialog = window.open_agreement()
    dialog.set_values("102", "6200000000000006", "SX2026110001")
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.submit()
    assert dialog.problem_labels["account_number"].text() == (
        "缴费账号的校验位与其他数字不符（ISO/IEC 7812-1）：请检查是否输错。"
    )
    shot(dialog, "agreement-zh.png", artifacts)
    dialog.close()
    register(qtbot, window, UNIONPAY_TEST_CARD)
    assert window.agreement_label.text().startswith(
        "中国工商银行 · 账号 6200 **** **** 0005 · 协议号 SX2026110001"
    )
    with qtbot.waitSignal(window.loaded, timeout=10_000), qtbot.waitSignal(window.paid, timeout=10_000):
        window.pay(window.model.items[0])
    assert window.model.data(window.model.index(0, 8)) == "2026-11-20 09:00 按单位请求扣款成功"
    shot(window, "paid-zh.png", artifacts)

    label = PaymentStatusLabel(records_ctx)
    qtbot.addWidget(label)
    task = label.refresh()
    assert task is not None
    qtbot.waitUntil(lambda: label.text() == "2026-11 的社会保险费已缴纳。", timeout=10_000)

    path = tmp_path / "凭证.pdf"
    with qtbot.waitSignal(window.certificate_written, timeout=10_000):
        window.write_certificate(path)
    (SHOTS / "certificate-zh.pdf").write_bytes(path.read_bytes())  # for a person to look at
    text = text_of(path)
    for expected in (
        "电子缴费凭证",
        "费款所属期 2026-11",
        "缴费账号 6200 **** **** 0005",
        f"实缴合计 {format_money(declared)}",
    ):
        assert expected in text
