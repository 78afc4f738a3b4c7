"""The HTTP routes of a unit's operators: listing, creating and changing them (for those who manage
operators), an operator's log-in, and who the current session is. Who may call each: access.ROUTE_NEEDS."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from ssclient.agency import agents, operators
from ssclient.agency.auth import AnySession, State, UnitHeader, UnitSession
from ssclient.agency.errors import COMMON_ERRORS, SESSION_ERRORS, error_responses
from ssclient.agency.schemas_operators import (
    OperatorIn,
    OperatorListOut,
    OperatorLoginIn,
    OperatorLoginOut,
    OperatorOut,
    OperatorPasswordIn,
    OperatorUpdateIn,
    SessionOut,
)

operators_router = APIRouter(prefix="/api/v1", responses=COMMON_ERRORS)
# Documented on every route that needs a session.
_PRIVATE = {
    **SESSION_ERRORS,
    **error_responses(
        (
            403,
            "The initial password must be changed first (PASSWORD_CHANGE_REQUIRED), or this operator lacks "
            "the permission the call needs (PERMISSION_DENIED; the finding PERMISSION_MISSING names it).",
        )
    ),
}

Login = Annotated[str, Path(min_length=1, max_length=40, description="The operator's log-in name.")]


@operators_router.post(
    "/sessions/operator",
    status_code=201,
    response_model=OperatorLoginOut,
    summary="Log in as an operator of a unit: the unit code, the operator's log-in name and password",
    responses=error_responses(
        (401, "The unit code, the log-in name or the password is wrong (LOGIN_FAILED)."),
        (403, "The operator is disabled (OPERATOR_DISABLED)."),
        (429, "Too many wrong passwords for this operator or from this address (UNIT_LOCKED)."),
    ),
)
def operator_login(state: State, data: OperatorLoginIn, request: Request) -> OperatorLoginOut:
    address = request.client.host if request.client else ""
    session, token, expires_at = operators.login(state, data, address)
    return OperatorLoginOut(**session.model_dump(), token=token, expires_at=expires_at)


@operators_router.get(
    "/sessions/current",
    response_model=SessionOut,
    summary="Who this session is and what it may do",
    responses=_PRIVATE,
)
def current_session(state: State, caller: AnySession, _unit: UnitHeader = None) -> SessionOut:
    if caller.agent_id is not None:
        return agents.current_session(state, caller)
    return operators.current_session(state, caller)


@operators_router.get(
    "/operators", response_model=OperatorListOut, summary="This unit's operators", responses=_PRIVATE
)
def list_operators(state: State, caller: UnitSession) -> OperatorListOut:
    return OperatorListOut(items=operators.list_operators(state, caller.unit_id))


@operators_router.post(
    "/operators",
    status_code=201,
    response_model=OperatorOut,
    summary="Create an operator; the initial password must be changed at the operator's first log-in",
    responses=_PRIVATE
    | error_responses(
        (409, "The log-in name is taken in this unit (OPERATOR_LOGIN_TAKEN)."),
        (
            422,
            "A bad log-in name (OPERATOR_LOGIN_INVALID), no name (OPERATOR_NAME_REQUIRED), no permission "
            "(OPERATOR_PERMISSIONS_REQUIRED), or a weak password (VALIDATION_FAILED with its finding).",
        ),
    ),
)
def create_operator(state: State, caller: UnitSession, data: OperatorIn) -> OperatorOut:
    return operators.create(state, caller.unit_id, data)


@operators_router.patch(
    "/operators/{login}",
    response_model=OperatorOut,
    summary="Change an operator's name or permissions, or disable (enable) it; disabling ends its sessions",
    responses=_PRIVATE
    | error_responses(
        (404, "No such operator in this unit (NOT_FOUND)."),
        (409, "An operator cannot disable itself or drop its own permission to manage (OWN_MANAGEMENT)."),
    ),
)
def update_operator(state: State, caller: UnitSession, login: Login, data: OperatorUpdateIn) -> OperatorOut:
    return operators.update(state, caller, login, data)


@operators_router.post(
    "/operators/{login}/password",
    status_code=204,
    summary="Set a new initial password for an operator; its sessions end",
    responses=_PRIVATE | error_responses((404, "No such operator in this unit (NOT_FOUND).")),
)
def reset_operator_password(
    state: State, caller: UnitSession, login: Login, data: OperatorPasswordIn
) -> Response:
    operators.reset_password(state, caller.unit_id, login, data.password)
    return Response(status_code=204)
