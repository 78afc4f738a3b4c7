"""The month board: the current period of every unit used on this computer, side by side, the one needing
attention first. Each unit's line is app.month's summary of its own store, read without opening a session
(no migration, no backup, no write): a store that cannot be read so says, and the others still show.

Reading 200 stores takes a while: call `MonthBoard.rows` from a worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ssclient.app.month import MonthSummary, PaymentState, summarize
from ssclient.app.units import STORE_FILE, KnownUnit, UnitFolders
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period

if TYPE_CHECKING:
    from ssclient.policy import Policy

log = logging.getLogger(__name__)


class Attention(IntEnum):
    """How much a unit's month needs the accountant, most first (the board's order)."""

    REJECTED = 0  # the agency refused documents: fix them
    TO_DO = 1  # drafts, documents waiting for the agency, or the payment not declared or no longer current
    UNREADABLE = 2  # its store could not be read here: log in to it to see
    DONE = 3


@dataclass(frozen=True)
class BoardRow:
    """One unit's month: `summary` is None when its store could not be read (`problem` says why)."""

    unit: KnownUnit
    summary: MonthSummary | None
    problem: str = ""

    @property
    def unit_code(self) -> str:
        return self.unit.unit_code

    def total(self, attribute: str) -> int:
        return self.summary.total(attribute) if self.summary is not None else 0

    @property
    def days_left(self) -> int | None:
        """Days left in the declaration window, today included (0 when it is closed); None: unknown."""
        return self.summary.window.days_left if self.summary is not None else None

    def declared(self) -> dict[DeclarationType, int]:
        """How many documents of each business type the agency approved this period (types with none left out)."""
        if self.summary is None:
            return {}
        return {kind: counts.approved for kind, counts in self.summary.counts.items() if counts.approved}

    @property
    def attention(self) -> Attention:
        summary = self.summary
        if summary is None:
            return Attention.UNREADABLE
        if summary.total("rejected"):
            return Attention.REJECTED
        if (
            summary.total("drafted")
            or summary.total("waiting")
            or summary.payment in (PaymentState.NOT_DECLARED, PaymentState.STALE, PaymentState.WAITING)
        ):
            return Attention.TO_DO
        return Attention.DONE

    def sort_key(self) -> tuple[int, int, str]:
        """Rejected first, then what is to do with the fewest days left, then the rest; by code within."""
        days = self.days_left
        return (int(self.attention), days if days is not None else 1_000, self.unit_code)


class MonthBoard:
    """The month of every unit in `units`, for the day the clock says."""

    def __init__(self, units: UnitFolders) -> None:
        self.units = units
        self._policies: dict[str, Policy] = {}  # many units share the agency's policy: parsed once

    def rows(self) -> list[BoardRow]:
        """Every unit's line, in the board's order (see BoardRow.sort_key)."""
        from ssclient.domain.clock import today as today_of

        today = today_of(self.units.clock)
        rows = [self.row(unit, today) for unit in self.units.listed()]
        return sorted(rows, key=BoardRow.sort_key)

    def row(self, unit: KnownUnit, today: date) -> BoardRow:
        path = self.units.root / unit.unit_code / STORE_FILE
        if not path.is_file():
            return BoardRow(unit, None, "no data file")
        from ssclient.store import StoreError

        try:
            return BoardRow(unit, self._summary(path, unit.unit_code, today))
        except StoreError as error:  # damaged, or written by a newer program: the others still show
            log.info("the month board could not read a unit's store: %s", error)
            return BoardRow(unit, None, str(error))

    def _summary(self, path: Path, unit_code: str, today: date) -> MonthSummary:
        from ssclient.store.record_repo import RecordRepository
        from ssclient.store.session import Transactions
        from ssclient.store.unit_repo import UnitRepository

        # Straight on the file, not Store.open: that would migrate and back it up; this only reads.
        transactions = Transactions(path)
        try:
            cached = UnitRepository(transactions).policy_json(unit_code)
            period = Period.of(today)
            documents = RecordRepository(transactions).list_declarations(unit_code, periods=(period, period))
        finally:
            transactions.close()
        return summarize(documents, self._policy(cached.text if cached is not None else None), today)

    def _policy(self, text: str | None) -> Policy:
        key = text or ""
        policy = self._policies.get(key)
        if policy is None:
            from ssclient.policy import default_policy
            from ssclient.policy.serialize import policy_from_json

            policy = policy_from_json(text) if text else default_policy()
            self._policies[key] = policy
        return policy
