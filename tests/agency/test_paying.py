"""Paying at the real agency over HTTP: the bank agreement, collections on request that the mock bank pays
or refuses (no funds, agreement void), the late fee after the deadline, and the collection the agency makes
itself at the deadline, driven by its injected clock."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from ssclient.agency import bank
from ssclient.agency.cli import main as agency_cli
from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.rules.late_fees import late_fee
from ssclient.rules.payment import compute_payments
from ssclient.sync.api import AgencyError, DeclarationQuery
from ssclient.sync.api_paying import MonthState
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, person_line
from tests.support.paying import UNIONPAY_TEST_CARD, VISA_TEST_CARD, approve_payment

AGREEMENT = "SX2026110001"


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=CHINA_TZ)


def test_the_agreement_is_kept_at_the_agency_and_answered_masked(unit: AgencyUnit) -> None:
    assert unit.client.bank_agreement().agreement is None
    assert unit.client.bank_agreement().form_illustrative is True
    shown = unit.client.register_bank_agreement("102", "6200 0000 0000 0005", AGREEMENT)
    assert (shown.bank_name, shown.account_masked, shown.agreement_number) == (
        "中国工商银行",
        "6200 **** **** 0005",
        AGREEMENT,
    )
    assert not shown.void
    again = unit.client.bank_agreement().agreement
    assert again == shown
    # Another agreement replaces it.
    other = unit.client.register_bank_agreement("105", VISA_TEST_CARD, "JH20261120")
    assert unit.client.bank_agreement().agreement == other


def test_an_ill_formed_agreement_is_refused_with_findings(unit: AgencyUnit) -> None:
    with pytest.raises(AgencyError) as refused:
        unit.client.register_bank_agreement("999", "6200000000000006", "x")
    assert refused.value.status == 422 and refused.value.code == "AGREEMENT_FORM_INVALID"
    assert [f.code for f in refused.value.findings] == [
        "BANK_UNKNOWN",
        "ACCOUNT_CHECK_DIGIT",
        "AGREEMENT_FORM",
    ]
    assert unit.client.bank_agreement().agreement is None


def test_pay_collects_the_month_and_the_bank_debits_the_account(
    unit: AgencyUnit, agency: RunningAgency
) -> None:
    total = approve_payment(unit)
    unit.client.register_bank_agreement("102", UNIONPAY_TEST_CARD, AGREEMENT)
    (month,) = unit.client.payment_months()
    assert (month.period, month.state, month.declared, month.outstanding) == (
        CURRENT_PERIOD,
        MonthState.DUE,
        total,
        total,
    )
    assert month.deadline.isoformat() == "2026-11-23" and month.late_fee_today == Decimal("0.00")

    paid = unit.client.collect(CURRENT_PERIOD)
    assert paid.paid and not paid.at_deadline
    assert (paid.amount, paid.late_fee, paid.total, paid.days_late) == (total, Decimal("0.00"), total, 0)
    assert paid.certificate_number is not None and paid.certificate_number.startswith("JK20261120")
    assert paid.account_masked == "6200 **** **** 0005"
    assert bank.balance_of(agency.state, UNIONPAY_TEST_CARD) == bank.TRAINING_BALANCE - total
    (month,) = unit.client.payment_months()
    assert (month.state, month.collected, month.outstanding) == (MonthState.PAID, total, Decimal("0.00"))
    assert month.collections == (paid,)

    with pytest.raises(AgencyError) as again:
        unit.client.collect(CURRENT_PERIOD)
    assert (again.value.status, again.value.code) == (409, "NOTHING_DUE")


def test_a_month_without_an_approved_payment_has_nothing_to_collect(unit: AgencyUnit) -> None:
    with pytest.raises(AgencyError) as refused:
        unit.client.collect(CURRENT_PERIOD)
    assert (refused.value.status, refused.value.code) == (404, "NOTHING_DECLARED")


def test_without_an_agreement_the_collection_fails_and_says_so(unit: AgencyUnit) -> None:
    approve_payment(unit)
    failed = unit.client.collect(CURRENT_PERIOD)
    assert (failed.paid, failed.reason, failed.certificate_number) == (False, "NO_AGREEMENT", None)
    assert unit.client.payment_months()[0].state is MonthState.FAILED


def test_no_funds_set_by_the_operators_command_is_refused_then_paid(
    unit: AgencyUnit, agency: RunningAgency, capsys: pytest.CaptureFixture[str]
) -> None:
    total = approve_payment(unit)
    unit.client.register_bank_agreement("103", UNIONPAY_TEST_CARD, AGREEMENT)
    db = agency.state.engine.url.render_as_string(hide_password=False)
    assert agency_cli(["bank", "set-balance", UNIONPAY_TEST_CARD, "100.00", "--db", db]) == 0
    printed = capsys.readouterr().out
    assert "6200 **** **** 0005" in printed and UNIONPAY_TEST_CARD not in printed

    failed = unit.client.collect(CURRENT_PERIOD)
    assert (failed.paid, failed.reason, failed.total) == (False, "NO_FUNDS", total)
    month = unit.client.payment_months()[0]
    assert (month.state, month.outstanding) == (MonthState.FAILED, total)
    assert bank.balance_of(agency.state, UNIONPAY_TEST_CARD) == Decimal("100.00")

    bank.set_balance(agency.state, UNIONPAY_TEST_CARD, total)
    assert unit.client.collect(CURRENT_PERIOD).paid
    assert bank.balance_of(agency.state, UNIONPAY_TEST_CARD) == Decimal("0.00")
    assert unit.client.payment_months()[0].state is MonthState.PAID


def test_a_voided_agreement_fails_until_a_new_one_is_registered(
    unit: AgencyUnit, agency: RunningAgency
) -> None:
    approve_payment(unit)
    unit.client.register_bank_agreement("104", UNIONPAY_TEST_CARD, AGREEMENT)
    assert (
        agency_cli(
            ["bank", "void", AGREEMENT, "--db", agency.state.engine.url.render_as_string(hide_password=False)]
        )
        == 0
    )
    assert unit.client.bank_agreement().agreement is not None
    assert unit.client.bank_agreement().agreement.void  # type: ignore[union-attr]

    failed = unit.client.collect(CURRENT_PERIOD)
    assert (failed.paid, failed.reason) == (False, "AGREEMENT_VOID")
    unit.client.register_bank_agreement("104", VISA_TEST_CARD, "SX2026110002")
    assert unit.client.collect(CURRENT_PERIOD).paid


def test_the_agency_collects_at_the_deadline_when_its_clock_reaches_it(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    total = approve_payment(unit)
    unit.client.register_bank_agreement("105", UNIONPAY_TEST_CARD, AGREEMENT)
    agency_clock.set(at(22, 23))
    unit.relogin()  # the clock moved past the session's lifetime
    assert unit.client.payment_months()[0].state is MonthState.DUE  # the day before: nothing collected

    agency_clock.set(at(23, 8))

    unit.relogin()  # the clock moved past the session's lifetime
    (month,) = unit.client.payment_months()
    assert month.state is MonthState.PAID
    (collection,) = month.collections
    assert collection.at_deadline and collection.paid
    assert (collection.amount, collection.late_fee, collection.days_late) == (total, Decimal("0.00"), 0)
    # Noticed once: asking again collects nothing more.
    assert unit.client.payment_months()[0].collections == (collection,)


def test_after_a_failed_deadline_a_late_payment_carries_the_late_fee(
    unit: AgencyUnit, agency: RunningAgency, agency_clock: FixedClock
) -> None:
    total = approve_payment(unit)
    unit.client.register_bank_agreement("308", UNIONPAY_TEST_CARD, AGREEMENT)
    bank.set_balance(agency.state, UNIONPAY_TEST_CARD, Decimal("0.00"))
    agency_clock.set(at(23))
    unit.relogin()  # the clock moved past the session's lifetime
    (month,) = unit.client.payment_months()
    assert month.state is MonthState.FAILED and month.last is not None
    assert (month.last.at_deadline, month.last.reason) == (True, "NO_FUNDS")

    agency_clock.advance(timedelta(days=5))  # 2026-11-28: five days after the deadline

    unit.relogin()  # the clock moved past the session's lifetime
    fee = late_fee(total, 5, agency.state.policy)
    assert fee == (total * Decimal("0.0025")).quantize(Decimal("0.01"))
    month = unit.client.payment_months()[0]
    assert (month.days_late_today, month.late_fee_today) == (5, fee)
    bank.set_balance(agency.state, UNIONPAY_TEST_CARD, Decimal("1000000.00"))
    paid = unit.client.collect(CURRENT_PERIOD)
    assert paid.paid and (paid.amount, paid.late_fee, paid.days_late, paid.total) == (
        total,
        fee,
        5,
        total + fee,
    )
    assert bank.balance_of(agency.state, UNIONPAY_TEST_CARD) == Decimal("1000000.00") - total - fee


def test_collect_due_for_every_unit_from_the_command_line(
    unit: AgencyUnit, agency: RunningAgency, capsys: pytest.CaptureFixture[str]
) -> None:
    approve_payment(unit)
    unit.client.register_bank_agreement("403", UNIONPAY_TEST_CARD, AGREEMENT)
    db = agency.state.engine.url.render_as_string(hide_password=False)
    assert agency_cli(["bank", "collect-due", "--db", db, "--today", "2026-11-22"]) == 0
    assert capsys.readouterr().out.strip() == "0 collection(s) tried"
    assert agency_cli(["bank", "collect-due", "--db", db, "--today", "2026-11-23"]) == 0
    assert capsys.readouterr().out.strip() == "1 collection(s) tried"
    (month,) = unit.client.payment_months()
    assert month.state is MonthState.PAID and month.collections[0].at_deadline


def test_unknown_accounts_are_named_plainly(
    agency: RunningAgency, capsys: pytest.CaptureFixture[str]
) -> None:
    db = agency.state.engine.url.render_as_string(hide_password=False)
    assert agency_cli(["bank", "void", "NOSUCH123", "--db", db]) == 1
    assert "no agreement in force" in capsys.readouterr().out


def test_the_account_number_never_leaves_the_agency_whole(unit: AgencyUnit) -> None:
    approve_payment(unit)
    unit.client.register_bank_agreement("102", UNIONPAY_TEST_CARD, AGREEMENT)
    unit.client.collect(CURRENT_PERIOD)
    answers = json.dumps([str(unit.client.bank_agreement()), str(unit.client.payment_months())])
    assert UNIONPAY_TEST_CARD not in answers and "0005" in answers


def test_a_revision_after_paying_leaves_only_the_difference_due(unit: AgencyUnit) -> None:
    first = approve_payment(unit)
    unit.client.register_bank_agreement("102", UNIONPAY_TEST_CARD, AGREEMENT)
    assert unit.client.collect(CURRENT_PERIOD).paid
    (paid,) = unit.client.payment_months()
    added = unit.client.submit(
        Declaration(DeclarationType.ADD, CURRENT_PERIOD, [person_line(79, "王五", "7000.00")]),
        "paying-revise-1",
    )
    assert added.approved, added.findings
    policy, industry = unit.client.policy().policy, unit.client.profile().industry_class
    payments = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD, industry_class=industry)
    revision = Declaration(
        DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments, replaces_serial=paid.serial_number
    )
    verdict = unit.client.submit(revision, "paying-revise-2")
    assert verdict.approved, verdict.findings
    (month,) = unit.client.payment_months()
    new_total = sum((p.employer_amount + p.employee_amount for p in payments), Decimal("0.00"))
    assert (month.serial_number, month.state) == (verdict.serial_number, MonthState.DUE)
    assert (month.declared, month.collected, month.outstanding) == (new_total, first, new_total - first)
    second = unit.client.collect(CURRENT_PERIOD)
    assert (
        second.paid and second.amount == new_total - first and second.serial_number == verdict.serial_number
    )


def test_a_revoked_payment_after_paying_shows_what_was_paid(unit: AgencyUnit) -> None:
    total = approve_payment(unit)
    unit.client.register_bank_agreement("102", UNIONPAY_TEST_CARD, AGREEMENT)
    assert unit.client.collect(CURRENT_PERIOD).paid
    (record,) = unit.client.declarations(DeclarationQuery(type=DeclarationType.PAYMENT)).items
    unit.client.revoke(record.id)
    (month,) = unit.client.payment_months()
    assert (month.serial_number, month.declared, month.collected) == (None, Decimal("0.00"), total)
    assert month.state is MonthState.PAID and month.outstanding == Decimal("0.00")


def test_a_revoked_payment_never_paid_is_no_month_to_pay(unit: AgencyUnit) -> None:
    """Its failed try (no agreement) is all that is left: the month owes nothing and nothing was paid, so
    it is not listed, rather than listed as paid."""
    approve_payment(unit)
    assert not unit.client.collect(CURRENT_PERIOD).paid  # no agreement registered
    (record,) = unit.client.declarations(DeclarationQuery(type=DeclarationType.PAYMENT)).items
    unit.client.revoke(record.id)
    assert unit.client.payment_months() == ()


def test_a_payment_declared_again_is_due_not_failed_for_its_predecessors_try(unit: AgencyUnit) -> None:
    """The first declaration's collection failed (no agreement) and it was revoked: the new one has not
    been tried, so the month is due, with the failed try kept in its history."""
    approve_payment(unit)
    assert not unit.client.collect(CURRENT_PERIOD).paid
    (record,) = unit.client.declarations(DeclarationQuery(type=DeclarationType.PAYMENT)).items
    unit.client.revoke(record.id)
    approve_payment(unit, first_person=73)  # two more people join: the payment is declared again
    (month,) = unit.client.payment_months()
    assert month.state is MonthState.DUE and len(month.collections) == 1
