"""The payroll reconciliation use case against the real agency over HTTP, with a declared and approved
payment, and the local roster in a real store file."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.app.payroll import (
    Difference,
    NoApprovedPayment,
    PayrollReconciliation,
    Reconciliation,
    Refused,
    problem_text,
)
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from tests.io.sheets import write_csv
from tests.support.agency import (  # noqa: F401
    CURRENT_PERIOD,
    AgencyUnit,
    agency,
    agency_client,
    agency_clock,
    make_id_number,
    unit,
)

ZHANG, LI, WANG, ZHAO = (make_id_number(n) for n in (41, 42, 43, 44))
HEADERS = ["身份证号码", "姓名", "应发工资", "个人养老", "个人医疗", "个人失业"]


@pytest.fixture
def store(tmp_path: Path, agency_clock: FixedClock) -> Iterator[Store]:  # noqa: F811
    opened = Store.open(tmp_path / "store.sqlite3", clock=agency_clock)
    yield opened
    opened.close()


def insure_and_pay(unit: AgencyUnit, store: Store) -> str:  # noqa: F811
    """张三 6000.00, 李四 4801.00, 王五 8000.00 added and their November payment declared and approved;
    the local roster taken in as a log-in does."""
    people = [(ZHANG, "张三", "6000.00"), (LI, "李四", "4801.00"), (WANG, "王五", "8000.00")]
    lines = [DeclarationLine(number, name, "11", base, "否", "否") for number, name, base in people]
    added = unit.client.submit(Declaration(DeclarationType.ADD, CURRENT_PERIOD, lines), "payroll-add")
    assert added.approved, added.findings
    policy = unit.client.policy().policy
    industry = unit.client.profile().industry_class
    payments = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD, industry_class=industry)
    paid = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments), "payroll-pay"
    )
    assert paid.approved and paid.serial_number is not None, paid.findings
    store.replace_roster(unit.unit_code, unit.client.roster())
    return paid.serial_number


def use_case(unit: AgencyUnit, store: Store, clock: FixedClock) -> PayrollReconciliation:  # noqa: F811
    return PayrollReconciliation(unit.client, store, unit.unit_code, clock)


def test_the_payroll_against_the_approved_payment(
    tmp_path: Path,
    unit: AgencyUnit,  # noqa: F811
    store: Store,
    agency_clock: FixedClock,  # noqa: F811
) -> None:
    serial = insure_and_pay(unit, store)
    rows = [
        HEADERS,
        [ZHANG, "张三", "6000.00", "480.00", "120.00", "30.00"],
        [LI, "李四", "6500.00", "384.08", "96.00", "24.01"],  # medical 96.02 due; wage 35 % over
        [ZHAO, "赵六", "5000.00", "", "", ""],  # paid, not insured
    ]  # 王五 insured, not on the payroll
    outcome = use_case(unit, store, agency_clock).check(write_csv(tmp_path / "p.csv", rows), CURRENT_PERIOD)
    assert isinstance(outcome, Reconciliation)
    assert outcome.serial_numbers == (serial,)
    assert [(m.kind, m.name) for m in outcome.findings] == [
        (Difference.PAID_NOT_INSURED, "赵六"),
        (Difference.INSURED_NOT_PAID, "王五"),
        (Difference.WITHHELD_DIFFERS, "李四"),
        (Difference.WAGE_DIFFERS, "李四"),
    ]
    assert outcome.findings[1].declared == Decimal("840.00")  # 8000 × (8 + 2 + 0.5) %
    assert outcome.findings[2].money == Decimal("-0.02")
    assert (outcome.payroll_people, outcome.declared_people) == (3, 3)
    assert outcome.payroll_wages == Decimal("17500.00")
    assert outcome.declared_employee == Decimal("630.00") + Decimal("504.11") + Decimal("840.00")
    assert outcome.payroll_withheld == Decimal("630.00") + Decimal("504.09")


def test_no_approved_payment_is_said_so(
    tmp_path: Path,
    unit: AgencyUnit,  # noqa: F811
    store: Store,
    agency_clock: FixedClock,  # noqa: F811
) -> None:
    rows = [HEADERS, [ZHANG, "张三", "6000.00", "480.00", "120.00", "30.00"]]
    outcome = use_case(unit, store, agency_clock).check(write_csv(tmp_path / "p.csv", rows), CURRENT_PERIOD)
    assert outcome == NoApprovedPayment(CURRENT_PERIOD)


def test_a_refused_file_is_not_compared(
    tmp_path: Path,
    unit: AgencyUnit,  # noqa: F811
    store: Store,
    agency_clock: FixedClock,  # noqa: F811
) -> None:
    reconciliation = use_case(unit, store, agency_clock)
    bad = write_csv(tmp_path / "bad.csv", [HEADERS, [ZHANG, "张三", "six thousand", "", "", ""]])
    refused = reconciliation.check(bad, CURRENT_PERIOD)
    assert isinstance(refused, Refused) and refused.file is None
    (problem,) = refused.problems
    assert (problem.row, problem.column) == (2, "应发工资")
    assert problem_text(problem.finding) == "six thousand is not an amount; write a number such as 6500.00."
    unusable = reconciliation.check(write_csv(tmp_path / "none.csv", [["部门"], ["财务"]]), CURRENT_PERIOD)
    assert isinstance(unusable, Refused) and unusable.file is not None
    assert unusable.reason().startswith("none.csv lacks the columns 身份证号码 (id_number)")


def test_the_template_is_written(tmp_path: Path) -> None:
    path = PayrollReconciliation.save_template(tmp_path / "工资表模板.xlsx")
    assert path.exists() and path.stat().st_size > 0
