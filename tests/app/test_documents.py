"""The documents and contributions use cases without a window: a real store file, a fixed day, no Qt."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

import pytest

from ssclient.app.contributions import Contributions
from ssclient.app.documents import DRAFT_BOX, SUBMITTED, Documents, is_editable, is_old_draft
from ssclient.app.shared_roster import SharedRoster
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.rules import RuleContext
from ssclient.store import Store, StoreError

TODAY = datetime(2026, 11, 10, 9, 30, tzinfo=CHINA_TZ)  # inside the declaration window of 2026-11
UNIT = Unit(
    unit_code="170000001", name="示例科技有限公司", uscc="91110000600037034J", tax_number="91110000600037034J"
)
ZHANG_SAN = "110101199003071233"
LI_SI = "110101198506150027"


def person(id_number: str, name: str, base: str = "6500") -> DeclarationLine:
    return DeclarationLine(
        id_number=id_number,
        name=name,
        hukou_type="11",
        wage_base=base,
        migrant_worker="否",
        migrant_insurance="否",
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=FixedClock(TODAY))
    opened.save_unit(UNIT)
    yield opened
    opened.close()


@pytest.fixture
def documents(store: Store) -> Documents:
    policy, regions = default_policy(), default_regions()

    def rules(roster: Mapping[str, RosterEntry] | None = None, *, declaring: bool = False) -> RuleContext:
        return RuleContext(policy, regions, TODAY.date(), roster=roster, declaring=declaring)

    contributions = Contributions(store, None, UNIT.unit_code, FixedClock(TODAY), policy, 1, rules)
    return Documents(store, None, UNIT.unit_code, FixedClock(TODAY), rules, contributions, SharedRoster())


def test_save_load_list_and_delete_a_draft(documents: Documents) -> None:
    saved = documents.save(Declaration(DeclarationType.ADD, Period(2026, 11), [person(ZHANG_SAN, "张三")]))
    assert saved.id is not None and saved.status is DeclarationStatus.DRAFT
    assert documents.load(saved.id).lines == saved.lines
    assert [s.id for s in documents.listed(DRAFT_BOX)] == [saved.id]

    saved.lines.append(person(LI_SI, "李四"))
    edited = documents.save(saved)
    assert edited.id == saved.id and [line.name for line in edited.lines] == ["张三", "李四"]

    documents.delete([saved.id])
    assert documents.listed(DRAFT_BOX) == []


def test_check_stores_findings_and_a_clean_document_becomes_checked(documents: Documents) -> None:
    clean = documents.save(Declaration(DeclarationType.ADD, Period(2026, 11), [person(ZHANG_SAN, "张三")]))
    wrong = documents.save(Declaration(DeclarationType.ADD, Period(2026, 11), [person(LI_SI, "李四", "0")]))
    assert clean.id is not None and wrong.id is not None
    results = documents.check([clean.id, wrong.id], lambda summary: f"#{summary.id}", declaring=True)
    assert [(r.declaration_id, r.clean) for r in results] == [(clean.id, True), (wrong.id, False)]
    assert documents.load(clean.id).status is DeclarationStatus.CHECKED
    declaration, findings = documents.load_with_findings(wrong.id)
    assert declaration.status is DeclarationStatus.DRAFT
    assert [f.field for f in findings] == ["lines[0].wage_base"]
    assert documents.selection_findings([clean.id, wrong.id]).findings == {clean.id: [], wrong.id: findings}


class _Stop(Exception):
    """What a Cancel raises from the progress callback (gui.workers raises TaskCancelled)."""


def test_check_reports_each_document_read_and_checked_and_a_cancel_stores_nothing(
    documents: Documents,
) -> None:
    clean = documents.save(Declaration(DeclarationType.ADD, Period(2026, 11), [person(ZHANG_SAN, "张三")]))
    wrong = documents.save(Declaration(DeclarationType.ADD, Period(2026, 11), [person(LI_SI, "李四", "0")]))
    ids = [d.id for d in (clean, wrong) if d.id is not None]
    seen: list[tuple[int, int]] = []

    def cancel_after_the_first_is_checked(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 4:  # both read, checked together, the first checked on its own
            raise _Stop

    with pytest.raises(_Stop):
        documents.check(ids, str, declaring=True, progress=cancel_after_the_first_is_checked)
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5)]
    for declaration_id in ids:
        declaration, findings = documents.load_with_findings(declaration_id)
        assert declaration.status is DeclarationStatus.DRAFT and findings == []

    seen.clear()
    results = documents.check(
        ids, str, declaring=True, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(done, 5) for done in range(1, 6)]
    assert [r.clean for r in results] == [True, False]
    assert documents.load(ids[0]).status is DeclarationStatus.CHECKED


def test_declare_puts_documents_in_the_outbox(documents: Documents) -> None:
    saved = documents.save(Declaration(DeclarationType.ADD, Period(2026, 11), [person(ZHANG_SAN, "张三")]))
    assert saved.id is not None
    keys, waiting = documents.declare([saved.id])
    assert len(keys) == 1 and waiting == 1
    assert [s.id for s in documents.listed(SUBMITTED)] == [saved.id]
    assert not is_editable(documents.load(saved.id).status)


def test_a_log_out_during_a_send_closes_the_store_after_the_run_not_in_the_middle_of_it(
    store: Store, documents: Documents
) -> None:
    saved = documents.save(Declaration(DeclarationType.ADD, Period(2026, 11), [person(ZHANG_SAN, "张三")]))
    assert saved.id is not None
    documents.declare([saved.id])
    closer = threading.Thread(target=store.close)  # another unit's log-in closes this one on a worker

    def logged_out() -> bool:  # the run's first look at whether it was cancelled: the log-out happened
        closer.start()
        assert store.transactions.close_waiting.wait(timeout=10)
        return True

    report, news = documents.send_waiting(force=True, probe=False, cancelled=logged_out)
    closer.join(timeout=10)

    # The cancelled run still counted what waits, in the store it began with; the document waits for the
    # next log-in, and the store is closed now.
    assert report.still_pending == 1 and news == {}
    assert not closer.is_alive()
    with pytest.raises(StoreError, match="closed"):
        documents.load(saved.id)


def test_an_old_draft_must_move_to_the_current_period_unless_it_revises_a_record() -> None:
    current = Period(2026, 11)
    old = Declaration(DeclarationType.ADD, Period(2026, 10))
    assert is_old_draft(old, old.period, current)
    assert not is_old_draft(old, current, current)  # moved
    revision = Declaration(DeclarationType.ADD, Period(2026, 10), replaces_serial="SB1")
    assert not is_old_draft(revision, revision.period, current)
    declared = Declaration(DeclarationType.ADD, Period(2026, 10), status=DeclarationStatus.APPROVED)
    assert not is_old_draft(declared, declared.period, current)


def test_without_an_agency_the_payment_is_computed_from_the_stored_roster(store: Store) -> None:
    policy = default_policy()

    def rules(roster: Mapping[str, RosterEntry] | None = None, *, declaring: bool = False) -> RuleContext:
        return RuleContext(policy, default_regions(), TODAY.date(), roster=roster, declaring=declaring)

    contributions = Contributions(store, None, UNIT.unit_code, FixedClock(TODAY), policy, 1, rules)
    computed = contributions.compute(Period(2026, 11))
    assert computed.lines == [] and not computed.from_agency and computed.waiting == 0
