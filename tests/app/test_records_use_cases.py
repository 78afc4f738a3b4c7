"""The records use cases against the real agency over HTTP and a real store file: the approved amounts
read once as Decimal, a record turned into a declaration in one place, revoke refusals as typed errors,
statements and receipts written from the agency's answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssclient.app.records import (
    DeclarationQuery,
    Records,
    RevokeRefused,
    approved_amount,
    change_window,
    record_declaration,
    revision_draft,
)
from ssclient.app.records_roster import RosterQuery
from ssclient.app.statements import Receipts, Statements
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.policy import default_policy
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from tests.support.agency import (  # noqa: F401
    CURRENT_PERIOD,
    AgencyUnit,
    agency,
    agency_client,
    agency_clock,
    make_id_number,
    unit,
)

ZHANG, LI = make_id_number(21), make_id_number(22)


@pytest.fixture
def store(tmp_path: Path, agency_clock: FixedClock) -> Iterator[Store]:  # noqa: F811
    opened = Store.open(tmp_path / "store.sqlite3", clock=agency_clock)
    yield opened
    opened.close()


def declare(unit: AgencyUnit, declaration: Declaration, key: str) -> str:  # noqa: F811
    result = unit.client.submit(declaration, f"app-records-{key}")
    assert result.approved, result.findings
    assert result.serial_number is not None
    return result.serial_number


def add(*people: tuple[str, str, str]) -> Declaration:
    lines = [DeclarationLine(id_number, name, "11", base, "否", "否") for id_number, name, base in people]
    return Declaration(DeclarationType.ADD, CURRENT_PERIOD, lines)


def record_id(records: Records, serial: str) -> int:
    items, _total = records.pages(DeclarationQuery())(0, 100)
    return next(item.id for item in items if item.serial_number == serial)


def test_approved_amounts_are_read_once_to_the_cent() -> None:
    assert approved_amount(" ６，５００ ") == Decimal("6500.00")
    assert approved_amount("4,800.5") == Decimal("4800.50")
    assert approved_amount("") is None
    assert approved_amount("about 5000") is None


def test_details_carry_the_amount_the_agency_approved_not_the_text_typed(
    unit: AgencyUnit,  # noqa: F811
    store: Store,
) -> None:
    serial = declare(unit, add((ZHANG, "张三", "６,５００")), "typed-full-width")
    records = Records(unit.client, store, unit.unit_code)
    details = records.details(record_id(records, serial))

    assert details.lines[0].wage_base == "6500.00"  # the agency keeps and answers the amount it approved
    assert details.bases == (Decimal("6500.00"),)
    declaration = record_declaration(details)
    assert declaration.lines[0].wage_base == "6500.00"
    assert (declaration.status, declaration.serial_number) == (DeclarationStatus.APPROVED, serial)
    # The roster took the same figure on approval.
    assert {e.id_number: e.base for e in unit.client.roster()} == {ZHANG: Decimal("6500.00")}


def test_revise_makes_a_draft_that_replaces_the_record(unit: AgencyUnit, store: Store) -> None:  # noqa: F811
    serial = declare(unit, add((ZHANG, "张三", "6000")), "revise-me")
    records = Records(unit.client, store, unit.unit_code)
    made = records.revise(record_id(records, serial))

    assert made.type is DeclarationType.ADD
    draft = store.get_declaration(made.declaration_id)
    assert (draft.status, draft.serial_number, draft.replaces_serial) == (
        DeclarationStatus.DRAFT,
        None,
        serial,
    )
    assert [(line.id_number, line.wage_base) for line in draft.lines] == [(ZHANG, "6000.00")]
    assert revision_draft(records.details(record_id(records, serial))).lines == draft.lines


def test_without_a_store_records_are_read_but_not_revised(unit: AgencyUnit) -> None:  # noqa: F811
    serial = declare(unit, add((ZHANG, "张三", "6000")), "no-store")
    records = Records(unit.client, None, unit.unit_code)
    assert not records.can_revise
    with pytest.raises(RuntimeError):
        records.revise(record_id(records, serial))


def test_revoke_takes_the_roster_in_again_and_a_refusal_is_a_typed_error(
    unit: AgencyUnit,  # noqa: F811
    store: Store,
) -> None:
    first = declare(unit, add((ZHANG, "张三", "6000")), "first")
    second = declare(unit, add((LI, "李四", "5000")), "second")
    leaving = Declaration(
        DeclarationType.INTERRUPTION, CURRENT_PERIOD, [DeclarationLine(ZHANG, "张三", reason="离职")]
    )
    blocking = declare(unit, leaving, "leaving")
    records = Records(unit.client, store, unit.unit_code)

    summary = records.revoke(record_id(records, second))
    assert (summary.serial_number, summary.status) == (second, DeclarationStatus.REVOKED)
    assert {e.id_number: e.status for e in store.roster(unit.unit_code).values()} == {
        ZHANG: PersonStatus.INTERRUPTED
    }
    with pytest.raises(RevokeRefused) as refused:
        records.revoke(record_id(records, first))
    assert (refused.value.code, refused.value.blocking_serial) == ("REVOKE_DEPENDENT", blocking)


def test_change_window_says_when_a_record_may_be_changed() -> None:
    policy = default_policy()
    november = Period(2026, 11)
    assert change_window(policy, date(2026, 11, 20), november) is None
    closed = change_window(policy, date(2026, 11, 24), november)
    assert closed is not None and closed.closed
    assert (closed.first, closed.last) == (date(2026, 11, 1), date(2026, 11, 23))
    ahead = change_window(policy, date(2026, 11, 20), Period(2026, 12))
    assert ahead is not None and not ahead.closed and ahead.first == date(2026, 12, 1)


def insure_and_pay(unit: AgencyUnit) -> tuple[Unit, str]:  # noqa: F811
    """Zhang and Li insured, and this period's payment for them approved: the unit and the serial."""
    declare(unit, add((ZHANG, "张三", "6000.00"), (LI, "李四", "4801.00")), "insure")
    profile = unit.client.profile()
    policy = unit.client.policy().policy
    payments = compute_payments(
        unit.client.roster(), policy, CURRENT_PERIOD, industry_class=profile.industry_class
    )
    return profile, declare(
        unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments), "pay"
    )


def test_statements_and_a_receipt_are_written_from_the_agencys_answers(
    unit: AgencyUnit,  # noqa: F811
    agency_clock: FixedClock,  # noqa: F811
    tmp_path: Path,
) -> None:
    profile, serial = insure_and_pay(unit)
    statements = Statements(unit.client)
    query = statements.details(CURRENT_PERIOD, CURRENT_PERIOD, "张")
    items, total = query.page(0, 100)
    assert total == 4 and {item.name for item in items} == {"张三"}
    by_insurance, overall = query.totals()
    assert overall is not None and overall.total == sum((t.total for t in by_insurance.values()), Decimal(0))

    written = statements.write(profile, CURRENT_PERIOD, tmp_path)
    assert (written.people, written.pdf.exists(), written.csv.exists()) == (2, True, True)
    empty = tmp_path / "october"
    empty.mkdir()
    assert statements.write(profile, Period(2026, 10), empty).people == 0
    assert list(empty.iterdir()) == []

    later = datetime(2026, 11, 21, 8, 0, tzinfo=CHINA_TZ)
    receipts = Receipts(unit.client, FixedClock(later))
    records = Records(unit.client, None, unit.unit_code)
    path = receipts.write(record_id(records, serial), profile, tmp_path / "receipt.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert f"Serial number {serial}" in text
    assert "Status as printed at 2026-11-21 08:00:00" in text


def test_statements_report_progress_and_a_cancel_leaves_no_file(
    unit: AgencyUnit,  # noqa: F811
    tmp_path: Path,
) -> None:
    profile, _serial = insure_and_pay(unit)
    statements = Statements(unit.client)
    seen: list[tuple[int, int]] = []
    statements.write(
        profile, CURRENT_PERIOD, tmp_path, progress=lambda done, total: seen.append((done, total))
    )
    # No count (the dialog shows it busy) while the details and the declared wages are read, then a count
    # per person, then none again while the files are saved (busy, not a full bar standing still), and
    # once more when saved, where a Cancel is still heard.
    assert seen == [(0, 0), (0, 0), (1, 2), (2, 2), (0, 0), (0, 0)]

    class Cancelled(Exception):
        pass

    def cancel_at_the_second_person(done: int, _total: int) -> None:
        if done == 2:
            raise Cancelled

    cancelled = tmp_path / "cancelled"
    cancelled.mkdir()
    with pytest.raises(Cancelled):
        statements.write(profile, CURRENT_PERIOD, cancelled, progress=cancel_at_the_second_person)
    assert list(cancelled.iterdir()) == []  # neither file, nor a half-written one


def test_the_roster_query_reads_the_local_roster_only(unit: AgencyUnit, store: Store) -> None:  # noqa: F811
    declare(unit, add((ZHANG, "张三", "6000"), (LI, "李四", "5000")), "roster")
    query = RosterQuery(store, unit.unit_code)
    assert query.pages("", None)(0, 10) == ([], 0)  # nothing taken in yet: the query never asks the agency
    store.replace_roster(unit.unit_code, unit.client.roster())
    entries, total = query.pages("李", PersonStatus.ACTIVE)(0, 10)
    assert total == 1 and [e.id_number for e in entries] == [LI]
