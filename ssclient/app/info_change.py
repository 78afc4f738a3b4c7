"""Personnel information change (人员信息变更): find the person to correct on the local roster, start the
document's line from their record, and tell what a line corrects.

Qt-free. `InfoChanges` reads the store in every method, so windows call it on a worker (gui.workers); the
module functions are pure and may run anywhere. Saving, checking and declaring the document go as for
every document (app.documents): the rulebook judges it like the agency (rules.info_change), and an
approval corrects the local roster like the agency's (rules.roster_changes). What an approved change
corrected is the agency's to say (AgencyClient.info_changes); the receipt asks it (app.statements).
"""

from __future__ import annotations

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.info_change import INFO_CHANGE_FIELDS, FieldChange
from ssclient.domain.roster import RosterEntry
from ssclient.policy.regions import Regions
from ssclient.rules.info_change import entry_fields, field_changes, id_number_change_refusal, roster_fields
from ssclient.store import Store

__all__ = [
    "INFO_CHANGE",
    "INFO_CHANGE_FIELDS",
    "FieldChange",
    "InfoChanges",
    "changes_of",
    "facts_of",
    "id_number_change_refusal",
    "starting_line",
]

INFO_CHANGE = DeclarationType.INFO_CHANGE
# How many people a search shows: enough to pick from, few enough to read.
SEARCH_LIMIT = 50


class InfoChanges:
    """One unit's information changes: the people to pick from."""

    def __init__(self, store: Store, unit_code: str) -> None:
        self._store = store
        self._unit_code = unit_code

    def find(self, text: str, limit: int = SEARCH_LIMIT) -> tuple[list[RosterEntry], int]:
        """People on the local roster whose ID number or name contains `text`, or whose name's pinyin or its
        initials begin with it (everyone when it is empty; store.roster_page), by name, at most `limit` of
        them, and how many match in all."""
        page = self._store.roster_page(self._unit_code, limit=limit, filter_text=text)
        return page.entries, page.total

    def person(self, id_number: str) -> RosterEntry | None:
        """One person on the local roster, by exact ID number."""
        return self._store.roster_entry(self._unit_code, id_number)


def starting_line(entry: RosterEntry) -> DeclarationLine:
    """The line an information change of `entry` starts from: the person's facts as the roster has them
    (those it does not know are left empty for the user to give)."""
    facts = entry_fields(entry)
    return DeclarationLine(
        id_number=entry.id_number,
        name=facts["name"],
        hukou_type=facts["hukou_type"],
        migrant_worker=facts["migrant_worker"],
        migrant_insurance=facts["migrant_insurance"],
        province=facts["province"],
        city=facts["city"],
        county=facts["county"],
        id_type=facts["id_type"],
        nationality=facts["nationality"],
    )


def facts_of(line: DeclarationLine) -> dict[str, str]:
    """The facts a line gives, as the roster keeps them (ID type and household type as codes, answers as
    是/否), by field name."""
    return roster_fields(line)


def changes_of(entry: RosterEntry, line: DeclarationLine, regions: Regions) -> list[FieldChange]:
    """What `line` corrects of the roster's `entry`, fact by fact (none: it corrects nothing)."""
    return field_changes(entry, line, regions)
