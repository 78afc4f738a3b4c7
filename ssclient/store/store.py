"""The local draft store: one SQLite file holding the unit's profile, roster, documents and outbox.

Each public method is one transaction: it either happens completely or not at all. Domain objects go
in and come out; no ORM object leaves the store. Times come from the caller (`at=`) or from the clock
the store was opened with; they are stored in UTC and given back aware (UTC).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError, StatementError
from sqlalchemy.orm import Session, selectinload

from ssclient.domain.clock import Clock, SystemClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.domain.findings import Finding, has_errors
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry, Unit
from ssclient.store import convert, documents, migrate, outbox_rows, roster_rows
from ssclient.store.database import WRITE_OPTION, default_path, make_engine, prepare_file
from ssclient.store.errors import (
    DamagedValueError,
    InvalidTransitionError,
    NotFoundError,
    StoreError,
    StoreNotice,
    cannot_create,
    damaged_content,
    empty_file_set_aside,
    from_database_error,
)
from ssclient.store.models import DeclarationRow, FindingRow, OutboxRow, PaymentRow, PersonRow, UnitRow
from ssclient.store.records import (
    AgencyOutcome,
    CachedPolicy,
    DeclarationSort,
    DeclarationSummary,
    FindingSource,
    OutboxItem,
    OutboxState,
    PaymentRecord,
    RosterPage,
)

S = DeclarationStatus
log = logging.getLogger(__name__)


class Store:
    """The local store. Open with `Store.open()`; close when done (or use it as a context manager).

    Safe to share between the GUI thread and a worker thread: each call takes its own connection, and
    writers wait for each other (up to a timeout) instead of failing.
    """

    def __init__(
        self, path: Path, clock: Clock, backup: Path | None = None, notice: StoreNotice | None = None
    ) -> None:
        """Use `Store.open`; this only wires up a file whose schema is already current."""
        self.path = path
        self._clock = clock
        # The copy taken before the migration that ran while opening, if any.
        self.backup_made = backup
        # What the user must be told about the file though it opened (an empty file kept aside), if any.
        self.notice = notice
        self._engine = make_engine(path)
        self._closed = False

    # ----------------------------------------------------------------------------------------- lifecycle

    @classmethod
    def open(cls, path: Path | None = None, *, clock: Clock | None = None) -> Store:
        """Open (creating when missing) the store at `path`, by default `ssclient.sqlite3` in the user's
        data directory, and bring its schema up to date, backing the file up first when it holds data.

        Raises StoreError, leaving the file untouched, when it is not an ssclient store, was written by
        a newer program, or cannot be read or written. An empty (0-byte) file is kept aside and a new
        store started; `notice` then says so.
        """
        path = (path or default_path()).absolute()
        clock = clock or SystemClock()
        notice: StoreNotice | None = None
        try:
            set_aside = prepare_file(path, clock.now())
            if set_aside is not None:
                log.info("the data file %s was empty: kept as %s, a new one started", path, set_aside)
                notice = empty_file_set_aside(path, set_aside)
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
            raise cannot_create(path, error) from error
        return cls(path, clock, backup, notice)

    def close(self) -> None:
        """Release the file. Any later call raises StoreError."""
        self._closed = True
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
                status=S.DRAFT,
                note=note,
                replaces_serial=declaration.replaces_serial,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            documents.insert_content(session, row.id, declaration)
            return row.id

    def update_draft(
        self,
        declaration_id: int,
        declaration: Declaration,
        *,
        note: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """Replace a document's content (type, period, lines, payments, replaced serial; the note when
        given). Only a draft, checked or rejected document can be edited; it becomes a draft again, and
        its stored findings (the last Check's or the agency's) go: they were about the old content."""
        with self._write() as session:
            row = documents.declaration_row(session, declaration_id)
            documents.require_editable(row, "edited")
            row.type = DeclarationType(declaration.type)
            row.period = declaration.period
            row.replaces_serial = declaration.replaces_serial
            if note is not None:
                row.note = note
            # The old lines go first: the new ones reuse their positions.
            row.lines.clear()
            row.payments.clear()
            session.flush()
            documents.insert_content(session, row.id, declaration)
            documents.set_findings(session, row, [], FindingSource.CHECK)
            row.status = S.DRAFT
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
                raise documents.no_declaration(declaration_id)
            return convert.declaration(row)

    def summary(self, declaration_id: int) -> DeclarationSummary:
        """One document's list row (times, note, agency id, counts). NotFoundError if absent."""
        with self._read() as session:
            found = documents.summaries(
                session, select(DeclarationRow).where(DeclarationRow.id == declaration_id)
            )
            if not found:
                raise documents.no_declaration(declaration_id)
            return found[0]

    def list_declarations(
        self,
        unit_code: str,
        *,
        statuses: Collection[DeclarationStatus] | None = None,
        types: Collection[DeclarationType] | None = None,
        periods: tuple[Period, Period] | None = None,
        person: str = "",
        sort: DeclarationSort = DeclarationSort.UPDATED,
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[DeclarationSummary]:
        """The unit's documents, by default most recently changed first. Optionally only some statuses
        and types, periods from `periods[0]` to `periods[1]` inclusive, and documents naming `person`
        (part of an ID number or a name). Page with `offset` and `limit`."""
        query = documents.filtered(select(DeclarationRow), unit_code, statuses, types, periods, person)
        query = documents.ordered(query, sort, descending).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._read() as session:
            return documents.summaries(session, query)

    def count_declarations(
        self,
        unit_code: str,
        *,
        statuses: Collection[DeclarationStatus] | None = None,
        types: Collection[DeclarationType] | None = None,
        periods: tuple[Period, Period] | None = None,
        person: str = "",
    ) -> int:
        """How many documents `list_declarations` with the same filters would give without paging."""
        query = documents.filtered(
            select(func.count(DeclarationRow.id)), unit_code, statuses, types, periods, person
        )
        with self._read() as session:
            return int(session.scalar(query) or 0)

    def payment_details(
        self,
        unit_code: str,
        *,
        periods: tuple[Period, Period] | None = None,
        person: str = "",
        statuses: Collection[DeclarationStatus] = (S.APPROVED,),
    ) -> list[PaymentRecord]:
        """Payment lines of the unit's payment declarations (by default the approved ones), by period,
        ID number and line order; optionally a period range and a person (part of an ID number or name)."""
        query = (
            select(PaymentRow, DeclarationRow.status, DeclarationRow.serial_number)
            .join(DeclarationRow, PaymentRow.declaration_id == DeclarationRow.id)
            .where(DeclarationRow.unit_code == unit_code, DeclarationRow.status.in_(list(statuses)))
            .order_by(
                DeclarationRow.period, PaymentRow.id_number, PaymentRow.declaration_id, PaymentRow.position
            )
        )
        if periods is not None:
            query = query.where(DeclarationRow.period >= periods[0], DeclarationRow.period <= periods[1])
        if person.strip():
            pattern = documents.contains_pattern(person.strip())
            query = query.where(
                or_(
                    PaymentRow.id_number.like(pattern, escape="\\"),
                    PaymentRow.name.like(pattern, escape="\\"),
                )
            )
        with self._read() as session:
            return [
                PaymentRecord(row.declaration_id, status, serial, convert.payment(row))
                for row, status, serial in session.execute(query)
            ]

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
            row = documents.declaration_row(session, declaration_id)
            documents.require_editable(row, "deleted")
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
            row = documents.declaration_row(session, declaration_id)
            documents.move(row, status, at or self._clock.now(), serial_number, agency_id)

    def record_check(
        self, declaration_id: int, findings: Iterable[Finding], *, at: datetime | None = None
    ) -> DeclarationStatus:
        """Store the findings of a Check and set the status it earns: CHECKED when there is no error,
        else DRAFT (a rejected document keeps REJECTED until it passes). Returns the new status."""
        kept = list(findings)
        with self._write() as session:
            row = documents.declaration_row(session, declaration_id)
            documents.require_editable(row, "checked")
            documents.set_findings(session, row, kept, FindingSource.CHECK)
            if not has_errors(kept):
                documents.move(row, S.CHECKED, at or self._clock.now())
            elif row.status is S.CHECKED:
                documents.move(row, S.DRAFT, at or self._clock.now())
            return row.status

    def replace_findings(
        self, declaration_id: int, findings: Iterable[Finding], *, source: FindingSource = FindingSource.CHECK
    ) -> None:
        """Store `findings` as the document's current findings (the last Check's, or the agency's)."""
        with self._write() as session:
            row = documents.declaration_row(session, declaration_id)
            documents.set_findings(session, row, findings, source)

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
            row = documents.declaration_row(session, declaration_id)
            live = outbox_rows.live_for(session, declaration_id)
            if live is not None:
                return outbox_rows.item(live, row.unit_code)
            if same_key is not None:
                raise StoreError(
                    f"The submission key {key} was already answered; a new submission needs a new key."
                )
            if row.status not in (S.DRAFT, S.CHECKED):
                raise InvalidTransitionError(
                    f"Document {declaration_id} is {row.status.value} and cannot be declared; "
                    "only a draft or checked document can."
                )
            new = OutboxRow(
                declaration_id=declaration_id,
                idempotency_key=key,
                state=OutboxState.PENDING,
                attempts=0,
                last_error="",
                created_at=now,
                next_attempt_at=now,
            )
            session.add(new)
            row.status = S.PENDING
            row.updated_at = now
            session.flush()
            return outbox_rows.item(new, row.unit_code)

    def pending_items(
        self, *, due_by: datetime | None = None, unit_code: str | None = None
    ) -> list[OutboxItem]:
        """Items still waiting for an answer (PENDING, and SENDING ones left by a crash to reconcile),
        earliest next attempt first; with `due_by`, only those due by then; with `unit_code`, one unit's."""
        return self._outbox_items(outbox_rows.in_states(outbox_rows.LIVE_STATES, due_by, unit_code))

    def outbox_items(self, unit_code: str, states: Collection[OutboxState]) -> list[OutboxItem]:
        """One unit's outbox items in the given states, earliest next attempt first."""
        return self._outbox_items(outbox_rows.in_states(states, unit_code=unit_code))

    def outbox_item(self, key: str) -> OutboxItem | None:
        """The outbox item with idempotency `key`, or None."""
        with self._read() as session:
            try:
                return outbox_rows.item(*outbox_rows.by_key(session, key))
            except NotFoundError:
                return None

    def outbox_for(self, declaration_id: int) -> OutboxItem | None:
        """The document's latest outbox item (its current or last submission)."""
        query = (
            outbox_rows.with_unit()
            .where(OutboxRow.declaration_id == declaration_id)
            .order_by(OutboxRow.id.desc())
            .limit(1)
        )
        found = self._outbox_items(query)
        return found[0] if found else None

    def mark_sending(self, key: str, *, at: datetime | None = None) -> OutboxItem:
        """Record that a request with this key is going out now, so that after a crash before its answer
        the item is found SENDING and reconciled with the agency rather than sent as new."""
        with self._write() as session:
            row, unit_code = outbox_rows.by_key(session, key)
            if row.state is OutboxState.ANSWERED:
                raise InvalidTransitionError(
                    f"The submission {key} was already answered; it is not sent again."
                )
            row.state = OutboxState.SENDING
            row.sent_at = at or self._clock.now()
            return outbox_rows.item(row, unit_code)

    def record_attempt(self, key: str, error: str, next_at: datetime) -> OutboxItem:
        """Record a failed or unfinished attempt (agency unreachable, timeout, server error; `error` is its
        message, may be empty) and when to try again: the item is PENDING again, `attempts` one more."""
        with self._write() as session:
            row, unit_code = outbox_rows.by_key(session, key)
            if row.state is OutboxState.ANSWERED:
                raise InvalidTransitionError(f"The submission {key} was already answered.")
            row.state = OutboxState.PENDING
            row.attempts += 1
            row.last_error = error
            row.next_attempt_at = next_at
            return outbox_rows.item(row, unit_code)

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
            row, unit_code = outbox_rows.by_key(session, key)
            if row.state is OutboxState.ANSWERED:
                return outbox_rows.item(row, unit_code)
            row.state = OutboxState.ANSWERED
            row.answer_json = answer_json
            row.answered_at = now
            if outcome is not None:
                self._settle(session, row.declaration_id, outcome, now)
            return outbox_rows.item(row, unit_code)

    # ------------------------------------------------------------------------------------------- roster

    def replace_roster(self, unit_code: str, entries: Iterable[RosterEntry]) -> int:
        """Make `entries` the unit's whole roster (e.g. as the agency sent it). Returns how many."""
        new = list(entries)
        with self._write() as session:
            session.execute(delete(PersonRow).where(PersonRow.unit_code == unit_code))
            roster_rows.insert_entries(session, unit_code, new)
            return len(new)

    def roster(self, unit_code: str) -> dict[str, RosterEntry]:
        """The unit's roster by ID number (what RuleContext.roster wants)."""
        with self._read() as session:
            return roster_rows.entries(session, PersonRow.unit_code == unit_code)

    def roster_entry(self, unit_code: str, id_number: str) -> RosterEntry | None:
        """One person, by exact (normalized) ID number."""
        with self._read() as session:
            found = roster_rows.entries(
                session, PersonRow.unit_code == unit_code, PersonRow.id_number == id_number
            )
            return found.get(id_number)

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
        contains `filter_text` (wildcards match literally), and the number of matching entries in all."""
        conditions: list[Any] = [PersonRow.unit_code == unit_code]
        text = filter_text.strip()
        if text:
            pattern = documents.contains_pattern(text)
            conditions.append(
                or_(PersonRow.id_number.like(pattern, escape="\\"), PersonRow.name.like(pattern, escape="\\"))
            )
        if statuses is not None:
            conditions.append(PersonRow.status.in_(list(statuses)))
        with self._read() as session:
            total = int(session.scalar(select(func.count(PersonRow.id)).where(*conditions)) or 0)
            rows = session.execute(
                select(*roster_rows.COLUMNS)
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
            roster_rows.apply(session, unit_code, declaration)

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
        """The agency policy cached for the unit, with when it was fetched; None before the first fetch."""
        with self._read() as session:
            row = session.get(UnitRow, unit_code)
            if row is None or row.policy_json is None or row.policy_fetched_at is None:
                return None
            return CachedPolicy(text=row.policy_json, fetched_at=row.policy_fetched_at)

    # ----------------------------------------------------------------------------------------- plumbing

    def _settle(self, session: Session, declaration_id: int, outcome: AgencyOutcome, at: datetime) -> None:
        """What an agency answer does to its document: status, serial, findings, and the roster."""
        row = documents.declaration_row(session, declaration_id)
        documents.move(row, outcome.status, at, outcome.serial_number, outcome.agency_id)
        if outcome.findings is not None:
            documents.set_findings(session, row, outcome.findings, FindingSource.AGENCY)
        if outcome.status is S.APPROVED:
            roster_rows.apply(session, row.unit_code, convert.declaration(row))
            if row.replaces_serial:
                self._revoke_replaced(session, row.unit_code, row.replaces_serial, at)

    @staticmethod
    def _revoke_replaced(session: Session, unit_code: str, serial_number: str, at: datetime) -> None:
        """A revision approved is cancel-and-replace: the record it replaces is revoked with it."""
        replaced = session.scalar(
            select(DeclarationRow).where(
                DeclarationRow.unit_code == unit_code, DeclarationRow.serial_number == serial_number
            )
        )
        if replaced is not None and replaced.status is S.APPROVED:
            documents.move(replaced, S.REVOKED, at)

    def _outbox_items(self, query: Select[OutboxRow, str]) -> list[OutboxItem]:
        with self._read() as session:
            return [outbox_rows.item(row, unit_code) for row, unit_code in session.execute(query)]

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
        if self._closed:
            raise StoreError("The local store was closed; open it again.")
        try:
            with self._engine.connect() as connection:
                connection.execution_options(**{WRITE_OPTION: write})
                with connection.begin(), Session(bind=connection, expire_on_commit=False) as session:
                    yield session
                    session.flush()
        except DamagedValueError as error:
            raise damaged_content(self.path) from error
        except StoreError:
            raise
        except LookupError as error:
            # SQLAlchemy's enum types raise a bare LookupError for a stored value that is none of theirs.
            if isinstance(error, KeyError | IndexError):
                raise
            log.info("unreadable value in %s: %s", self.path, error)
            raise damaged_content(self.path) from error
        except StatementError as error:
            # A value a column refuses (a float amount, a naive time) is the caller's mistake, not the file's.
            if not isinstance(error, DBAPIError) and isinstance(error.orig, ValueError | TypeError):
                raise error.orig from None
            raise from_database_error(error, self.path) from error
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise from_database_error(error, self.path) from error
