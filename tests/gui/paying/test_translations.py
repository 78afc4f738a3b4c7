"""The payments window, the agreement form and the payment certificate speak Simplified Chinese: every
string has a finished translation in paying_zh_CN.ts, the catalogue knows every string in the code, the
form's and the certificate's English sources are those of the rules and of the PDF writer, and the window
and the certificate show Chinese."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.app.paying import CERTIFICATE_TEXTS, FORM_MESSAGES
from ssclient.domain.money import format_money
from ssclient.gui.context import AppContext
from ssclient.gui.paying.home_status import PaymentStatusLabel
from ssclient.gui.paying.texts import certificate_texts, form_messages
from ssclient.gui.paying.window import PaymentsWindow
from tests.gui.paying.test_payments_window import SHOTS, opened, register, shot
from tests.io.test_receipts import text_of
from tests.support.paying import UNIONPAY_TEST_CARD


def test_the_form_and_certificate_texts_have_their_writers_english_sources() -> None:
    assert form_messages() == FORM_MESSAGES
    assert certificate_texts() == CERTIFICATE_TEXTS


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
