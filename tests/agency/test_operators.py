"""A unit's operators over real HTTP: each permission allowed and refused, disabling ends the sessions at
once, duplicate log-in names and an operator locking itself out refused, the submitting operator kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import get_args

import pytest

from ssclient.agency.access import ROUTE_NEEDS
from ssclient.agency.schemas_operators import PermissionName
from ssclient.domain.enums import DeclarationType
from ssclient.domain.permissions import ALL_PERMISSIONS, Permission
from ssclient.sync.api import AgencyClient, AgencyError, SessionExpired
from tests.support.agency import AgencyUnit, declaration, person_line
from tests.support.operators import (
    INITIAL_PASSWORD,
    OPERATOR_PASSWORD,
    AgencyOperator,
    create_operator,
    log_in_operator,
)
from tests.support.routes import session_routes

P = Permission


@pytest.fixture
def operators(unit: AgencyUnit) -> Iterator[Callable[..., AgencyOperator]]:
    made: list[AgencyOperator] = []

    def make(login: str, *permissions: Permission) -> AgencyOperator:
        operator = log_in_operator(unit, login, permissions)
        made.append(operator)
        return operator

    yield make
    for operator in made:
        operator.client.close()


def approved_add(client: AgencyClient, seq: int, key: str) -> int:
    verdict = client.submit(declaration(DeclarationType.ADD, person_line(seq)), key)
    assert verdict.approved, verdict.findings
    return verdict.declaration_id


def refused_for(call: Callable[[], object], permission: Permission) -> AgencyError:
    with pytest.raises(AgencyError) as refused:
        call()
    error = refused.value
    assert (error.status, error.code) == (403, "PERMISSION_DENIED")
    assert [(f.code, dict(f.params)) for f in error.findings] == [
        ("PERMISSION_MISSING", {"permission": permission.value})
    ]
    assert permission.value in error.message
    return error


def test_declare_submits_personnel_declarations_and_nothing_else(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    clerk = operators("clerk", P.DECLARE)
    approved_add(clerk.client, 1, "op-add-0001")
    refused_for(lambda: clerk.client.submit(declaration(DeclarationType.PAYMENT), "op-pay-0001"), P.PAYMENT)
    record = approved_add(unit.client, 2, "admin-add-0002")
    refused_for(lambda: clerk.client.revoke(record), P.REVOKE)
    refused_for(clerk.client.operators, P.MANAGE_OPERATORS)
    refused_for(lambda: clerk.client.update_profile(phone="010-1234"), P.MANAGE_OPERATORS)
    # A revision replaces an approved record: it needs the permission to revoke as well.
    serial = unit.client.declaration(record).summary.serial_number
    revision = declaration(DeclarationType.ADD, person_line(2, base="7000.00"), replaces=serial)
    refused_for(lambda: clerk.client.submit(revision, "op-rev-0001"), P.REVOKE)
    # Nothing of the refused ones was stored.
    assert unit.client.declarations().total == 2


def test_payment_submits_the_payment_declaration_only(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    cashier = operators("cashier", P.PAYMENT)
    refused_for(
        lambda: cashier.client.submit(declaration(DeclarationType.ADD, person_line(1)), "k-add-01"), P.DECLARE
    )
    verdict = cashier.client.submit(declaration(DeclarationType.PAYMENT), "k-pay-0001")
    assert verdict.declaration_id > 0  # reviewed (an empty payment is rejected by the rules, not refused)


def test_revoke_revokes_and_with_declare_revises(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    first = approved_add(unit.client, 1, "admin-add-0001")
    second = approved_add(unit.client, 2, "admin-add-0002")
    reviser = operators("reviser", P.REVOKE)
    assert reviser.client.revoke(first).summary.status.value == "revoked"
    serial = unit.client.declaration(second).summary.serial_number
    revision = declaration(DeclarationType.ADD, person_line(2, base="7000.00"), replaces=serial)
    refused_for(lambda: reviser.client.submit(revision, "rev-0000001"), P.DECLARE)
    both = operators("both", P.REVOKE, P.DECLARE)
    assert both.client.submit(revision, "rev-0000002").approved


def test_query_only_reads_and_is_refused_every_change(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    record = approved_add(unit.client, 1, "admin-add-0001")
    reader = operators("reader", P.QUERY)
    assert reader.client.declarations().total == 1
    assert reader.client.declaration(record).summary.id == record
    assert len(reader.client.roster()) == 1
    assert reader.client.payments().items == ()
    assert reader.client.profile().unit_code == unit.unit_code
    refused_for(
        lambda: reader.client.submit(declaration(DeclarationType.ADD, person_line(2)), "k-add-02"), P.DECLARE
    )
    refused_for(lambda: reader.client.revoke(record), P.REVOKE)
    refused_for(reader.client.operators, P.MANAGE_OPERATORS)
    # Drafting is done on the client: the agency has nothing a draft-only operator could call but reads.
    drafter = operators("drafter", P.DRAFT)
    assert drafter.client.declarations().total == 1
    refused_for(
        lambda: drafter.client.submit(declaration(DeclarationType.ADD, person_line(2)), "k-add-03"), P.DECLARE
    )


def test_manage_operators_creates_and_changes_operators(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    manager = operators("manager", P.MANAGE_OPERATORS)
    manager.client.create_operator("new.one", "李娜", INITIAL_PASSWORD, [P.QUERY])
    changed = manager.client.update_operator("new.one", permissions=[P.QUERY, P.DECLARE], name="李娜娜")
    assert (changed.name, changed.permissions, changed.must_change_password) == (
        "李娜娜",
        frozenset({P.QUERY, P.DECLARE}),
        True,
    )
    assert [o.login for o in unit.client.operators()] == ["manager", "new.one"]
    refused_for(
        lambda: manager.client.submit(declaration(DeclarationType.ADD, person_line(1)), "k-add-04"), P.DECLARE
    )


def test_a_new_operator_changes_the_initial_password_before_anything_else(unit: AgencyUnit) -> None:
    create_operator(unit, "fresh", [P.DECLARE])
    with AgencyClient(unit.client.base_url, retries=0) as client:
        result = client.login_operator(unit.unit_code, "FRESH", INITIAL_PASSWORD)  # log-in names ignore case
        assert (result.operator, result.must_change_password) == ("fresh", True)
        assert result.permissions == frozenset({P.DECLARE})
        with pytest.raises(AgencyError) as first:
            client.roster()
        assert first.value.code == "PASSWORD_CHANGE_REQUIRED"
        with pytest.raises(AgencyError) as weak:
            client.change_password(INITIAL_PASSWORD, "abc")
        assert weak.value.findings[0].code == "PASSWORD_WEAK"
        client.change_password(INITIAL_PASSWORD, OPERATOR_PASSWORD)
        session = client.current_session()
        assert (session.operator, session.must_change_password) == ("fresh", False)
        assert client.roster() == []
    # The unit's own log-in is unchanged by the operator's password, and is every permission.
    assert unit.client.current_session().permissions == ALL_PERMISSIONS
    assert unit.client.current_session().operator == ""


def test_disabling_an_operator_ends_its_sessions_at_once(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    clerk = operators("clerk", P.DECLARE)
    assert clerk.client.roster() == []
    disabled = unit.client.update_operator("clerk", enabled=False)
    assert not disabled.enabled
    with pytest.raises(SessionExpired):
        clerk.client.roster()
    with AgencyClient(unit.client.base_url, retries=0) as again:
        with pytest.raises(AgencyError) as refused:
            again.login_operator(unit.unit_code, "clerk", OPERATOR_PASSWORD)
        assert (refused.value.status, refused.value.code) == (403, "OPERATOR_DISABLED")
        unit.client.update_operator("clerk", enabled=True)
        assert again.login_operator(unit.unit_code, "clerk", OPERATOR_PASSWORD).operator == "clerk"


def test_a_reset_password_ends_the_sessions_and_must_be_changed(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    clerk = operators("clerk", P.DECLARE)
    unit.client.reset_operator_password("clerk", "Reset2026now")
    with pytest.raises(SessionExpired):
        clerk.client.roster()
    assert clerk.client.login_operator(unit.unit_code, "clerk", "Reset2026now").must_change_password


def test_the_units_password_change_leaves_the_operators_sessions(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    clerk = operators("clerk", P.QUERY)
    unit.client.change_password(unit.password, "Other2026pw")
    assert clerk.client.roster() == []


def test_duplicate_log_in_names_are_refused_and_nothing_is_written(unit: AgencyUnit) -> None:
    create_operator(unit, "clerk", [P.DECLARE])
    with pytest.raises(AgencyError) as taken:
        unit.client.create_operator("Clerk", "另一个人", INITIAL_PASSWORD, [P.QUERY])
    assert (taken.value.status, taken.value.code) == (409, "OPERATOR_LOGIN_TAKEN")
    assert "choose another" in taken.value.message
    (only,) = unit.client.operators()
    assert (only.name, only.permissions) == ("王芳", frozenset({P.DECLARE}))


@pytest.mark.parametrize(
    ("login", "name", "password", "permissions", "code"),
    [
        ("a", "王芳", INITIAL_PASSWORD, [P.QUERY], "OPERATOR_LOGIN_INVALID"),
        ("wang fang", "王芳", INITIAL_PASSWORD, [P.QUERY], "OPERATOR_LOGIN_INVALID"),
        ("wangfang", "  ", INITIAL_PASSWORD, [P.QUERY], "OPERATOR_NAME_REQUIRED"),
        ("wangfang", "王芳", INITIAL_PASSWORD, [], "OPERATOR_PERMISSIONS_REQUIRED"),
        ("wangfang", "王芳", "password1", [P.QUERY], "VALIDATION_FAILED"),
        ("wangfang", "王芳", "short1", [P.QUERY], "VALIDATION_FAILED"),
    ],
)
def test_bad_operators_are_refused_with_what_to_do(
    unit: AgencyUnit, login: str, name: str, password: str, permissions: list[Permission], code: str
) -> None:
    with pytest.raises(AgencyError) as refused:
        unit.client.create_operator(login, name, password, permissions)
    assert (refused.value.status, refused.value.code) == (422, code)
    assert refused.value.message
    assert unit.client.operators() == []


def test_a_manager_cannot_lock_itself_out(unit: AgencyUnit, operators: Callable[..., AgencyOperator]) -> None:
    manager = operators("manager", P.MANAGE_OPERATORS, P.QUERY)
    for change in ({"enabled": False}, {"permissions": [P.QUERY]}):
        with pytest.raises(AgencyError) as refused:
            manager.client.update_operator("manager", **change)
        assert (refused.value.status, refused.value.code) == (409, "OWN_MANAGEMENT")
    (kept,) = manager.client.operators()
    assert kept.enabled and P.MANAGE_OPERATORS in kept.permissions
    # The administrator, or another manager, can.
    assert not unit.client.update_operator("manager", enabled=False).enabled


def test_every_record_keeps_who_submitted_it(
    unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    clerk = operators("clerk", P.DECLARE)
    mine = approved_add(clerk.client, 1, "op-add-0001")
    theirs = approved_add(unit.client, 2, "admin-add-0002")
    by_id = {r.id: r.submitted_by for r in unit.client.declarations().items}
    assert by_id == {mine: "clerk", theirs: ""}
    assert unit.client.declaration(mine).summary.submitted_by == "clerk"


def test_an_operator_of_one_unit_sees_nothing_of_another(
    agency_client: AgencyClient, unit: AgencyUnit, operators: Callable[..., AgencyOperator]
) -> None:
    record = approved_add(unit.client, 1, "admin-add-0001")
    with AgencyClient(unit.client.base_url, retries=0) as other_client:
        from tests.support.agency import register_unit

        other = register_unit(other_client, name="上海另一家有限公司")
        create_operator(other, "clerk", [P.QUERY])
        with pytest.raises(AgencyError):  # the same log-in name at another unit is another operator
            agency_client.login_operator(unit.unit_code, "clerk", INITIAL_PASSWORD)
        other_client.login_operator(other.unit_code, "clerk", INITIAL_PASSWORD)
        other_client.change_password(INITIAL_PASSWORD, OPERATOR_PASSWORD)
        with pytest.raises(AgencyError) as hidden:
            other_client.declaration(record)
        assert hidden.value.status == 404


def test_every_route_that_needs_a_session_says_who_may_call_it() -> None:
    """Public routes (log-in, registration, health, policy) are told by what they depend on: a new one
    needs no entry here, and a new route that takes a session fails here until ROUTE_NEEDS names it."""
    # Log-out and the password change serve every session (the initial password's too).
    any_session = {("DELETE", "/api/v1/sessions/current"), ("POST", "/api/v1/units/me/password")}
    any_session.add(("GET", "/api/v1/agents/me/units"))  # an agent's own: it names no unit
    assert any_session <= set(session_routes())
    assert set(session_routes()) - any_session == set(ROUTE_NEEDS)


def test_the_wire_knows_every_permission_by_its_stable_value() -> None:
    assert set(get_args(PermissionName)) == {p.value for p in Permission}
    assert [p.value for p in Permission] == [
        "draft",
        "declare",
        "revoke",
        "payment",
        "query",
        "manage_operators",
    ]
