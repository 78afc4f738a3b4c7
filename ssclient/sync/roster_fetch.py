"""Taking the agency's roster into the local store without sending what the store already holds.

A 90,000-person unit's roster is about 37 MB on the wire. The agency tags each state of a unit's roster
(the answer's ETag) and the store keeps the tag beside the roster it was sent with, as long as nothing
changed it locally since; asked with that tag, the agency answers "unchanged" (304) in a few bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from ssclient.domain.roster import RosterEntry
from ssclient.sync.answers import RosterAnswer


class RosterSource(Protocol):
    """What a refresh needs from the agency client (ssclient.sync.api.AgencyClient)."""

    def roster_if_changed(self, known_tag: str) -> RosterAnswer: ...


class RosterKeeper(Protocol):
    """What a refresh needs from the local store (ssclient.store.Store)."""

    def roster_tag(self, unit_code: str) -> str: ...

    def replace_roster(
        self,
        unit_code: str,
        entries: Iterable[RosterEntry],
        *,
        fetched_at: datetime | None = None,
        tag: str = "",
    ) -> object: ...


def take_agency_roster(
    agency: RosterSource, store: RosterKeeper, unit_code: str, *, fetched_at: datetime | None = None
) -> RosterAnswer:
    """Make the store's roster the agency's (see Store.replace_roster for `fetched_at`); the answer's
    entries are None when the store's roster already was. The agency's errors pass through."""
    answer = agency.roster_if_changed(store.roster_tag(unit_code))
    if answer.entries is not None:
        store.replace_roster(unit_code, answer.entries, fetched_at=fetched_at, tag=answer.tag)
    return answer
