"""Submitting declarations: the review, its roster effects, idempotency, isolation, window and revoke."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from ssclient.agency.server import RunningAgency, start_agency
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.sync.api import AgencyClient, AgencyError, DeclarationQuery, Verdict
from tests.support.agency import AgencyUnit, declaration, make_id_number, person_line, register_unit

ADD, RENEWAL, INTERRUPTION, BASE_CHANGE = (
    DeclarationType.ADD,
    DeclarationType.RENEWAL,
    DeclarationType.INTERRUPTION,
    DeclarationType.BASE_CHANGE,
)


def approved(result: Verdict) -> Verdict:
    assert result.approved, [f.code for f in result.findings]
    return result


def codes(result: Verdict) -> set[tuple[str, str]]:
    return {(f.field, f.code) for f in result.findings}


def test_an_add_is_approved_with_a_serial_number_and_the_roster_follows(unit: AgencyUnit) -> None:
    result = approved(
        unit.client.submit(declaration(ADD, person_line(1, "张三"), person_line(2, "李四")), "add-0001")
    )
    assert result.serial_number is not None and result.serial_number.startswith("SB20261120")
    assert not result.replayed
    roster = {entry.id_number: entry for entry in unit.client.roster()}
    assert set(roster) == {make_id_number(1), make_id_number(2)}
    entry = roster[make_id_number(1)]
    assert (entry.name, entry.status, str(entry.base), entry.since) == (
        "张三",
        PersonStatus.ACTIVE,
        "6500.00",
        Period(2026, 11),
    )
    assert set(entry.insurances) == set(InsuranceType)


def test_serial_numbers_are_unique(unit: AgencyUnit) -> None:
    first = approved(unit.client.submit(declaration(ADD, person_line(1)), "add-0001"))
    second = approved(unit.client.submit(declaration(ADD, person_line(2)), "add-0002"))
    assert first.serial_number != second.serial_number


def test_a_rejection_names_the_line_and_field_and_changes_nothing(unit: AgencyUnit) -> None:
    bad = person_line(2, "李四", base="100")
    bad.id_number = bad.id_number[:-1] + ("0" if bad.id_number[-1] != "0" else "1")
    result = unit.client.submit(declaration(ADD, person_line(1), bad), "add-0001")
    assert result.status is DeclarationStatus.REJECTED and result.serial_number is None
    assert {("lines[1].id_number", "ID_CHECKSUM"), ("lines[1].wage_base", "BASE_BELOW_FLOOR")} <= codes(
        result
    )
    assert unit.client.roster() == []
    record = unit.client.declaration(result.declaration_id)
    assert record.summary.status is DeclarationStatus.REJECTED
    assert {f.code for f in record.findings} >= {"ID_CHECKSUM", "BASE_BELOW_FLOOR"}


def test_a_person_insured_at_another_unit_cannot_be_added(agency_client: AgencyClient) -> None:
    first = register_unit(agency_client, name="甲公司")
    first_token = agency_client.token
    approved(agency_client.submit(declaration(ADD, person_line(1)), "add-0001"))
    register_unit(agency_client, name="乙公司")
    rejected = agency_client.submit(declaration(ADD, person_line(1), person_line(2)), "add-0001")
    assert codes(rejected) == {("lines[0].id_number", "ROSTER_INSURED_ELSEWHERE")}

    # Once the first unit interrupts, the second may add the person.
    second_token = agency_client.token
    agency_client.token = first_token
    approved(agency_client.submit(declaration(INTERRUPTION, person_line(1, reason="离职")), "stop-0001"))
    assert agency_client.profile().unit_code == first.unit_code
    agency_client.token = second_token
    approved(agency_client.submit(declaration(ADD, person_line(1), person_line(2)), "add-0002"))


def test_interrupting_someone_not_insured_here_is_rejected(unit: AgencyUnit) -> None:
    result = unit.client.submit(declaration(INTERRUPTION, person_line(5, reason="离职")), "stop-0001")
    assert codes(result) == {("lines[0].id_number", "ROSTER_NOT_ACTIVE")}


def test_interruption_then_renewal_with_back_payment_inside_the_limits(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    approved(unit.client.submit(declaration(ADD, person_line(1)), "add-0001"))
    approved(unit.client.submit(declaration(INTERRUPTION, person_line(1, reason="离职")), "stop-0001"))
    entry = unit.client.roster()[0]
    assert (entry.status, entry.interrupted_from) == (PersonStatus.INTERRUPTED, Period(2026, 11))

    # December: renew with back payment for November.
    agency_clock.set(datetime(2026, 12, 3, 10, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    too_much = person_line(1, base="7000.00")
    too_much.backpay = {InsuranceType.PENSION: 2, InsuranceType.MEDICAL: 3}
    rejected = unit.client.submit(declaration(RENEWAL, too_much, period=Period(2026, 12)), "renew-0001")
    assert codes(rejected) == {
        ("lines[0].backpay.pension", "BACKPAY_INVALID"),  # pension allows 1 month
        ("lines[0].backpay.medical", "BACKPAY_BEFORE_INTERRUPTION"),  # reaches before November
        ("lines[0].backpay.pension", "BACKPAY_BEFORE_INTERRUPTION"),
    }
    fine = person_line(1, base="7000.00")
    fine.backpay = {InsuranceType.PENSION: 1, InsuranceType.MEDICAL: 1}
    approved(unit.client.submit(declaration(RENEWAL, fine, period=Period(2026, 12)), "renew-0002"))
    entry = unit.client.roster()[0]
    assert (entry.status, entry.interrupted_from, str(entry.base), entry.since) == (
        PersonStatus.ACTIVE,
        None,
        "7000.00",
        Period(2026, 12),
    )


def test_renewal_of_someone_never_interrupted_is_rejected(unit: AgencyUnit) -> None:
    approved(unit.client.submit(declaration(ADD, person_line(1)), "add-0001"))
    result = unit.client.submit(declaration(RENEWAL, person_line(1)), "renew-0001")
    assert ("lines[0].id_number", "ROSTER_NOT_INTERRUPTED") in codes(result)


def test_a_base_change_applies_from_its_effective_month(unit: AgencyUnit, agency_clock: FixedClock) -> None:
    approved(unit.client.submit(declaration(ADD, person_line(1)), "add-0001"))
    agency_clock.set(datetime(2026, 12, 5, 9, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    change = person_line(1, base="9000.00", effective_period="2027-01")
    approved(unit.client.submit(declaration(BASE_CHANGE, change, period=Period(2026, 12)), "base-0001"))
    entry = unit.client.roster()[0]
    assert entry.base_on(Period(2026, 12)) == entry.base_on(Period(2026, 11)) == 6500
    assert entry.base_on(Period(2027, 1)) == 9000
    assert str(entry.base) == "9000.00"


def test_the_window_is_open_on_the_23rd_and_closed_on_the_24th(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    agency_clock.set(datetime(2026, 11, 23, 23, 59, tzinfo=CHINA_TZ))
    unit.relogin()
    calendar = unit.client.policy().calendar
    assert (
        calendar.window_open,
        calendar.days_left,
        calendar.closes_on.day if calendar.closes_on else 0,
    ) == (True, 1, 23)
    approved(unit.client.submit(declaration(ADD, person_line(1)), "add-0001"))

    agency_clock.advance(timedelta(minutes=1))  # midnight in Beijing: the 24th
    calendar = unit.client.policy().calendar
    assert (calendar.window_open, calendar.days_left, str(calendar.next_open)) == (False, 0, "2026-12-01")
    result = unit.client.submit(declaration(ADD, person_line(2)), "add-0002")
    assert codes(result) == {("period", "WINDOW_CLOSED")}


def test_a_declaration_for_another_period_is_rejected(unit: AgencyUnit) -> None:
    result = unit.client.submit(declaration(ADD, person_line(1), period=Period(2026, 10)), "add-0001")
    assert codes(result) == {("period", "PERIOD_NOT_CURRENT")}


# --- idempotency ------------------------------------------------------------------------------------------


def test_the_same_key_again_answers_the_first_answer_and_creates_nothing(unit: AgencyUnit) -> None:
    document = declaration(ADD, person_line(1), person_line(2))
    first = approved(unit.client.submit(document, "same-key-01"))
    again = unit.client.submit(document, "same-key-01")
    assert again.replayed
    assert (again.declaration_id, again.serial_number, again.status) == (
        first.declaration_id,
        first.serial_number,
        first.status,
    )
    assert unit.client.declarations().total == 1
    assert unit.client.find_submission("same-key-01") == again
    assert unit.client.find_submission("never-sent-01") is None


def test_the_same_key_with_another_body_is_refused(unit: AgencyUnit) -> None:
    approved(unit.client.submit(declaration(ADD, person_line(1)), "same-key-01"))
    with pytest.raises(AgencyError) as refused:
        unit.client.submit(declaration(ADD, person_line(2)), "same-key-01")
    assert (refused.value.status, refused.value.code) == (409, "IDEMPOTENCY_KEY_REUSED")
    assert unit.client.declarations().total == 1


def test_two_threads_sending_the_same_key_at_once_make_one_record(
    agency: RunningAgency, unit: AgencyUnit
) -> None:
    document = declaration(ADD, *(person_line(i, base="7000") for i in range(30)))
    answers = send_at_once([agency.url, agency.url], unit.client.token, document, "race-key-01")
    assert len({a.declaration_id for a in answers}) == 1
    assert sorted(a.replayed for a in answers) == [False, True]
    assert unit.client.declarations().total == 1
    assert len(unit.client.roster()) == 30


def test_the_unique_constraint_itself_refuses_a_second_record_for_a_key(agency: RunningAgency) -> None:
    from sqlalchemy import insert, select
    from sqlalchemy.exc import IntegrityError

    from ssclient.agency.db import DeclarationRow, UnitRow

    now = agency.clock.now()
    with agency.state.sessions() as db:
        db.add(
            UnitRow(
                unit_code="170000001",
                name="x",
                uscc="U",
                tax_number="T",
                contact="c",
                password_hash="h",
                must_change_password=False,
                failed_logins=0,
                created_at=now,
            )
        )
        db.commit()
        unit_id = db.scalar(select(UnitRow.id))
        row = {
            "unit_id": unit_id,
            "idempotency_key": "k" * 8,
            "body_hash": "h",
            "type": "add",
            "period": "2026-11",
            "status": "approved",
            "submitted_at": now,
            "line_count": 0,
            "people": "[]",
            "body": "{}",
            "findings": "[]",
        }
        db.execute(insert(DeclarationRow), [row])
        with pytest.raises(IntegrityError):
            db.execute(insert(DeclarationRow), [row])


# --- isolation --------------------------------------------------------------------------------------------


def test_a_unit_can_neither_read_nor_revoke_another_units_records(agency_client: AgencyClient) -> None:
    register_unit(agency_client, name="甲公司")
    theirs = approved(agency_client.submit(declaration(ADD, person_line(1)), "add-0001"))
    register_unit(agency_client, name="乙公司")
    calls: tuple[Callable[[], object], ...] = (
        lambda: agency_client.declaration(theirs.declaration_id),
        lambda: agency_client.revoke(theirs.declaration_id),
    )
    for call in calls:
        with pytest.raises(AgencyError) as refused:
            call()
        assert (refused.value.status, refused.value.code) == (404, "NOT_FOUND")
    assert agency_client.find_submission("add-0001") is None
    assert agency_client.declarations().total == 0
    assert agency_client.roster() == []
    assert agency_client.declarations(DeclarationQuery(person=make_id_number(1))).total == 0


# --- revoke and revise ------------------------------------------------------------------------------------


def test_revoke_reverts_the_roster_while_the_window_is_open(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    add = approved(unit.client.submit(declaration(ADD, person_line(1), person_line(2)), "add-0001"))
    agency_clock.set(datetime(2026, 11, 23, 18, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    record = unit.client.revoke(add.declaration_id)
    assert record.summary.status is DeclarationStatus.REVOKED and record.summary.revoked_at is not None
    assert unit.client.roster() == []
    with pytest.raises(AgencyError) as again:
        unit.client.revoke(add.declaration_id)
    assert (again.value.status, again.value.code) == (409, "REVOKE_NOT_APPROVED")


def test_revoke_is_refused_after_the_window(unit: AgencyUnit, agency_clock: FixedClock) -> None:
    add = approved(unit.client.submit(declaration(ADD, person_line(1)), "add-0001"))
    agency_clock.set(datetime(2026, 11, 24, 8, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    with pytest.raises(AgencyError) as refused:
        unit.client.revoke(add.declaration_id)
    assert (refused.value.status, refused.value.code) == (409, "REVOKE_WINDOW_CLOSED")
    assert "2026-11" in refused.value.message
    assert len(unit.client.roster()) == 1


def test_revoke_is_refused_while_a_later_declaration_depends_on_it(unit: AgencyUnit) -> None:
    add = approved(unit.client.submit(declaration(ADD, person_line(1)), "add-0001"))
    stop = approved(unit.client.submit(declaration(INTERRUPTION, person_line(1, reason="离职")), "stop-0001"))
    with pytest.raises(AgencyError) as refused:
        unit.client.revoke(add.declaration_id)
    assert refused.value.code == "REVOKE_DEPENDENT" and str(stop.serial_number) in refused.value.message
    # Revoking the later one first makes the first revocable; the roster goes back step by step.
    unit.client.revoke(stop.declaration_id)
    assert unit.client.roster()[0].status is PersonStatus.ACTIVE
    unit.client.revoke(add.declaration_id)
    assert unit.client.roster() == []


def test_revoking_a_rejected_record_is_refused(unit: AgencyUnit) -> None:
    rejected = unit.client.submit(declaration(INTERRUPTION, person_line(1, reason="离职")), "stop-0001")
    with pytest.raises(AgencyError) as refused:
        unit.client.revoke(rejected.declaration_id)
    assert refused.value.code == "REVOKE_NOT_APPROVED"


def test_revise_replaces_an_approved_record_and_links_both(unit: AgencyUnit) -> None:
    first = approved(
        unit.client.submit(declaration(ADD, person_line(1, base="5000"), person_line(2)), "add-0001")
    )
    revised = declaration(ADD, person_line(1, base="5500"), replaces=first.serial_number)
    second = approved(unit.client.submit(revised, "add-0002"))
    old = unit.client.declaration(first.declaration_id).summary
    new = unit.client.declaration(second.declaration_id).summary
    assert (old.status, old.replaced_by_serial) == (DeclarationStatus.REVOKED, second.serial_number)
    assert new.replaces_serial == first.serial_number
    roster = unit.client.roster()
    assert [(e.id_number, str(e.base)) for e in roster] == [(make_id_number(1), "5500.00")]


def test_revise_of_a_record_that_cannot_be_revoked_is_refused(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    with pytest.raises(AgencyError) as missing:
        unit.client.submit(declaration(ADD, person_line(1), replaces="SB2026112099999999"), "add-0001")
    assert (missing.value.status, missing.value.code) == (404, "REPLACED_NOT_FOUND")
    first = approved(unit.client.submit(declaration(ADD, person_line(1)), "add-0002"))
    agency_clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    with pytest.raises(AgencyError) as closed:
        unit.client.submit(declaration(ADD, person_line(1), replaces=first.serial_number), "add-0003")
    assert (closed.value.status, closed.value.code) == (409, "REPLACED_NOT_REVOCABLE")


# --- query ------------------------------------------------------------------------------------------------


def test_query_by_period_type_status_and_person_with_paging(
    unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    approved(
        unit.client.submit(declaration(ADD, person_line(1, "张三"), person_line(2, "李四")), "k-nov-add")
    )
    unit.client.submit(declaration(INTERRUPTION, person_line(3, "王五", reason="离职")), "k-nov-bad")
    agency_clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CHINA_TZ))
    unit.relogin()
    approved(
        unit.client.submit(
            declaration(INTERRUPTION, person_line(1, "张三", reason="离职"), period=Period(2026, 12)),
            "k-dec-stop",
        )
    )

    everything = unit.client.declarations()
    assert everything.total == 3
    assert [s.idempotency_key for s in everything.items] == ["k-dec-stop", "k-nov-bad", "k-nov-add"]
    assert everything.items[2].people == ("张三", "李四") and everything.items[2].line_count == 2

    def keys(**criteria: object) -> list[str]:
        return [s.idempotency_key for s in unit.client.declarations(DeclarationQuery(**criteria)).items]  # type: ignore[arg-type]

    assert keys(period_from=Period(2026, 12)) == ["k-dec-stop"]
    assert keys(period_to=Period(2026, 11)) == ["k-nov-bad", "k-nov-add"]
    assert keys(type=DeclarationType.INTERRUPTION) == ["k-dec-stop", "k-nov-bad"]
    assert keys(status=DeclarationStatus.REJECTED) == ["k-nov-bad"]
    assert keys(person="张三") == ["k-dec-stop", "k-nov-add"]
    assert keys(person=make_id_number(2)) == ["k-nov-add"]
    assert keys(person=make_id_number(2).lower().replace("x", "x")) == ["k-nov-add"]
    # Part of a name or of an ID number (SQLite looks for text without Latin letters with instr).
    assert keys(person="三") == ["k-dec-stop", "k-nov-add"]
    assert keys(person=make_id_number(2)[-6:]) == ["k-nov-add"]
    page = unit.client.declarations(DeclarationQuery(offset=1, limit=1))
    assert (page.total, [s.idempotency_key for s in page.items]) == (3, ["k-nov-bad"])


def test_the_answer_to_a_key_stays_the_first_answer_after_a_revocation(unit: AgencyUnit) -> None:
    document = declaration(ADD, person_line(1))
    first = approved(unit.client.submit(document, "kept-key-01"))
    unit.client.revoke(first.declaration_id)
    for answer in (unit.client.submit(document, "kept-key-01"), unit.client.find_submission("kept-key-01")):
        assert answer is not None and answer.approved and answer.serial_number == first.serial_number
    assert unit.client.declaration(first.declaration_id).summary.status is DeclarationStatus.REVOKED


def send_at_once(urls: list[str], token: str | None, document: Declaration, key: str) -> list[Verdict]:
    """The same submission sent to each URL from its own thread, released together; every answer."""
    barrier = threading.Barrier(len(urls))
    answers: list[Verdict] = []
    errors: list[BaseException] = []

    def send(url: str) -> None:
        with AgencyClient(url, retries=0) as client:
            client.token = token
            barrier.wait()
            try:
                answers.append(client.submit(document, key))
            except BaseException as exc:  # collected and reported below
                errors.append(exc)

    threads = [threading.Thread(target=send, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return answers


def test_two_agencies_on_one_database_still_make_one_record_per_key(
    agency_db_url: str, agency_clock: FixedClock
) -> None:
    # Two agencies sharing a database, as two server processes would (test_two_processes runs those): only
    # the database keeps the second request from creating a second record.
    url = agency_db_url
    first, second = start_agency(url, agency_clock), start_agency(url, agency_clock)
    try:
        with AgencyClient(first.url, retries=0) as client:
            unit = register_unit(client)
        document = declaration(ADD, *(person_line(i) for i in range(50)))
        for round_ in range(3):
            answers = send_at_once(
                [first.url, second.url], unit.client.token, document, f"two-procs-{round_}"
            )
            assert len(answers) == 2 and len({a.declaration_id for a in answers}) == 1
        with AgencyClient(second.url, retries=0) as client:
            client.token = unit.client.token
            assert client.declarations().total == 3
    finally:
        first.stop()
        second.stop()


def test_serial_numbers_count_per_day_not_overall(unit: AgencyUnit, agency_clock: FixedClock) -> None:
    first = unit.client.submit(declaration(ADD, person_line(1)), "serial-day-1")
    second = unit.client.submit(declaration(ADD, person_line(2)), "serial-day-2")
    rejected = unit.client.submit(declaration(ADD, person_line(2)), "serial-day-3")  # already insured
    agency_clock.advance(timedelta(days=1))
    unit.relogin()
    next_day = unit.client.submit(declaration(ADD, person_line(3)), "serial-day-4")
    assert not rejected.approved and rejected.serial_number is None
    assert [first.serial_number, second.serial_number, next_day.serial_number] == [
        "SB2026112000000001",
        "SB2026112000000002",
        "SB2026112100000001",
    ]
