"""What a revision of a record is judged against: the roster entries the record changed, as they were
before it. A revision (cancel-and-replace) is reviewed as if the record it replaces had never been approved
(planning.UnitState.replaced), so a client checking a revision before it is declared needs the same entries:
the people an approved add insured were not insured before it, those an interruption stopped were insured.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from ssclient.agency.auth import State, UnitSession
from ssclient.agency.errors import COMMON_ERRORS, NOT_FOUND, SESSION_ERRORS
from ssclient.agency.queries import unit_record
from ssclient.agency.revoking import snapshot_of
from ssclient.agency.routes import DeclarationId
from ssclient.agency.schemas_revisions import RosterBeforeOut
from ssclient.agency.wire import roster_item

router = APIRouter(prefix="/api/v1", responses={**COMMON_ERRORS, **SESSION_ERRORS})


@router.get(
    "/declarations/{declaration_id}/roster-before",
    response_model=RosterBeforeOut,
    summary="The roster entries a record changed, as they were before it: what a revision is checked against",
    responses=NOT_FOUND,
)
def roster_before(state: State, caller: UnitSession, declaration_id: DeclarationId) -> JSONResponse:
    with state.sessions() as db:
        before = snapshot_of(unit_record(db, caller.unit_id, declaration_id))
    items: list[dict[str, Any]] = [
        {"id_number": number, "entry": None if snapshot is None else roster_item(number, snapshot)}
        for number, snapshot in sorted(before.items())
    ]
    # The documented model, not one per person (see wire.roster_items).
    return JSONResponse({"items": items})
