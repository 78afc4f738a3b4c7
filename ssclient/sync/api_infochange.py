"""The agency's calls for personnel information changes (人员信息变更): what an approved one corrected.
Submitting, querying and revoking one go as for every declaration (sync/api.py)."""

from __future__ import annotations

from ssclient.domain.info_change import INFO_CHANGE_FIELDS, FieldChange
from ssclient.sync.decoding import bad, get, obj, page_items
from ssclient.sync.transport import AgencyTransport


class InfoChangeCalls(AgencyTransport):
    def info_changes(self, declaration_id: int) -> list[FieldChange]:
        """Each fact an approved (or since revoked) information change corrected, old and new, in the
        order of its lines. Refusals: 404 NOT_FOUND; 409 NOT_AN_INFO_CHANGE (another business type, or a
        rejected one, which corrected nothing)."""
        data = self._call("GET", f"/declarations/{int(declaration_id)}/changes")
        return [_change(item) for item in page_items(data)]


def _change(data: object) -> FieldChange:
    item = obj(data, "change")
    field = get(item, "field", str)
    if field not in INFO_CHANGE_FIELDS:
        raise bad(f"{field[:20]!r} is no fact an information change corrects")
    return FieldChange(get(item, "id_number", str), field, get(item, "old", str), get(item, "new", str))
