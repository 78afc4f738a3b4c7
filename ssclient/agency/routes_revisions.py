"""What a revision of a record is judged against: the roster entries the record changed, as they were
before it. A revision (cancel-and-replace) is reviewed as if the record it replaces had never been approved
(planning.UnitState.replaced), so a client checking a revision before it is declared needs the same entries:
the people an approved add insured were not insured before it, those an interruption stopped were insured.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse
from sqlalchemy import select

from ssclient.agency.auth import State, UnitSession
from ssclient.agency.db import DeclarationRow
from ssclient.agency.errors import COMMON_ERRORS, NOT_FOUND, SESSION_ERRORS
from ssclient.agency.queries import not_found
from ssclient.agency.revoking import snapshot_of
from ssclient.agency.schemas_revisions import RosterBeforeOut
from ssclient.agency.wire import roster_item

router = APIRouter(prefix="/api/v1", responses={**COMMON_ERRORS, **SESSION_ERRORS})

SerialNumber = Annotated[
    str, Path(pattern=r"^[A-Za-z0-9-]{1,32}$", description="The record's serial number (申报流水号).")
]


@router.get(
    "/declarations/by-serial/{serial_number}/roster-before",
    response_model=RosterBeforeOut,
    summary="The roster entries a record changed, as they were before it: what a revision is checked against",
    responses=NOT_FOUND,
)
def roster_before(state: State, caller: UnitSession, serial_number: SerialNumber) -> JSONResponse:
    # By serial number: all a revision draft keeps of the record it replaces.
    with state.sessions() as db:
        row = db.scalar(
            select(DeclarationRow).where(
                DeclarationRow.unit_id == caller.unit_id, DeclarationRow.serial_number == serial_number
            )
        )
        if row is None:
            raise not_found()
        before = snapshot_of(row)
    items: list[dict[str, Any]] = [
        {"id_number": number, "entry": None if snapshot is None else roster_item(number, snapshot)}
        for number, snapshot in sorted(before.items())
    ]
    # The documented model, not one per person (see wire.roster_items).
    return JSONResponse({"items": items})
