"""The local draft store: one SQLite file holding the unit's profile, roster, documents and outbox.

Each public method is one transaction: it either happens completely or not at all. Domain objects go
in and come out; no ORM object leaves this module. Times come from the caller (`at=`) or from the
clock the store was opened with; they are stored in UTC and given back aware (UTC).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Select, delete, func, insert, or_, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError, StatementError
from sqlalchemy.orm import Session, selectinload

from ssclient.domain.clock import Clock, SystemClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.store import convert, migrate
from ssclient.store.database import WRITE_OPTION, default_path, make_engine, prepare_file
from ssclient.store.errors import (
    InvalidTransitionError,
    NotFoundError,
    StoreError,
    from_database_error,
)
from ssclient.store.models import (
    DeclarationRow,
    FindingRow,
    LineRow,
    OutboxRow,
    PaymentRow,
    PersonRow,
    UnitRow,
)
from ssclient.store.records import (
    EDITABLE_STATUSES,
    AgencyOutcome,
    CachedPolicy,
    DeclarationSummary,
    FindingSource,
    OutboxItem,
    OutboxState,
    RosterPage,
)
from ssclient.store.roster_changes import UnreadableLineError, apply_declaration

# How many names a document list row previews.
PREVIEW_NAMES = 3

# Where each status may go next (set_status; enqueue is the only way into PENDING).
TRANSITIONS: dict[DeclarationStatus, frozenset[DeclarationStatus]] = {
    DeclarationStatus.DRAFT: frozenset({DeclarationStatus.DRAFT, DeclarationStatus.CHECKED}),
    DeclarationStatus.CHECKED: frozenset({DeclarationStatus.DRAFT, DeclarationStatus.CHECKED}),
    DeclarationStatus.PENDING: frozenset(
        {DeclarationStatus.SUBMITTED, DeclarationStatus.APPROVED, DeclarationStatus.REJECTED}
    ),
    DeclarationStatus.SUBMITTED: frozenset(
        {DeclarationStatus.SUBMITTED, DeclarationStatus.APPROVED, DeclarationStatus.REJECTED}
    ),
    DeclarationStatus.APPROVED: frozenset({DeclarationStatus.APPROVED, DeclarationStatus.REVOKED}),
    DeclarationStatus.REJECTED: frozenset(
        {DeclarationStatus.REJECTED, DeclarationStatus.DRAFT, DeclarationStatus.CHECKED}
    ),
    DeclarationStatus.REVOKED: frozenset({DeclarationStatus.REVOKED}),
}
_DECIDED = (DeclarationStatus.APPROVED, DeclarationStatus.REJECTED)
_LIVE_OUTBOX = (OutboxState.PENDING, OutboxState.SENDING)
_ROSTER_COLUMNS = (
    PersonRow.id_number,
    PersonRow.name,
    PersonRow.hukou_type,
    PersonRow.status,
    PersonRow.base,
    PersonRow.since,
    PersonRow.interrupted_from,
    PersonRow.insurances,
    PersonRow.base_history,
)


class Store:
    """The local store. Open with `Store.open()`; close when done (or use it as a context manager).

    Safe to share between the GUI thread and a worker thread: each call takes its own connection, and
    writers wait for each other (up to a timeout) instead of failing.
    """

    def __init__(self, path: Path, clock: Clock, backup: Path | None) -> None:
        """Use `Store.open`; this only wires up an already migrated file."""
        self.path = path
        self._clock = clock
        # The copy taken before the migration that ran while opening, if any.
        self.backup_made = backup
        self._engine = make_engine(path)

    # ----------------------------------------------------------------------------------------- lifecycle

    @classmethod
    def open(cls, path: Path | None = None, *, clock: Clock | None = None) -> Store:
        """Open (creating when missing) the store at `path`, by default `ssclient.sqlite3` in the user's
        data directory, and bring its schema up to date, backing the file up first when it holds data.

        Raises StoreError, leaving the file untouched, when it is not an ssclient store, was written by
        a newer program, or cannot be read or written.
        """
        path = (path or default_path()).absolute()
        clock = clock or SystemClock()
        try:
            prepare_file(path)
            engine = make_engine(path)
            try:
                backup = migrate.upgrade(engine, path, clock.now())
            finally:
                engine.dispose()
        except StoreError:
            raise
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise from_database_error(error, path) from error
        except OSError as error:
            raise StoreError(
                f"The data file {path} cannot be created or opened ({error.strerror or error}). "
                "Check that its folder exists and is writable for your user, then start the program again."
            ) from error
        return cls(path, clock, backup)

    def close(self) -> None:
        """Release the file. The store cannot be used afterwards."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------------------------------- declarations

    def create_draft(
        self, unit_code: str, declaration: Declaration, *, note: str = "", at: datetime | None = None
    ) -> int:
        """Save a new document in the draft box and return its id (the declaration's own id and status
        are ignored: a new document is a draft)."""
        now = at or self._clock.now()
        with self._write() as session:
            row = DeclarationRow(
                unit_code=unit_code,
                type=DeclarationType(declaration.type),
                period=declaration.period,
                status=DeclarationStatus.DRAFT,
                note=note,
                replaces_serial=declaration.replaces_serial,
                created_at=now,
                updated_at=now,
                lines=convert.line_rows(declaration.lines),
                payments=convert.payment_rows(declaration.payments),
            )
            session.add(row)
            session.flush()
            return row.id

    def update_draft(
        self,
        declaration_id: int,
        declaration: Declaration,
        *,
        note: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """Replace a document's content (type, period, lines, payments). Only a draft, checked or rejected
        document can be edited; it becomes a draft again. Stored findings stay until the next
        `replace_findings` (the next Check)."""
        with self._write() as session:
            row = self._declaration_row(session, declaration_id)
            self._require_editable(row, "edited")
            row.type = DeclarationType(declaration.type)
            row.period = declaration.period
            row.replaces_serial = declaration.replaces_serial
            if note is not None:
                row.note = note
            # Old lines go first: the new ones reuse their positions.
            row.lines.clear()
            row.payments.clear()
            session.flush()
            row.lines.extend(convert.line_rows(declaration.lines))
            row.payments.extend(convert.payment_rows(declaration.payments))
            row.status = DeclarationStatus.DRAFT
            row.updated_at = at or self._clock.now()

    def get_declaration(self, declaration_id: int) -> Declaration:
        """The document with its lines and payments, status, serial number and id. NotFoundError if absent."""
        with self._read() as session:
            row = session.get(
                DeclarationRow,
                declaration_id,
                options=[selectinload(DeclarationRow.lines), selectinload(DeclarationRow.payments)],
            )
            if row is None:
                raise _no_declaration(declaration_id)
            return convert.declaration(row)

    def summary(self, declaration_id: int) -> DeclarationSummary:
        """One document's list row (times, note, agency id, counts). NotFoundError if absent."""
        with self._read() as session:
            found = self._summaries(
                session, select(DeclarationRow).where(DeclarationRow.id == declaration_id)
            )
            if not found:
                raise _no_declaration(declaration_id)
            return found[0]

    def list_declarations(
        self,
        unit_code: str,
        *,
        statuses: Collection[DeclarationStatus] | None = None,
        types: Collection[DeclarationType] | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[DeclarationSummary]:
        """The unit's documents, most recently changed first, optionally only some statuses and types."""
        query = _filtered(select(DeclarationRow), unit_code, statuses, types)
        query = query.order_by(DeclarationRow.updated_at.desc(), DeclarationRow.id.desc()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._read() as session:
            return self._summaries(session, query)

    def count_declarations(
        self,
        unit_code: str,
        *,
        statuses: Collection[DeclarationStatus] | None = None,
        types: Collection[DeclarationType] | None = None,
    ) -> int:
        query = _filtered(select(func.count(DeclarationRow.id)), unit_code, statuses, types)
        with self._read() as session:
            return int(session.scalar(query) or 0)

    def declaration_by_serial(self, serial_number: str) -> int | None:
        """The id of the document the agency gave `serial_number`, if it is in the store."""
        with self._read() as session:
            return session.scalar(
                select(DeclarationRow.id).where(DeclarationRow.serial_number == serial_number)
            )

    def delete_declaration(self, declaration_id: int) -> None:
        """Delete a draft, checked or rejected document with everything it owns. Documents the agency has
        (or may have) are refused with InvalidTransitionError."""
        with self._write() as session:
            row = self._declaration_row(session, declaration_id)
            self._require_editable(row, "deleted")
            session.execute(delete(DeclarationRow).where(DeclarationRow.id == declaration_id))

    def set_status(
        self,
        declaration_id: int,
        status: DeclarationStatus,
        *,
        serial_number: str | None = None,
        agency_id: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """Move a document to `status` (see TRANSITIONS), recording the agency's serial number and id when
        given and the submission and decision times. Entering PENDING goes through `enqueue` only.
        Approving does not touch the roster: call `apply_approved`, or use `record_answer` with an
        outcome, which does both in one transaction."""
        with self._write() as session:
            row = self._declaration_row(session, declaration_id)
            _move(row, status, serial_number, agency_id, at or self._clock.now())

    def replace_findings(
        self, declaration_id: int, findings: Iterable[Finding], *, source: FindingSource = FindingSource.CHECK
    ) -> None:
        """Store `findings` as the document's current findings (the last Check's, or the agency's)."""
        with self._write() as session:
            row = self._declaration_row(session, declaration_id)
            _set_findings(session, row, findings, source)

    def findings(self, declaration_id: int) -> list[Finding]:
        """The document's stored findings in the order they were given."""
        with self._read() as session:
            rows = session.scalars(
                select(FindingRow)
                .where(FindingRow.declaration_id == declaration_id)
                .order_by(FindingRow.position)
            )
            return [convert.finding(r) for r in rows]

    def findings_source(self, declaration_id: int) -> FindingSource | None:
        """Who made the stored findings (None when there are none)."""
        with self._read() as session:
            return session.scalar(
                select(FindingRow.source).where(FindingRow.declaration_id == declaration_id).limit(1)
            )

    # ------------------------------------------------------------------------------------------- outbox

    def enqueue(self, declaration_id: int, key: str, *, at: datetime | None = None) -> OutboxItem:
        """Put a draft or checked document in the outbox under idempotency `key`; it becomes PENDING.

        A document already waiting in the outbox keeps the key it entered with: that item is returned
        and the new key is not used (read the key from the result). Reusing a key for another document,
        or a key already answered, is refused (StoreError).
        """
        now = at or self._clock.now()
        with self._write() as session:
            same_key = session.scalar(select(OutboxRow).where(OutboxRow.idempotency_key == key))
            if same_key is not None and same_key.declaration_id != declaration_id:
                raise StoreError(
                    f"The submission key {key} already belongs to document {same_key.declaration_id}; "
                    "a new submission needs a new key."
                )
            row = self._declaration_row(session, declaration_id)
            live = session.scalar(
                select(OutboxRow).where(
                    OutboxRow.declaration_id == declaration_id, OutboxRow.state.in_(_LIVE_OUTBOX)
                )
            )
            if live is not None:
                return _outbox_item(live, row.unit_code)
            if same_key is not None:
                raise StoreError(
                    f"The submission key {key} was already answered; a new submission needs a new key."
                )
            if row.status not in (DeclarationStatus.DRAFT, DeclarationStatus.CHECKED):
                raise InvalidTransitionError(
                    f"Document {declaration_id} is {row.status.value} and cannot be declared; "
                    "only a draft or checked document can."
                )
            item = OutboxRow(
                declaration_id=declaration_id,
                idempotency_key=key,
                state=OutboxState.PENDING,
                attempts=0,
                last_error="",
                created_at=now,
                next_attempt_at=now,
            )
            session.add(item)
            row.status = DeclarationStatus.PENDING
            row.updated_at = now
            session.flush()
            return _outbox_item(item, row.unit_code)

    def pending_items(
        self, *, due_by: datetime | None = None, unit_code: str | None = None
    ) -> list[OutboxItem]:
        """Items still waiting for an answer (PENDING, and SENDING ones left by a crash to reconcile),
        earliest next attempt first; with `due_by`, only those due by then; with `unit_code`, one unit's."""
        return self._outbox_items(_LIVE_OUTBOX, due_by=due_by, unit_code=unit_code)

    def outbox_items(self, unit_code: str, states: Collection[OutboxState]) -> list[OutboxItem]:
        """One unit's outbox items in the given states, earliest next attempt first."""
        return self._outbox_items(states, unit_code=unit_code)

    def _outbox_items(
        self, states: Collection[OutboxState], *, due_by: datetime | None = None, unit_code: str | None = None
    ) -> list[OutboxItem]:
        query = (
            select(OutboxRow, DeclarationRow.unit_code)
            .join(DeclarationRow, OutboxRow.declaration_id == DeclarationRow.id)
            .where(OutboxRow.state.in_(list(states)))
            .order_by(OutboxRow.next_attempt_at, OutboxRow.id)
        )
        if due_by is not None:
            query = query.where(OutboxRow.next_attempt_at <= due_by)
        if unit_code is not None:
            query = query.where(DeclarationRow.unit_code == unit_code)
        with self._read() as session:
            return [_outbox_item(item, code) for item, code in session.execute(query)]

    def mark_sending(self, key: str, *, at: datetime | None = None) -> OutboxItem:
        """Record that a request with this key is going out now, so that after a crash before its answer
        the item is found SENDING and reconciled with the agency rather than sent as new."""
        with self._write() as session:
            item, unit_code = self._outbox_row(session, key)
            if item.state is OutboxState.ANSWERED:
                raise InvalidTransitionError(
                    f"The submission {key} was already answered; it is not sent again."
                )
            item.state = OutboxState.SENDING
            item.sent_at = at or self._clock.now()
            return _outbox_item(item, unit_code)

    def record_attempt(self, key: str, error: str, next_at: datetime) -> OutboxItem:
        """Record a failed or unfinished attempt (agency unreachable, timeout, server error; `error` is its
        message, may be empty) and when to try again: the item is PENDING again, `attempts` one more."""
        with self._write() as session:
            item, unit_code = self._outbox_row(session, key)
            if item.state is OutboxState.ANSWERED:
                raise InvalidTransitionError(f"The submission {key} was already answered.")
            item.state = OutboxState.PENDING
            item.attempts += 1
            item.last_error = error
            item.next_attempt_at = next_at
            return _outbox_item(item, unit_code)

    def record_answer(
        self,
        key: str,
        answer_json: str,
        outcome: AgencyOutcome | None = None,
        *,
        at: datetime | None = None,
    ) -> OutboxItem:
        """Record the agency's answer (its JSON text) to this key. With `outcome`, in the same transaction:
        move the document to the outcome's status with its serial number and agency id, store the
        agency's findings, and on approval apply the document to the local roster. Recording an answer
        for a key already answered changes nothing and returns the item as it is."""
        now = at or self._clock.now()
        with self._write() as session:
            item, unit_code = self._outbox_row(session, key)
            if item.state is OutboxState.ANSWERED:
                return _outbox_item(item, unit_code)
            item.state = OutboxState.ANSWERED
            item.answer_json = answer_json
            item.answered_at = now
            if outcome is not None:
                row = self._declaration_row(session, item.declaration_id)
                _move(row, outcome.status, outcome.serial_number, outcome.agency_id, now)
                if outcome.findings is not None:
                    _set_findings(session, row, outcome.findings, FindingSource.AGENCY)
                if outcome.status is DeclarationStatus.APPROVED:
                    self._apply(session, row.unit_code, convert.declaration(row))
            return _outbox_item(item, unit_code)

    def outbox_item(self, key: str) -> OutboxItem | None:
        """The outbox item with idempotency `key`, or None."""
        with self._read() as session:
            try:
                item, unit_code = self._outbox_row(session, key)
            except NotFoundError:
                return None
            return _outbox_item(item, unit_code)

    def outbox_for(self, declaration_id: int) -> OutboxItem | None:
        """The document's latest outbox item (its current or last submission)."""
        with self._read() as session:
            found = session.execute(
                select(OutboxRow, DeclarationRow.unit_code)
                .join(DeclarationRow, OutboxRow.declaration_id == DeclarationRow.id)
                .where(OutboxRow.declaration_id == declaration_id)
                .order_by(OutboxRow.id.desc())
                .limit(1)
            ).first()
            return None if found is None else _outbox_item(found[0], found[1])

    # ------------------------------------------------------------------------------------------- roster

    def replace_roster(self, unit_code: str, entries: Iterable[RosterEntry]) -> int:
        """Make `entries` the unit's whole roster (e.g. as the agency sent it). Returns how many."""
        values = [convert.person_values(unit_code, entry) for entry in entries]
        with self._write() as session:
            session.execute(delete(PersonRow).where(PersonRow.unit_code == unit_code))
            if values:
                session.execute(insert(PersonRow), values)
            return len(values)

    def roster(self, unit_code: str) -> dict[str, RosterEntry]:
        """The unit's roster by ID number (what RuleContext.roster wants)."""
        with self._read() as session:
            rows = session.execute(select(*_ROSTER_COLUMNS).where(PersonRow.unit_code == unit_code))
            return {row[0]: convert.roster_entry(*row) for row in rows}

    def roster_entry(self, unit_code: str, id_number: str) -> RosterEntry | None:
        """One person, by exact (normalized) ID number."""
        with self._read() as session:
            row = session.execute(
                select(*_ROSTER_COLUMNS).where(
                    PersonRow.unit_code == unit_code, PersonRow.id_number == id_number
                )
            ).first()
            return None if row is None else convert.roster_entry(*row)

    def roster_page(
        self,
        unit_code: str,
        *,
        offset: int = 0,
        limit: int = 100,
        filter_text: str = "",
        statuses: Collection[PersonStatus] | None = None,
    ) -> RosterPage:
        """A page of the roster ordered by name then ID number, keeping entries whose ID number or name
        contains `filter_text`, and the number of matching entries in all."""
        conditions: list[Any] = [PersonRow.unit_code == unit_code]
        text = filter_text.strip()
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(
                or_(PersonRow.id_number.like(pattern, escape="\\"), PersonRow.name.like(pattern, escape="\\"))
            )
        if statuses is not None:
            conditions.append(PersonRow.status.in_(list(statuses)))
        with self._read() as session:
            total = int(session.scalar(select(func.count(PersonRow.id)).where(*conditions)) or 0)
            rows = session.execute(
                select(*_ROSTER_COLUMNS)
                .where(*conditions)
                .order_by(PersonRow.name, PersonRow.id_number)
                .offset(offset)
                .limit(limit)
            )
            entries = [convert.roster_entry(*row) for row in rows]
        return RosterPage(entries=entries, total=total, offset=offset, filter_text=text)

    def apply_approved(self, unit_code: str, declaration: Declaration) -> None:
        """Update the local roster after the agency approved `declaration` (add, renewal, interruption,
        base change; a payment declaration changes no one). See roster_changes for the reading."""
        with self._write() as session:
            self._apply(session, unit_code, declaration)

    # --------------------------------------------------------------------------------------------- unit

    def save_unit(self, unit: Unit) -> None:
        """Save the unit's profile (insert or update); a cached policy is kept."""
        with self._write() as session:
            row = session.get(UnitRow, unit.unit_code)
            if row is None:
                session.add(UnitRow(unit_code=unit.unit_code, **convert.unit_values(unit)))
            else:
                for name, value in convert.unit_values(unit).items():
                    setattr(row, name, value)

    def unit(self, unit_code: str) -> Unit | None:
        with self._read() as session:
            row = session.get(UnitRow, unit_code)
            return None if row is None else convert.unit(row)

    def save_policy_json(self, unit_code: str, text: str, fetched_at: datetime) -> None:
        """Cache the agency's policy (as the agency sent it) for checking offline. The unit must be saved."""
        with self._write() as session:
            row = session.get(UnitRow, unit_code)
            if row is None:
                raise NotFoundError(f"Unit {unit_code} is not in the local store; save its profile first.")
            row.policy_json = text
            row.policy_fetched_at = fetched_at

    def policy_json(self, unit_code: str) -> CachedPolicy | None:
        with self._read() as session:
            row = session.get(UnitRow, unit_code)
            if row is None or row.policy_json is None or row.policy_fetched_at is None:
                return None
            return CachedPolicy(text=row.policy_json, fetched_at=row.policy_fetched_at)

    # ----------------------------------------------------------------------------------------- plumbing

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE); any failure rolls all of it back."""
        with self._session(write=True) as session:
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._session(write=False) as session:
            yield session

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
        except StatementError as error:
            # A value a column refuses (a float amount, a naive time) is the caller's mistake, not the file's.
            if not isinstance(error, DBAPIError) and isinstance(error.orig, ValueError | TypeError):
                raise error.orig from None
            raise from_database_error(error, self.path) from error
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise from_database_error(error, self.path) from error

    @staticmethod
    def _declaration_row(session: Session, declaration_id: int) -> DeclarationRow:
        row = session.get(DeclarationRow, declaration_id)
        if row is None:
            raise _no_declaration(declaration_id)
        return row

    @staticmethod
    def _outbox_row(session: Session, key: str) -> tuple[OutboxRow, str]:
        found = session.execute(
            select(OutboxRow, DeclarationRow.unit_code)
            .join(DeclarationRow, OutboxRow.declaration_id == DeclarationRow.id)
            .where(OutboxRow.idempotency_key == key)
        ).first()
        if found is None:
            raise NotFoundError(f"No submission with key {key} is in the outbox.")
        return found[0], found[1]

    @staticmethod
    def _require_editable(row: DeclarationRow, verb: str) -> None:
        if row.status not in EDITABLE_STATUSES:
            raise InvalidTransitionError(
                f"Document {row.id} is {row.status.value} and cannot be {verb}: only drafts, checked and "
                "rejected documents can. A submitted or approved record can be revised or revoked instead."
            )

    @staticmethod
    def _apply(session: Session, unit_code: str, declaration: Declaration) -> None:
        if declaration.type is DeclarationType.PAYMENT:
            return
        wanted = {normalize_id_number(line.id_number) for line in declaration.lines}
        rows = session.execute(
            select(*_ROSTER_COLUMNS).where(PersonRow.unit_code == unit_code, PersonRow.id_number.in_(wanted))
        )
        current = {row[0]: convert.roster_entry(*row) for row in rows}
        try:
            changed = apply_declaration(current, declaration)
        except UnreadableLineError as error:
            raise StoreError(
                f"The approved document cannot be applied to the local roster: {error}."
            ) from error
        if not changed:
            return
        session.execute(
            delete(PersonRow).where(
                PersonRow.unit_code == unit_code, PersonRow.id_number.in_([e.id_number for e in changed])
            )
        )
        session.execute(insert(PersonRow), [convert.person_values(unit_code, e) for e in changed])

    @staticmethod
    def _summaries(session: Session, query: Select[Any]) -> list[DeclarationSummary]:
        rows: list[DeclarationRow] = list(session.scalars(query))
        ids = [row.id for row in rows]
        if not ids:
            return []
        line_counts = _counts(session, LineRow.declaration_id, ids)
        payment_counts = _counts(session, PaymentRow.declaration_id, ids)
        error_counts = _counts(session, FindingRow.declaration_id, ids, FindingRow.severity == Severity.ERROR)
        names: dict[int, list[str]] = {}
        for declaration_id, name in session.execute(
            select(LineRow.declaration_id, LineRow.name)
            .where(LineRow.declaration_id.in_(ids), LineRow.position < PREVIEW_NAMES)
            .order_by(LineRow.declaration_id, LineRow.position)
        ):
            names.setdefault(declaration_id, []).append(name)
        for declaration_id, name in session.execute(
            select(PaymentRow.declaration_id, PaymentRow.name)
            # A person has a payment line per insurance type: look a few people deep, not at them all.
            .where(PaymentRow.declaration_id.in_(ids), PaymentRow.position < PREVIEW_NAMES * 4)
            .order_by(PaymentRow.declaration_id, PaymentRow.position)
        ):
            shown = names.setdefault(declaration_id, [])
            if len(shown) < PREVIEW_NAMES and name not in shown:
                shown.append(name)
        return [
            DeclarationSummary(
                id=row.id,
                unit_code=row.unit_code,
                type=row.type,
                period=row.period,
                status=row.status,
                line_count=line_counts.get(row.id, 0) or payment_counts.get(row.id, 0),
                names=tuple(names.get(row.id, ())),
                error_count=error_counts.get(row.id, 0),
                note=row.note,
                created_at=row.created_at,
                updated_at=row.updated_at,
                serial_number=row.serial_number,
                agency_id=row.agency_id,
                replaces_serial=row.replaces_serial,
                submitted_at=row.submitted_at,
                decided_at=row.decided_at,
            )
            for row in rows
        ]


def _filtered(
    query: Select[Any],
    unit_code: str,
    statuses: Collection[DeclarationStatus] | None,
    types: Collection[DeclarationType] | None,
) -> Select[Any]:
    query = query.where(DeclarationRow.unit_code == unit_code)
    if statuses is not None:
        query = query.where(DeclarationRow.status.in_(list(statuses)))
    if types is not None:
        query = query.where(DeclarationRow.type.in_(list(types)))
    return query


def _counts(session: Session, column: Any, ids: Sequence[int], *conditions: Any) -> dict[int, int]:
    query = select(column, func.count()).where(column.in_(ids), *conditions).group_by(column)
    return {key: int(count) for key, count in session.execute(query)}


def _move(
    row: DeclarationRow,
    status: DeclarationStatus,
    serial_number: str | None,
    agency_id: str | None,
    at: datetime,
) -> None:
    status = DeclarationStatus(status)
    if status not in TRANSITIONS[row.status]:
        raise InvalidTransitionError(
            f"Document {row.id} is {row.status.value} and cannot become {status.value}."
        )
    if serial_number is not None:
        row.serial_number = serial_number
    if agency_id is not None:
        row.agency_id = agency_id
    if status is DeclarationStatus.SUBMITTED or (status in _DECIDED and row.submitted_at is None):
        row.submitted_at = row.submitted_at or at
    if status in _DECIDED:
        row.decided_at = at
    row.status = status
    row.updated_at = at


def _set_findings(
    session: Session, row: DeclarationRow, findings: Iterable[Finding], source: FindingSource
) -> None:
    session.execute(delete(FindingRow).where(FindingRow.declaration_id == row.id))
    # The relationship would still list the rows just deleted.
    session.expire(row, ["findings"])
    new_rows = convert.finding_rows(findings, source)
    for new_row in new_rows:
        new_row.declaration_id = row.id
    session.add_all(new_rows)


def _outbox_item(row: OutboxRow, unit_code: str) -> OutboxItem:
    return OutboxItem(
        idempotency_key=row.idempotency_key,
        declaration_id=row.declaration_id,
        unit_code=unit_code,
        state=row.state,
        attempts=row.attempts,
        created_at=row.created_at,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        sent_at=row.sent_at,
        answered_at=row.answered_at,
        answer_json=row.answer_json,
    )


def _no_declaration(declaration_id: int) -> NotFoundError:
    return NotFoundError(f"Document {declaration_id} is not in the local store (deleted?).")
