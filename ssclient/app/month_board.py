"""The month board: the current period of every unit used on this computer, side by side, the one needing
attention first. Each unit's line is app.month's summary of its own store, read without opening a session
(no migration, no backup, no write): a store that cannot be read so says, and the others still show.

Reading 200 stores takes a while: call `MonthBoard.rows` from a worker.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ssclient.app.late_fees import LateFeeOutlook, PaymentTotal, outlook_for, outlook_of, sum_amounts
from ssclient.app.month import MonthSummary, PaymentState, WindowState, summarize, window_state
from ssclient.app.units import STORE_FILE, KnownUnit, UnitFolders
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period

if TYPE_CHECKING:
    from sqlalchemy import Select

    from ssclient.policy import Policy
    from ssclient.store.session import Transactions as ReadOnlyFiles

log = logging.getLogger(__name__)


class Attention(IntEnum):
    """How much a unit's month needs the accountant, most first (the board's order)."""

    REJECTED = 0  # the agency refused documents: fix them
    TO_DO = 1  # drafts, documents waiting for the agency, or the payment not declared or no longer current
    UNREADABLE = 2  # its store could not be read here: log in to it to see
    DONE = 3


@dataclass(frozen=True)
class BoardRow:
    """One unit's month: `summary` is None when its store is missing (`missing`: listed, but its file was
    deleted) or could not be read (`problem` says why). `late_fee`: paying this period late, reckoned on its
    payment declaration (app.late_fees). `window`: the declaration window of a unit with no store read
    here, when the policy is known otherwise (an agent's board: the agency's; its `late_fee` then gives
    the deadline alone); the summary's otherwise."""

    unit: KnownUnit
    summary: MonthSummary | None
    problem: str = ""
    missing: bool = False
    late_fee: LateFeeOutlook | None = None
    window: WindowState | None = None

    @property
    def unit_code(self) -> str:
        return self.unit.unit_code

    def total(self, attribute: str) -> int:
        return self.summary.total(attribute) if self.summary is not None else 0

    @property
    def days_left(self) -> int | None:
        """Days left in the declaration window, today included (0 when it is closed); None: unknown."""
        window = self.summary.window if self.summary is not None else self.window
        return window.days_left if window is not None else None

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
        payment_to_do = summary.payment in (
            PaymentState.NOT_DECLARED,
            PaymentState.STALE,
            PaymentState.WAITING,
        )
        if (
            summary.total("drafted")
            or summary.total("waiting")
            or (payment_to_do and not summary.nothing_to_pay)
        ):
            return Attention.TO_DO
        return Attention.DONE

    def sort_key(self) -> tuple[int, int, Decimal, str]:
        """Rejected first, then what is to do with the fewest days left, then the rest; the highest late fee
        today first among equals, then by code."""
        days = self.days_left
        fee = self.late_fee.fee_today if self.late_fee is not None else None
        return (
            int(self.attention),
            days if days is not None else 1_000,
            -(fee if fee is not None else Decimal(0)),
            self.unit_code,
        )


class MonthBoard:
    """The month of every unit in `units`, for the day the clock says."""

    def __init__(self, units: UnitFolders) -> None:
        self.units = units
        self._policies: dict[str, Policy] = {}  # many units share the agency's policy: parsed once
        self._reader: ReadOnlyFiles | None = None

    def rows(self, listed: list[KnownUnit] | None = None, policy: Policy | None = None) -> list[BoardRow]:
        """Every unit's line (or those `listed`: an agent's units), in the board's order (see
        BoardRow.sort_key). `policy`: the declaration window of the units whose store is not here."""
        from ssclient.domain.clock import today as today_of

        today = today_of(self.units.clock)
        try:
            rows = [
                self.row(unit, today, policy) for unit in (self.units.listed() if listed is None else listed)
            ]
        finally:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
        return sorted(rows, key=BoardRow.sort_key)

    def row(self, unit: KnownUnit, today: date, policy: Policy | None = None) -> BoardRow:
        """The unit's line; with no store here, what `policy` alone tells: its declaration window and the
        last day to pay without a late fee (no amount: no fee reckoned)."""
        path = self.units.root / unit.unit_code / STORE_FILE
        if not path.is_file():
            if policy is None:
                return BoardRow(unit, None, missing=True)
            deadline = outlook_for(Period.of(today), today, policy, None)
            return BoardRow(unit, None, missing=True, late_fee=deadline, window=window_state(policy, today))
        from ssclient.store import StoreError

        try:
            summary, late_fee = self._summary(path, unit.unit_code, today)
            return BoardRow(unit, summary, late_fee=late_fee)
        # Damaged, written by a newer program, or a cached policy that no longer reads: the others show.
        except (StoreError, ValueError) as error:
            log.info("the month board could not read a unit's store: %s", error)
            return BoardRow(unit, None, str(error))

    def _summary(self, path: Path, unit_code: str, today: date) -> tuple[MonthSummary, LateFeeOutlook]:
        files = self._files()
        files.path = path
        period = Period.of(today)
        unit, documents, payments = _month_of(files, unit_code, period)
        policy = self._policy(unit.policy_json)
        summary = summarize(documents, policy, today, nobody_insured=not unit.insured)
        return summary, outlook_of(period, today, policy, payments)

    def _files(self) -> ReadOnlyFiles:
        if self._reader is None:
            self._reader = _read_only_files()
        return self._reader

    def _policy(self, text: str | None) -> Policy:
        key = text or ""
        policy = self._policies.get(key)
        if policy is None:
            from ssclient.policy import default_policy
            from ssclient.policy.serialize import policy_from_json

            policy = policy_from_json(text) if text else default_policy()
            self._policies[key] = policy
        return policy


class _Unit(NamedTuple):
    policy_json: str | None  # the agency's policy cached at the last online log-in
    insured: bool  # anyone on the local roster insured now


class _Document(NamedTuple):
    type: DeclarationType
    status: DeclarationStatus
    period: Period
    decided_at: datetime | None
    serial_number: str | None
    # For a payment declaration's late fee (app.late_fees): its id, last change, and its lines' amounts
    # as the store keeps them, comma-joined per share.
    id: int
    updated_at: datetime | None
    employer_amounts: str | None
    employee_amounts: str | None

    def payment_total(self) -> PaymentTotal:
        moment = self.decided_at if self.status is DeclarationStatus.APPROVED else self.updated_at
        total = sum_amounts(self.employer_amounts) + sum_amounts(self.employee_amounts)
        return PaymentTotal(self.status, total, moment, self.serial_number, self.id)


def _month_of(
    files: ReadOnlyFiles, unit_code: str, period: Period
) -> tuple[_Unit, list[_Document], list[PaymentTotal]]:
    """The unit's cached policy and whether anyone is insured, its documents of `period` and their payments'
    totals, in one read of its store.

    Only the columns the month's summary reads, in one query: the record repository's list also counts
    each document's lines, findings and names, which a 200-unit board has no time for. A payment
    declaration's amounts come in the same query as one text per share (SQLite's group_concat of the exact
    texts the store keeps), summed as Decimal by app.late_fees: a row per line, or a second query per
    store, took a third of the board's time."""
    unit_query, documents_query = _queries()
    with files.read() as session:
        found = session.execute(unit_query, {"unit_code": unit_code}).first()
        # No unit row (a store from before units kept one): insured, as the board said before it knew.
        unit = _Unit(*found) if found is not None else _Unit(None, True)
        rows = session.execute(documents_query, {"unit_code": unit_code, "period": period})
        documents = [_Document(*row) for row in rows]
        payments = [d.payment_total() for d in documents if d.type is DeclarationType.PAYMENT]
        return unit, documents, payments


@functools.cache
def _queries() -> tuple[Select[*tuple[Any, ...]], Select[*tuple[Any, ...]]]:
    """_month_of's two queries, built once for all the stores (building them took a tenth of the time)."""
    from sqlalchemy import bindparam, exists, func, select

    from ssclient.domain.enums import PersonStatus
    from ssclient.store.models import DeclarationRow, PaymentRow, PersonRow, UnitRow

    insured = exists().where(
        PersonRow.unit_code == UnitRow.unit_code, PersonRow.status == PersonStatus.ACTIVE
    )
    unit_query = select(UnitRow.policy_json, insured).where(UnitRow.unit_code == bindparam("unit_code"))
    documents_query = (
        select(
            DeclarationRow.type,
            DeclarationRow.status,
            DeclarationRow.period,
            DeclarationRow.decided_at,
            DeclarationRow.serial_number,
            DeclarationRow.id,
            DeclarationRow.updated_at,
            func.group_concat(PaymentRow.employer_amount),
            func.group_concat(PaymentRow.employee_amount),
        )
        .outerjoin(PaymentRow, PaymentRow.declaration_id == DeclarationRow.id)
        .where(
            DeclarationRow.unit_code == bindparam("unit_code"), DeclarationRow.period == bindparam("period")
        )
        .group_by(DeclarationRow.id)
    )
    return unit_query, documents_query


def _read_only_files() -> ReadOnlyFiles:
    """The store's transaction helper, read-only, on one unit's file after another (its `path`).

    One SQLAlchemy engine for all the files, not Store.open's one per file: SQLAlchemy keeps its compiled
    queries per engine, and compiling the same few queries again for each of 200 stores took most of the
    board's time. Each connection opens the file named by `path` read-only (SQLite's mode=ro): nothing the
    board does can write to a unit's store."""
    import sqlite3

    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from ssclient.store.session import Transactions

    class Files(Transactions):
        def __init__(self) -> None:
            super().__init__(Path("unset"))  # an engine connects only when used: replaced before that
            self.engine.dispose()
            self.engine = create_engine("sqlite+pysqlite://", creator=self._connect, poolclass=NullPool)

        def _connect(self) -> sqlite3.Connection:
            return sqlite3.connect(
                f"{self.path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )

    return Files()
