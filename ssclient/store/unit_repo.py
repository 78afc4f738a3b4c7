"""The unit's own settings in the store: its profile and the agency policy cached for checking offline."""

from __future__ import annotations

from datetime import datetime

from ssclient.domain.roster import Unit
from ssclient.store import convert
from ssclient.store.errors import NotFoundError
from ssclient.store.models import UnitRow
from ssclient.store.records import CachedPolicy
from ssclient.store.session import Transactions


class UnitRepository:
    """The units known to this store; each method is one transaction."""

    def __init__(self, transactions: Transactions) -> None:
        self._tx = transactions

    def save_unit(self, unit: Unit) -> None:
        """Save the unit's profile (insert or update); a cached policy is kept."""
        with self._tx.write() as session:
            row = session.get(UnitRow, unit.unit_code)
            if row is None:
                session.add(UnitRow(unit_code=unit.unit_code, **convert.unit_values(unit)))
            else:
                for name, value in convert.unit_values(unit).items():
                    setattr(row, name, value)

    def unit(self, unit_code: str) -> Unit | None:
        with self._tx.read() as session:
            row = session.get(UnitRow, unit_code)
            return None if row is None else convert.unit(row)

    def save_policy_json(self, unit_code: str, text: str, fetched_at: datetime) -> None:
        """Cache the agency's policy (as the agency sent it) for checking offline. The unit must be saved."""
        with self._tx.write() as session:
            row = session.get(UnitRow, unit_code)
            if row is None:
                raise NotFoundError(f"Unit {unit_code} is not in the local store; save its profile first.")
            row.policy_json = text
            row.policy_fetched_at = fetched_at

    def policy_json(self, unit_code: str) -> CachedPolicy | None:
        """The agency policy cached for the unit, with when it was fetched; None before the first fetch."""
        with self._tx.read() as session:
            row = session.get(UnitRow, unit_code)
            if row is None or row.policy_json is None or row.policy_fetched_at is None:
                return None
            return CachedPolicy(text=row.policy_json, fetched_at=row.policy_fetched_at)

    def save_policy_history_json(self, unit_code: str, text: str) -> None:
        """Cache the agency's policy history (as the agency sent it). The unit must be saved."""
        with self._tx.write() as session:
            row = session.get(UnitRow, unit_code)
            if row is None:
                raise NotFoundError(f"Unit {unit_code} is not in the local store; save its profile first.")
            row.policy_history_json = text

    def policy_history_json(self, unit_code: str) -> str | None:
        """The agency's policy history cached for the unit; None before the first fetch."""
        with self._tx.read() as session:
            row = session.get(UnitRow, unit_code)
            return None if row is None else row.policy_history_json
