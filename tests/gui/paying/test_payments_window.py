"""Query → Payments against the real agency: register the bank agreement (its form checked, the account
shown masked), pay a month, see a refusal by the bank with what to do, the collection the agency makes at
the deadline, and print the payment certificate."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssclient.agency import bank
from ssclient.agency.server import RunningAgency
from ssclient.app.paying import Collection, MonthState
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import DeclarationType
from ssclient.domain.money import format_money
from ssclient.gui.context import AppContext
from ssclient.gui.main_window import MainWindow
from ssclient.gui.paying.window import PaymentsWindow
from ssclient.sync.api import DeclarationQuery
from tests.gui.records.conftest import snapshot
from tests.io.test_receipts import text_of
from tests.support.agency import AgencyUnit
from tests.support.paying import UNIONPAY_TEST_CARD

SHOTS = Path("/tmp/shots/paying")


def opened(qtbot: QtBot, ctx: AppContext) -> PaymentsWindow:
    window = PaymentsWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 520)
    window.show()
    qtbot.waitUntil(
        lambda: window.model.rowCount() > 0 or "No month" in window.status_label.text(), timeout=10_000
    )
    qtbot.waitUntil(lambda: not window.agreement_label.text().endswith("…"), timeout=10_000)
    return window


def register(qtbot: QtBot, window: PaymentsWindow, account: str, bank_code: str = "102") -> None:
    dialog = window.open_agreement()
    dialog.set_values(bank_code, account, "SX2026110001")
    with qtbot.waitSignals([dialog.registered, window.agreement_loaded, window.loaded], timeout=10_000):
        dialog.submit()


def shot(widget: object, name: str, artifacts: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    snapshot(widget, SHOTS, name)  # type: ignore[arg-type]
    snapshot(widget, artifacts, f"paying-{name}")  # type: ignore[arg-type]


def answer_yes(box: QMessageBox | None) -> None:
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()


def test_register_pay_and_print_the_certificate(
    qtbot: QtBot, records_ctx: AppContext, declared: Decimal, tmp_path: Path, artifacts: Path
) -> None:
    window = opened(qtbot, records_ctx)
    assert window.agreement_label.text().startswith("No bank agreement is registered")
    assert "illustrative" in window.agreement_label.text()
    (month,) = window.model.items
    assert month.state is MonthState.DUE and month.outstanding == declared
    assert window.model.data(window.model.index(0, 6)) == "Due"
    assert "is due by 2026-11-23" in window.detail_label.text()
    assert window.pay_button.isEnabled() and not window.certificate_button.isEnabled()

    dialog = window.open_agreement()
    dialog.set_values("", "6200 0000 0000 0006", "SX")
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.submit()
    problems = {name: label.text() for name, label in dialog.problem_labels.items() if not label.isHidden()}
    assert problems == {
        "bank_code": "Choose the bank the agreement was signed with.",
        "account_number": "The account number's last digit does not match the others (ISO/IEC 7812-1): check "
        "it for a typing error.",
        "agreement_number": "An agreement number has 6 to 32 letters and digits (an illustrative check).",
    }
    shot(dialog, "agreement-refused.png", artifacts)
    dialog.set_values("102", "6200 0000 0000 0005", "SX2026110001")
    with qtbot.waitSignals([dialog.registered, window.agreement_loaded, window.loaded], timeout=10_000):
        dialog.submit()
    assert dialog.account_edit.text() == ""
    assert window.agreement_label.text().startswith(
        "中国工商银行 · account 6200 **** **** 0005 · agreement SX2026110001"
    )
    shot(window, "due.png", artifacts)

    box = window.ask_pay()
    assert (
        box is not None
        and f"Pay {format_money(declared)} for 2026-11 from 6200 **** **** 0005 now?" == box.text()
    )
    with (
        qtbot.waitSignal(window.loaded, timeout=10_000),
        qtbot.waitSignal(window.paid, timeout=10_000) as paid,
    ):
        answer_yes(box)
    collection = paid.args[0]
    assert isinstance(collection, Collection) and collection.paid
    assert (
        window.status_label.text()
        == f"2026-11 paid: {format_money(declared)} (certificate {collection.certificate_number})."
    )
    assert window.model.data(window.model.index(0, 6)) == "Paid"
    assert window.model.data(window.model.index(0, 8)) == "2026-11-20 09:00 paid on request"
    assert not window.pay_button.isEnabled() and window.certificate_button.isEnabled()
    shot(window, "paid.png", artifacts)

    path = tmp_path / "certificate.pdf"
    with qtbot.waitSignal(window.certificate_written, timeout=10_000):
        window.write_certificate(path)
    text = text_of(path)
    assert f"Certificate number {collection.certificate_number}" in text
    assert "Account 6200 **** **** 0005" in text and UNIONPAY_TEST_CARD not in text
    assert window.status_label.text() == f"The certificate was saved to {path}."


def test_pay_without_an_agreement_offers_to_register_one_and_collects_nothing(
    qtbot: QtBot, records_ctx: AppContext, declared: Decimal
) -> None:
    """Nothing can be collected without an agreement: Pay says so and opens the agreement form on Yes,
    rather than try and leave the month's record saying the collection failed."""
    window = opened(qtbot, records_ctx)
    assert window.without_agreement
    assert "only through the unit's bank agreement: register the agreement" in window.detail_label.text()
    box = window.ask_pay()
    assert (
        box is not None
        and box.text().startswith("No bank agreement is registered")
        and "Register it now?" in box.text()
    )
    answer_yes(box)
    assert window.dialog is not None and window.dialog.isVisible()
    window.dialog.close()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.refresh()
    (month,) = window.model.items
    assert month.state is MonthState.DUE and month.last is None  # no failed collection on record


def test_pay_before_the_agreement_is_read_reads_it_rather_than_guess(
    qtbot: QtBot, records_ctx: AppContext, declared: Decimal
) -> None:
    window = opened(qtbot, records_ctx)
    window.agreement_read = False  # as when its reading failed (the agency was out of reach a moment)
    with qtbot.waitSignal(window.agreement_loaded, timeout=10_000):
        assert window.ask_pay() is None
        assert window.status_label.text() == "Reading the bank agreement… click Pay again once it shows."
    box = window.ask_pay()
    assert box is not None and box.text().startswith("No bank agreement is registered")
    box.button(QMessageBox.StandardButton.No).click()


def test_a_refusal_by_the_bank_says_why_and_what_to_do(
    qtbot: QtBot, records_ctx: AppContext, declared: Decimal, agency: RunningAgency, artifacts: Path
) -> None:
    window = opened(qtbot, records_ctx)
    register(qtbot, window, UNIONPAY_TEST_CARD)
    bank.set_balance(agency.state, UNIONPAY_TEST_CARD, Decimal("10.00"))
    with qtbot.waitSignal(window.loaded, timeout=10_000), qtbot.waitSignal(window.paid, timeout=10_000):
        window.pay(window.model.items[0])
    assert window.message_box is not None
    assert window.message_box.text() == (
        "The payment of 2026-11 failed: the account does not hold enough money. Put the money into the account, "
        "then click Pay. After the deadline a late fee of 0.05 % a day is added."
    )
    assert window.status_label.text() == window.message_box.text()  # not left at "Paying 2026-11…"
    window.message_box.close()
    assert window.model.data(window.model.index(0, 6)) == "Failed"
    assert window.detail_label.text().startswith(
        "2026-11: the collection failed: the account does not hold enough money."
    )
    assert window.pay_button.isEnabled() and not window.certificate_button.isEnabled()
    shot(window, "failed.png", artifacts)


def test_the_agency_collects_at_the_deadline_and_late_payment_shows_the_fee(
    qtbot: QtBot,
    records_ctx: AppContext,
    declared: Decimal,
    agency: RunningAgency,
    agency_clock: FixedClock,
    unit: AgencyUnit,
    artifacts: Path,
) -> None:
    window = opened(qtbot, records_ctx)
    register(qtbot, window, UNIONPAY_TEST_CARD, "105")
    bank.void_agreement(agency.state, "SX2026110001")
    agency_clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.refresh()
    (month,) = window.model.items
    assert month.state is MonthState.FAILED and month.last is not None and month.last.at_deadline
    assert (
        window.model.data(window.model.index(0, 8))
        == "2026-11-23 09:00 failed at the deadline: the bank has voided the agreement"
    )
    assert "voided by the bank" in window.agreement_label.text()

    agency_clock.set(datetime(2026, 11, 27, 9, 0, tzinfo=CHINA_TZ))  # four days late
    unit.relogin()
    register(qtbot, window, "4111 1111 1111 1111", "105")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.refresh()
    fee = (declared * Decimal("0.002")).quantize(Decimal("0.01"))
    assert window.model.data(window.model.index(0, 7)) == format_money(fee)
    assert f"it is 4 days late: a late fee of {format_money(fee)} is added" in window.detail_label.text()
    shot(window, "late.png", artifacts)
    box = window.ask_pay()
    assert (
        box is not None
        and f"It includes a late fee of {format_money(fee)} for 4 days after the deadline." in box.text()
    )
    with (
        qtbot.waitSignal(window.loaded, timeout=10_000),
        qtbot.waitSignal(window.paid, timeout=10_000) as paid,
    ):
        answer_yes(box)
    assert paid.args[0].paid and paid.args[0].late_fee == fee and paid.args[0].total == declared + fee


def test_query_payments_opens_the_window_in_the_main_window(qtbot: QtBot, records_ctx: AppContext) -> None:
    main = MainWindow(records_ctx)
    qtbot.addWidget(main)
    main.show()
    main.actions_by_name["payments"].trigger()
    window = main.tabs.currentWidget()
    assert isinstance(window, PaymentsWindow)
    assert main.tabs.tabText(main.tabs.currentIndex()) == "Payments"
    qtbot.waitUntil(lambda: "No month" in window.status_label.text(), timeout=10_000)
    main.actions_by_name["payments"].trigger()
    assert main.tabs.count() == 1
    main.leave()


def test_a_month_paid_then_revoked_says_to_ask_for_a_refund(
    qtbot: QtBot, records_ctx: AppContext, declared: Decimal, unit: AgencyUnit
) -> None:
    window = opened(qtbot, records_ctx)
    register(qtbot, window, UNIONPAY_TEST_CARD)
    with qtbot.waitSignal(window.loaded, timeout=10_000), qtbot.waitSignal(window.paid, timeout=10_000):
        window.pay(window.model.items[0])
    (record,) = unit.client.declarations(DeclarationQuery(type=DeclarationType.PAYMENT)).items
    unit.client.revoke(record.id)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.refresh()
    assert window.detail_label.text() == (
        f"2026-11: {format_money(declared)} was paid, more than the approved payment declaration now asks "
        "(0.00): ask the agency to refund the difference."
    )
    assert not window.pay_button.isEnabled() and window.certificate_button.isEnabled()


def test_a_dead_network_says_what_to_do(
    qtbot: QtBot, records_ctx: AppContext, declared: Decimal, agency: RunningAgency
) -> None:
    window = opened(qtbot, records_ctx)
    agency.stop()
    window.refresh()
    qtbot.waitUntil(lambda: window.message_box is not None, timeout=20_000)
    assert window.status_label.text().startswith("The agency cannot be reached. Check the network connection")
    assert window.model.rowCount() == 1  # what was shown stays
