"""Settings → Policy: the official policy tables the user loads (documented in resources/policy/README.md),
kept in the data folder, one file per first month in force, and which table is in force in which month.

Months before the first loaded table follow the session's table (the agency's, or the bundled one); from
it on, the loaded tables as a history (ssclient.policy.history). A bad file is refused whole with the key
and the reason (PolicyTableRefused) and changes nothing; so is a table for another pooling area than the
ones loaded (remove them first). Reads and writes files: run on a worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ssclient import assets, paths
from ssclient.domain.period import Period
from ssclient.io.atomic import atomic_write
from ssclient.io.fixed_charges import fixed_charge_notes
from ssclient.io.messages import Translate, english, render_text
from ssclient.policy import Policy, PolicyError, default_policy, load_policy
from ssclient.policy.history import PolicyHistory
from ssclient.policy.messages import POLICY_CONTEXT, POLICY_TEXTS
from ssclient.policy.serialize import history_from_json

if TYPE_CHECKING:
    from ssclient.store import Store

__all__ = [
    "FORMAT_DOCUMENT",
    "Policy",
    "PolicyTableRefused",
    "PolicyTables",
    "ScheduledTable",
    "Translate",
    "fixed_charge_notes",
    "policy_tables",
]

log = logging.getLogger(__name__)
FOLDER_NAME = "policy"
# Where the file format is written down for users (shipped with the program).
FORMAT_DOCUMENT = assets.resource("policy", "README.md")


class PolicyTableRefused(Exception):
    """A policy file that was not taken: `key` (empty when the whole file is wrong) and the reason."""

    def __init__(self, key: str, code: str, params: dict[str, object], message: str) -> None:
        super().__init__(message)
        self.key = key
        self.code = code
        self.params = params

    def reason(self, tr: Translate = english) -> str:
        """Why, in the language of `tr` (the catalogue's context "Policy")."""
        template = POLICY_TEXTS.get(self.code, "")
        if not template:
            return str(self)
        return render_text(POLICY_CONTEXT, template, tr, **self.params)


@dataclass(frozen=True, slots=True)
class ScheduledTable:
    """A table and the months it is in force: from `first` to `last` (None: until a later one comes)."""

    policy: Policy
    first: Period
    last: Period | None
    loaded: bool  # False: the session's table (the agency's, or the bundled one)


class PolicyTables:
    """`store` and `unit_code`: where the agency's policy history was cached at the last online log-in
    (read when asked, on a worker); without them, the session's table stands for the agency's."""

    def __init__(
        self, folder: Path, session_policy: Policy, store: Store | None = None, unit_code: str = ""
    ) -> None:
        self.folder = folder
        self.session_policy = session_policy
        self._store = store
        self._unit_code = unit_code

    def loaded(self) -> list[Policy]:
        """The tables loaded, oldest first. A file damaged since it was loaded is left out (and logged)."""
        tables = []
        for path in sorted(self.folder.glob("*.toml")) if self.folder.is_dir() else ():
            try:
                tables.append(replace(load_policy(path), kept_as=str(path)))
            except PolicyError as error:
                log.warning("a loaded policy table cannot be read any more: %s", error)
        return sorted(tables, key=lambda table: table.starts)

    def _base(self) -> Policy:
        """The table for months before the first loaded one: the session's. When the session itself took
        a loaded table at log-in (app.session), the agency's is not at hand here: the bundled one stands
        for it until the next log-in."""
        return default_policy() if self.session_policy.kept_as else self.session_policy

    def agency_history(self) -> PolicyHistory:
        """The agency's tables as cached at the last online log-in, the session's table among them (it
        replaces the cached one of its month); the session's table alone when none is cached or the cache
        is unusable or of another area."""
        cached = self._store.policy_history_json(self._unit_code) if self._store is not None else None
        if cached is None:
            return PolicyHistory((self._base(),))
        try:
            history = history_from_json(cached, "the cached policy history")
            # A session that took a loaded table at log-in holds no table of the agency's to add.
            session = self.session_policy
            return history if session.kept_as else history.with_table(session)
        except PolicyError as error:
            log.warning("the cached policy history is not used: %s", error)
            return PolicyHistory((self._base(),))

    def history(self) -> PolicyHistory:
        """The table in force in each month on this computer: the agency's before the first loaded table,
        the loaded ones from it on (the two may be of different pooling areas: not checked together)."""
        loaded = self.loaded()
        agency = self.agency_history().tables
        if not loaded:
            return PolicyHistory(agency)
        return PolicyHistory((*(t for t in agency if t.starts < loaded[0].starts), *loaded))

    def schedule(self) -> list[ScheduledTable]:
        """Which table is in force from which month to which, oldest first."""
        loaded = {table.starts for table in self.loaded()}
        rows = [
            ScheduledTable(table, table.starts, None, table.starts in loaded)
            for table in self.history().tables
        ]
        return [
            ScheduledTable(row.policy, row.first, following.first.add_months(-1), row.loaded)
            if following is not None
            else row
            for row, following in zip(rows, [*rows[1:], None], strict=True)
        ]

    def overview(self, period: Period) -> tuple[list[ScheduledTable], Policy]:
        """The schedule and the table in force in `period`, read once (for a window, on a worker)."""
        return self.schedule(), self.in_force(period)

    def in_force(self, period: Period) -> Policy:
        return self.history().in_force(period)

    def load(self, path: Path) -> Policy:
        """Check the file and keep a copy; refused (PolicyTableRefused) when it is bad or for another
        pooling area than the tables loaded. A table starting in the month of a loaded one replaces it."""
        try:
            data = path.read_bytes()
            table = load_policy(path)
        except OSError as error:
            raise PolicyTableRefused(
                "", "unreadable", {"detail": str(error.strerror or error)}, str(error)
            ) from error
        except PolicyError as error:
            raise PolicyTableRefused(error.key, error.code, error.params, str(error)) from error
        areas = {other.area for other in self.loaded() if other.starts != table.starts}
        if areas and areas != {table.area}:
            params: dict[str, object] = {"area": table.area or "—", "loaded": ", ".join(sorted(areas))}
            message = f"{path}: key 'meta.area' " + POLICY_TEXTS["other_area"].format(**params)
            raise PolicyTableRefused("meta.area", "other_area", params, message)
        self.folder.mkdir(parents=True, exist_ok=True)
        kept = self.folder / f"{table.starts}.toml"
        with atomic_write(kept) as handle:
            handle.write(data)
        return replace(table, kept_as=str(kept))

    def remove(self, starts: Period) -> None:
        """Forget the loaded table that starts in `starts` (nothing when there is none)."""
        (self.folder / f"{starts}.toml").unlink(missing_ok=True)


def policy_tables(session_policy: Policy, store: Store | None = None, unit_code: str = "") -> PolicyTables:
    """The tables loaded on this computer (the data folder's `policy` folder), beside the agency's history
    cached in `store` for `unit_code`."""
    return PolicyTables(paths.data_dir() / FOLDER_NAME, session_policy, store, unit_code)
