"""Planning a submission is a pure function: the declaration, the unit as read beforehand, the policy and
the time in, the verdict and what storing it will write out. No agency, no database, no clock."""

from __future__ import annotations

import json
from datetime import datetime

from ssclient.agency.planning import Plan, Rulebook, UnitState, plan_submission
from ssclient.agency.schemas import DeclarationIn
from ssclient.agency.wire import canonical_body
from ssclient.domain.clock import CHINA_TZ
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from ssclient.sync.api import declaration_to_json
from tests.support.agency import declaration, make_id_number, person_line

ADD = DeclarationType.ADD
IN_WINDOW = datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ)
RULEBOOK = Rulebook(default_policy(), default_regions())


def plan(document: Declaration, unit: UnitState | None = None, now: datetime = IN_WINDOW) -> Plan:
    body = canonical_body(DeclarationIn.model_validate(declaration_to_json(document)))
    return plan_submission(document, body, unit or UnitState(current={}), RULEBOOK, now)


def test_an_add_is_planned_approved_with_its_roster_changes_and_what_they_replace() -> None:
    planned = plan(declaration(ADD, person_line(1, "张三"), person_line(2, "李四")))
    assert planned.approved and planned.status == DeclarationStatus.APPROVED.value
    assert planned.findings == []
    people = {make_id_number(1), make_id_number(2)}
    assert set(planned.changes) == people
    assert planned.changes[make_id_number(1)]["base_cents"] == 650_000
    # Nobody was on the roster before: revoking it removes both.
    assert planned.roster_before == dict.fromkeys(people)
    assert planned.people == {make_id_number(1): "张三", make_id_number(2): "李四"}
    assert planned.line_count == 2 and planned.submitted_at == IN_WINDOW


def test_the_plan_judges_against_the_unit_as_it_was_read() -> None:
    document = declaration(ADD, person_line(1), person_line(2))
    planned = plan(document, UnitState(current={}, elsewhere=frozenset({make_id_number(1)})))
    assert not planned.approved and planned.status == DeclarationStatus.REJECTED.value
    assert {(f.field, f.code) for f in planned.findings} == {
        ("lines[0].id_number", "ROSTER_INSURED_ELSEWHERE")
    }
    assert planned.changes == {} and planned.roster_before is None and planned.payments == []


def test_the_plan_takes_the_time_it_is_given() -> None:
    document = declaration(ADD, person_line(1))
    closed = plan(document, now=datetime(2026, 11, 25, 9, 0, tzinfo=CHINA_TZ))
    assert not closed.approved and "WINDOW_CLOSED" in {f.code for f in closed.findings}
    assert plan(document).approved


def test_an_approved_plan_stores_the_amounts_as_approved_and_a_rejected_one_the_text_sent() -> None:
    planned = plan(declaration(ADD, person_line(1, base="5000"), person_line(2, base="６,５００.5")))
    assert [line["wage_base"] for line in json.loads(planned.body)["lines"]] == ["5000.00", "6500.50"]
    rejected = plan(
        declaration(ADD, person_line(1, base="5000")), now=datetime(2026, 11, 25, tzinfo=CHINA_TZ)
    )
    assert json.loads(rejected.body)["lines"][0]["wage_base"] == "5000"
