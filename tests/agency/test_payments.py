"""Payment declarations: the agency recomputes every amount; approved ones feed the payment details."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
from ssclient.domain.period import Period
from ssclient.rules.payment import backpay_requests, compute_payments
from ssclient.sync.api import AgencyClient, AgencyError, Verdict
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, declaration, make_id_number, person_line

PAYMENT = DeclarationType.PAYMENT


def payment(client: AgencyClient, period: Period = CURRENT_PERIOD, **kwargs: object) -> Declaration:
    policy = client.policy().policy
    lines = compute_payments(client.roster(), policy, period, **kwargs)  # type: ignore[arg-type]
    return Declaration(PAYMENT, period, payments=lines)


def add_two(unit: AgencyUnit) -> Verdict:
    people = declaration(
        DeclarationType.ADD, person_line(1, "张三", base="6500.00"), person_line(2, "李四", base="10000.00")
    )
    result = unit.client.submit(people, "add-0001")
    assert result.approved
    return result


def test_a_payment_computed_like_the_agency_is_approved_and_shows_in_the_details(unit: AgencyUnit) -> None:
    add_two(unit)
    document = payment(unit.client)
    assert len(document.payments) == 8
    result = unit.client.submit(document, "pay-0001")
    assert result.approved, result.findings

    report = unit.client.payments(period_from=CURRENT_PERIOD, period_to=CURRENT_PERIOD)
    assert report.total_count == 8 and len(report.items) == 8
    pension = next(i for i in report.items if i.id_number == make_id_number(1) and i.insurance == "pension")
    assert (pension.base, pension.employer_amount, pension.employee_amount) == (
        Decimal("6500.00"),
        Decimal("1040.00"),
        Decimal("520.00"),
    )
    assert pension.serial_number == result.serial_number
    # 16 % + 8 % of 16,500 for pension.
    assert report.by_insurance[InsuranceType.PENSION].total == Decimal("3960.00")
    assert report.totals.total == sum((i.total for i in report.items), Decimal(0))
    only_li = unit.client.payments(person="李四")
    assert {i.id_number for i in only_li.items} == {make_id_number(2)} and only_li.total_count == 4


def test_an_amount_that_differs_is_rejected_naming_the_line_and_amount(unit: AgencyUnit) -> None:
    add_two(unit)
    document = payment(unit.client)
    document.payments[2] = replace(
        document.payments[2], employer_amount=document.payments[2].employer_amount + 1
    )
    result = unit.client.submit(document, "pay-0001")
    assert result.status is DeclarationStatus.REJECTED
    [mismatch] = result.findings
    assert (mismatch.code, mismatch.field) == ("PAYMENT_MISMATCH", "payments[2].employer_amount")
    assert mismatch.params["expected"] in mismatch.message
    assert unit.client.payments().total_count == 0


def test_a_missing_person_is_rejected(unit: AgencyUnit) -> None:
    add_two(unit)
    document = payment(unit.client)
    document.payments = [p for p in document.payments if p.id_number != make_id_number(2)]
    result = unit.client.submit(document, "pay-0001")
    assert {f.code for f in result.findings} == {"PAYMENT_MISSING"}


def test_the_period_is_paid_once_unless_revised(unit: AgencyUnit) -> None:
    add_two(unit)
    first = unit.client.submit(payment(unit.client), "pay-0001")
    assert first.approved
    second = unit.client.submit(payment(unit.client), "pay-0002")
    assert {f.code for f in second.findings} == {"PAYMENT_ALREADY_DECLARED"}
    revised = payment(unit.client)
    revised.replaces_serial = first.serial_number
    assert unit.client.submit(revised, "pay-0003").approved
    assert unit.client.payments().total_count == 8


def test_a_renewal_back_payment_is_owed_in_the_renewal_period(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    add_two(unit)
    stop = declaration(DeclarationType.INTERRUPTION, person_line(1, "张三", reason="离职"))
    assert unit.client.submit(stop, "stop-0001").approved
    agency_clock.set(datetime(2026, 12, 10, 9, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    renewal = declaration(
        DeclarationType.RENEWAL, person_line(1, "张三", base="6500.00"), period=Period(2026, 12)
    )
    renewal.lines[0].backpay = {InsuranceType.PENSION: 1}
    assert unit.client.submit(renewal, "renew-0001").approved

    december = Period(2026, 12)
    without = payment(unit.client, december)
    rejected = unit.client.submit(without, "pay-0001")
    assert {f.code for f in rejected.findings} == {"PAYMENT_MISSING"}
    with_backpay = payment(unit.client, december, backpay=backpay_requests([renewal]))
    assert any(p.for_period == Period(2026, 11) for p in with_backpay.payments)
    assert unit.client.submit(with_backpay, "pay-0002").approved


def test_an_empty_or_misdated_payment_declaration_is_rejected(unit: AgencyUnit) -> None:
    add_two(unit)
    empty = unit.client.submit(Declaration(PAYMENT, CURRENT_PERIOD), "pay-0001")
    assert {(f.field, f.code) for f in empty.findings} == {("payments", "DECLARATION_EMPTY")}
    document = payment(unit.client)
    document.payments[0] = replace(document.payments[0], period=Period(2026, 10))
    misdated = unit.client.submit(document, "pay-0002")
    assert ("payments[0].period", "PAYMENT_PERIOD") in {(f.field, f.code) for f in misdated.findings}


def test_payment_details_by_insurance_and_gone_once_revoked(unit: AgencyUnit) -> None:
    add_two(unit)
    paid = unit.client.submit(payment(unit.client), "pay-0001")
    assert paid.approved
    medical = unit.client.payments(insurance=InsuranceType.MEDICAL)
    assert medical.total_count == 2 and {i.insurance for i in medical.items} == {InsuranceType.MEDICAL}
    assert set(medical.by_insurance) == {InsuranceType.MEDICAL}
    unit.client.revoke(paid.declaration_id)
    assert unit.client.payments().total_count == 0


def test_a_payment_is_revised_after_a_later_base_change_for_the_same_person(unit: AgencyUnit) -> None:
    add_two(unit)
    paid = unit.client.submit(payment(unit.client), "pay-0001")
    assert paid.approved
    change = declaration(DeclarationType.BASE_CHANGE, person_line(1, "张三", base="7000.00"))
    assert unit.client.submit(change, "base-0001").approved
    # Nothing builds on a payment (it changes no roster entry): the later base change does not pin it.
    revised = payment(unit.client)
    revised.replaces_serial = paid.serial_number
    again = unit.client.submit(revised, "pay-0002")
    assert again.approved, [f.code for f in again.findings]
    old = unit.client.declaration(paid.declaration_id).summary
    assert (old.status, old.replaced_by_serial) == (DeclarationStatus.REVOKED, again.serial_number)
    assert unit.client.payments().total_count == 8
    # The base change stands: replacing the payment did not put the roster back.
    assert [str(e.base) for e in unit.client.roster()] == ["7000.00", "10000.00"]


def test_a_personnel_declaration_stays_pinned_by_a_later_one_for_the_same_people(unit: AgencyUnit) -> None:
    added = add_two(unit)
    change = declaration(DeclarationType.BASE_CHANGE, person_line(1, "张三", base="7000.00"))
    assert unit.client.submit(change, "base-0001").approved
    with pytest.raises(AgencyError) as refused:
        unit.client.revoke(added.declaration_id)
    assert (refused.value.status, refused.value.code) == (409, "REVOKE_DEPENDENT")
    revised = declaration(DeclarationType.ADD, person_line(1, "张三"), replaces=added.serial_number)
    with pytest.raises(AgencyError) as not_replaced:
        unit.client.submit(revised, "add-0002")
    assert (not_replaced.value.status, not_replaced.value.code) == (409, "REPLACED_NOT_REVOCABLE")
