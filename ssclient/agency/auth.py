"""Who is asking: the bearer token of a request resolved to its unit (and operator, if an operator logged
in), or a refusal; and whether they may call the route they called (ssclient.agency.access decides)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import bindparam, select

from ssclient.agency import access, accounts, agent_sessions
from ssclient.agency.db import SessionRow, UnitRow
from ssclient.agency.db_operators import OperatorRow, OperatorSessionRow
from ssclient.agency.errors import ApiError
from ssclient.agency.passwords import token_digest
from ssclient.agency.schemas_agents import UNIT_HEADER
from ssclient.agency.state import AgencyState
from ssclient.domain.permissions import ALL_PERMISSIONS, Permission, permissions_from_wire

_bearer = HTTPBearer(auto_error=False, description="The token from POST /api/v1/sessions.")


@dataclass(frozen=True, slots=True)
class Caller:
    unit_id: int
    unit_code: str
    token: str
    must_change_password: bool
    # The operator who logged in (None: the unit's administrator, who holds every permission).
    operator_id: int | None = None
    operator_login: str = ""
    permissions: frozenset[Permission] = ALL_PERMISSIONS
    # An agent (None: the unit's own session): `unit_id` is then the unit the request names (0: none),
    # `mandated` the units whose mandate is in force, `withdrawn` those that withdrew theirs.
    agent_id: int | None = None
    agent_code: str = ""
    mandated: frozenset[int] = frozenset()
    withdrawn: frozenset[int] = frozenset()

    @property
    def submitted_by(self) -> str:
        """Who a record says submitted it: the operator's log-in name, "agent:" and the agent's code, or ""
        for the unit's administrator."""
        return f"agent:{self.agent_code}" if self.agent_id is not None else self.operator_login


# The dependencies that touch no database are `async def`: FastAPI runs them on the event loop instead of
# handing each to the thread pool (a thread wake-up, a large share of a short request on a busy machine).
async def agency_state(request: Request) -> AgencyState:
    state: AgencyState = request.app.state.agency
    return state


def any_session(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Caller:
    """The caller, even one that must still change the initial password.

    A plain `def`, run in the thread pool: the lookup may write (an expired session removed, a session
    renewed), and a write waits while another request holds the database (a large review on SQLite holds
    its one writer's turn); on the event loop that wait would hold up every request, /health included."""
    if credentials is None or not credentials.credentials:
        raise ApiError(401, "NOT_AUTHENTICATED", "Log in first.", headers={"WWW-Authenticate": "Bearer"})
    state: AgencyState = request.app.state.agency
    digest = token_digest(credentials.credentials)
    with state.sessions() as db:
        row = db.execute(_SESSION_BY_DIGEST, {"digest": digest}).one_or_none()
        agent = None if row is not None else agent_sessions.resolve(state, db, digest, _named_unit(request))
        if agent is not None:
            return _agent_caller(agent, credentials.credentials)
        if row is None:
            raise ApiError(
                401,
                "NOT_AUTHENTICATED",
                "The session is not known; log in again.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        accounts.keep_alive(state, db, SessionRow, digest, row.expires_at)
    if row.operator_id is None:
        return Caller(row.id, row.unit_code, credentials.credentials, row.must_change_password)
    return Caller(
        row.id,
        row.unit_code,
        credentials.credentials,
        row.operator_must_change,
        row.operator_id,
        row.operator_login,
        permissions_from_wire(row.operator_permissions.split(",")),
    )


def _named_unit(request: Request) -> str:
    return request.headers.get(UNIT_HEADER, "")


def _agent_caller(agent: agent_sessions.AgentSession, token: str) -> Caller:
    return Caller(
        agent.unit_id,
        agent.unit_code,
        token,
        agent.must_change_password,
        permissions=access.AGENT_PERMISSIONS,
        agent_id=agent.agent_id,
        agent_code=agent.agent_code,
        mandated=agent.mandated,
        withdrawn=agent.withdrawn,
    )


# A disabled operator's sessions are deleted as it is disabled (their next request is 401); the join finds
# none of them left.
_SESSION_BY_DIGEST = (
    select(
        SessionRow.expires_at,
        UnitRow.id,
        UnitRow.unit_code,
        UnitRow.must_change_password,
        OperatorRow.id.label("operator_id"),
        OperatorRow.login.label("operator_login"),
        OperatorRow.permissions.label("operator_permissions"),
        OperatorRow.must_change_password.label("operator_must_change"),
    )
    .join(UnitRow, UnitRow.id == SessionRow.unit_id)
    .outerjoin(OperatorSessionRow, OperatorSessionRow.token_hash == SessionRow.token_hash)
    .outerjoin(OperatorRow, OperatorRow.id == OperatorSessionRow.operator_id)
    .where(SessionRow.token_hash == bindparam("digest"))
)


# The header an agent names the unit of its request in; documented on every unit route (any_session reads it).
UnitHeader = Annotated[
    str | None,
    Header(
        alias=UNIT_HEADER,
        max_length=20,
        description="For an agent's session only: the code of the unit this request is for, one that "
        "mandated the agent (else 404 UNIT_NOT_FOUND, or MANDATE_WITHDRAWN once the unit withdrew its "
        "mandate). A unit's own sessions act for their unit and ignore it.",
    ),
]
# The refusals of a unit an agent may not see, on every unit route (app.py adds them to each).
UNIT_NOT_VISIBLE = (
    "For an agent: no unit that mandated it is named in X-Unit-Code (UNIT_NOT_FOUND), or the unit named "
    "has withdrawn its mandate (MANDATE_WITHDRAWN)."
)


async def unit_session(
    request: Request, caller: Annotated[Caller, Depends(any_session)], _unit: UnitHeader = None
) -> Caller:
    """The caller, who has changed the initial password and may call this route (access.ROUTE_NEEDS):
    every call but the password change and log-out needs this."""
    if caller.must_change_password:
        raise ApiError(
            403, "PASSWORD_CHANGE_REQUIRED", "The initial password must be changed before anything else."
        )
    access.check_route(caller, request.method, request.scope["route"].path)
    return caller


async def agent_session(caller: Annotated[Caller, Depends(any_session)]) -> Caller:
    """An agent's own session (its routes name no unit), the initial password changed."""
    if caller.agent_id is None:
        raise ApiError(403, "AGENTS_ONLY", "Only an agent (an accounting agency) can do this; log in as one.")
    if caller.must_change_password:
        raise ApiError(
            403, "PASSWORD_CHANGE_REQUIRED", "The initial password must be changed before anything else."
        )
    return caller


AnySession = Annotated[Caller, Depends(any_session)]
AgentSession = Annotated[Caller, Depends(agent_session)]
UnitSession = Annotated[Caller, Depends(unit_session)]
State = Annotated[AgencyState, Depends(agency_state)]
