"""The audit trail: every submission, agency answer and revoke, with time, unit, operator and the exact
bytes sent and received, kept in the store append-only (triggers refuse UPDATE and DELETE) and
hash-chained: each entry's SHA-256 covers its fields, its bytes and the previous entry's hash, so a
changed, removed or inserted entry breaks the chain at that point and `verify` names it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Text, cast, or_, select

from ssclient.store.models import AuditRow
from ssclient.store.session import Transactions

GENESIS = "0" * 64  # the "previous hash" of the first entry


@dataclass(frozen=True)
class AuditRecord:
    """What one entry says: when, whose, who, what, and the exact bytes sent and received."""

    at: datetime
    unit_code: str
    operator: str
    action: str  # submit, answer, revoke
    reference: str  # the idempotency key, or the declaration revoked
    method: str
    path: str
    status: int
    request: bytes
    response: bytes


@dataclass(frozen=True)
class AuditEntry:
    """A stored record, with its place in the chain."""

    id: int
    record: AuditRecord
    previous_hash: str
    entry_hash: str


@dataclass(frozen=True)
class ChainCheck:
    """The chain's verdict: how many entries were checked, and the first broken one (None: intact)."""

    checked: int
    first_broken: int | None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken is None


def entry_hash(previous: str, record: AuditRecord) -> str:
    """SHA-256 over the previous entry's hash, the record's fields and its bytes' own hashes."""
    r = record
    texts = [previous, r.at.astimezone(UTC).isoformat(), r.unit_code, r.operator, r.action, r.reference]
    digest = hashlib.sha256("\n".join([*texts, r.method, r.path, str(r.status)]).encode())
    digest.update(b"\n" + hashlib.sha256(r.request).digest() + hashlib.sha256(r.response).digest())
    return digest.hexdigest()


class AuditTrail:
    """The audit entries of the store file at `path` (its own connections; SQLite serialises writers)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # The store's own transaction helper: the same connection setup and the same errors.
        self._tx = Transactions(path)

    def close(self) -> None:
        self._tx.close()

    def append(self, record: AuditRecord) -> AuditEntry:
        """Add one entry after the last; one write transaction, so two writers never share a predecessor."""
        with self._tx.write() as session:
            previous = session.scalar(select(AuditRow.entry_hash).order_by(AuditRow.id.desc()).limit(1))
            previous = previous or GENESIS
            row = AuditRow(
                **{f.name: getattr(record, f.name) for f in fields(AuditRecord)},
                previous_hash=previous,
                entry_hash=entry_hash(previous, record),
            )
            session.add(row)
            session.flush()
            return _entry(row)

    def entries(self, unit_code: str, search: str = "", limit: int = 10_000) -> list[AuditEntry]:
        """The unit's entries, newest first; `search` matches the action, the path or the bytes' text."""
        query = select(AuditRow).where(AuditRow.unit_code == unit_code)
        if search:
            pattern = f"%{search.strip()}%"
            query = query.where(
                or_(AuditRow.action.like(pattern), AuditRow.reference.like(pattern), AuditRow.path.like(pattern),
                    cast(AuditRow.request, Text).like(pattern), cast(AuditRow.response, Text).like(pattern))
            )  # fmt: skip
        with self._tx.read() as session:
            rows = session.scalars(query.order_by(AuditRow.id.desc()).limit(limit))
            return [_entry(row) for row in rows]

    def verify(self) -> ChainCheck:
        """Recompute the chain from the first entry; the first entry whose hash or link is wrong."""
        previous, checked = GENESIS, 0
        with self._tx.read() as session:
            for row in session.scalars(select(AuditRow).order_by(AuditRow.id)).yield_per(500):
                checked += 1
                if row.previous_hash != previous:
                    return ChainCheck(checked, row.id, "its link to the previous entry is wrong")
                if entry_hash(previous, _record(row)) != row.entry_hash:
                    return ChainCheck(checked, row.id, "its content does not match its hash")
                previous = row.entry_hash
        return ChainCheck(checked, None)


def _record(row: AuditRow) -> AuditRecord:
    return AuditRecord(**{f.name: getattr(row, f.name) for f in fields(AuditRecord)})


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(row.id, _record(row), row.previous_hash, row.entry_hash)
