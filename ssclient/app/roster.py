"""The local roster: the one place that keeps it true.

The store keeps the unit's roster so that drafts are checked offline against the agency's own people.
It changes in these ways only. It is taken from the agency (always through `ssclient.sync.roster_fetch`,
which sends nothing when the agency says it has not changed) at session start (`SessionController.
refresh_roster`), once after each run of the outbox that brought approvals (`ssclient.sync.outbox`, which
also applies each approval locally with its answer), after a revocation (`app.records`) and when a
payment is computed online (`app.contributions`); `Roster.refresh` does the same on demand. While offline,
an approval the program learns of is applied locally (`Roster.apply_locally`). A refresh never throws such a
local change away: approvals recorded after the refresh began are applied again on top of what the agency
sent (`Store.replace_roster(..., fetched_at=...)`). Windows only read it, and read it again when told the
roster changed.
"""

from __future__ import annotations

import logging
from collections.abc import Collection

from ssclient.domain.clock import Clock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import PersonStatus
from ssclient.domain.roster import RosterEntry
from ssclient.store import RosterPage, Store
from ssclient.sync.errors import AgencyError, AgencyUnreachable
from ssclient.sync.roster_fetch import RosterSource, take_agency_roster

log = logging.getLogger(__name__)

__all__ = ["Roster", "RosterNotRefreshed", "RosterPage"]


class RosterNotRefreshed(Exception):
    """The agency's roster could not be fetched; the local one stays as it was. `message` is for the user;
    `offline` is true when the agency could not be reached at all (rather than refusing)."""

    def __init__(self, message: str, *, offline: bool) -> None:
        super().__init__(message)
        self.message = message
        self.offline = offline


class Roster:
    """One unit's roster: read it, refresh it from the agency, update it locally while offline."""

    def __init__(self, store: Store, agency: RosterSource | None, unit_code: str, clock: Clock) -> None:
        self._store = store
        self._agency = agency
        self._unit_code = unit_code
        self._clock = clock

    def entries(self) -> dict[str, RosterEntry]:
        """Everyone on the local roster, by ID number."""
        return self._store.roster(self._unit_code)

    def entry(self, id_number: str) -> RosterEntry | None:
        """One person, by exact (normalized) ID number."""
        return self._store.roster_entry(self._unit_code, id_number)

    def page(
        self,
        *,
        offset: int = 0,
        limit: int = 100,
        filter_text: str = "",
        statuses: Collection[PersonStatus] | None = None,
    ) -> RosterPage:
        """A page of the roster by name, keeping entries whose ID number or name contains `filter_text`."""
        return self._store.roster_page(
            self._unit_code, offset=offset, limit=limit, filter_text=filter_text, statuses=statuses
        )

    def refresh(self) -> int | None:
        """Take the agency's roster whole; returns how many people it holds, None when the local roster
        already was the agency's. Approvals recorded while it was being fetched stay applied.
        RosterNotRefreshed when the agency cannot say."""
        if self._agency is None:
            raise RosterNotRefreshed(
                "No agency is connected; the roster on this computer is used.", offline=True
            )
        fetched_at = self._clock.now()
        try:
            answer = take_agency_roster(self._agency, self._store, self._unit_code, fetched_at=fetched_at)
        except AgencyUnreachable as error:
            raise RosterNotRefreshed(error.message, offline=True) from error
        except AgencyError as error:
            raise RosterNotRefreshed(error.message, offline=False) from error
        if answer.entries is None:
            log.info("roster unchanged at the agency")
            return None
        log.info("roster refreshed from the agency: %s people", len(answer.entries))
        return len(answer.entries)

    def apply_locally(self, declaration: Declaration) -> None:
        """While offline: follow an approved declaration on the local roster (the next refresh brings
        the agency's own reading of it)."""
        self._store.apply_approved(self._unit_code, declaration)
