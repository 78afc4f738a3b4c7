"""Documents: round-trips, lists, status transitions, deletion, findings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.domain.verdict import Verdict
from ssclient.store import (
    DocumentSort,
    FindingSource,
    InvalidTransitionError,
    NotFoundError,
    Store,
    StoreError,
)
from tests.store.conftest import LI, PERIOD, UNIT, WANG, ZHANG, add_declaration, line

S = DeclarationStatus


def test_a_draft_comes_back_exactly_as_saved(store: Store) -> None:
    lines = [
        DeclarationLine(
            id_number=" 11010119900307070x ",  # stored as typed: the rules normalize
            name="买买提·艾力",
            hukou_type="外地农村",
            wage_base="4,800.50",
            migrant_worker="是",
            migrant_insurance="Y",
            province="新疆维吾尔自治区",
            city="乌鲁木齐市",
            county="天山区",
            backpay={InsuranceType.PENSION: 1, InsuranceType.MEDICAL: 3},
        ),
        DeclarationLine(id_number=ZHANG, reason="离职", effective_period="2026-12"),
    ]
    draft = Declaration(DeclarationType.RENEWAL, PERIOD, lines, replaces_serial="SN-1")

    declaration_id = store.create_draft(UNIT, draft, note="November renewals")
    loaded = store.get_declaration(declaration_id)

    assert loaded.lines == lines
    assert (loaded.type, loaded.period, loaded.replaces_serial) == (DeclarationType.RENEWAL, PERIOD, "SN-1")
    assert (loaded.id, loaded.status, loaded.serial_number) == (declaration_id, S.DRAFT, None)
    assert store.summary(declaration_id).note == "November renewals"


def test_payment_lines_keep_every_digit_of_their_amounts(store: Store) -> None:
    payments = [
        PaymentLine(
            ZHANG,
            "张三",
            InsuranceType.PENSION,
            PERIOD,
            Decimal("31884.00"),
            Decimal("5101.44"),
            Decimal("2550.72"),
        ),
        # Amounts a float cannot hold exactly, and more digits than money needs.
        PaymentLine(
            LI,
            "李四",
            InsuranceType.MEDICAL,
            PERIOD,
            Decimal("0.1"),
            Decimal("0.30"),
            Decimal("12345678901234567.89"),
            for_period=Period(2026, 10),
        ),
    ]
    declaration_id = store.create_draft(UNIT, Declaration(DeclarationType.PAYMENT, PERIOD, payments=payments))

    loaded = store.get_declaration(declaration_id).payments

    assert loaded == payments
    assert [str(p.employer_amount) for p in loaded] == ["5101.44", "0.30"]
    assert str(loaded[1].employee_amount) == "12345678901234567.89"  # a float would give ...67.9 at best
    assert loaded[1].base + loaded[1].employer_amount == Decimal("0.40")
    assert all(isinstance(p.base, Decimal) for p in loaded)


def test_a_float_amount_is_refused_and_nothing_is_saved(store: Store) -> None:
    bad = PaymentLine(ZHANG, "张三", InsuranceType.PENSION, PERIOD, 5000.5, Decimal(1), Decimal(1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Decimal"):
        store.create_draft(UNIT, Declaration(DeclarationType.PAYMENT, PERIOD, payments=[bad]))
    assert store.count_declarations(UNIT) == 0


def test_update_replaces_the_content_and_makes_it_a_draft_again(store: Store, clock: FixedClock) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration(line(ZHANG), line(LI, "李四")))
    store.set_status(declaration_id, S.CHECKED)
    clock.advance(timedelta(hours=1))

    edited = Declaration(DeclarationType.ADD, PERIOD.add_months(1), [line(WANG, "王五", "6000")])
    store.update_draft(declaration_id, edited, note="fixed")

    loaded = store.get_declaration(declaration_id)
    summary = store.summary(declaration_id)
    assert [x.name for x in loaded.lines] == ["王五"]
    assert (loaded.period, loaded.status, summary.note) == (PERIOD.add_months(1), S.DRAFT, "fixed")
    assert summary.updated_at == clock.now() and summary.created_at == clock.now() - timedelta(hours=1)


def test_times_are_stored_in_utc_and_come_back_aware(store: Store, clock: FixedClock) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    created = store.summary(declaration_id).created_at
    assert created.tzinfo is UTC
    assert created == clock.now()  # the same instant, whatever the zone it was given in


def test_a_naive_time_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        store.create_draft(UNIT, add_declaration(), at=datetime(2026, 11, 10, 9, 0))
    assert store.count_declarations(UNIT) == 0


def test_the_list_shows_counts_names_and_newest_first(store: Store, clock: FixedClock) -> None:
    first = store.create_draft(
        UNIT,
        add_declaration(
            line(ZHANG), line(LI, "李四"), line(WANG, "王五"), line("110101199003070032", "赵六")
        ),
    )
    clock.advance(timedelta(minutes=1))
    second = store.create_draft(UNIT, Declaration(DeclarationType.INTERRUPTION, PERIOD, [line(LI, "李四")]))
    store.create_draft("170000002", add_declaration())  # another unit's

    rows = store.list_declarations(UNIT)

    assert [r.id for r in rows] == [second, first]
    assert (rows[1].line_count, rows[1].names) == (4, ("张三", "李四", "王五"))
    assert (rows[0].type, rows[0].line_count, rows[0].names) == (DeclarationType.INTERRUPTION, 1, ("李四",))
    assert store.count_declarations(UNIT) == 2
    assert [r.id for r in store.list_declarations(UNIT, offset=1, limit=1)] == [first]
    assert [r.id for r in store.list_declarations(UNIT, types=[DeclarationType.ADD])] == [first]


def test_the_list_filters_by_status(store: Store) -> None:
    drafts = [store.create_draft(UNIT, add_declaration()) for _ in range(3)]
    store.set_status(drafts[0], S.CHECKED)
    store.enqueue(drafts[1], "key-1")

    assert {r.id for r in store.list_declarations(UNIT, statuses=[S.DRAFT, S.CHECKED])} == {
        drafts[0],
        drafts[2],
    }
    assert store.count_declarations(UNIT, statuses=[S.PENDING]) == 1
    assert store.count_declarations(UNIT, statuses=[S.APPROVED]) == 0


def test_a_payment_declaration_lists_its_people(store: Store) -> None:
    payments = [
        PaymentLine(ZHANG, "张三", insurance, PERIOD, Decimal(5000), Decimal(800), Decimal(400))
        for insurance in InsuranceType
    ] + [PaymentLine(LI, "李四", InsuranceType.PENSION, PERIOD, Decimal(5000), Decimal(800), Decimal(400))]
    store.create_draft(UNIT, Declaration(DeclarationType.PAYMENT, PERIOD, payments=payments))

    (row,) = store.list_declarations(UNIT)

    assert (row.line_count, row.names) == (2, ("张三", "李四"))  # people, not their 5 payment lines


def test_approval_records_serial_agency_id_and_times(store: Store, clock: FixedClock) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.set_status(declaration_id, S.CHECKED)
    store.enqueue(declaration_id, "key-1")
    clock.advance(timedelta(minutes=5))
    store.set_status(declaration_id, S.SUBMITTED, agency_id="42")
    decided = clock.now() + timedelta(minutes=1)
    store.set_status(declaration_id, S.APPROVED, serial_number="SB2026110001", at=decided)

    summary = store.summary(declaration_id)
    assert (summary.status, summary.serial_number, summary.agency_id) == (S.APPROVED, "SB2026110001", "42")
    assert (summary.submitted_at, summary.decided_at) == (clock.now(), decided)
    assert store.get_declaration(declaration_id).serial_number == "SB2026110001"
    assert store.declaration_by_serial("SB2026110001") == declaration_id
    assert store.declaration_by_serial("nope") is None


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], S.APPROVED),  # a draft was never sent
        ([], S.PENDING),  # only enqueue puts a document in the outbox
        ([S.CHECKED], S.SUBMITTED),
        (["enqueue"], S.DRAFT),  # waiting for the agency: not the user's any more
        (["enqueue", S.APPROVED], S.DRAFT),
        (["enqueue", S.APPROVED, S.REVOKED], S.APPROVED),
        (["enqueue", S.REJECTED], S.APPROVED),
    ],
)
def test_impossible_transitions_are_refused(
    store: Store, path: list[object], refused: DeclarationStatus
) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    for step in path:
        if step == "enqueue":
            store.enqueue(declaration_id, "key")
        else:
            store.set_status(declaration_id, DeclarationStatus(str(step)))
    before = store.get_declaration(declaration_id).status

    with pytest.raises(InvalidTransitionError, match=refused.value):
        store.set_status(declaration_id, refused)
    assert store.get_declaration(declaration_id).status is before


def test_a_rejected_document_goes_back_to_draft_when_edited(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")
    store.set_status(declaration_id, S.REJECTED)

    store.update_draft(declaration_id, add_declaration(line(LI, "李四")))

    assert store.get_declaration(declaration_id).status is S.DRAFT


@pytest.mark.parametrize("status", [S.PENDING, S.SUBMITTED, S.APPROVED, S.REVOKED])
def test_documents_the_agency_has_cannot_be_edited_or_deleted(
    store: Store, status: DeclarationStatus
) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")
    for step in (S.SUBMITTED, S.APPROVED, S.REVOKED)[
        : [S.PENDING, S.SUBMITTED, S.APPROVED, S.REVOKED].index(status)
    ]:
        store.set_status(declaration_id, step)

    with pytest.raises(InvalidTransitionError, match="cannot be deleted"):
        store.delete_declaration(declaration_id)
    with pytest.raises(InvalidTransitionError, match="cannot be edited"):
        store.update_draft(declaration_id, add_declaration(line(LI, "李四")))
    assert store.get_declaration(declaration_id).lines == [line()]


@pytest.mark.parametrize("status", [S.DRAFT, S.CHECKED, S.REJECTED])
def test_drafts_checked_and_rejected_documents_can_be_deleted_with_all_they_own(
    store: Store, store_path: object, status: DeclarationStatus
) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration(line(ZHANG), line(LI, "李四")))
    store.replace_findings(declaration_id, [Finding("X", Severity.ERROR, "lines[0].name", "bad")])
    if status is S.REJECTED:
        store.enqueue(declaration_id, "key-1")
        store.record_verdict(Verdict("key-1", S.REJECTED, answer="{}"))
    elif status is S.CHECKED:
        store.set_status(declaration_id, S.CHECKED)

    store.delete_declaration(declaration_id)

    with pytest.raises(NotFoundError):
        store.get_declaration(declaration_id)
    assert store.findings(declaration_id) == []
    assert store.outbox_item("key-1") is None
    assert store.count_declarations(UNIT) == 0


def test_a_missing_document_is_reported_as_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="999"):
        store.get_declaration(999)
    with pytest.raises(NotFoundError):
        store.set_status(999, S.CHECKED)


def test_findings_are_replaced_whole_and_keep_their_order_and_params(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    first = [
        Finding(
            "BASE_BELOW_FLOOR", Severity.ERROR, "lines[0].wage_base", "Below {floor}.", {"floor": "4494.00"}
        ),
        Finding(
            "NAME_ROSTER_MISMATCH",
            Severity.WARNING,
            "lines[0].name",
            "Roster says 李四.",
            {"expected": "李四"},
        ),
    ]
    store.replace_findings(declaration_id, first)
    assert store.findings(declaration_id) == first
    assert store.findings_source(declaration_id) is FindingSource.CHECK
    assert store.summary(declaration_id).error_count == 1

    agency = [Finding("INSURED_ELSEWHERE", Severity.ERROR, "lines[0].id_number", "Insured at another unit.")]
    store.replace_findings(declaration_id, agency, source=FindingSource.AGENCY)
    assert store.findings(declaration_id) == agency
    assert store.findings_source(declaration_id) is FindingSource.AGENCY

    store.replace_findings(declaration_id, [])
    assert store.findings(declaration_id) == []
    assert store.findings_source(declaration_id) is None
    assert store.summary(declaration_id).error_count == 0


def test_a_check_without_errors_makes_the_document_checked(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    warning = Finding("NAME_ROSTER_MISMATCH", Severity.WARNING, "lines[0].name", "Roster says 李四.")

    assert store.record_check(declaration_id, [warning]) is S.CHECKED
    assert store.findings(declaration_id) == [warning]

    error = Finding("ID_CHECKSUM", Severity.ERROR, "lines[0].id_number", "Wrong check character.")
    assert store.record_check(declaration_id, [error]) is S.DRAFT
    assert store.get_declaration(declaration_id).status is S.DRAFT


def test_a_rejected_document_stays_rejected_until_a_check_passes(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")
    store.set_status(declaration_id, S.REJECTED)
    error = Finding("ID_CHECKSUM", Severity.ERROR, "lines[0].id_number", "Wrong check character.")

    assert store.record_check(declaration_id, [error]) is S.REJECTED
    assert store.record_check(declaration_id, []) is S.CHECKED


def test_a_document_with_the_agency_cannot_be_checked_again(store: Store) -> None:
    declaration_id = store.create_draft(UNIT, add_declaration())
    store.enqueue(declaration_id, "key-1")

    with pytest.raises(InvalidTransitionError, match="cannot be checked"):
        store.record_check(declaration_id, [])
    assert store.findings(declaration_id) == []


def test_the_list_filters_by_period_range(store: Store) -> None:
    by_period = {
        month: store.create_draft(UNIT, Declaration(DeclarationType.ADD, Period(2026, month), [line()]))
        for month in (9, 10, 11, 12)
    }

    found = store.list_declarations(UNIT, periods=(Period(2026, 10), Period(2026, 11)))

    assert {r.id for r in found} == {by_period[10], by_period[11]}
    assert store.count_declarations(UNIT, periods=(Period(2026, 12), Period(2027, 3))) == 1


def test_a_closed_store_refuses_further_calls(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count_declarations(UNIT)


def test_the_list_finds_documents_naming_a_person(store: Store) -> None:
    with_zhang = store.create_draft(UNIT, add_declaration(line(ZHANG), line(LI, "李四")))
    with_wang = store.create_draft(UNIT, add_declaration(line(WANG, "王五")))
    paying_li = store.create_draft(
        UNIT,
        Declaration(
            DeclarationType.PAYMENT,
            PERIOD,
            payments=[
                PaymentLine(
                    LI, "李四", InsuranceType.PENSION, PERIOD, Decimal(5000), Decimal(800), Decimal(400)
                )
            ],
        ),
    )

    assert {r.id for r in store.list_declarations(UNIT, person="李四")} == {with_zhang, paying_li}
    assert {r.id for r in store.list_declarations(UNIT, person=WANG[-6:])} == {with_wang}
    assert store.count_declarations(UNIT, person="张") == 1
    assert store.count_declarations(UNIT, person="%") == 0  # a wildcard is a literal character


def test_the_list_sorts_by_the_column_asked_for(store: Store, clock: FixedClock) -> None:
    made = {}
    for month, kind in (
        (11, DeclarationType.ADD),
        (9, DeclarationType.INTERRUPTION),
        (10, DeclarationType.RENEWAL),
    ):
        made[month] = store.create_draft(UNIT, Declaration(kind, Period(2026, month), [line()]))
        clock.advance(timedelta(minutes=1))

    by_period = store.list_declarations(UNIT, sort=DocumentSort.PERIOD, descending=False)
    by_type = store.list_declarations(UNIT, sort=DocumentSort.TYPE, descending=False)

    assert [r.id for r in by_period] == [made[9], made[10], made[11]]
    assert [r.type for r in by_type] == sorted(r.type.value for r in by_type)
    assert [r.id for r in store.list_declarations(UNIT)] == [made[10], made[9], made[11]]


def test_payment_details_list_the_approved_payment_lines(store: Store) -> None:
    def payment_declaration(period: Period, *people: tuple[str, str]) -> int:
        payments = [
            PaymentLine(
                number, name, insurance, period, Decimal("5000.00"), Decimal("800.00"), Decimal("400.00")
            )
            for number, name in people
            for insurance in (InsuranceType.PENSION, InsuranceType.MEDICAL)
        ]
        return store.create_draft(UNIT, Declaration(DeclarationType.PAYMENT, period, payments=payments))

    october = payment_declaration(Period(2026, 10), (LI, "李四"), (ZHANG, "张三"))
    november = payment_declaration(PERIOD, (ZHANG, "张三"))
    payment_declaration(PERIOD, (WANG, "王五"))  # still a draft: not a payment made
    for number, declaration_id in enumerate((october, november)):
        store.enqueue(declaration_id, f"key-{number}")
        store.set_status(declaration_id, S.APPROVED, serial_number=f"SB{number}")

    everything = store.payment_details(UNIT)
    zhang = store.payment_details(UNIT, person="张三")
    november_only = store.payment_details(UNIT, periods=(PERIOD, PERIOD))

    assert [(r.payment.period, r.payment.id_number) for r in everything] == [
        (Period(2026, 10), ZHANG),
        (Period(2026, 10), ZHANG),
        (Period(2026, 10), LI),
        (Period(2026, 10), LI),
        (PERIOD, ZHANG),
        (PERIOD, ZHANG),
    ]
    assert {r.serial_number for r in zhang} == {"SB0", "SB1"} and len(zhang) == 4
    assert {r.declaration_id for r in november_only} == {november}
    assert sum(r.payment.total for r in everything) == Decimal("7200.00")
    assert len(store.payment_details(UNIT, statuses=[S.DRAFT])) == 2
