"""The documents in the draft box and after: writing their content and status, and their findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, select

from ssclient.domain.clock import Clock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding, has_errors
from ssclient.store import convert, documents
from ssclient.store.models import DeclarationRow, FindingRow
from ssclient.store.records import FindingSource
from ssclient.store.session import Transactions, collector_paused

S = DeclarationStatus


class DocumentRepository:
    """One unit's documents: each method is one transaction."""

    def __init__(self, transactions: Transactions, clock: Clock) -> None:
        self._tx = transactions
        self._clock = clock

    def create_draft(
        self, unit_code: str, declaration: Declaration, *, note: str = "", at: datetime | None = None
    ) -> int:
        """Save a new document in the draft box and return its id (the declaration's own id and status
        are ignored: a new document is a draft)."""
        return self.create_drafts(unit_code, [(declaration, note)], at=at)[0]

    def create_drafts(
        self, unit_code: str, drafts: Sequence[tuple[Declaration, str]], *, at: datetime | None = None
    ) -> list[int]:
        """Save new documents, each with its note, in the draft box in one transaction (all or none), and
        return their ids in order."""
        now = at or self._clock.now()
        ids: list[int] = []
        with self._tx.write() as session:
            for declaration, note in drafts:
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
                ids.append(row.id)
        return ids

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
        with self._tx.write() as session:
            row = documents.declaration_row(session, declaration_id)
            documents.require_editable(row, "edited")
            row.type = DeclarationType(declaration.type)
            row.period = declaration.period
            row.replaces_serial = declaration.replaces_serial
            if note is not None:
                row.note = note
            # The old lines go first: the new ones reuse their positions.
            documents.delete_content(session, row)
            documents.insert_content(session, row.id, declaration)
            documents.set_findings(session, row, [], FindingSource.CHECK)
            row.status = S.DRAFT
            row.updated_at = at or self._clock.now()

    def get_declaration(self, declaration_id: int) -> Declaration:
        """The document with its lines and payments, status, serial number and id. NotFoundError if absent."""
        with self._tx.read() as session:
            row = session.get(DeclarationRow, declaration_id)
            if row is None:
                raise documents.no_declaration(declaration_id)
            # Lines straight from Core rows into domain objects: as ORM objects first, the lines of a
            # 100,000-person document took 5 s to load.
            with collector_paused():
                lines = documents.read_rows(session, documents.line_query(declaration_id), convert.line)
                query = documents.payment_query(declaration_id)
                payments = documents.read_rows(session, query, convert.payment_line)
            return convert.declaration(row, lines, payments)

    def delete_declaration(self, declaration_id: int) -> None:
        """Delete a draft, checked or rejected document with everything it owns. Documents the agency has
        (or may have) are refused with InvalidTransitionError."""
        with self._tx.write() as session:
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
        Approving does not touch the roster: call `apply_approved`, or record the agency's verdict
        (`record_verdict`), which does both in one transaction."""
        with self._tx.write() as session:
            row = documents.declaration_row(session, declaration_id)
            documents.move(row, status, at or self._clock.now(), serial_number, agency_id)

    def record_check(
        self, declaration_id: int, findings: Iterable[Finding], *, at: datetime | None = None
    ) -> DeclarationStatus:
        """Store the findings of a Check and set the status it earns: CHECKED when there is no error,
        else DRAFT (a rejected document keeps REJECTED until it passes). Returns the new status."""
        kept = list(findings)
        with self._tx.write() as session:
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
        with self._tx.write() as session:
            row = documents.declaration_row(session, declaration_id)
            documents.set_findings(session, row, findings, source)

    def findings(self, declaration_id: int) -> list[Finding]:
        """The document's stored findings in the order they were given."""
        with self._tx.read() as session:
            rows = session.scalars(
                select(FindingRow)
                .where(FindingRow.declaration_id == declaration_id)
                .order_by(FindingRow.position)
            )
            return [convert.finding(r) for r in rows]

    def findings_source(self, declaration_id: int) -> FindingSource | None:
        """Who made the stored findings (None when there are none)."""
        with self._tx.read() as session:
            return session.scalar(
                select(FindingRow.source).where(FindingRow.declaration_id == declaration_id).limit(1)
            )
