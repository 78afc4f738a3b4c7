"""The local roster stays true: refreshed once after a run of approvals, never by the store itself, and a
local update after an approval survives a refresh fetched before it (app.roster is the one place that
keeps it). The agency's verdict reaches the store as one value, its answer kept as the agency sent it."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from ssclient.agency.server import RunningAgency
from ssclient.app.roster import Roster, RosterNotRefreshed
from ssclient.app.session import SessionController
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.verdict import Verdict
from ssclient.store import Store
from ssclient.sync.api import AgencyClient, RosterAnswer
from ssclient.sync.outbox import Outbox
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number, person_line


class CountingAgency:
    """The real client, counting how often the roster is fetched."""

    def __init__(self, client: AgencyClient) -> None:
        self.client = client
        self.roster_calls = 0

    def submit(self, declaration: Declaration, idempotency_key: str) -> Verdict:
        return self.client.submit(declaration, idempotency_key)

    def find_submission(self, idempotency_key: str) -> Verdict | None:
        return self.client.find_submission(idempotency_key)

    def health(self) -> object:
        return self.client.health()

    def roster_if_changed(self, known_tag: str) -> RosterAnswer:
        self.roster_calls += 1
        return self.client.roster_if_changed(known_tag)


NAMES = {1: "张三", 2: "李四", 3: "王五"}


def add(store: Store, unit: AgencyUnit, *seqs: int) -> int:
    lines = [person_line(seq, NAMES[seq]) for seq in seqs]
    return store.create_draft(unit.unit_code, Declaration(DeclarationType.ADD, CURRENT_PERIOD, lines))


def test_one_run_with_approvals_refreshes_the_roster_once_and_a_rejection_not_at_all(
    store: Store, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    agency = CountingAgency(unit.client)
    outbox = Outbox(store, agency, unit.unit_code, agency_clock)
    outbox.enqueue(add(store, unit, 1))
    outbox.enqueue(add(store, unit, 2))

    report = outbox.run()

    assert [d.approved for d in report.delivered] == [True, True]
    assert agency.roster_calls == 1 and report.roster_refreshed
    assert set(store.roster(unit.unit_code)) == {make_id_number(1), make_id_number(2)}
    # The same people again: the agency rejects them, and nothing is fetched.
    outbox.enqueue(add(store, unit, 1))
    report = outbox.run()
    assert [d.approved for d in report.delivered] == [False]
    assert agency.roster_calls == 1 and not report.roster_refreshed


def test_the_agencys_answer_is_kept_as_it_came(
    store: Store, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    outbox = Outbox(store, unit.client, unit.unit_code, agency_clock)
    key = outbox.enqueue(add(store, unit, 1))

    delivery = outbox.run().delivered[0]

    item = store.outbox_item(key)
    assert item is not None and item.answer_json == delivery.verdict.answer
    answer = json.loads(delivery.verdict.answer)
    assert (answer["idempotency_key"], answer["serial_number"]) == (key, delivery.serial_number)
    summary = store.summary(delivery.declaration_id)
    assert (summary.serial_number, summary.agency_id) == (delivery.serial_number, str(answer["id"]))


def test_a_roster_fetched_before_an_approval_keeps_the_approvals_local_update(
    store: Store, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    # The session's refresh asks the agency first (nobody insured yet) ...
    fetched_at = agency_clock.now()
    stale = unit.client.roster()
    # ... meanwhile a document is approved and applied to the local roster ...
    agency_clock.advance(timedelta(seconds=5))
    outbox = Outbox(store, unit.client, unit.unit_code, agency_clock)
    outbox.enqueue(add(store, unit, 1))
    assert outbox.run().delivered[0].approved
    assert store.roster(unit.unit_code)[make_id_number(1)].status is PersonStatus.ACTIVE

    # ... and then the stale roster arrives: the approval stays on the local roster.
    store.replace_roster(unit.unit_code, stale, fetched_at=fetched_at)

    assert store.roster(unit.unit_code)[make_id_number(1)].status is PersonStatus.ACTIVE
    # A roster fetched after the approval is simply the agency's (which has the person too).
    roster = Roster(store, unit.client, unit.unit_code, agency_clock)
    agency_clock.advance(timedelta(seconds=5))
    assert roster.refresh() == 1
    assert set(roster.entries()) == {make_id_number(1)}


def test_the_roster_is_read_and_updated_locally_while_offline(
    store: Store, unit: AgencyUnit, agency_clock: FixedClock, agency: RunningAgency
) -> None:
    roster = Roster(store, unit.client, unit.unit_code, agency_clock)
    approved = Declaration(DeclarationType.ADD, CURRENT_PERIOD, [person_line(3, "王五")])
    agency.stop()

    with pytest.raises(RosterNotRefreshed) as caught:
        roster.refresh()
    assert caught.value.offline
    roster.apply_locally(approved)

    entry = roster.entry(make_id_number(3))
    assert entry is not None and entry.status is PersonStatus.ACTIVE and entry.name == "王五"
    assert roster.page(filter_text="王").total == 1
    with pytest.raises(RosterNotRefreshed):
        Roster(store, None, unit.unit_code, agency_clock).refresh()


class ApprovedWhileFetching:
    """The agency's roster as it was asked for, with an approval delivered and applied locally (on another
    worker) between the agency's answer and the store's write."""

    def __init__(self, store: Store, unit: AgencyUnit, clock: FixedClock) -> None:
        self.store, self.unit, self.clock = store, unit, clock

    def roster_if_changed(self, known_tag: str) -> RosterAnswer:
        answer = self.unit.client.roster_if_changed(known_tag)
        self.clock.advance(timedelta(seconds=5))
        outbox = Outbox(self.store, self.unit.client, self.unit.unit_code, self.clock)
        outbox.enqueue(add(self.store, self.unit, 1))
        assert outbox.run().delivered[0].approved
        return answer


def test_the_session_start_refresh_keeps_an_approval_recorded_while_it_fetched(
    store: Store, unit: AgencyUnit, agency_clock: FixedClock, agency: RunningAgency
) -> None:
    controller = SessionController(agency_clock, agency.url)
    store.replace_roster(unit.unit_code, [])  # a stored roster without a tag: the agency sends it whole

    taken = controller.refresh_roster(ApprovedWhileFetching(store, unit, agency_clock), store, unit.unit_code)

    assert taken == 0  # the agency's roster as it was asked for: nobody yet
    entry = store.roster(unit.unit_code).get(make_id_number(1))
    assert entry is not None and entry.status is PersonStatus.ACTIVE
