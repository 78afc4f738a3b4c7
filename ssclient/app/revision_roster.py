"""The roster a revision is checked against: today's, with the people the record it replaces changed put
back as they were before it. The agency reviews a revision (cancel-and-replace) as if the record had never
been approved, so an add's revision must not find its own people insured already, nor an interruption's
find them interrupted. The entries come from the agency when the revision is made (records → Revise) and
are kept with the draft (store.roster_before); a revision made by a version that kept none asks for them
when it is first checked, if the agency answers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.domain.roster import RosterEntry
from ssclient.sync.results import AgencyError, AgencyUnreachable

Before = Mapping[str, RosterEntry | None]


class KeptBefore(Protocol):
    def roster_before(self, declaration_id: int) -> dict[str, RosterEntry | None]: ...
    def keep_roster_before(self, declaration_id: int, roster_before: Before) -> None: ...


class AskedBefore(Protocol):
    def roster_before(self, serial_number: str) -> dict[str, RosterEntry | None]: ...


def roster_before(store: KeptBefore, agency: AskedBefore | None, revision: Declaration) -> Before:
    """The entries kept with `revision` (a saved draft replacing a record). None kept (the draft was made
    by an earlier version): the agency's, kept from now on; nothing while it does not answer (the Check
    then goes by today's roster, and the agency's review still judges the revision rightly)."""
    assert revision.id is not None and revision.replaces_serial
    kept = store.roster_before(revision.id)
    # A payment changes no one's entry: it has none to keep.
    if kept or agency is None or revision.type is DeclarationType.PAYMENT:
        return kept
    try:
        asked = agency.roster_before(revision.replaces_serial)
    except (AgencyError, AgencyUnreachable):
        return kept
    if asked:
        store.keep_roster_before(revision.id, asked)
    return asked


class RosterAsBefore(Mapping[str, RosterEntry]):
    """`roster` with `before` laid over it: a person in `before` has their entry there, or none when it is
    None (not on the roster before the record). A view: the shared roster of 100,000 people is not copied."""

    def __init__(self, roster: Mapping[str, RosterEntry], before: Before) -> None:
        self._roster = roster
        self._before = before

    def __getitem__(self, id_number: str) -> RosterEntry:
        if id_number in self._before:
            entry = self._before[id_number]
            if entry is None:
                raise KeyError(id_number)
            return entry
        return self._roster[id_number]

    def __iter__(self) -> Iterator[str]:
        yield from (number for number in self._roster if number not in self._before)
        yield from (number for number, entry in self._before.items() if entry is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def roster_for_revision(roster: Mapping[str, RosterEntry], before: Before) -> Mapping[str, RosterEntry]:
    """The roster a document is checked against: `roster` itself when nothing was kept (`before` is empty:
    no revision, or one of a payment, which changes no one's entry)."""
    return RosterAsBefore(roster, before) if before else roster
