"""The contribution base and payment declaration forms, end to end with the real agency and store."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.gui.context import AppContext
from ssclient.gui.contributions.base_change_form import ContributionBaseForm
from ssclient.gui.contributions.payment_form import PaymentDeclarationForm
from ssclient.store import Store
from tests.gui.documents.conftest import wait_loaded
from tests.gui.records.conftest import add_line, snapshot, submit
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

ZHANG = make_id_number(21)
LI = make_id_number(22)
WANG = make_id_number(23)
OCTOBER = Period(2026, 10)


def roster_in_store(store: Store, unit_code: str) -> None:
    since = Period(2026, 1)
    store.replace_roster(
        unit_code,
        [
            RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6000.00"), since),
            RosterEntry(LI, "李四", PersonStatus.ACTIVE, Decimal("5000.00"), since),
            RosterEntry(
                WANG, "王五", PersonStatus.INTERRUPTED, Decimal("5000.00"), since, interrupted_from=OCTOBER
            ),
        ],
    )


def new_base_form(qtbot: QtBot, ctx: AppContext, declaration_id: int | None = None) -> ContributionBaseForm:
    form = ContributionBaseForm(ctx, declaration_id)
    qtbot.addWidget(form)
    wait_loaded(qtbot, form)
    form.resize(1000, 560)
    form.show()
    return form


def type_person(
    qtbot: QtBot, form: ContributionBaseForm, id_number: str, base: str, effective: str = ""
) -> None:
    form.id_edit.setFocus()
    qtbot.keyClicks(form.id_edit, id_number)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    if effective:
        form.effective_edit.setText(effective)
    qtbot.keyClicks(form.base_edit, base)
    qtbot.keyClick(form.base_edit, Qt.Key.Key_Return)


def codes(form: ContributionBaseForm) -> list[tuple[str, str]]:
    return [(f.code, f.field) for f in form.findings]


def test_base_change_for_several_people_checked_as_typed_then_saved(
    qtbot: QtBot, records_ctx: AppContext, store: Store, artifacts: Path
) -> None:
    roster_in_store(store, records_ctx.unit_code)
    form = new_base_form(qtbot, records_ctx)
    assert codes(form) == [("DECLARATION_EMPTY", "lines")]
    assert form.findings_list.count() == 0  # a new form does not open on an error in red
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [form.findings_list.item(i).text() for i in range(form.findings_list.count())] == [
        "The declaration has no people in it."
    ]

    form.id_edit.setFocus()
    qtbot.keyClicks(form.id_edit, ZHANG)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    assert form.status_label.text() == "张三, current base 6,000.00."
    qtbot.keyClicks(form.base_edit, "4000")
    qtbot.keyClick(form.base_edit, Qt.Key.Key_Return)
    type_person(qtbot, form, LI, "7000", effective="2026-09")
    type_person(qtbot, form, WANG, "6000", effective="2026-11")
    assert [line.name for line in form.model.lines] == ["张三", "李四", "王五"]
    assert form.model.data(form.model.index(0, 2)) == "6,000.00"
    assert codes(form) == [
        ("BASE_BELOW_FLOOR", "lines[0].wage_base"),
        ("EFFECTIVE_PERIOD_TOO_EARLY", "lines[1].effective_period"),
        ("ROSTER_NOT_ACTIVE", "lines[2].id_number"),
    ]
    assert form.findings_list.item(0).text() == (
        "Line 1: The declared wage 4,000.00 yuan is below the contribution base floor; contributions are "
        "computed on the floor of 4,800.00 yuan."
    )
    assert "2026-10" in form.findings_list.item(1).text()  # one month back at the earliest
    # A wage below the floor is capped with a warning, not marked as an error like the early month.
    assert form.model.data(form.model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is None
    assert form.model.data(form.model.index(1, 4), Qt.ItemDataRole.BackgroundRole) is not None
    snapshot(form, artifacts, "contribution_base_form.png")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status_label.text() == "Correct the problems listed first; nothing was saved."
    assert store.list_declarations(records_ctx.unit_code) == []

    # Fixed in the table itself, and the interrupted person removed.
    assert form.model.setData(form.model.index(0, 3), "6500.00")
    assert form.model.setData(form.model.index(1, 4), "2026-10")
    form.table.selectRow(2)
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert codes(form) == []
    assert form.status_label.text() == ""  # no longer "correct the problems listed first"
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    draft = store.get_declaration(saved.args[0])
    assert draft.type is DeclarationType.BASE_CHANGE
    assert [(x.id_number, x.wage_base, x.effective_period) for x in draft.lines] == [
        (ZHANG, "6500.00", "2026-11"),
        (LI, "7000", "2026-10"),
    ]
    # Opened again from the draft box, it shows the same lines.
    again = new_base_form(qtbot, records_ctx, saved.args[0])
    assert [line.id_number for line in again.model.lines] == [ZHANG, LI]


def test_add_everyone_insured(qtbot: QtBot, records_ctx: AppContext, store: Store) -> None:
    roster_in_store(store, records_ctx.unit_code)
    form = new_base_form(qtbot, records_ctx)
    form.base_edit.setText("8000")
    qtbot.mouseClick(form.add_all_button, Qt.MouseButton.LeftButton)
    # In the roster's order, by pinyin: 李 (li) before 张 (zhang).
    assert [(line.name, line.wage_base) for line in form.model.lines] == [("李四", "8000"), ("张三", "8000")]
    assert codes(form) == []


def test_an_approved_base_change_moves_the_payment(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit
) -> None:
    assert submit(
        unit, Declaration(DeclarationType.ADD, CURRENT_PERIOD, [add_line(ZHANG, "张三", "6000.00")])
    ).approved
    store.replace_roster(records_ctx.unit_code, unit.client.roster())
    form = new_base_form(qtbot, records_ctx)
    type_person(qtbot, form, ZHANG, "9000.00")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    result = submit(unit, store.get_declaration(saved.args[0]))
    assert result.approved, result.findings

    payment = new_payment_form(qtbot, records_ctx)
    compute(qtbot, payment)
    assert {line.base for line in payment.model.lines()} == {Decimal("9000.00")}


def test_computing_online_tells_the_roster_windows_only_when_the_agencys_roster_changed(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit
) -> None:
    """The computation takes a changed roster into the store (another computer declared someone): the
    roster's windows read it again, and not after a computation that found it unchanged."""
    assert submit(
        unit, Declaration(DeclarationType.ADD, CURRENT_PERIOD, [add_line(ZHANG, "张三", "6000.00")])
    ).approved
    heard: list[str] = []
    records_ctx.signals.roster_changed.connect(lambda: heard.append("roster"))
    payment = new_payment_form(qtbot, records_ctx)

    compute(qtbot, payment)
    assert heard == ["roster"] and list(store.roster(records_ctx.unit_code)) == [ZHANG]
    compute(qtbot, payment)
    assert heard == ["roster"]


# --- payment declaration ----------------------------------------------------------------------------------


def new_payment_form(
    qtbot: QtBot, ctx: AppContext, declaration_id: int | None = None
) -> PaymentDeclarationForm:
    form = PaymentDeclarationForm(ctx, declaration_id)
    qtbot.addWidget(form)
    wait_loaded(qtbot, form)
    form.resize(1100, 700)
    form.show()
    return form


def rechecked(qtbot: QtBot, form: PaymentDeclarationForm) -> None:
    """Wait until a saved payment form has read its declaration and compared it with a fresh computation
    (both on workers): Compute is offered again then."""
    qtbot.waitUntil(lambda: form.is_loaded and form.compute_button.isEnabled(), timeout=10_000)


def compute(qtbot: QtBot, form: PaymentDeclarationForm) -> None:
    with qtbot.waitSignal(form.computed, timeout=10_000):
        qtbot.mouseClick(form.compute_button, Qt.MouseButton.LeftButton)


def renewal_history(unit: AgencyUnit, clock: FixedClock) -> None:
    """October: 张三 (6000.00) and 李四 (5000.00) join; 李四 leaves. November: 李四 comes back at 5500.00
    with one month of pension and of medical back payment."""
    clock.set(datetime(2026, 10, 12, 10, 0, tzinfo=CHINA_TZ))
    unit.client.login(unit.unit_code, unit.password)
    joined = Declaration(
        DeclarationType.ADD, OCTOBER, [add_line(ZHANG, "张三", "6000.00"), add_line(LI, "李四", "5000.00")]
    )
    assert submit(unit, joined).approved
    leaving = Declaration(DeclarationType.INTERRUPTION, OCTOBER, [DeclarationLine(LI, "李四", reason="离职")])
    assert submit(unit, leaving).approved
    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ))
    unit.client.login(unit.unit_code, unit.password)
    back = add_line(LI, "李四", "5500.00")
    back.backpay = {InsuranceType.PENSION: 1, InsuranceType.MEDICAL: 1}
    result = submit(unit, Declaration(DeclarationType.RENEWAL, CURRENT_PERIOD, [back]))
    assert result.approved, result.findings


def test_payment_declaration_computed_with_back_payment_saved_and_approved(
    qtbot: QtBot,
    records_ctx: AppContext,
    store: Store,
    unit: AgencyUnit,
    agency_clock: FixedClock,
    artifacts: Path,
) -> None:
    renewal_history(unit, agency_clock)
    form = new_payment_form(qtbot, records_ctx)
    assert not form.save_button.isEnabled()
    compute(qtbot, form)
    lines = form.model.lines()
    # People in the roster's order, by pinyin: 李 (li) before 张 (zhang); a person's back payment after
    # their month's lines.
    assert [(line.name, line.insurance.value, str(line.for_period or "")) for line in lines] == [
        ("李四", "pension", ""), ("李四", "medical", ""), ("李四", "unemployment", ""), ("李四", "work_injury", ""),
        ("李四", "pension", "2026-10"), ("李四", "medical", "2026-10"),
        ("张三", "pension", ""), ("张三", "medical", ""), ("张三", "unemployment", ""), ("张三", "work_injury", ""),
    ]  # fmt: skip
    assert form.status_label.text() == "2 people, 10 lines computed."
    # Employee: 张三 480 + 120 + 30; 李四 440 + 110 + 27.50; back 440 + 110.
    # Employer: 张三 960 + 480 + 30 + 12; 李四 880 + 440 + 27.50 + 11; back 880 + 440.
    assert form.total_labels["all"].text() == "5,918.00"
    assert form.total_labels["pension"].text() == "4,080.00"  # 1440 + 1320 + 1320 back
    # The shipped table's city figures are illustrative, and the form says so beside the amounts.
    assert form.policy_note.isVisible() and form.policy_note.text() == "Illustrative policy (not official)"
    snapshot(form, artifacts, "payment_declaration_form.png")

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    draft = store.get_declaration(saved.args[0])
    assert draft.type is DeclarationType.PAYMENT and draft.status is DeclarationStatus.DRAFT
    assert draft.payments == lines
    # The agency recomputes it from its own data and agrees.
    result = submit(unit, draft)
    assert result.approved, result.findings


def test_the_agency_rejects_a_changed_amount_naming_the_line(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    renewal_history(unit, agency_clock)
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    lines = form.model.lines()
    lines[5] = dataclasses.replace(lines[5], employer_amount=lines[5].employer_amount - Decimal("0.01"))
    result = submit(unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines))
    assert not result.approved
    assert [(f.code, f.field, f.params["expected"], f.params["value"]) for f in result.findings] == [
        ("PAYMENT_MISMATCH", "payments[5].employer_amount", "440.00", "439.99")
    ]


def test_a_saved_payment_rechecked_after_the_roster_changed(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    renewal_history(unit, agency_clock)
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    reopened = PaymentDeclarationForm(records_ctx, saved.args[0])
    qtbot.addWidget(reopened)
    rechecked(qtbot, reopened)
    assert reopened.findings == []

    # 张三 leaves in November: the saved lines for him are no longer owed.
    leaving = Declaration(
        DeclarationType.INTERRUPTION, CURRENT_PERIOD, [DeclarationLine(ZHANG, "张三", reason="离职")]
    )
    assert submit(unit, leaving).approved
    again = PaymentDeclarationForm(records_ctx, saved.args[0])
    qtbot.addWidget(again)
    rechecked(qtbot, again)
    assert {f.code for f in again.findings} == {"PAYMENT_UNEXPECTED"}
    assert again.findings_list.count() == 4
    assert (
        again.status_label.text()
        == "The roster changed since this was computed; press Compute before declaring."
    )


def test_offline_the_stored_roster_is_used_and_said(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, agency: RunningAgency
) -> None:
    assert submit(
        unit, Declaration(DeclarationType.ADD, CURRENT_PERIOD, [add_line(ZHANG, "张三", "6000.00")])
    ).approved
    store.replace_roster(records_ctx.unit_code, unit.client.roster())
    agency.stop()
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    assert len(form.model.lines()) == 4
    assert "The agency could not be reached" in form.status_label.text()


def test_the_draft_box_check_of_a_payment_document(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    renewal_history(unit, agency_clock)
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    draft = store.get_declaration(saved.args[0])
    assert records_ctx.contributions.check_payment_document(draft, declaring=True) == []
    draft.payments[0] = dataclasses.replace(draft.payments[0], employee_amount=Decimal("1.00"))
    assert [
        (f.code, f.field) for f in records_ctx.contributions.check_payment_document(draft, declaring=True)
    ] == [("PAYMENT_MISMATCH", "payments[0].employee_amount")]
    agency_clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=CHINA_TZ))
    unit.client.login(unit.unit_code, unit.password)
    draft.payments[0] = form.model.lines()[0]
    assert [f.code for f in records_ctx.contributions.check_payment_document(draft, declaring=True)] == [
        "WINDOW_CLOSED"
    ]


def test_revising_an_approved_payment_declaration(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    from ssclient.gui.records.records_window import DeclarationRecordsWindow

    renewal_history(unit, agency_clock)
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    first = submit(unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=form.model.lines()))
    assert first.approved and first.serial_number is not None

    records = DeclarationRecordsWindow(records_ctx)
    qtbot.addWidget(records)
    qtbot.waitUntil(lambda: not records.model.busy and records.model.rowCount() == records.model.total)
    assert records.select_serial(first.serial_number)
    with qtbot.waitSignal(records.draft_created, timeout=10_000) as created:
        qtbot.mouseClick(records.revise_button, Qt.MouseButton.LeftButton)
    draft_id, kind = created.args
    assert kind == "payment"
    revision = PaymentDeclarationForm(records_ctx, draft_id)
    qtbot.addWidget(revision)
    rechecked(qtbot, revision)
    assert revision.windowTitle() == f"Payment declaration 2026-11 (replaces {first.serial_number})"
    assert revision.findings == []
    assert revision.model.lines() == form.model.lines()
    result = submit(unit, store.get_declaration(draft_id))
    assert result.approved, result.findings
    statuses = {s.serial_number: s.status for s in unit.client.declarations().items}
    assert statuses[first.serial_number] is DeclarationStatus.REVOKED
    assert statuses[result.serial_number] is DeclarationStatus.APPROVED


def test_the_payment_is_computed_with_the_agencys_policy_not_the_bundled_one(
    qtbot: QtBot, tmp_path: Path, agency_clock: FixedClock, store: Store
) -> None:
    from PySide6.QtCore import QSettings

    from ssclient.agency.server import start_agency
    from ssclient.gui.app_settings import AppSettings
    from ssclient.policy import default_policy
    from ssclient.sync.api import AgencyClient
    from tests.support.agency import register_unit

    bundled = default_policy()
    pension = dataclasses.replace(bundled[InsuranceType.PENSION], employer_rate=Decimal("0.14"))
    city = dataclasses.replace(bundled, insurances={**bundled.insurances, InsuranceType.PENSION: pension})
    running = start_agency(f"sqlite:///{tmp_path / 'city.sqlite3'}", agency_clock, policy=city)
    try:
        with AgencyClient(running.url, retries=0) as client:
            unit = register_unit(client)
            assert submit(
                unit, Declaration(DeclarationType.ADD, CURRENT_PERIOD, [add_line(ZHANG, "张三", "6000.00")])
            ).approved
            settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
            ctx = AppContext(settings, clock=agency_clock, store=store, agency=client)
            profile = client.profile()
            store.save_unit(profile)
            ctx.set_unit(profile)
            assert ctx.policy[InsuranceType.PENSION].employer_rate == Decimal("0.16")  # the bundled one
            form = new_payment_form(qtbot, ctx)
            compute(qtbot, form)
            pension_line = form.model.lines()[0]
            assert pension_line.employer_amount == Decimal("840.00")  # 6000 × 14 %
            result = submit(
                unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=form.model.lines())
            )
            assert result.approved, result.findings
    finally:
        running.stop()


def test_a_saved_payment_passes_the_draft_box_check_and_becomes_checked(
    qtbot: QtBot, records_ctx: AppContext, store: Store, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    # The draft box checks every document type; a payment has amounts, not people, so the personnel
    # rulebook alone would call it empty and it could never be declared.
    renewal_history(unit, agency_clock)
    form = new_payment_form(qtbot, records_ctx)
    compute(qtbot, form)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [result] = records_ctx.documents.check([saved.args[0]], str, declaring=True)
    assert result.findings == ()
    assert store.get_declaration(saved.args[0]).status is DeclarationStatus.CHECKED


def test_a_base_change_draft_from_an_earlier_month_moves_to_the_current_period(
    qtbot: QtBot, records_ctx: AppContext, store: Store, artifacts: Path
) -> None:
    roster_in_store(store, records_ctx.unit_code)
    line = DeclarationLine(id_number=ZHANG, name="张三", wage_base="7000.00", effective_period="")
    draft_id = store.create_draft(
        records_ctx.unit_code, Declaration(DeclarationType.BASE_CHANGE, OCTOBER, [line])
    )
    form = new_base_form(qtbot, records_ctx, draft_id)
    assert form.title_label.text() == "Contribution base 2026-10"
    assert form.period_note.isVisible() and form.period_note.text() == "Declarations are now for 2026-11"
    assert form.move_period_button.text() == "Move to 2026-11" and form.focus_finding("period")
    snapshot(form, artifacts, "base_change_earlier_period.png")

    qtbot.mouseClick(form.move_period_button, Qt.MouseButton.LeftButton)
    assert form.title_label.text() == "Contribution base 2026-11" and not form.move_period_button.isVisible()
    assert form.effective_edit.text() == "2026-11", "the month typed next defaults to the document's"
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = store.get_declaration(draft_id)
    assert saved.period == CURRENT_PERIOD and [p.id_number for p in saved.lines] == [ZHANG]


def test_a_revision_keeps_the_period_of_the_record_it_replaces(
    qtbot: QtBot, records_ctx: AppContext, store: Store
) -> None:
    roster_in_store(store, records_ctx.unit_code)
    line = DeclarationLine(id_number=ZHANG, name="张三", wage_base="7000.00")
    revision = Declaration(DeclarationType.BASE_CHANGE, OCTOBER, [line], replaces_serial="SB2026100100000001")
    form = new_base_form(qtbot, records_ctx, store.create_draft(records_ctx.unit_code, revision))
    assert not form.move_period_button.isVisible() and not form.focus_finding("period")


def test_a_payment_draft_from_an_earlier_month_says_which_month_can_be_declared(
    qtbot: QtBot, records_ctx: AppContext, store: Store, artifacts: Path
) -> None:
    assert not new_payment_form(qtbot, records_ctx).period_note.isVisible()
    draft_id = store.create_draft(records_ctx.unit_code, Declaration(DeclarationType.PAYMENT, OCTOBER))
    form = new_payment_form(qtbot, records_ctx, draft_id)
    assert form.period_note.isVisible()
    assert form.period_note.text() == (
        "Only 2026-11 can be declared now: compute its payment from Business → Payment declaration."
    )
    snapshot(form, artifacts, "payment_declaration_earlier_period.png")
