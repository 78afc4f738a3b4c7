"""The roster a revision is checked against: today's, with the people the record it replaces changed put
back as they were before it. The agency reviews a revision (cancel-and-replace) as if the record had never
been approved, so an add's revision must not find its own people insured already, nor an interruption's
find them interrupted. The entries come from the agency when the revision is made (records → Revise) and
are kept with the draft (store.roster_before)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ssclient.domain.roster import RosterEntry


class RosterAsBefore(Mapping[str, RosterEntry]):
    """`roster` with `before` laid over it: a person in `before` has their entry there, or none when it is
    None (not on the roster before the record). A view: the shared roster of 100,000 people is not copied."""

    def __init__(self, roster: Mapping[str, RosterEntry], before: Mapping[str, RosterEntry | None]) -> None:
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


def roster_for_revision(
    roster: Mapping[str, RosterEntry], before: Mapping[str, RosterEntry | None]
) -> Mapping[str, RosterEntry]:
    """The roster a document is checked against: `roster` itself when nothing was kept (`before` is empty:
    no revision, or one of a payment, which changes no one's entry)."""
    return RosterAsBefore(roster, before) if before else roster
