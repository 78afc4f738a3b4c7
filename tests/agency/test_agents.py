"""Agents and mandates over real HTTP: an agent works for every unit that mandated it and for no other
(404), a withdrawal counts from its next request (mid-declaration too), bad mandates are refused with
nothing written, and the records an agent submits say so."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from ssclient.agency.server import RunningAgency
from ssclient.domain.enums import DeclarationType
from ssclient.domain.permissions import Permission
from ssclient.sync.api import AgencyClient, AgencyError
from tests.support.agency import AgencyUnit, declaration, make_uscc, person_line, register_unit
from tests.support.agents import AGENT_PASSWORD, AgencyAgent, log_in_agent
from tests.support.operators import log_in_operator


@pytest.fixture
def agent(agency: RunningAgency) -> Iterator[AgencyAgent]:
    made = log_in_agent(agency.url)
    yield made
    made.client.close()


@pytest.fixture
def other_unit(agency: RunningAgency) -> Iterator[AgencyUnit]:
    with AgencyClient(agency.url, retries=0) as client:
        yield register_unit(client, name="上海第二示例有限公司")


def refused(call: Callable[[], object], status: int, code: str) -> AgencyError:
    with pytest.raises(AgencyError) as caught:
        call()
    assert (caught.value.status, caught.value.code) == (status, code), caught.value.message
    return caught.value


def test_an_agent_works_for_every_unit_that_mandated_it_and_for_no_other(
    unit: AgencyUnit, other_unit: AgencyUnit, agent: AgencyAgent, agency: RunningAgency
) -> None:
    with AgencyClient(agency.url, retries=0) as third_client:
        third = register_unit(third_client, name="广州第三示例有限公司")
        unit.client.grant_mandate(agent.agent_code)
        other_unit.client.grant_mandate(agent.agent_code)

        listed = agent.client.mandated_units()
        assert [u.unit_code for u in listed] == sorted([unit.unit_code, other_unit.unit_code])

        for mandating in (unit, other_unit):
            agent.client.act_for(mandating.unit_code)
            assert agent.client.profile().unit_code == mandating.unit_code
            session = agent.client.current_session()
            assert session.unit_code == mandating.unit_code
            assert Permission.MANAGE_OPERATORS not in session.permissions
            assert Permission.DECLARE in session.permissions

        # A unit that gave no mandate, and one that does not exist, are alike: not there.
        for code in (third.unit_code, "170000000"):
            agent.client.act_for(code)
            error = refused(agent.client.profile, 404, "UNIT_NOT_FOUND")
            assert third.unit_code not in error.message
            refused(agent.client.current_session, 404, "UNIT_NOT_FOUND")
        agent.client.act_for(None)
        refused(agent.client.profile, 404, "UNIT_NOT_FOUND")


def test_records_an_agent_submits_say_so(unit: AgencyUnit, agent: AgencyAgent) -> None:
    unit.client.grant_mandate(agent.agent_code)
    agent.client.act_for(unit.unit_code)
    verdict = agent.client.submit(declaration(DeclarationType.ADD, person_line(1)), "agent-add-1")
    assert verdict.approved, verdict.findings
    [record] = unit.client.declarations().items
    assert record.submitted_by == f"agent:{agent.agent_code}"


def test_a_withdrawal_counts_from_the_agents_next_request(unit: AgencyUnit, agent: AgencyAgent) -> None:
    unit.client.grant_mandate(agent.agent_code)
    agent.client.act_for(unit.unit_code)
    first = agent.client.submit(declaration(DeclarationType.ADD, person_line(1)), "agent-add-1")
    assert first.approved, first.findings

    withdrawn = unit.client.withdraw_mandate(agent.agent_code)
    assert withdrawn.withdrawn_at is not None
    # Mid-declaration: the next document of the same batch is refused, saying why, and nothing is stored.
    error = refused(
        lambda: agent.client.submit(declaration(DeclarationType.ADD, person_line(2)), "agent-add-2"),
        404,
        "MANDATE_WITHDRAWN",
    )
    assert "withdrawn" in error.message
    assert unit.client.declarations().total == 1
    assert agent.client.mandated_units() == []
    assert [m.withdrawn_at is not None for m in unit.client.mandates()] == [True]

    # Granted again, the agent goes on with the same session.
    unit.client.grant_mandate(agent.agent_code)
    assert agent.client.submit(declaration(DeclarationType.ADD, person_line(2)), "agent-add-2").approved


def test_bad_mandates_are_refused_with_nothing_written(unit: AgencyUnit, agent: AgencyAgent) -> None:
    error = refused(lambda: unit.client.grant_mandate("190000000"), 404, "AGENT_NOT_FOUND")
    assert "agent code" in error.message
    assert unit.client.mandates() == []

    unit.client.grant_mandate(agent.agent_code)
    refused(lambda: unit.client.grant_mandate(agent.agent_code), 409, "MANDATE_EXISTS")
    assert len(unit.client.mandates()) == 1

    unit.client.withdraw_mandate(agent.agent_code)
    error = refused(lambda: unit.client.withdraw_mandate(agent.agent_code), 404, "MANDATE_NOT_FOUND")
    assert "nothing to withdraw" in error.message
    assert len(unit.client.mandates()) == 1


def test_only_the_units_administrator_manages_mandates(unit: AgencyUnit, agent: AgencyAgent) -> None:
    manager = log_in_operator(unit, "manager", list(Permission))
    try:
        refused(lambda: manager.client.grant_mandate(agent.agent_code), 403, "ADMINISTRATOR_ONLY")
        refused(manager.client.mandates, 403, "ADMINISTRATOR_ONLY")
    finally:
        manager.client.close()
    unit.client.grant_mandate(agent.agent_code)
    agent.client.act_for(unit.unit_code)
    refused(agent.client.mandates, 403, "ADMINISTRATOR_ONLY")
    refused(lambda: agent.client.withdraw_mandate(agent.agent_code), 403, "ADMINISTRATOR_ONLY")
    refused(agent.client.operators, 403, "PERMISSION_DENIED")
    # A unit's session is no agent.
    refused(unit.client.mandated_units, 403, "AGENTS_ONLY")


def test_an_agents_account_follows_the_units_password_rules(agency: RunningAgency) -> None:
    with AgencyClient(agency.url, retries=0) as client:
        uscc = make_uscc()
        refused(lambda: client.register_agent("代理公司", uscc, "李会计", "123"), 422, "VALIDATION_FAILED")
        registration = client.register_agent("代理公司", uscc, "李会计", uscc)
        refused(lambda: client.register_agent("代理公司", uscc, "李会计", uscc), 409, "USCC_TAKEN")
        refused(lambda: client.login_agent(registration.agent_code, "wrong"), 401, "LOGIN_FAILED")
        client.login_agent(registration.agent_code, uscc)
        # The initial password must be changed first.
        refused(client.mandated_units, 403, "PASSWORD_CHANGE_REQUIRED")
        refused(lambda: client.change_password(uscc, "short"), 422, "VALIDATION_FAILED")
        client.change_password(uscc, AGENT_PASSWORD)
        assert client.mandated_units() == []
        client.logout()
        with pytest.raises(AgencyError) as ended:
            client.mandated_units()
        assert ended.value.status == 401


def test_the_openapi_document_describes_the_unit_header_and_its_refusals(agency: RunningAgency) -> None:
    """Every route a unit's session calls documents X-Unit-Code (optional, for agents) and the 404 an agent
    meets for a unit it may not see; an agent's own routes and the public ones name no unit."""
    import httpx

    from ssclient.agency.access import ROUTE_NEEDS

    paths = httpx.get(f"{agency.url}/openapi.json").json()["paths"]
    for method, path in ROUTE_NEEDS:
        operation = paths[path][method.lower()]
        [header] = [p for p in operation.get("parameters", []) if p["name"] == "X-Unit-Code"]
        assert header["in"] == "header" and header["required"] is False
        assert "agent" in header["description"]
        refusal = operation["responses"]["404"]["description"]
        assert "UNIT_NOT_FOUND" in refusal and "MANDATE_WITHDRAWN" in refusal
    # A route's own 404 is kept beside the agent's.
    assert paths["/api/v1/declarations/{declaration_id}"]["get"]["responses"]["404"][
        "description"
    ].startswith("No such record for this unit (NOT_FOUND).")
    for path, method in (("/api/v1/agents/me/units", "get"), ("/api/v1/sessions/agent", "post")):
        names = [p["name"] for p in paths[path][method].get("parameters", [])]
        assert "X-Unit-Code" not in names
