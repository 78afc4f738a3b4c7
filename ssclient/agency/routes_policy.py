"""The agency's published policy history: the client caches it at log-in and checks offline with the
table in force in each document's period (a back payment's months included)."""

from __future__ import annotations

from fastapi import APIRouter

from ssclient.agency.auth import State
from ssclient.agency.errors import COMMON_ERRORS
from ssclient.agency.schemas_policy import PolicyHistoryOut
from ssclient.policy.serialize import history_to_dict

router = APIRouter(prefix="/api/v1", responses=COMMON_ERRORS)


@router.get(
    "/policy/history",
    response_model=PolicyHistoryOut,
    summary="Every policy table of the agency's pooling area, with the month each is in force from",
)
def policy_history(state: State) -> PolicyHistoryOut:
    return PolicyHistoryOut.model_validate(history_to_dict(state.policies()))
