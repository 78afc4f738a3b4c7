"""The agency's call for revisions: the roster entries a record changed, as they were before it, which a
revision of it is checked against (the agency reviews a revision as if the record had never been approved).
Submitting a revision goes as every declaration (sync/api.py)."""

from __future__ import annotations

from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry
from ssclient.sync.decoding import get, obj, page_items, roster_entry_from_json
from ssclient.sync.transport import AgencyTransport, path_segment


class RevisionCalls(AgencyTransport):
    def roster_before(self, serial_number: str) -> dict[str, RosterEntry | None]:
        """Each person the record `serial_number` changed, by ID number: their roster entry before it, or
        None when they were not on the roster then. Empty for a payment declaration. Refusals: 404
        NOT_FOUND."""
        data = self._call("GET", f"/declarations/by-serial/{path_segment(serial_number)}/roster-before")
        before: dict[str, RosterEntry | None] = {}
        for item in page_items(data):
            person = obj(item, "person")
            entry = person.get("entry")
            before[normalize_id_number(get(person, "id_number", str))] = (
                None if entry is None else roster_entry_from_json(entry)
            )
        return before
