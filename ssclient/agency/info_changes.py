"""What an approved personnel information change corrected: each person's facts before it (the roster
snapshot kept with the record for revoking) against its lines."""

from __future__ import annotations

import json

from ssclient.agency.errors import ApiError
from ssclient.agency.queries import unit_record
from ssclient.agency.roster import entry_from_state
from ssclient.agency.schemas_infochange import FieldChangeOut, InfoChangesOut
from ssclient.agency.state import AgencyState
from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.identity import normalize_id_number
from ssclient.rules.info_change import field_changes


def info_changes(state: AgencyState, unit_id: int, declaration_id: int) -> InfoChangesOut:
    """The corrections of the unit's information change `declaration_id` (approved or revoked since)."""
    with state.sessions() as db:
        row = unit_record(db, unit_id, declaration_id)
        if row.type != DeclarationType.INFO_CHANGE.value or row.roster_before is None:
            raise ApiError(
                409,
                "NOT_AN_INFO_CHANGE",
                "Only an approved personnel information change has corrections to show.",
            )
        before = json.loads(row.roster_before)
        lines = [DeclarationLine.from_dict(line) for line in json.loads(row.body)["lines"]]
    items = []
    for line in lines:
        number = normalize_id_number(line.id_number)
        old = before.get(number)
        if old is None:
            continue
        changes = field_changes(entry_from_state(number, old), line, state.regions)
        items += [FieldChangeOut(id_number=c.id_number, field=c.field, old=c.old, new=c.new) for c in changes]
    return InfoChangesOut(items=items)
