"""The HTTP routes of /api/v1. Handlers are thin: they check who asks and hand over to the services."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request, Response
from fastapi.responses import JSONResponse

from ssclient import __version__
from ssclient.agency import access, agents, operators, queries, records, revoking, units
from ssclient.agency.auth import AnySession, State, UnitSession
from ssclient.agency.db import UnitRow
from ssclient.agency.errors import COMMON_ERRORS, NOT_FOUND, SESSION_ERRORS, error_responses
from ssclient.agency.payments import PaymentCriteria, payment_report
from ssclient.agency.roster import roster_tag
from ssclient.agency.schemas import (
    KEY_PATTERN,
    MAX_ID,
    PERIOD_PATTERN,
    TEXT_PATTERN,
    DeclarationIn,
    DeclarationOut,
    DeclarationPageOut,
    DeclarationSortName,
    DeclarationTypeName,
    HealthOut,
    InsuranceName,
    LoginIn,
    LoginOut,
    PasswordChangeIn,
    PaymentReportOut,
    ProfileUpdateIn,
    RegisterIn,
    RegistrationOut,
    StatusName,
    SubmissionOut,
    UnitOut,
)
from ssclient.agency.schemas_infochange import RosterPeopleOut
from ssclient.agency.schemas_policy import CalendarOut, PolicyOut
from ssclient.agency.wire import roster_items, unit_out
from ssclient.domain.clock import today
from ssclient.policy.serialize import policy_to_dict
from ssclient.policy.window import window_state

public = APIRouter(prefix="/api/v1", responses=COMMON_ERRORS)
private = APIRouter(prefix="/api/v1", responses={**COMMON_ERRORS, **SESSION_ERRORS})

DeclarationId = Annotated[int, Path(ge=1, le=MAX_ID, description="The declaration's id.")]
PeriodQuery = Annotated[str | None, Query(pattern=PERIOD_PATTERN, description="YYYY-MM")]
PersonQuery = Annotated[
    str | None, Query(max_length=60, pattern=TEXT_PATTERN, description="An ID number or a name, exactly.")
]
Offset = Annotated[int, Query(ge=0, le=10**9)]


@public.get("/health", response_model=HealthOut, summary="Is the agency there, and is it a training agency")
def health(state: State) -> HealthOut:
    return HealthOut(status="ok", name=state.name, training=state.training, version=__version__)


@public.get("/policy", response_model=PolicyOut, summary="The policy in force and today's declaration window")
def policy(state: State) -> PolicyOut:
    window = window_state(state.policy, today(state.clock))
    calendar = CalendarOut(
        today=window.today,
        period=str(window.period),
        window_open=window.window_open,
        first_day=window.first_day,
        last_day=window.last_day,
        closes_on=window.closes_on,
        days_left=window.days_left,
        next_open=window.next_open,
    )
    return PolicyOut(policy=policy_to_dict(state.policy_for(window.period)), calendar=calendar)


@public.post(
    "/units",
    status_code=201,
    response_model=RegistrationOut,
    summary="Register a unit; the answer is its unit code (the username)",
    responses=error_responses((409, "This unified social credit code is already registered (USCC_TAKEN).")),
)
def register(state: State, data: RegisterIn) -> RegistrationOut:
    unit = units.register_unit(state, data)
    return RegistrationOut(unit_code=unit.unit_code, must_change_password=unit.must_change_password)


@public.post(
    "/sessions",
    status_code=201,
    response_model=LoginOut,
    summary="Log in with the unit code and password",
    responses=error_responses(
        (401, "The unit code or the password is wrong (LOGIN_FAILED)."),
        (
            429,
            "Too many wrong passwords with this unit code or from this address: log-in is paused for a "
            "while, longer each time (UNIT_LOCKED); Retry-After says how many seconds. Unknown unit codes "
            "are paused alike.",
        ),
    ),
)
def login(state: State, data: LoginIn, request: Request) -> LoginOut:
    address = request.client.host if request.client else ""
    unit, token, expires_at = units.login(state, data, address)
    return LoginOut(
        unit_code=unit.unit_code,
        token=token,
        expires_at=expires_at,
        must_change_password=unit.must_change_password,
    )


@private.delete("/sessions/current", status_code=204, summary="Log out")
def logout(state: State, caller: AnySession) -> Response:
    (agents.logout if caller.agent_id is not None else units.logout)(state, caller.token)
    return Response(status_code=204)


@private.post(
    "/units/me/password",
    status_code=204,
    summary="Change the password (the only call allowed while the initial password is in use); the "
    "unit's other sessions end",
    responses=error_responses((403, "The current password is wrong (WRONG_PASSWORD).")),
)
def change_password(state: State, caller: AnySession, data: PasswordChangeIn) -> Response:
    if caller.agent_id is not None:  # an agent's session changes the agent's own password
        agents.change_own_password(state, caller, data.old_password, data.new_password)
        return Response(status_code=204)
    if caller.operator_id is not None:  # an operator's session changes the operator's own password
        operators.change_own_password(state, caller, data.old_password, data.new_password)
        return Response(status_code=204)
    units.change_password(state, caller.unit_id, caller.token, data)
    return Response(status_code=204)


@private.get("/units/me", response_model=UnitOut, summary="This unit's profile")
def profile(state: State, caller: UnitSession) -> UnitOut:
    with state.sessions() as db:
        return unit_out(db.get_one(UnitRow, caller.unit_id))


@private.patch("/units/me", response_model=UnitOut, summary="Change this unit's name, contact or phone")
def update_profile(state: State, caller: UnitSession, data: ProfileUpdateIn) -> UnitOut:
    return unit_out(units.update_profile(state, caller.unit_id, data))


@private.post(
    "/declarations",
    status_code=201,
    response_model=SubmissionOut,
    summary="Submit a declaration; it is reviewed at once (approved with a serial number, or rejected)",
    responses={
        200: {"model": SubmissionOut, "description": "This key was seen before: the first answer again."},
        **error_responses(
            (404, "The record to replace does not exist (REPLACED_NOT_FOUND)."),
            (
                409,
                "The key went with another body (IDEMPOTENCY_KEY_REUSED), or the record to replace cannot "
                "be replaced (REPLACED_NOT_REVOCABLE).",
            ),
            (
                503,
                "Another agency process changed the same people at the same moment (CONCURRENT_CHANGE); nothing "
                "was stored, send it again with the same key.",
            ),
        ),
    },
)
def submit(
    state: State,
    caller: UnitSession,
    data: DeclarationIn,
    idempotency_key: Annotated[
        str, Header(alias="Idempotency-Key", pattern=KEY_PATTERN, description="Made once per document.")
    ],
) -> Response:
    # A plain `def`: FastAPI runs it in its thread pool, so that a review waiting for its unit's turn in the
    # database (see db.lock_unit) holds up only its own request.
    access.check_submission(caller, data.type, data.replaces_serial is not None)
    result = records.submit(state, caller.unit_id, idempotency_key, data, caller.submitted_by)
    # Serialized here, once: the answer is already a checked SubmissionOut (response_model documents it).
    return Response(
        content=result.answer.model_dump_json(),
        status_code=201 if result.created else 200,
        media_type="application/json",
    )


@private.get(
    "/declarations",
    response_model=DeclarationPageOut,
    summary="Query declarations, newest first or sorted by a column",
)
def query(
    state: State,
    caller: UnitSession,
    period_from: PeriodQuery = None,
    period_to: PeriodQuery = None,
    type: Annotated[DeclarationTypeName | None, Query()] = None,
    status: Annotated[StatusName | None, Query()] = None,
    person: PersonQuery = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    sort: Annotated[
        DeclarationSortName | None,
        Query(description="Sort by this column, ties by id in the same direction. Without it: by id."),
    ] = None,
    descending: Annotated[
        bool | None,
        Query(description="Descending order. Default: ascending with `sort`, newest first (by id) without."),
    ] = None,
) -> DeclarationPageOut:
    criteria = queries.Criteria(
        period_from, period_to, type, status, person, offset, limit, sort=sort, descending=descending
    )
    items, total = queries.query_declarations(state, caller.unit_id, criteria)
    return DeclarationPageOut(items=items, total=total, offset=offset, limit=limit)


@private.get(
    "/declarations/by-key/{key}",
    response_model=SubmissionOut,
    summary="The answer to a submission by its idempotency key (to reconcile after a crash)",
    responses=NOT_FOUND,
)
def by_key(
    state: State, caller: UnitSession, key: Annotated[str, Path(pattern=KEY_PATTERN)]
) -> SubmissionOut:
    return records.find_by_key(state, caller.unit_id, key)


@private.get(
    "/declarations/{declaration_id}",
    response_model=DeclarationOut,
    summary="One declaration with its lines and findings",
    responses=NOT_FOUND,
)
def declaration(state: State, caller: UnitSession, declaration_id: DeclarationId) -> DeclarationOut:
    return queries.get_declaration(state, caller.unit_id, declaration_id)


@private.post(
    "/declarations/{declaration_id}/revoke",
    response_model=DeclarationOut,
    summary="Revoke an approved declaration while its period's window is open",
    responses={
        **NOT_FOUND,
        **error_responses(
            (
                409,
                "Not revocable: REVOKE_NOT_APPROVED, REVOKE_WINDOW_CLOSED or REVOKE_DEPENDENT (a later "
                "approved declaration for the same people builds on this personnel declaration; payments "
                "have none); the message says why.",
            ),
        ),
    },
)
def revoke(state: State, caller: UnitSession, declaration_id: DeclarationId) -> DeclarationOut:
    return revoking.revoke(state, caller.unit_id, declaration_id)


@private.get(
    "/roster",
    response_model=RosterPeopleOut,
    summary="Everyone this unit insures or has insured",
    description="The answer's ETag names this state of the roster. Sent back in If-None-Match, it is "
    "answered 304 Not Modified, with no body, while the roster is unchanged.",
    responses={304: {"description": "The roster is unchanged since the ETag sent in If-None-Match."}},
)
def roster(
    state: State, caller: UnitSession, if_none_match: Annotated[str | None, Header()] = None
) -> Response:
    with state.sessions() as db:
        # The tag first: the people read after it are at least as new, so a client never keeps an older
        # roster under a newer tag (a newer roster under an older tag only costs one more full answer).
        etag = {"ETag": f'"{roster_tag(db, caller.unit_id)}"'}
        if if_none_match and etag["ETag"] in _entity_tags(if_none_match):
            return Response(status_code=304, headers=etag)
        # The documented model, not one per person (see roster_items).
        items = roster_items(db, caller.unit_id)
    return JSONResponse({"items": items, "total": len(items)}, headers=etag)


def _entity_tags(if_none_match: str) -> set[str]:
    """The entity tags of an If-None-Match header (RFC 9110 13.1.2: compared weakly, W/ ignored)."""
    return {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}


@private.get(
    "/payments",
    response_model=PaymentReportOut,
    summary="Payment details per period, person and insurance type, with totals",
)
def payments(
    state: State,
    caller: UnitSession,
    period_from: PeriodQuery = None,
    period_to: PeriodQuery = None,
    person: PersonQuery = None,
    insurance: Annotated[InsuranceName | None, Query()] = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> PaymentReportOut:
    criteria = PaymentCriteria(period_from, period_to, person, insurance, offset, limit)
    return payment_report(state, caller.unit_id, criteria)
