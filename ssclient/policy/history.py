"""A pooling area's policy tables over time: each in force from its first month until the next one starts.

Contributions are computed with the table in force in the month they are for, so a back payment for an
earlier month uses that month's table, not today's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ssclient.domain.period import Period
from ssclient.policy.model import Policy, PolicyError


@dataclass(frozen=True, slots=True, eq=False)
class PolicyHistory:
    """Tables of one pooling area, oldest first, no two starting in the same month."""

    tables: tuple[Policy, ...]

    @classmethod
    def of(cls, tables: Iterable[Policy]) -> PolicyHistory:
        """The history of these tables; PolicyError when they are for different areas or two start together."""
        ordered = tuple(sorted(tables, key=lambda policy: policy.starts))
        if not ordered:
            raise PolicyError("a policy history needs at least one table")
        areas = {policy.area for policy in ordered}
        if len(areas) > 1:
            raise PolicyError(f"the tables are for different pooling areas: {', '.join(sorted(areas))}")
        starts = [policy.starts for policy in ordered]
        twice = sorted({str(start) for start in starts if starts.count(start) > 1})
        if twice:
            raise PolicyError(f"two tables are in force from {', '.join(twice)}")
        return cls(ordered)

    def with_table(self, policy: Policy) -> PolicyHistory:
        """This history with `policy` added, replacing a table that starts in the same month."""
        kept = [table for table in self.tables if table.starts != policy.starts]
        return PolicyHistory.of([*kept, policy])

    def in_force(self, period: Period) -> Policy:
        """The table in force in `period`; before the first table, the first one (nothing older is known)."""
        chosen = self.tables[0]
        for table in self.tables:
            if table.starts > period:
                break
            chosen = table
        return chosen

    @property
    def area(self) -> str:
        return self.tables[0].area


def history_from_files(paths: Iterable[Path]) -> PolicyHistory:
    """The history of the policy TOML files at `paths` (an agency's tables); PolicyError names the file
    and the key of a bad one, or why the files make no one area's history."""
    from ssclient.policy.loader import load_policy

    return PolicyHistory.of(load_policy(path) for path in paths)
