"""The paying use case against the real agency: the agreement's form checked before sending, paying, a
refusal by the bank, and the electronic payment certificate's PDF (its text, reprinted identically)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.agency import bank
from ssclient.agency.server import RunningAgency
from ssclient.app.paying import AgreementRefused, BankAgreement, NothingToPay, Paying, WriteError
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.money import format_money
from tests.io.test_receipts import text_of
from tests.support.agency import CURRENT_PERIOD, AgencyUnit
from tests.support.paying import UNIONPAY_TEST_CARD, approve_payment


@pytest.fixture
def paying(unit: AgencyUnit, agency_clock: FixedClock) -> Paying:
    return Paying(unit.client, agency_clock, unit.client.policy().policy)


def test_an_ill_formed_agreement_is_not_sent(paying: Paying, unit: AgencyUnit) -> None:
    refused = paying.register_agreement("102", "6200 0000 0000 0006", "SX2026110001")
    assert isinstance(refused, AgreementRefused)
    assert [(f.code, f.field) for f in refused.findings] == [("ACCOUNT_CHECK_DIGIT", "account_number")]
    assert paying.agreement().agreement is None


def test_pay_and_print_the_certificate_again_the_same(
    paying: Paying,
    unit: AgencyUnit,
    tmp_path: Path,
) -> None:
    total = approve_payment(unit)
    registered = paying.register_agreement("102", "6200 0000 0000 0005", " SX2026110001 ")
    assert isinstance(registered, BankAgreement) and registered.agreement_number == "SX2026110001"
    paid = paying.pay(CURRENT_PERIOD)
    assert not isinstance(paid, NothingToPay) and paid.paid
    assert isinstance(paying.pay(CURRENT_PERIOD), NothingToPay)

    first, again = tmp_path / "first.pdf", tmp_path / "again.pdf"
    paying.write_certificate(paid, unit.client.profile(), first)
    (month,) = paying.months()
    paying.write_certificate(month.collections[0], unit.client.profile(), again)
    assert first.read_bytes() == again.read_bytes()
    text = text_of(first)
    for expected in (
        "Electronic payment certificate",
        f"Certificate number {paid.certificate_number}",
        f"({unit.unit_code})",
        "Contributions for 2026-11",
        f"Payment declaration {paid.serial_number}",
        "Paid at 2026-11-20 09:00:00",
        "Collected at the unit's request",
        "Bank 中国工商银行",
        "Account 6200 **** **** 0005",
        "Bank agreement number SX2026110001",
        f"Contributions {format_money(total)}",
        "Late fee (paid by the deadline 2026-11-23) 0.00",
        f"Total paid {format_money(total)}",
    ):
        assert expected in text
    assert UNIONPAY_TEST_CARD not in text and "article 86" not in text


def test_a_late_payment_certificate_shows_the_late_fee_and_its_law(
    paying: Paying,
    unit: AgencyUnit,
    agency: RunningAgency,
    agency_clock: FixedClock,
    tmp_path: Path,
) -> None:
    total = approve_payment(unit)
    paying.register_agreement("105", UNIONPAY_TEST_CARD, "SX2026110001")
    bank.set_balance(agency.state, UNIONPAY_TEST_CARD, Decimal("0.00"))
    agency_clock.set(datetime(2026, 12, 3, 10, 0, tzinfo=CHINA_TZ))  # ten days after 2026-11-23
    unit.relogin()
    (month,) = paying.months()
    assert month.last is not None and (month.last.at_deadline, month.last.reason) == (True, "NO_FUNDS")
    bank.set_balance(agency.state, UNIONPAY_TEST_CARD, Decimal("100000.00"))
    paid = paying.pay(CURRENT_PERIOD)
    assert not isinstance(paid, NothingToPay) and paid.paid and paid.days_late == 10
    fee = (total * Decimal("0.005")).quantize(Decimal("0.01"))
    assert paid.late_fee == fee

    path = paying.write_certificate(paid, unit.client.profile(), tmp_path / "late.pdf")
    text = text_of(path)
    assert f"Late fee: 10 days after the deadline 2026-11-23, 0.05 % a day {format_money(fee)}" in text
    assert f"Total paid {format_money(total + fee)}" in text
    assert "Social Insurance Law of the People's Republic of China, article 86" in text

    with pytest.raises(ValueError, match="only a paid collection"):
        paying.write_certificate(month.last, unit.client.profile(), tmp_path / "none.pdf")
    with pytest.raises(WriteError):
        paying.write_certificate(paid, unit.client.profile(), tmp_path / "missing" / "folder" / "x.pdf")
    assert not (tmp_path / "none.pdf").exists()
