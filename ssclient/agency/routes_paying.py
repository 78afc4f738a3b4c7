"""The paying area's routes under /api/v1/paying: the unit's bank agreement, its months' payment states,
and a collection on request. Thin: the work is in agreements, collecting and paying_months."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ssclient.agency.agreements import agreement_state, register_agreement
from ssclient.agency.auth import State, UnitSession
from ssclient.agency.collecting import collect
from ssclient.agency.errors import COMMON_ERRORS, SESSION_ERRORS, error_responses
from ssclient.agency.paying_months import collection_answer, months
from ssclient.agency.schemas import PERIOD_PATTERN
from ssclient.agency.schemas_paying import (
    AgreementIn,
    AgreementOut,
    AgreementStateOut,
    CollectionOut,
    MonthsOut,
)

paying = APIRouter(prefix="/api/v1/paying", responses={**COMMON_ERRORS, **SESSION_ERRORS}, tags=["paying"])

PeriodQuery = Annotated[str | None, Query(pattern=PERIOD_PATTERN, description="YYYY-MM")]


@paying.get("/agreement", response_model=AgreementStateOut, summary="The unit's bank agreement, masked")
def agreement(state: State, caller: UnitSession) -> AgreementStateOut:
    return agreement_state(state, caller.unit_id)


@paying.put(
    "/agreement",
    response_model=AgreementOut,
    summary="Register the unit's bank agreement (三方协议); it replaces the one before",
    responses=error_responses(
        (
            422,
            "The bank, account number or agreement number is not well formed (AGREEMENT_FORM_INVALID, "
            "with findings), or the body has the wrong shape (VALIDATION_FAILED).",
        ),
    ),
)
def put_agreement(state: State, caller: UnitSession, data: AgreementIn) -> AgreementOut:
    return register_agreement(state, caller.unit_id, data)


@paying.get(
    "/months",
    response_model=MonthsOut,
    summary="Each month's payment: declared, collected, due, failed; deadlines that have come are collected "
    "first",
)
def list_months(
    state: State, caller: UnitSession, period_from: PeriodQuery = None, period_to: PeriodQuery = None
) -> MonthsOut:
    return months(state, caller.unit_id, period_from, period_to)


@paying.post(
    "/months/{period}/collect",
    response_model=CollectionOut,
    status_code=201,
    summary="Collect what the month owes now, through the bank agreement (with the late fee after the "
    "deadline); a refusal by the bank is a failed collection, not an error",
    responses=error_responses(
        (404, "The month has no approved payment declaration (NOTHING_DECLARED)."),
        (409, "The month is paid (NOTHING_DUE)."),
    ),
)
def collect_month(
    state: State,
    caller: UnitSession,
    period: Annotated[str, Path(pattern=PERIOD_PATTERN, description="YYYY-MM")],
) -> CollectionOut:
    return collection_answer(state, collect(state, caller.unit_id, period))
