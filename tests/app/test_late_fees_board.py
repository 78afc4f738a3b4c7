"""The month board's late fees: every unit's last free day and fee if paid today, read from each unit's own
store file (read only), and the costliest first among units equally in need of attention."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from ssclient.app.late_fees import Basis
from ssclient.app.month_board import Attention, BoardRow, MonthBoard
from ssclient.app.units import UnitFolders
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.store import Store

AGENCY = "https://sb.example.gov.cn"
PERIOD = Period(2026, 11)
ZHANG = "110101199003070012"
# Three days after the window's last day (the 23rd): 0.05 % × 3 of the amount.
AFTER_THE_WINDOW = datetime(2026, 11, 26, 9, 30, tzinfo=CHINA_TZ)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(AFTER_THE_WINDOW)


def payment(employer: str, employee: str) -> Declaration:
    """A payment declaration of two lines, employer + employee shares as given (each split over them)."""
    lines = [
        PaymentLine(
            ZHANG, "张三", kind, PERIOD, Decimal("5000.00"), Decimal(employer) / 2, Decimal(employee) / 2
        )
        for kind in (InsuranceType.PENSION, InsuranceType.MEDICAL)
    ]
    return Declaration(DeclarationType.PAYMENT, PERIOD, payments=lines)


def make_units(clock: FixedClock) -> UnitFolders:
    """Four units, all with an add still in the draft box (the same attention, the window closed for all):
    170000001 approved a payment of 10,000.00; 170000002 has one of 20,000.00 in the draft box only;
    170000003 declared none; 170000004 approved 6,000.00 and nothing else is left to do."""
    units = UnitFolders.for_agency(AGENCY, clock)
    add = Declaration(DeclarationType.ADD, PERIOD, [DeclarationLine(ZHANG, "张三", "11", "5000.00")])
    plans = {
        "170000001": (payment("7000.00", "3000.00"), DeclarationStatus.APPROVED, True),
        "170000002": (payment("14000.00", "6000.00"), DeclarationStatus.DRAFT, True),
        "170000003": (None, None, True),
        "170000004": (payment("4000.00", "2000.00"), DeclarationStatus.APPROVED, False),
    }
    for code, (paid, status, drafting) in plans.items():
        with Store.open(units.store_path(code), clock=clock) as store:
            store.save_unit(Unit(code, f"单位{code[-1]}", "91330106MA2XXXXXX1", "330106123456789"))
            if drafting:
                store.create_draft(code, add)
            if paid is not None and status is not None:
                declaration_id = store.create_draft(code, paid)
                if status is DeclarationStatus.APPROVED:
                    store.enqueue(declaration_id, f"key-{code}")
                    store.set_status(declaration_id, status, serial_number=f"SB{code}")
        units.used(code, f"单位{code[-1]}")
    return units


def by_code(rows: list[BoardRow]) -> dict[str, BoardRow]:
    return {row.unit_code: row for row in rows}


def test_each_unit_shows_its_last_free_day_and_the_fee_if_paid_today(clock: FixedClock) -> None:
    rows = MonthBoard(make_units(clock)).rows()
    found = by_code(rows)
    fees = {code: row.late_fee.fee_today if row.late_fee else "?" for code, row in found.items()}
    assert fees == {
        "170000001": Decimal("15.00"),  # 10,000.00 × 0.05 % × 3 days
        "170000002": Decimal("30.00"),
        "170000003": None,  # nothing declared: no amount to reckon on
        "170000004": Decimal("9.00"),
    }
    assert all(row.late_fee and row.late_fee.last_free_day == date(2026, 11, 23) for row in rows)
    assert [outlook.basis for code in sorted(found) if (outlook := found[code].late_fee)] == [
        Basis.APPROVED,
        Basis.DRAFT,
        Basis.NONE,
        Basis.APPROVED,
    ]
    # Equally to do, the window closed for all: the costliest first, then by code; the unit with nothing
    # left to do stays last whatever its fee.
    assert [row.unit_code for row in rows] == ["170000002", "170000001", "170000003", "170000004"]
    assert [row.attention for row in rows][-1] is Attention.DONE


def test_inside_the_window_nothing_is_owed_yet(clock: FixedClock) -> None:
    units = make_units(clock)
    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ))
    found = by_code(MonthBoard(units).rows())
    late_fee = found["170000002"].late_fee
    assert late_fee is not None
    assert (late_fee.fee_today, late_fee.days_to_deadline) == (Decimal("0.00"), 3)
    assert late_fee.fee_after(4) == Decimal("10.00")  # paid on the 24th: one day late on 20,000.00
