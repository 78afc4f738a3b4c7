"""Fixtures for the payroll window: the query windows' logged-in session (a real agency on loopback, a
real store in tmp), and a unit with three people insured and November's payment declared and approved."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from tests.gui.records.conftest import add_declaration, add_line, records_ctx, store, submit  # noqa: F401
from tests.io.sheets import write_csv
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

ZHANG, LI, WANG, ZHAO = (make_id_number(n) for n in (51, 52, 53, 54))
HEADERS = ["身份证号码", "姓名", "应发工资", "个人养老", "个人医疗", "个人失业"]


@pytest.fixture
def paid_unit(unit: AgencyUnit, store: Store) -> str:  # noqa: F811
    """张三 6000.00, 李四 4801.00 and 王五 8000.00 insured, November's payment approved (its serial
    returned), and the local roster taken in as the log-in does."""
    added = add_declaration(
        add_line(ZHANG, "张三", "6000.00"), add_line(LI, "李四", "4801.00"), add_line(WANG, "王五", "8000.00")
    )
    assert submit(unit, added).approved
    policy = unit.client.policy().policy
    industry = unit.client.profile().industry_class
    payments = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD, industry_class=industry)
    result = submit(unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments))
    assert result.approved and result.serial_number is not None, result.findings
    store.replace_roster(unit.unit_code, unit.client.roster())
    return result.serial_number


@pytest.fixture
def payroll_file(tmp_path: Path) -> Path:
    """A payroll with one difference of each kind: 李四's medical withheld 96.00 (96.02 due) and wage 35 %
    over the declared one; 赵六 paid but not insured; 王五 insured but not on it."""
    rows = [
        HEADERS,
        [ZHANG, "张三", "6000.00", "480.00", "120.00", "30.00"],
        [LI, "李四", "6500.00", "384.08", "96.00", "24.01"],
        [ZHAO, "赵六", "5000.00", "", "", ""],
    ]
    return write_csv(tmp_path / "工资表-2026-11.csv", rows)
