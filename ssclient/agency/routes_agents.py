"""The HTTP routes of agents: registering, logging in, the units that mandated the agent; and a unit's
mandates (granting, withdrawing: the unit's administrator's). Who may call each: access.ROUTE_NEEDS.

An agent works on a unit through the unit's own routes, naming it in the header X-Unit-Code."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request

from ssclient.agency import agents
from ssclient.agency.auth import AgentSession, State, UnitSession
from ssclient.agency.errors import COMMON_ERRORS, SESSION_ERRORS, error_responses
from ssclient.agency.schemas_agents import (
    AgentLoginIn,
    AgentLoginOut,
    AgentRegisterIn,
    AgentRegistrationOut,
    MandatedUnitListOut,
    MandateIn,
    MandateListOut,
    MandateOut,
)

agents_router = APIRouter(prefix="/api/v1", responses=COMMON_ERRORS)
_ADMINISTRATOR = {
    **SESSION_ERRORS,
    **error_responses((403, "Only the unit's administrator manages mandates (ADMINISTRATOR_ONLY).")),
}

AgentCode = Annotated[str, Path(min_length=1, max_length=20, description="The agent's code.")]


@agents_router.post(
    "/agents",
    status_code=201,
    response_model=AgentRegistrationOut,
    summary="Register an agent (an accounting agency); the answer is its agent code (the username)",
    responses=error_responses(
        (409, "This unified social credit code is already registered as an agent (USCC_TAKEN)."),
        (422, "A bad name, USCC or contact, or a weak password (VALIDATION_FAILED with its finding)."),
    ),
)
def register_agent(state: State, data: AgentRegisterIn) -> AgentRegistrationOut:
    agent = agents.register(state, data)
    return AgentRegistrationOut(agent_code=agent.agent_code, must_change_password=agent.must_change_password)


@agents_router.post(
    "/sessions/agent",
    status_code=201,
    response_model=AgentLoginOut,
    summary="Log in as an agent: then name the unit of each request in the header X-Unit-Code",
    responses=error_responses(
        (401, "The agent code or the password is wrong (LOGIN_FAILED)."),
        (429, "Too many wrong passwords for this agent or from this address (UNIT_LOCKED)."),
    ),
)
def agent_login(state: State, data: AgentLoginIn, request: Request) -> AgentLoginOut:
    return agents.login(state, data, request.client.host if request.client else "")


@agents_router.get(
    "/agents/me/units",
    response_model=MandatedUnitListOut,
    summary="The units whose mandate to this agent is in force",
    responses={
        **SESSION_ERRORS,
        **error_responses((403, "Not an agent's session (AGENTS_ONLY), or the initial password is in use.")),
    },
)
def mandated_units(state: State, caller: AgentSession) -> MandatedUnitListOut:
    assert caller.agent_id is not None
    return MandatedUnitListOut(items=agents.mandated_units(state, caller.agent_id))


@agents_router.get(
    "/mandates",
    response_model=MandateListOut,
    summary="This unit's mandates to agents",
    responses=_ADMINISTRATOR,
)
def list_mandates(state: State, caller: UnitSession) -> MandateListOut:
    return MandateListOut(items=agents.mandates(state, caller.unit_id))


@agents_router.post(
    "/mandates",
    status_code=201,
    response_model=MandateOut,
    summary="Grant an agent a mandate for this unit, by its agent code",
    responses=_ADMINISTRATOR
    | error_responses(
        (404, "No agent with this code (AGENT_NOT_FOUND)."),
        (409, "The agent already holds a mandate from this unit (MANDATE_EXISTS)."),
    ),
)
def grant_mandate(state: State, caller: UnitSession, data: MandateIn) -> MandateOut:
    return agents.grant(state, caller.unit_id, data.agent_code)


@agents_router.delete(
    "/mandates/{agent_code}",
    response_model=MandateOut,
    summary="Withdraw an agent's mandate; its next request for this unit is refused",
    responses=_ADMINISTRATOR
    | error_responses((404, "No mandate in force for this agent (MANDATE_NOT_FOUND).")),
)
def withdraw_mandate(state: State, caller: UnitSession, agent_code: AgentCode) -> MandateOut:
    return agents.withdraw(state, caller.unit_id, agent_code)
