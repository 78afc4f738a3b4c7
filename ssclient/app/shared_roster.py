"""The local roster as one map shared by every window that looks people up, read once per change.

A 100,000-person roster is about 70 MB in memory and a second to read from the store. Each document form
used to read its own copy: five drafts open held five. `SharedRoster.get` reads it once and hands the
same map to every caller until `invalidate` (on roster_changed) says the store's roster changed; it
keeps the map only while someone holds it (a weak reference), so no window open means no copy held.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # made with the context, on the way to the log-in window: nothing more to import then
    from ssclient.domain.roster import RosterEntry


class _Roster(dict[str, "RosterEntry"]):
    """A roster map that can be referred to weakly (a plain dict cannot). Its holders only read it."""


class SharedRoster:
    """One roster map for each (store, unit) `key`, read by `read` on a worker when none is current."""

    def __init__(self) -> None:
        self._reading = threading.Lock()  # one read at a time: callers meanwhile wait for it, and share it
        self._generation = 0
        self._kept: tuple[int, Hashable, weakref.ref[_Roster]] | None = None

    def invalidate(self) -> None:
        """The store's roster changed: the next `get` reads it again (a read under way is not kept)."""
        self._generation += 1

    def get(self, key: Hashable, read: Callable[[], Mapping[str, RosterEntry]]) -> Mapping[str, RosterEntry]:
        """The current roster of `key`; read with `read` (a store read, so not on the GUI thread) unless a
        map read since the last change is still held."""
        with self._reading:
            generation = self._generation
            if self._kept is not None:
                kept_generation, kept_key, ref = self._kept
                roster = ref()
                if roster is not None and (kept_generation, kept_key) == (generation, key):
                    return roster
            roster = _Roster(read())
            self._kept = (generation, key, weakref.ref(roster))
            return roster
