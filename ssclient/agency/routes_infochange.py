"""The HTTP routes of personnel information changes (人员信息变更): what an approved one corrected. The
declaration itself is submitted, reviewed and queried as every other (routes.py)."""

from __future__ import annotations

from fastapi import APIRouter

from ssclient.agency.auth import State, UnitSession
from ssclient.agency.errors import COMMON_ERRORS, NOT_FOUND, SESSION_ERRORS, error_responses
from ssclient.agency.info_changes import info_changes
from ssclient.agency.routes import DeclarationId
from ssclient.agency.schemas_infochange import InfoChangesOut

router = APIRouter(prefix="/api/v1", responses={**COMMON_ERRORS, **SESSION_ERRORS})


@router.get(
    "/declarations/{declaration_id}/changes",
    response_model=InfoChangesOut,
    summary="What an approved personnel information change corrected: each fact's old and new value",
    responses={
        **NOT_FOUND,
        **error_responses((409, "NOT_AN_INFO_CHANGE: the declaration is no approved information change.")),
    },
)
def changes(state: State, caller: UnitSession, declaration_id: DeclarationId) -> InfoChangesOut:
    return info_changes(state, caller.unit_id, declaration_id)
