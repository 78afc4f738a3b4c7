"""Query → Insured roster: the local copy of the agency's roster, page by page, filtered.

Read only. The local roster is refreshed from the agency at log-in and after each approval (app.session,
sync), never from here; a window re-reads on `roster_changed`. Windows call `page` on a worker thread.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Protocol

from ssclient.app.exports import PageSource
from ssclient.domain.enums import PersonStatus
from ssclient.domain.roster import RosterEntry
from ssclient.policy.model import Policy
from ssclient.rules.base import contribution_base_of

__all__ = ["RosterQuery", "base_used"]


def base_used(entry: RosterEntry, policy: Policy) -> Decimal:
    """The base a person's contributions are computed on under `policy`: the roster keeps the declared
    wage, which may lie below the floor or above the ceiling (rules.base)."""
    return contribution_base_of(entry.base, policy)


class _Page(Protocol):
    @property
    def entries(self) -> Sequence[RosterEntry]: ...
    @property
    def total(self) -> int: ...


class RosterStore(Protocol):
    def roster_page(
        self,
        unit_code: str,
        *,
        offset: int = 0,
        limit: int = 100,
        filter_text: str = "",
        statuses: Collection[PersonStatus] | None = None,
    ) -> _Page: ...


class RosterQuery:
    """The unit's roster as the local store holds it."""

    def __init__(self, store: RosterStore, unit_code: str) -> None:
        self._store = store
        self._unit_code = unit_code

    def pages(self, text: str, status: PersonStatus | None) -> PageSource[RosterEntry]:
        """Entries whose ID number or name contains `text`, or whose name's pinyin or initials begin with it
        (store.roster_page), with `status` (None: everyone)."""
        statuses = None if status is None else [status]

        def page(offset: int, limit: int) -> tuple[Sequence[RosterEntry], int]:
            found = self._store.roster_page(
                self._unit_code, offset=offset, limit=limit, filter_text=text, statuses=statuses
            )
            return found.entries, found.total

        return page
