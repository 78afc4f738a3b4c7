"""Fixtures for the annual base window: the query windows' logged-in session (a real agency on loopback, a
real store in tmp) and a unit with four people insured since January 2026, the policy's first month."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.store import Store
from tests.gui.records.conftest import records_ctx, store  # noqa: F401
from tests.io.sheets import write_xlsx
from tests.support.agency import AgencyUnit, make_id_number
from tests.support.annual_base import insure_in_january

ZHANG, LI, WANG, QIAN, ZHAO = (make_id_number(n) for n in (71, 72, 73, 74, 75))
MONTHS = [f"{n}月" for n in range(1, 13)]
HEADER: list[object] = ["身份证号码", "姓名", *MONTHS, "全年工资总额", "工作月数"]


@pytest.fixture
def insured_unit(unit: AgencyUnit, store: Store, agency_clock: FixedClock) -> str:  # noqa: F811
    """张三 6,000, 李四 5,000, 王五 9,000, 钱七 10,000 insured since 2026-01; the local roster taken in as the
    log-in does."""
    people = [
        (71, "张三", "6000.00"),
        (72, "李四", "5000.00"),
        (73, "王五", "9000.00"),
        (74, "钱七", "10000.00"),
    ]
    insure_in_january(unit, agency_clock, people)
    store.replace_roster(unit.unit_code, unit.client.roster())
    return unit.unit_code


@pytest.fixture
def wages_file(tmp_path: Path) -> Path:
    """Last year's wages: 张三 3,000 a month (raised to the floor), 李四 50,000 over 7 months (7,142.86),
    钱七 30,000 a month (lowered to the ceiling), 赵六 not insured here; 王五 is not in the file."""
    blank: list[object] = [None] * 12
    rows: list[list[object]] = [
        HEADER,
        [ZHANG, "张三", *([3000] * 12), None, None],
        [LI, "李四", *blank, "50000", 7],
        [QIAN, "钱七", *blank, 360000, 12],
        [ZHAO, "赵六", *blank, 96000, 12],
    ]
    return write_xlsx(tmp_path / "2025年工资.xlsx", rows)
