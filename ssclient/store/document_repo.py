"""The documents in the draft box and after: writing their content and status, and their findings."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from ssclient.domain.clock import Clock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding, has_errors
from ssclient.domain.roster import RosterEntry
from ssclient.store import convert, documents
from ssclient.store.models import DeclarationRow, FindingRow, LineRow, RosterBeforeRow
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

    def create_revision(
        self, unit_code: str, declaration: Declaration, roster_before: Mapping[str, RosterEntry | None]
    ) -> int:
        """Save a revision draft (its `replaces_serial` set) with the roster entries the record it replaces
        changed, as they were before it (None: not on the roster then), in one transaction; returns its id.
        The draft is checked against them (see roster_before)."""
        with self._tx.write() as session:
            declaration_id = _insert(session, unit_code, declaration, "", self._clock.now())
            _keep_roster_before(session, declaration_id, roster_before)
            return declaration_id

    def keep_roster_before(
        self, declaration_id: int, roster_before: Mapping[str, RosterEntry | None]
    ) -> None:
        """Keep with the revision `declaration_id` what create_revision keeps, when it was made without (by a
        version before it kept them); replaces what was kept."""
        with self._tx.write() as session:
            session.execute(delete(RosterBeforeRow).where(RosterBeforeRow.declaration_id == declaration_id))
            _keep_roster_before(session, declaration_id, roster_before)

    def roster_before(self, declaration_id: int) -> dict[str, RosterEntry | None]:
        """What create_revision kept with the revision: by ID number, the person's roster entry before the
        record it replaces (None: not on the roster then). Empty for any other document."""
        query = select(RosterBeforeRow.id_number, RosterBeforeRow.entry).where(
            RosterBeforeRow.declaration_id == declaration_id
        )
        with self._tx.read() as session:
            return {
                number: None if text is None else convert.roster_entry_from_json(text)
                for number, text in session.execute(query)
            }

    def create_drafts(
        self, unit_code: str, drafts: Sequence[tuple[Declaration, str]], *, at: datetime | None = None
    ) -> list[int]:
        """Save new documents, each with its note, in the draft box in one transaction (all or none), and
        return their ids in order."""
        now = at or self._clock.now()
        with self._tx.write() as session:
            return [_insert(session, unit_code, declaration, note, now) for declaration, note in drafts]

    def save_drafts(
        self,
        unit_code: str,
        drafts: Sequence[tuple[Declaration, str | None]],
        *,
        removed: Collection[int] = (),
        at: datetime | None = None,
    ) -> list[int]:
        """Save the parts of one piece of work in one transaction (all or none): a declaration with an id
        replaces that document's content (and its note, when one is given; see update_draft), one without
        is a new draft; the documents `removed` are deleted. Returns the ids in order."""
        now = at or self._clock.now()
        with self._tx.write() as session:
            ids = [
                _insert(session, unit_code, declaration, note or "", now)
                if declaration.id is None
                else _update(session, declaration.id, declaration, note, now)
                for declaration, note in drafts
            ]
            for declaration_id in removed:
                _delete(session, declaration_id)
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
            _update(session, declaration_id, declaration, note, at or self._clock.now())

    def people_declared(
        self,
        unit_code: str,
        kind: DeclarationType,
        effective: str,
        *,
        excluding: Collection[int] = (),
        replaced: Collection[str] = (),
    ) -> dict[str, int]:
        """The ID numbers on the lines of the unit's documents of `kind` effective from `effective` (a
        revoked record names nobody), each with the id of a document naming it, except on the documents
        `excluding` and the records whose serial numbers are `replaced` (by a revision): who the other
        parts of an annual base already cover."""
        query = (
            select(LineRow.id_number, LineRow.declaration_id)
            .join(DeclarationRow, DeclarationRow.id == LineRow.declaration_id)
            .where(
                DeclarationRow.unit_code == unit_code,
                DeclarationRow.type == kind,
                DeclarationRow.status != S.REVOKED,
                LineRow.effective_period == effective,
                DeclarationRow.id.not_in(list(excluding)),
                or_(
                    DeclarationRow.serial_number.is_(None),
                    DeclarationRow.serial_number.not_in(list(replaced)),
                ),
            )
        )
        with self._tx.read() as session:
            return {number: declaration_id for number, declaration_id in session.execute(query)}

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
            _delete(session, declaration_id)

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
            # Columns, not ORM objects: a 90,000-line document can have as many findings.
            columns = [getattr(FindingRow, name) for name in convert.FINDING_FIELDS]
            rows = session.execute(
                select(*columns)
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


def _insert(session: Session, unit_code: str, declaration: Declaration, note: str, now: datetime) -> int:
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


def _update(
    session: Session, declaration_id: int, declaration: Declaration, note: str | None, now: datetime
) -> int:
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
    row.updated_at = now
    return row.id


def _keep_roster_before(
    session: Session, declaration_id: int, roster_before: Mapping[str, RosterEntry | None]
) -> None:
    rows = [
        {
            "declaration_id": declaration_id,
            "id_number": number,
            "entry": None if entry is None else convert.roster_entry_json(entry),
        }
        for number, entry in roster_before.items()
    ]
    if rows:
        session.execute(insert(RosterBeforeRow), rows)


def _delete(session: Session, declaration_id: int) -> None:
    row = documents.declaration_row(session, declaration_id)
    documents.require_editable(row, "deleted")
    session.execute(delete(DeclarationRow).where(DeclarationRow.id == declaration_id))
