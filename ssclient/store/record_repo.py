"""Reading the documents as lists: the document lists, one list row, payment details, serial numbers."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, or_, select

from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.store import convert, documents
from ssclient.store.models import DeclarationRow, PaymentRow
from ssclient.store.records import DocumentSort, DocumentSummary, PaymentRecord
from ssclient.store.session import Transactions

S = DeclarationStatus


class RecordRepository:
    """Queries over one unit's documents; each method is one read transaction."""

    def __init__(self, transactions: Transactions) -> None:
        self._tx = transactions

    def summary(self, declaration_id: int) -> DocumentSummary:
        """One document's list row (times, note, agency id, counts). NotFoundError if absent."""
        with self._tx.read() as session:
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
        sort: DocumentSort = DocumentSort.UPDATED,
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[DocumentSummary]:
        """The unit's documents, by default most recently changed first. Optionally only some statuses
        and types, periods from `periods[0]` to `periods[1]` inclusive, and documents naming `person`
        (part of an ID number or a name). Page with `offset` and `limit`."""
        query = documents.filtered(select(DeclarationRow), unit_code, statuses, types, periods, person)
        query = documents.ordered(query, sort, descending).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._tx.read() as session:
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
        with self._tx.read() as session:
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
        with self._tx.read() as session:
            return [
                PaymentRecord(row.declaration_id, status, serial, convert.payment(row))
                for row, status, serial in session.execute(query)
            ]

    def declaration_by_serial(self, serial_number: str) -> int | None:
        """The id of the document the agency gave `serial_number`, if it is in the store."""
        with self._tx.read() as session:
            return session.scalar(
                select(DeclarationRow.id).where(DeclarationRow.serial_number == serial_number)
            )
