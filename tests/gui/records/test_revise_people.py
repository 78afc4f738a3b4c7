"""Revising an approved personnel record (records → Revise) against the real agency: the draft is checked
as the agency judges a revision, as if the record it replaces had never been approved. Before, an add's
revision found each of its people "already insured here" (by the very record it replaces), so it could be
neither saved nor declared; and saving it in the editor dropped the record it replaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ssclient.app.records import revision_draft
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.gui.context import AppContext
from ssclient.gui.documents.list_table import NOTE_COLUMN
from ssclient.gui.documents.lists import DRAFT_BOX
from ssclient.store import Store
from ssclient.sync.results import AgencyError
from ssclient.sync.roster_fetch import take_agency_roster
from tests.gui.documents.conftest import opened_editor
from tests.gui.documents.test_journeys import new_list
from tests.gui.records.conftest import add_declaration, add_line, snapshot, submit
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, make_id_number

FIRST, SECOND = make_id_number(0), make_id_number(1)


def approved(unit: AgencyUnit, declaration: Declaration) -> tuple[int, str]:
    """Declared straight to the agency: the record's id and serial number."""
    verdict = submit(unit, declaration)
    assert verdict.approved, verdict.findings
    assert verdict.serial_number is not None
    return verdict.declaration_id, verdict.serial_number


def check(ctx: AppContext, draft_id: int) -> list[str]:
    """The draft box's Check before declaring: the codes of its findings."""
    (result,) = ctx.documents.check([draft_id], lambda summary: "revision", declaring=True)
    return [finding.code for finding in result.findings]


def test_a_revised_add_is_edited_checked_and_declared_as_a_revision(
    qtbot: QtBot, records_ctx: AppContext, unit: AgencyUnit, store: Store, artifacts: Path
) -> None:
    record_id, serial = approved(unit, add_declaration(add_line(FIRST, "职工甲"), add_line(SECOND, "职工乙")))
    take_agency_roster(unit.client, store, records_ctx.unit_code)
    # The agency's answer: both were on no roster before the add.
    assert unit.client.roster_before(serial) == {FIRST: None, SECOND: None}

    revision = records_ctx.records.revise(record_id)
    editor = opened_editor(qtbot, records_ctx, DeclarationType.ADD, revision.declaration_id, size=(1000, 640))
    assert serial in editor.title_label.text()
    # No line is "already insured here": they are, but by the record this revision replaces.
    assert [editor.model.counts(row).errors for row in range(2)] == [0, 0]
    snapshot(editor, artifacts, "records_revised_add_editor.png")

    editor.select_line(0)
    wage = editor.form.line_edit("wage_base")
    wage.selectAll()
    qtbot.keyClicks(wage, "7000.00")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = store.get_declaration(revision.declaration_id)
    assert saved.replaces_serial == serial  # still a revision, not an add of its own
    assert saved.lines[0].wage_base == "7000.00"

    # The draft box tells the revision from an add of the same people.
    drafts = new_list(qtbot, records_ctx, DRAFT_BOX)
    assert drafts.table.model().index(0, NOTE_COLUMN).data() == f"replaces {serial}"
    snapshot(drafts, artifacts, "records_revised_add_draft_box.png")

    assert check(records_ctx, revision.declaration_id) == []
    verdict = submit(unit, store.get_declaration(revision.declaration_id))
    assert verdict.approved, verdict.findings
    assert records_ctx.records.details(record_id).summary.status is DeclarationStatus.REVOKED


def test_a_revised_interruption_finds_its_people_insured_as_before_it(
    records_ctx: AppContext, unit: AgencyUnit, store: Store
) -> None:
    approved(unit, add_declaration(add_line(FIRST, "职工甲")))
    leaving = DeclarationLine(FIRST, "职工甲", reason="离职")
    record_id, serial = approved(unit, Declaration(DeclarationType.INTERRUPTION, CURRENT_PERIOD, [leaving]))
    take_agency_roster(unit.client, store, records_ctx.unit_code)
    assert store.roster(records_ctx.unit_code)[FIRST].status is PersonStatus.INTERRUPTED
    before = unit.client.roster_before(serial)[FIRST]
    assert before is not None and before.status is PersonStatus.ACTIVE

    revision = records_ctx.records.revise(record_id)

    # Today's roster says interrupted; the revision is judged against the roster before the interruption.
    assert check(records_ctx, revision.declaration_id) == []
    assert store.get_declaration(revision.declaration_id).replaces_serial == serial


def revision_kept_nothing(ctx: AppContext, unit: AgencyUnit, store: Store) -> int:
    """An add of FIRST revised as Revise saved it before revisions kept anything: the draft alone."""
    record_id, _ = approved(unit, add_declaration(add_line(FIRST, "职工甲")))
    take_agency_roster(unit.client, store, ctx.unit_code)
    draft_id = store.create_draft(ctx.unit_code, revision_draft(ctx.records.details(record_id)))
    assert store.roster_before(draft_id) == {}
    return draft_id


def test_a_revision_made_by_an_earlier_version_asks_the_agency_once_when_first_checked(
    records_ctx: AppContext, unit: AgencyUnit, store: Store
) -> None:
    draft_id = revision_kept_nothing(records_ctx, unit, store)

    assert check(records_ctx, draft_id) == []
    assert store.roster_before(draft_id) == {FIRST: None}  # kept: the next Check works offline too


def test_offline_a_revision_that_kept_nothing_is_checked_against_todays_roster(
    records_ctx: AppContext, unit: AgencyUnit, store: Store
) -> None:
    draft_id = revision_kept_nothing(records_ctx, unit, store)
    unit.client.logout()  # the agency no longer answers this session

    # What the client can say without the agency; the agency's own review still judges it rightly.
    assert check(records_ctx, draft_id) == ["ROSTER_ALREADY_ACTIVE"]
    assert store.roster_before(draft_id) == {}


def test_the_roster_before_a_record_the_unit_does_not_have_is_not_found(unit: AgencyUnit) -> None:
    approved(unit, add_declaration(add_line(FIRST, "职工甲")))
    with pytest.raises(AgencyError) as refused:
        unit.client.roster_before("SB2026112099999999")
    assert refused.value.code == "NOT_FOUND"
