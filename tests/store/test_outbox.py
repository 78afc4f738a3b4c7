"""The outbox: a document enters with one idempotency key, keeps it through retries, gets one answer."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.verdict import Verdict
from ssclient.store import (
    FindingSource,
    InvalidTransitionError,
    OutboxState,
    Store,
    StoreError,
)
from tests.store.conftest import LI, PERIOD, UNIT, ZHANG, add_declaration, line

S = DeclarationStatus


def test_enqueue_makes_the_document_pending_with_its_key(store: Store, clock: FixedClock) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())

    item = store.enqueue(declaration_id, "key-1")

    assert (item.idempotency_key, item.declaration_id, item.unit_code) == ("key-1", declaration_id, UNIT)
    assert (item.state, item.attempts, item.next_attempt_at, item.answer_json) == (
        OutboxState.PENDING,
        0,
        clock.now(),
        None,
    )
    assert store.get_declaration(declaration_id).status is S.PENDING
    assert store.outbox_item("key-1") == item
    assert store.outbox_for(declaration_id) == item
    assert store.pending_items() == [item]


def test_enqueueing_again_keeps_the_first_key(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    first = store.enqueue(declaration_id, "key-1")

    again = store.enqueue(declaration_id, "key-2")

    assert again == first
    assert store.outbox_item("key-2") is None
    assert [i.idempotency_key for i in store.pending_items()] == ["key-1"]


def test_a_key_belongs_to_one_document(store: Store) -> None:
    first = store.create_draft(UNIT, add_declaration())
    second = store.create_draft(UNIT, add_declaration(line(LI, "李四")))
    store.enqueue(first, "key-1")

    with pytest.raises(StoreError, match="key-1 already belongs to document"):
        store.enqueue(second, "key-1")
    assert store.get_declaration(second).status is S.DRAFT


def test_retries_reuse_the_key_and_count_the_attempts(store: Store, clock: FixedClock) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")

    sending = store.mark_sending("key-1")
    assert (sending.state, sending.sent_at) == (OutboxState.SENDING, clock.now())
    later = clock.now() + timedelta(seconds=10)
    failed = store.record_attempt("key-1", "agency unreachable: connection refused", later)
    store.mark_sending("key-1")
    failed = store.record_attempt("key-1", "timed out", later + timedelta(seconds=10))

    assert (failed.idempotency_key, failed.state, failed.attempts) == ("key-1", OutboxState.PENDING, 2)
    assert (failed.last_error, failed.next_attempt_at) == ("timed out", later + timedelta(seconds=10))
    assert store.get_declaration(declaration_id).status is S.PENDING


def test_pending_items_are_ordered_by_next_attempt_and_can_be_limited_to_the_due(
    store: Store, clock: FixedClock
) -> None:
    ids = [store.create_draft(UNIT, add_declaration()) for _ in range(3)]
    for number, declaration_id in enumerate(ids):
        store.enqueue(declaration_id, f"key-{number}")
    store.record_attempt("key-0", "down", clock.now() + timedelta(minutes=5))
    store.mark_sending("key-2")  # left sending by a crash: still waiting for its answer
    other = store.create_draft("170000002", add_declaration())
    store.enqueue(other, "other-unit")

    assert [i.idempotency_key for i in store.pending_items(unit_code=UNIT)] == ["key-1", "key-2", "key-0"]
    assert [i.idempotency_key for i in store.pending_items(unit_code=UNIT, due_by=clock.now())] == [
        "key-1",
        "key-2",
    ]
    assert [i.idempotency_key for i in store.outbox_items(UNIT, [OutboxState.SENDING])] == ["key-2"]
    assert len(store.pending_items()) == 4


def test_an_approval_answer_settles_document_findings_and_roster_together(
    store: Store, clock: FixedClock
) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration(line(ZHANG, base="5000.50"), line(LI, "李四")))
    store.enqueue(declaration_id, "key-1")
    store.mark_sending("key-1")
    answer = json.dumps({"status": "approved", "serial_number": "SB1"})

    item = store.record_verdict(Verdict("key-1", S.APPROVED, "SB1", declaration_id=7, answer=answer))

    assert (item.state, item.answer_json, item.answered_at) == (OutboxState.ANSWERED, answer, clock.now())
    summary = store.summary(declaration_id)
    assert (summary.status, summary.serial_number, summary.agency_id) == (S.APPROVED, "SB1", "7")
    assert summary.decided_at == clock.now()
    roster = store.roster(UNIT)
    assert set(roster) == {ZHANG, LI}
    assert roster[ZHANG].status is PersonStatus.ACTIVE
    assert roster[ZHANG].base == Decimal("5000.50")
    assert roster[ZHANG].since == PERIOD
    assert store.pending_items() == []


def test_a_rejection_answer_stores_the_agency_findings(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")
    reasons = [
        Finding("INSURED_ELSEWHERE", Severity.ERROR, "lines[0].id_number", "Insured at unit 170000009.")
    ]

    store.record_verdict(Verdict("key-1", S.REJECTED, findings=tuple(reasons), answer="{}"))

    assert store.get_declaration(declaration_id).status is S.REJECTED
    assert store.findings(declaration_id) == reasons
    assert store.findings_source(declaration_id) is FindingSource.AGENCY
    assert store.roster(UNIT) == {}


def test_a_second_answer_to_the_same_key_changes_nothing(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")
    first = store.record_verdict(Verdict("key-1", S.APPROVED, "SB1", answer='{"n": 1}'))

    again = store.record_verdict(Verdict("key-1", S.REJECTED, answer='{"n": 2}'))

    assert again == first
    assert store.get_declaration(declaration_id).status is S.APPROVED
    with pytest.raises(InvalidTransitionError):
        store.mark_sending("key-1")
    with pytest.raises(InvalidTransitionError):
        store.record_attempt("key-1", "late failure", first.next_attempt_at)


def test_an_answer_whose_effect_fails_is_not_recorded_either(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration(line(ZHANG, base="not an amount")))
    store.enqueue(declaration_id, "key-1")

    with pytest.raises(StoreError, match="cannot be applied to the local roster"):
        store.record_verdict(Verdict("key-1", S.APPROVED, "SB1", answer="{}"))

    item = store.outbox_item("key-1")
    assert item is not None and item.state is OutboxState.PENDING and item.answer_json is None
    assert store.summary(declaration_id).status is S.PENDING
    assert store.summary(declaration_id).serial_number is None


def test_after_rejection_a_fixed_document_enters_the_outbox_with_a_new_key(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")
    store.record_verdict(Verdict("key-1", S.REJECTED, answer="{}"))
    store.update_draft(declaration_id, add_declaration(line(LI, "李四")))

    with pytest.raises(StoreError, match="already answered"):
        store.enqueue(declaration_id, "key-1")
    item = store.enqueue(declaration_id, "key-2")

    assert (item.idempotency_key, item.state) == ("key-2", OutboxState.PENDING)
    assert store.outbox_for(declaration_id) == item


def test_only_drafts_and_checked_documents_enter_the_outbox(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")
    store.record_verdict(Verdict("key-1", S.REJECTED, answer="{}"))

    with pytest.raises(InvalidTransitionError, match="rejected"):
        store.enqueue(declaration_id, "key-2")
    assert store.outbox_item("key-2") is None


def test_an_unknown_key_is_not_found(store: Store) -> None:
    assert store.outbox_item("nope") is None
    with pytest.raises(StoreError, match="nope"):
        store.mark_sending("nope")


def test_an_approved_revision_revokes_the_record_it_replaces(store: Store) -> None:
    original = store.create_draft(UNIT, add_declaration(line(ZHANG, base="5000")))
    store.enqueue(original, "key-1")
    store.record_verdict(Verdict("key-1", S.APPROVED, "SB1", answer="{}"))
    revision = store.create_draft(
        UNIT, Declaration(DeclarationType.ADD, PERIOD, [line(ZHANG, base="5500")], replaces_serial="SB1")
    )
    store.enqueue(revision, "key-2")

    store.record_verdict(Verdict("key-2", S.APPROVED, "SB2", answer="{}"))

    assert store.summary(original).status is S.REVOKED
    assert store.summary(revision).replaces_serial == "SB1"
    assert store.roster(UNIT)[ZHANG].base == Decimal("5500.00")
