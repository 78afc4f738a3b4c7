"""The outbox against a real store and a real agency: one key per document, no double declaration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ssclient.app.documents_outbox import StoreOutboxPort
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.domain.period import Period
from ssclient.store import OutboxState, Store
from ssclient.sync.api import AgencyClient
from ssclient.sync.outbox import Outbox, retry_delay
from tests.gui.documents.conftest import LI_SI, TODAY, USCC_A, ZHANG_SAN, Agency, register_and_log_in


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def agency(tmp_path: Path, clock: FixedClock) -> Iterator[Agency]:
    server = Agency(f"sqlite:///{tmp_path / 'agency.sqlite3'}", clock)
    yield server
    server.stop()


@pytest.fixture
def client(agency: Agency) -> Iterator[AgencyClient]:
    logged_in = register_and_log_in(agency.url, "示例科技有限公司", USCC_A)
    yield logged_in
    logged_in.close()


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock, client: AgencyClient) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=clock)
    opened.save_unit(client.profile())
    yield opened
    opened.close()


def person(id_number: str, name: str) -> DeclarationLine:
    return DeclarationLine(
        id_number=id_number,
        name=name,
        hukou_type="11",
        wage_base="6500",
        migrant_worker="否",
        migrant_insurance="否",
    )


def draft(store: Store, unit_code: str, *lines: DeclarationLine) -> int:
    return store.create_draft(unit_code, Declaration(DeclarationType.ADD, Period(2026, 11), list(lines)))


def make_outbox(store: Store, client: AgencyClient, clock: FixedClock) -> Outbox:
    return Outbox(StoreOutboxPort(store), client, client.profile().unit_code, clock)


def test_a_document_keeps_the_key_it_entered_with(
    store: Store, client: AgencyClient, clock: FixedClock
) -> None:
    outbox = make_outbox(store, client, clock)
    declaration_id = draft(store, client.profile().unit_code, person(ZHANG_SAN, "张三"))
    key = outbox.enqueue(declaration_id)
    assert outbox.enqueue(declaration_id) == key
    assert store.get_declaration(declaration_id).status is DeclarationStatus.PENDING
    assert [item.idempotency_key for item in outbox.pending()] == [key]


def test_unreachable_keeps_it_pending_and_the_retry_reuses_the_key(
    store: Store, client: AgencyClient, clock: FixedClock, agency: Agency
) -> None:
    unit_code = client.profile().unit_code
    outbox = make_outbox(store, client, clock)
    declaration_id = draft(store, unit_code, person(ZHANG_SAN, "张三"))
    key = outbox.enqueue(declaration_id)
    agency.stop()

    report = outbox.run()
    assert report.unreachable and report.still_pending == 1 and not report.delivered
    item = store.outbox_item(key)
    assert item is not None and item.state is OutboxState.PENDING and item.attempts == 1
    assert item.next_attempt_at == clock.now() + retry_delay(1)
    # Not due yet, and the agency is still away: the probe says so and nothing is sent.
    assert outbox.run(probe=True).unreachable

    agency.start()
    report = outbox.run(probe=True)  # not due, but the agency answers again: send now
    assert [d.idempotency_key for d in report.delivered] == [key]
    assert report.delivered[0].approved and report.still_pending == 0
    assert report.roster_refreshed
    assert store.roster(unit_code)[ZHANG_SAN].status is PersonStatus.ACTIVE
    assert client.declarations().total == 1
    # Nothing is left to send: another run sends nothing.
    assert outbox.run(force=True).delivered == []
    assert client.declarations().total == 1


def test_crash_between_sending_and_the_answer_is_reconciled_not_sent_again(
    store: Store, client: AgencyClient, clock: FixedClock
) -> None:
    unit_code = client.profile().unit_code
    declaration_id = draft(store, unit_code, person(ZHANG_SAN, "张三"), person(LI_SI, "李四"))
    outbox = make_outbox(store, client, clock)
    key = outbox.enqueue(declaration_id)
    # The request went out and the agency approved it, but the app died before recording the answer.
    store.mark_sending(key)
    answer = client.submit(store.get_declaration(declaration_id), key)
    assert answer.approved

    # Next start: a fresh outbox finds the item *sending* and asks the agency about its key.
    report = make_outbox(store, client, clock).run()
    assert len(report.delivered) == 1
    delivery = report.delivered[0]
    assert delivery.replayed and delivery.serial_number == answer.serial_number
    assert store.get_declaration(declaration_id).status is DeclarationStatus.APPROVED
    assert store.get_declaration(declaration_id).serial_number == answer.serial_number
    assert client.declarations().total == 1


def test_crash_before_the_request_reached_the_agency_sends_it_with_the_same_key(
    store: Store, client: AgencyClient, clock: FixedClock
) -> None:
    declaration_id = draft(store, client.profile().unit_code, person(ZHANG_SAN, "张三"))
    outbox = make_outbox(store, client, clock)
    key = outbox.enqueue(declaration_id)
    store.mark_sending(key)  # and then the crash: the agency never saw it

    report = make_outbox(store, client, clock).run()
    assert [(d.idempotency_key, d.approved, d.replayed) for d in report.delivered] == [(key, True, False)]
    assert client.declarations().total == 1


def test_a_rejection_is_recorded_with_the_agencys_findings(
    store: Store, client: AgencyClient, clock: FixedClock, agency: Agency
) -> None:
    other = register_and_log_in(agency.url, "另一家公司", "91310000MA1FL5LL14")
    assert other.submit(
        Declaration(DeclarationType.ADD, Period(2026, 11), [person(LI_SI, "李四")]), "other-unit-1"
    ).approved
    other.close()
    declaration_id = draft(store, client.profile().unit_code, person(LI_SI, "李四"))
    outbox = make_outbox(store, client, clock)
    outbox.enqueue(declaration_id)

    report = outbox.run()
    assert len(report.delivered) == 1 and not report.delivered[0].approved
    assert store.get_declaration(declaration_id).status is DeclarationStatus.REJECTED
    assert [f.code for f in store.findings(declaration_id)] == ["ROSTER_INSURED_ELSEWHERE"]
    assert store.findings(declaration_id)[0].field == "lines[0].id_number"


def test_retry_delays_grow_and_stop_growing() -> None:
    delays = [retry_delay(n).total_seconds() for n in range(1, 10)]
    assert delays[:4] == [5, 10, 20, 40]
    assert delays[-1] == 300
    assert delays == sorted(delays)
