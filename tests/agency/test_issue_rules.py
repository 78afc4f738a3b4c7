"""The agency's review applies the shared rulebook's declaring rules (the client's side is tests/rules)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from ssclient.agency.schema import make_engine
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType, Severity
from ssclient.rules.payment import backpay_requests, compute_payments
from ssclient.sync.api import AgencyClient, AgencyError, Verdict
from tests.rules.idgen import check_character
from tests.support.agency import (
    CURRENT_PERIOD,
    STRONG_PASSWORD,
    AgencyUnit,
    declaration,
    make_id_number,
    make_uscc,
    person_line,
)

ADD = DeclarationType.ADD


def findings(result: Verdict) -> set[tuple[str, str, Severity]]:
    return {(f.field, f.code, f.severity) for f in result.findings}


def test_a_wage_above_the_ceiling_is_approved_with_a_warning_and_paid_on_the_ceiling(
    unit: AgencyUnit,
) -> None:
    result = unit.client.submit(declaration(ADD, person_line(1, "张三", base="30000.00")), "add-0001")
    assert result.approved
    assert findings(result) == {("lines[0].wage_base", "BASE_ABOVE_CEILING", Severity.WARNING)}
    assert result.findings[0].params == {"value": "30000.00", "limit": "24000.00"}
    (entry,) = unit.client.roster()
    assert entry.base == Decimal("30000.00")  # the roster keeps the declared wage

    lines = compute_payments(unit.client.roster(), unit.client.policy().policy, CURRENT_PERIOD)
    pension = next(line for line in lines if line.insurance is InsuranceType.PENSION)
    assert (pension.base, pension.employer_amount) == (Decimal("24000.00"), Decimal("3840.00"))
    assert pension.wage == Decimal("30000.00")  # the line keeps the declared wage beside the base used
    paid = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines), "pay-0001"
    )
    assert paid.approved, paid.findings
    assert paid.declaration_id is not None
    record = unit.client.declaration(paid.declaration_id)
    assert [(x.wage, x.base) for x in record.payments][:1] == [(Decimal("30000.00"), Decimal("24000.00"))]


def test_a_wage_below_the_floor_is_approved_with_a_warning(unit: AgencyUnit) -> None:
    result = unit.client.submit(declaration(ADD, person_line(2, "李四", base="3000")), "add-0002")
    assert result.approved
    assert findings(result) == {("lines[0].wage_base", "BASE_BELOW_FLOOR", Severity.WARNING)}
    base_change = declaration(DeclarationType.BASE_CHANGE, person_line(2, "李四", base="0"))
    refused = unit.client.submit(base_change, "base-0001")
    assert not refused.approved
    assert ("lines[0].wage_base", "BASE_NOT_POSITIVE", Severity.ERROR) in findings(refused)
    assert make_id_number(2) == unit.client.roster()[0].id_number


def test_every_identity_is_accepted_and_names_follow_the_id_type(unit: AgencyUnit) -> None:
    taiwan = "830000" + "19880601" + "123"
    taiwan += check_character(taiwan)
    permanent = "911840" + "19850512" + "124"
    permanent += check_character(permanent)
    people = declaration(
        ADD,
        replace(person_line(3, "陈大文", id_type="港澳台居民居住证"), id_number=taiwan),
        replace(person_line(4, "Anna Muller", id_type="外国人永久居留身份证"), id_number=permanent),
        replace(person_line(5, "John Smith", id_type="护照", nationality="英国"), id_number="E1234567"),
        person_line(6, "赵孟𫖯"),
    )
    result = unit.client.submit(people, "add-0003")
    assert result.approved, result.findings
    assert {entry.id_number for entry in unit.client.roster()} == {
        taiwan,
        permanent,
        "E1234567",
        make_id_number(6),
    }
    record = unit.client.declaration(result.declaration_id)
    assert [line.id_type for line in record.lines] == ["港澳台居民居住证", "外国人永久居留身份证", "护照", ""]
    assert record.lines[2].nationality == "英国"

    refused = unit.client.submit(
        declaration(
            ADD, person_line(7, "赵C"), replace(person_line(8, "Li", id_type="护照"), id_number="E7654321")
        ),
        "add-0004",
    )
    assert not refused.approved
    assert {(f.field, f.code) for f in refused.findings} == {
        ("lines[0].name", "NAME_LATIN_ON_CHINESE_ID"),
        ("lines[1].nationality", "NATIONALITY_REQUIRED"),
    }


def migrant_line(seq: int, name: str, province: str, city: str, county: str) -> DeclarationLine:
    line = person_line(
        seq, name, migrant_worker="是", migrant_insurance="是", province=province, city=city, county=county
    )
    return replace(line, hukou_type="22")


def test_home_regions_by_six_digit_code_and_as_people_write_them(unit: AgencyUnit) -> None:
    people = declaration(
        ADD,
        migrant_line(9, "王五", "330000", "330100", "330106"),
        migrant_line(10, "赵六", "北京市", "北京市", "朝阳区"),
    )
    result = unit.client.submit(people, "add-0005")
    assert result.approved, result.findings
    refused = unit.client.submit(
        declaration(ADD, migrant_line(11, "钱七", "浙江省", "北京市", "朝阳区")), "add-0006"
    )
    assert {(f.field, f.code) for f in refused.findings} == {("lines[0].city", "CITY_UNKNOWN")}


def test_the_roster_keeps_the_womens_category_and_the_migrant_insurance_answer(unit: AgencyUnit) -> None:
    woman = make_id_number(14, birth="19800301")  # sequence 014: an even 17th digit, a woman
    line = replace(person_line(14, "孙八", womens_category="女干部"), id_number=woman)
    result = unit.client.submit(
        declaration(ADD, line, migrant_line(15, "周九", "北京市", "北京市", "朝阳区")), "add-0007"
    )
    assert result.approved, result.findings
    kept = {
        entry.id_number: (entry.womens_category, entry.migrant_insurance) for entry in unit.client.roster()
    }
    assert kept == {woman: ("cadre", "否"), make_id_number(15): ("", "是")}


def test_an_agency_database_from_before_the_new_roster_columns_gains_them(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'agency.sqlite3'}"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE roster DROP COLUMN womens_category"))
        connection.execute(text("ALTER TABLE roster DROP COLUMN migrant_insurance"))
    engine.dispose()
    again = make_engine(url)
    names = {column["name"] for column in inspect(again).get_columns("roster")}
    again.dispose()
    assert {"womens_category", "migrant_insurance"} <= names


def test_the_industry_class_is_asked_at_registration_and_used_in_every_payment(
    agency_client: AgencyClient,
) -> None:
    code = make_uscc()
    registration = agency_client.register(
        name="北京示例化工有限公司",
        uscc=code,
        tax_number=code,
        contact="王会计",
        password=code,
        industry_class=7,
    )
    agency_client.login(registration.unit_code, code)
    agency_client.change_password(code, STRONG_PASSWORD)
    assert agency_client.profile().industry_class == 7
    assert agency_client.submit(
        declaration(ADD, person_line(16, "吴十", base="10000.00")), "add-0008"
    ).approved
    policy = agency_client.policy().policy
    at_class_1 = compute_payments(agency_client.roster(), policy, CURRENT_PERIOD)
    refused = agency_client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=at_class_1), "pay-0001"
    )
    assert {(f.field, f.code) for f in refused.findings} == {
        ("payments[3].employer_amount", "PAYMENT_MISMATCH")
    }
    at_class_7 = compute_payments(agency_client.roster(), policy, CURRENT_PERIOD, industry_class=7)
    injury = next(line for line in at_class_7 if line.insurance is InsuranceType.WORK_INJURY)
    assert injury.employer_amount == Decimal("160.00")  # class 7: 1.6 % of 10,000.00
    paid = agency_client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=at_class_7), "pay-0002"
    )
    assert paid.approved, paid.findings


@pytest.mark.parametrize("industry_class", [0, 9])
def test_a_registration_with_a_class_outside_1_to_8_is_refused(
    agency_client: AgencyClient, industry_class: int
) -> None:
    code = make_uscc()
    with pytest.raises(AgencyError) as refused:
        agency_client.register(
            name="北京示例有限公司",
            uscc=code,
            tax_number=code,
            contact="王会计",
            password=code,
            industry_class=industry_class,
        )
    assert [(f.field, f.code) for f in refused.value.findings] == [
        ("industry_class", "INDUSTRY_CLASS_INVALID")
    ]


def test_the_agency_flags_a_local_urban_migrant_and_spares_rural_workers_the_unemployment_share(
    unit: AgencyUnit,
) -> None:
    contradiction = replace(person_line(17, "郑十一", migrant_worker="是"), hukou_type="11")
    refused = unit.client.submit(declaration(ADD, contradiction), "add-0009")
    assert {(f.field, f.code) for f in refused.findings} == {
        ("lines[0].migrant_worker", "HUKOU_MIGRANT_CONTRADICTION")
    }

    rural = replace(person_line(18, "冯十二", base="6000.00"), hukou_type="22")
    assert unit.client.submit(
        declaration(ADD, rural, person_line(19, "陈十三", base="6000.00")), "add-0010"
    ).approved
    lines = compute_payments(unit.client.roster(), unit.client.policy().policy, CURRENT_PERIOD)
    employee_shares = {
        line.id_number: line.employee_amount for line in lines if line.insurance is InsuranceType.UNEMPLOYMENT
    }
    assert employee_shares == {make_id_number(18): Decimal("0.00"), make_id_number(19): Decimal("30.00")}
    # Charged like everyone else, the rural worker's line is refused by the agency's own computation.
    charged = [
        replace(line, employee_amount=Decimal("30.00"))
        if line.insurance is InsuranceType.UNEMPLOYMENT and line.id_number == make_id_number(18)
        else line
        for line in lines
    ]
    refused = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=charged), "pay-0003"
    )
    assert {f.code for f in refused.findings} == {"PAYMENT_MISMATCH"}
    assert [f.params["expected"] for f in refused.findings] == ["0.00"]
    paid = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines), "pay-0004"
    )
    assert paid.approved, paid.findings


def test_the_agency_refuses_a_base_change_effective_before_the_person_joined(unit: AgencyUnit) -> None:
    assert unit.client.submit(declaration(ADD, person_line(20, "褚十四")), "add-0011").approved
    early = person_line(20, "褚十四", base="7000.00", effective_period=str(CURRENT_PERIOD.add_months(-1)))
    refused = unit.client.submit(declaration(DeclarationType.BASE_CHANGE, early), "base-0002")
    assert {(f.field, f.code) for f in refused.findings} == {
        ("lines[0].effective_period", "EFFECTIVE_PERIOD_BEFORE_JOINING")
    }
    (entry,) = unit.client.roster()
    assert entry.base == Decimal("6500.00")


def test_a_new_hire_added_with_back_pay_owes_the_missed_month(unit: AgencyUnit) -> None:
    hired = person_line(21, "卫十五", base="8000.00", backpay={InsuranceType.PENSION: 1})
    added = declaration(ADD, hired)
    assert unit.client.submit(added, "add-0012").approved
    policy = unit.client.policy().policy
    without = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD)
    refused = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=without), "pay-0005"
    )
    assert {f.code for f in refused.findings} == {"PAYMENT_MISSING"}
    lines = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD, backpay=backpay_requests([added]))
    back = [line for line in lines if line.for_period is not None]
    assert [(line.insurance, str(line.for_period), line.employer_amount) for line in back] == [
        (InsuranceType.PENSION, str(CURRENT_PERIOD.add_months(-1)), Decimal("1280.00"))
    ]
    paid = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines), "pay-0006"
    )
    assert paid.approved, paid.findings
