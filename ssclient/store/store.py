"""The local draft store: one SQLite file holding the unit's profile, roster, documents and outbox.

The store is its repositories, one per concern, sharing one transaction helper (`Transactions`):
`documents` (content, status, findings), `records` (document lists, payment details), `outbox`
(submissions and the agency's verdicts), `people` (the roster) and `units` (profile, cached policy).
Their methods are the store's own too (`store.create_draft` is `store.documents.create_draft`), so a
caller needs only the store.

Each public method is one transaction: it either happens completely or not at all. Domain objects go
in and come out; no ORM object leaves the store. Times come from the caller (`at=`) or from the clock
the store was opened with; they are stored in UTC and given back aware (UTC).
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from ssclient.domain.clock import Clock, SystemClock
from ssclient.store import migrate
from ssclient.store.database import default_path, make_engine, prepare_file
from ssclient.store.document_repo import DocumentRepository
from ssclient.store.errors import (
    StoreError,
    StoreNotice,
    cannot_create,
    empty_file_set_aside,
    from_database_error,
)
from ssclient.store.outbox_repo import OutboxRepository
from ssclient.store.record_repo import RecordRepository
from ssclient.store.roster_repo import RosterRepository
from ssclient.store.session import Transactions
from ssclient.store.unit_repo import UnitRepository

log = logging.getLogger(__name__)


class Store:
    """The local store. Open with `Store.open()`; close when done (or use it as a context manager).

    Safe to share between threads: each call takes its own connection, and writers wait for each other
    (up to a timeout) instead of failing. The windows call it from worker threads only.
    """

    def __init__(
        self, path: Path, clock: Clock, backup: Path | None = None, notice: StoreNotice | None = None
    ) -> None:
        """Use `Store.open`; this only wires up a file whose schema is already current."""
        self.path = path
        # The copy taken before the migration that ran while opening, if any.
        self.backup_made = backup
        # What the user must be told about the file though it opened (an empty file kept aside), if any.
        self.notice = notice
        self.transactions = Transactions(path)
        self.documents = DocumentRepository(self.transactions, clock)
        self.records = RecordRepository(self.transactions)
        self.outbox = OutboxRepository(self.transactions, clock)
        self.people = RosterRepository(self.transactions)
        self.units = UnitRepository(self.transactions)
        self._delegate()

    def _delegate(self) -> None:
        """The repositories' methods, as the store's own (bound, so their types and docs are theirs)."""
        documents, records, outbox, people, units = (
            self.documents, self.records, self.outbox, self.people, self.units
        )  # fmt: skip
        self.create_draft = documents.create_draft
        self.create_drafts = documents.create_drafts
        self.create_revision = documents.create_revision
        self.roster_before = documents.roster_before
        self.keep_roster_before = documents.keep_roster_before
        self.update_draft = documents.update_draft
        self.save_drafts = documents.save_drafts
        self.people_declared = documents.people_declared
        self.get_declaration = documents.get_declaration
        self.delete_declaration = documents.delete_declaration
        self.set_status = documents.set_status
        self.record_check = documents.record_check
        self.replace_findings = documents.replace_findings
        self.findings = documents.findings
        self.findings_source = documents.findings_source
        self.summary = records.summary
        self.list_declarations = records.list_declarations
        self.count_declarations = records.count_declarations
        self.payment_details = records.payment_details
        self.declaration_by_serial = records.declaration_by_serial
        self.enqueue = outbox.enqueue
        self.pending_items = outbox.pending_items
        self.outbox_items = outbox.outbox_items
        self.outbox_item = outbox.outbox_item
        self.outbox_for = outbox.outbox_for
        self.mark_sending = outbox.mark_sending
        self.record_attempt = outbox.record_attempt
        self.record_verdict = outbox.record_verdict
        self.replace_roster = people.replace_roster
        self.roster = people.roster
        self.roster_tag = people.roster_tag
        self.roster_entry = people.roster_entry
        self.has_insured = people.has_insured
        self.roster_page = people.roster_page
        self.apply_approved = people.apply_approved
        self.save_unit = units.save_unit
        self.unit = units.unit
        self.save_policy_json = units.save_policy_json
        self.policy_json = units.policy_json
        self.save_policy_history_json = units.save_policy_history_json
        self.policy_history_json = units.policy_history_json

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine on the file, for tooling and tests that look at the file itself."""
        return self.transactions.engine

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

    def kept_open(self) -> AbstractContextManager[None]:
        """Work of several transactions keeps the store open until it ends (see Transactions.kept_open)."""
        return self.transactions.kept_open()

    def close(self) -> None:
        """Release the file (once no work keeps it open). Any later call raises StoreError."""
        self.transactions.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
