"""The audit trail: every submission, agency answer and revoke, with time, unit, operator and the exact
bytes sent and received, kept in the store append-only (triggers refuse UPDATE and DELETE) and
hash-chained: each entry's SHA-256 covers its fields, its bytes and the previous entry's hash, so a
changed, removed or inserted entry breaks the chain at that point and `verify` names it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, Text, cast, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ssclient.store.database import WRITE_OPTION, make_engine
from ssclient.store.errors import StoreError, from_database_error
from ssclient.store.models import AuditRow

GENESIS = "0" * 64  # the "previous hash" of the first entry


@dataclass(frozen=True)
class AuditEntry:
    id: int
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


def entry_hash(
    previous: str,
    at: datetime,
    unit_code: str,
    operator: str,
    action: str,
    reference: str,
    method: str,
    path: str,
    status: int,
    request: bytes,
    response: bytes,
) -> str:
    fields = [
        previous,
        at.astimezone(UTC).isoformat(),
        unit_code,
        operator,
        action,
        reference,
        method,
        path,
        str(status),
    ]
    digest = hashlib.sha256("\n".join(fields).encode())
    digest.update(b"\n" + hashlib.sha256(request).digest() + hashlib.sha256(response).digest())
    return digest.hexdigest()


class AuditTrail:
    """The audit entries of the store file at `path` (its own connections; SQLite serialises writers)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine = make_engine(path)

    def close(self) -> None:
        self._engine.dispose()

    def append(
        self,
        *,
        at: datetime,
        unit_code: str,
        operator: str,
        action: str,
        reference: str,
        method: str,
        path: str,
        status: int,
        request: bytes,
        response: bytes,
    ) -> AuditEntry:
        """Add one entry after the last; one write transaction, so two writers never share a predecessor."""
        with self._session(write=True) as session:
            previous = session.scalar(select(AuditRow.entry_hash).order_by(AuditRow.id.desc()).limit(1))
            previous = previous or GENESIS
            fields = (unit_code, operator, action, reference, method, path, status, request, response)
            row = AuditRow(
                at=at,
                unit_code=unit_code,
                operator=operator,
                action=action,
                reference=reference,
                method=method,
                path=path,
                status=status,
                request=request,
                response=response,
                previous_hash=previous,
                entry_hash=entry_hash(previous, at, *fields),
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
        with self._session(write=False) as session:
            rows = session.scalars(query.order_by(AuditRow.id.desc()).limit(limit))
            return [_entry(row) for row in rows]

    def verify(self) -> ChainCheck:
        """Recompute the chain from the first entry; the first entry whose hash or link is wrong."""
        previous, checked = GENESIS, 0
        with self._session(write=False) as session:
            for row in session.scalars(select(AuditRow).order_by(AuditRow.id)).yield_per(500):
                checked += 1
                if row.previous_hash != previous:
                    return ChainCheck(checked, row.id, "its link to the previous entry is wrong")
                fields = (
                    row.unit_code,
                    row.operator,
                    row.action,
                    row.reference,
                    row.method,
                    row.path,
                    row.status,
                )
                if entry_hash(previous, row.at, *fields, row.request, row.response) != row.entry_hash:
                    return ChainCheck(checked, row.id, "its content does not match its hash")
                previous = row.entry_hash
        return ChainCheck(checked, None)

    @contextmanager
    def _session(self, *, write: bool) -> Iterator[Session]:
        try:
            with self._engine.connect() as connection:
                connection.execution_options(**{WRITE_OPTION: write})
                with connection.begin(), Session(bind=connection, expire_on_commit=False) as session:
                    yield session
                    session.flush()
        except StoreError:
            raise
        except SQLAlchemyError as error:
            raise from_database_error(error, self.path) from error


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        row.id, row.at, row.unit_code, row.operator, row.action, row.reference, row.method, row.path, row.status,
        row.request, row.response, row.previous_hash, row.entry_hash,
    )  # fmt: skip
