"""The roster is not sent again while the store holds the agency's own: the store keeps the tag it came
with, the agency answers 304 to it, and any local change to the roster drops the tag so that the next
refresh takes the roster whole."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import timedelta

import pytest

from ssclient.app.contributions import Contributions
from ssclient.app.roster import Roster
from ssclient.app.session_rules import rule_context
from ssclient.domain.clock import FixedClock, today
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType, PersonStatus
from ssclient.domain.roster import RosterEntry
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules.context import RuleContext
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from ssclient.sync.api import AgencyClient, RosterAnswer
from ssclient.sync.outbox import Outbox
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number, person_line


class AnswerSpy(AgencyClient):
    """The real client over HTTP, remembering whether each roster answer came whole or as "unchanged"."""

    def __init__(self, unit: AgencyUnit) -> None:
        super().__init__(unit.client.base_url)
        self.token = unit.client.token
        self.answers: list[str] = []

    def roster_if_changed(self, known_tag: str) -> RosterAnswer:
        answer = super().roster_if_changed(known_tag)
        self.answers.append("unchanged" if answer.unchanged else "whole")
        return answer


@pytest.fixture
def spy(unit: AgencyUnit) -> Iterator[AnswerSpy]:
    client = AnswerSpy(unit)
    yield client
    client.close()


def declare(store: Store, outbox: Outbox, unit: AgencyUnit, declaration: Declaration) -> None:
    outbox.enqueue(store.create_draft(unit.unit_code, declaration))
    (delivery,) = outbox.run().delivered
    assert delivery.approved, delivery.verdict.findings


def add(seq: int, name: str) -> Declaration:
    return Declaration(DeclarationType.ADD, CURRENT_PERIOD, [person_line(seq, name)])


def test_after_a_payment_the_roster_is_asked_for_and_not_sent(
    store: Store, unit: AgencyUnit, spy: AnswerSpy, agency_clock: FixedClock
) -> None:
    outbox = Outbox(store, spy, unit.unit_code, agency_clock)
    declare(store, outbox, unit, add(1, "张三"))  # applied locally, so the refresh takes it whole
    tag = store.roster_tag(unit.unit_code)
    assert spy.answers == ["whole"] and tag

    payments = compute_payments(store.roster(unit.unit_code).values(), default_policy(), CURRENT_PERIOD)
    declare(store, outbox, unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments))

    assert spy.answers == ["whole", "unchanged"]
    assert store.roster_tag(unit.unit_code) == tag and list(store.roster(unit.unit_code)) == [
        make_id_number(1)
    ]
    assert Roster(store, spy, unit.unit_code, agency_clock).refresh() is None  # the next session's too


def test_a_local_change_drops_the_tag_and_the_next_refresh_takes_the_agencys_roster(
    store: Store, unit: AgencyUnit, spy: AnswerSpy, agency_clock: FixedClock
) -> None:
    roster = Roster(store, spy, unit.unit_code, agency_clock)
    declare(store, Outbox(store, unit.client, unit.unit_code, agency_clock), unit, add(1, "张三"))
    assert roster.refresh() is None and store.roster_tag(unit.unit_code)  # the outbox's refresh took it

    # Offline, an approval the program learns of is followed locally (the agency never approved it here).
    roster.apply_locally(add(2, "李四"))
    assert store.roster_tag(unit.unit_code) == ""

    assert roster.refresh() == 1 and spy.answers == ["unchanged", "whole"]
    assert set(roster.entries()) == {make_id_number(1)}  # the agency's, not the local guess


def test_a_roster_fetched_before_an_approval_is_kept_without_its_tag(
    store: Store, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    fetched_at = agency_clock.now()
    stale = unit.client.roster_if_changed("")
    agency_clock.advance(timedelta(seconds=5))
    declare(store, Outbox(store, unit.client, unit.unit_code, agency_clock), unit, add(1, "张三"))

    assert stale.entries is not None
    store.replace_roster(unit.unit_code, stale.entries, fetched_at=fetched_at, tag=stale.tag)

    # The approval applied again on top: no longer what the agency sent under that tag.
    assert store.roster(unit.unit_code)[make_id_number(1)].status is PersonStatus.ACTIVE
    assert store.roster_tag(unit.unit_code) == ""


def test_the_payment_form_computes_from_the_stored_roster_while_the_agency_says_it_is_unchanged(
    store: Store, unit: AgencyUnit, spy: AnswerSpy, agency_clock: FixedClock
) -> None:
    assert unit.client.submit(add(1, "张三"), "elsewhere-0001").approved  # declared on another computer
    policy = unit.client.policy().policy

    def rules(roster: Mapping[str, RosterEntry] | None = None, *, declaring: bool = False) -> RuleContext:
        return rule_context(policy, default_regions(), today(agency_clock), roster, declaring=declaring)

    contributions = Contributions(store, spy, unit.unit_code, agency_clock, policy, 1, rules)
    first = contributions.compute(CURRENT_PERIOD)
    again = contributions.compute(CURRENT_PERIOD)

    assert spy.answers == ["whole", "unchanged"]
    assert first.from_agency and again.from_agency and again.lines == first.lines and first.lines
    assert list(store.roster(unit.unit_code)) == [make_id_number(1)]  # taken in with the first
