"""The client's store and the agency each apply approved declarations to a roster (the client to work
offline, the agency as the record). Both must read a declaration the same way, or the client would check
drafts against a roster the agency does not have."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.store import Store
from tests.support.agency import AgencyUnit, make_id_number, person_line


def _comparable(entry: RosterEntry) -> tuple[object, ...]:
    return (
        entry.id_number,
        entry.name,
        entry.status,
        entry.base,
        entry.since,
        entry.interrupted_from,
        entry.base_history,
        entry.renewed_in,
        entry.backpay,
    )


def test_the_store_and_the_agency_build_the_same_roster_from_the_same_approvals(
    tmp_path: Path, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    a, b = make_id_number(1), make_id_number(2)
    months = [
        (
            Period(2026, 11),
            [
                Declaration(
                    DeclarationType.ADD,
                    Period(2026, 11),
                    [person_line(1, "张三", "6000.00"), person_line(2, "李四", "5000.00")],
                )
            ],
        ),
        (
            Period(2026, 12),
            [
                Declaration(
                    DeclarationType.BASE_CHANGE,
                    Period(2026, 12),
                    [DeclarationLine(a, "张三", wage_base="7000.00", effective_period="2026-12")],
                ),
                Declaration(
                    DeclarationType.INTERRUPTION,
                    Period(2026, 12),
                    [DeclarationLine(b, "李四", reason="离职")],
                ),
            ],
        ),
        (
            Period(2027, 1),
            [
                Declaration(
                    DeclarationType.RENEWAL,
                    Period(2027, 1),
                    [person_line(2, "李四", "5500.00", backpay={InsuranceType.PENSION: 1})],
                )
            ],
        ),
    ]
    with Store.open(tmp_path / "store.sqlite3", clock=agency_clock) as store:
        store.save_unit(unit.client.profile())
        for period, declarations in months:
            agency_clock.set(datetime(period.year, period.month, 10, 9, 0, tzinfo=CHINA_TZ))
            unit.relogin()
            for declaration in declarations:
                result = unit.client.submit(declaration, f"agree-{period}-{declaration.type}")
                assert result.approved, result.findings
                store.apply_approved(unit.unit_code, declaration)
            local = sorted(map(_comparable, store.roster(unit.unit_code).values()))
            remote = sorted(map(_comparable, unit.client.roster()))
            assert local == remote, f"after {period}"
