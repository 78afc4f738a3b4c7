"""The store's tables, as SQLAlchemy 2 typed models. Private to the store: callers get domain objects.

Unit codes are plain indexed columns rather than foreign keys to `units`: a draft or a roster may exist
before the unit's profile has been fetched (first start offline, an import), and `units` is a cache of
the agency's profile. Everything owned by a declaration hangs off it with ON DELETE CASCADE.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType, PersonStatus, Severity
from ssclient.domain.period import Period
from ssclient.store.columns import DecimalText, JSONText, JSONTuple, PeriodText, UTCDateTime
from ssclient.store.records import FindingSource, OutboxState

# Stable constraint names: SQLite migrations rebuild tables (batch mode) and must find them by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UNIT_CODE = String(32)
ID_NUMBER = String(32)
KEY = String(64)


def _enum(kind: type[StrEnum], name: str) -> Enum:
    """A closed vocabulary stored as its value text, with a CHECK constraint."""
    return Enum(
        kind,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UnitRow(Base):
    """The unit's profile as the agency registered it, and the agency policy cached for offline checks."""

    __tablename__ = "units"

    unit_code: Mapped[str] = mapped_column(UNIT_CODE, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(32))
    tax_number: Mapped[str] = mapped_column(String(32))
    contact: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(40))
    industry_class: Mapped[int] = mapped_column(Integer)
    extra: Mapped[dict[str, str]] = mapped_column(JSONText)
    policy_json: Mapped[str | None] = mapped_column(Text)
    policy_fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The agency's policy history (serialize.history_to_json), fetched with the policy.
    policy_history_json: Mapped[str | None] = mapped_column(Text)
    # The agency's tag of the roster stored here, while it is exactly what the agency sent under it; any
    # local change clears it (roster_rows.apply), and the next refresh then takes the roster whole.
    roster_tag: Mapped[str | None] = mapped_column(String(64))


class PersonRow(Base):
    """One person on a unit's roster."""

    __tablename__ = "roster_persons"
    __table_args__ = (
        UniqueConstraint("unit_code", "id_number"),
        # The roster's order: by pinyin of the name (domain.name_order), then ID number.
        Index("ix_roster_persons_unit_name_key", "unit_code", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(UNIT_CODE)
    id_number: Mapped[str] = mapped_column(ID_NUMBER)
    name: Mapped[str] = mapped_column(String(100))
    hukou_type: Mapped[str] = mapped_column(String(8))
    status: Mapped[PersonStatus] = mapped_column(_enum(PersonStatus, "person_status"))
    base: Mapped[Decimal] = mapped_column(DecimalText)
    since: Mapped[Period] = mapped_column(PeriodText)
    interrupted_from: Mapped[Period | None] = mapped_column(PeriodText)
    # Insurance type values, e.g. ["pension", "medical"].
    insurances: Mapped[tuple[str, ...]] = mapped_column(JSONTuple)
    # [[first period, base text], ...] oldest first; amounts as text so they stay exact.
    base_history: Mapped[tuple[tuple[str, str], ...]] = mapped_column(JSONTuple)
    womens_category: Mapped[str] = mapped_column(String(10), default="", server_default="")
    migrant_insurance: Mapped[str] = mapped_column(String(4), default="", server_default="")
    # The identity document, migrant-worker answer and home region (RosterEntry; "" when not known).
    id_type: Mapped[str] = mapped_column(String(20), default="", server_default="")
    nationality: Mapped[str] = mapped_column(String(60), default="", server_default="")
    migrant_worker: Mapped[str] = mapped_column(String(4), default="", server_default="")
    province: Mapped[str] = mapped_column(String(40), default="", server_default="")
    city: Mapped[str] = mapped_column(String(40), default="", server_default="")
    county: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # The month of the last add or renewal ("YYYY-MM", "" when not known) and the back payment it asked for
    # (JSON {"insurance": months}, "" for none): plain text, read through store.convert's caches, as most
    # people's are the same few values and a 100,000-person roster is read whole.
    renewed_in: Mapped[str] = mapped_column(String(7), default="", server_default="")
    backpay: Mapped[str] = mapped_column(Text, default="", server_default="")
    # name_sort_key(name): a text that sorts as the names do by pinyin; written with the name.
    name_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    # name_letters(name): the name's pinyin and initials ("zhangsan", "zs"), which a search in letters finds.
    name_pinyin: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_initials: Mapped[str] = mapped_column(Text, default="", server_default="")


class DeclarationRow(Base):
    """A declaration document, from draft to the agency's decision."""

    __tablename__ = "declarations"
    __table_args__ = (
        Index("ix_declarations_unit_status_updated", "unit_code", "status", "updated_at"),
        # Record queries by period range, and payment details by period.
        Index("ix_declarations_unit_period", "unit_code", "period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(UNIT_CODE)
    type: Mapped[DeclarationType] = mapped_column(_enum(DeclarationType, "declaration_type"))
    period: Mapped[Period] = mapped_column(PeriodText)
    status: Mapped[DeclarationStatus] = mapped_column(_enum(DeclarationStatus, "declaration_status"))
    note: Mapped[str] = mapped_column(Text)
    serial_number: Mapped[str | None] = mapped_column(KEY, unique=True)
    agency_id: Mapped[str | None] = mapped_column(KEY)
    replaces_serial: Mapped[str | None] = mapped_column(KEY)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    lines: Mapped[list[LineRow]] = relationship(
        order_by="LineRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    payments: Mapped[list[PaymentRow]] = relationship(
        order_by="PaymentRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    findings: Mapped[list[FindingRow]] = relationship(
        order_by="FindingRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class LineRow(Base):
    """A personnel line, kept as the text the user typed."""

    __tablename__ = "declaration_lines"
    __table_args__ = (UniqueConstraint("declaration_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    id_number: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    hukou_type: Mapped[str] = mapped_column(Text)
    wage_base: Mapped[str] = mapped_column(Text)
    migrant_worker: Mapped[str] = mapped_column(Text)
    migrant_insurance: Mapped[str] = mapped_column(Text)
    province: Mapped[str] = mapped_column(Text)
    city: Mapped[str] = mapped_column(Text)
    county: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    # {insurance type value: months}
    backpay: Mapped[dict[str, int]] = mapped_column(JSONText)
    effective_period: Mapped[str] = mapped_column(Text)
    id_type: Mapped[str] = mapped_column(Text, default="", server_default="")
    nationality: Mapped[str] = mapped_column(Text, default="", server_default="")
    womens_category: Mapped[str] = mapped_column(Text, default="", server_default="")
    average_wage: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The spreadsheet row an imported line came from (NULL: typed in the form).
    source_row: Mapped[int | None] = mapped_column(Integer)


class PaymentRow(Base):
    """One person's contribution for one insurance type and period (a payment declaration's line)."""

    __tablename__ = "payment_lines"
    __table_args__ = (
        UniqueConstraint("declaration_id", "position"),
        # One person's payments across periods (statements, payment details).
        Index("ix_payment_lines_id_number", "id_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    id_number: Mapped[str] = mapped_column(ID_NUMBER)
    name: Mapped[str] = mapped_column(String(100))
    insurance: Mapped[InsuranceType] = mapped_column(_enum(InsuranceType, "insurance_type"))
    period: Mapped[Period] = mapped_column(PeriodText)
    base: Mapped[Decimal] = mapped_column(DecimalText)
    employer_amount: Mapped[Decimal] = mapped_column(DecimalText)
    employee_amount: Mapped[Decimal] = mapped_column(DecimalText)
    for_period: Mapped[Period | None] = mapped_column(PeriodText)
    wage: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)


class RosterBeforeRow(Base):
    """A revision draft's person as the roster had them before the record the revision replaces: the agency
    reviews a revision as if that record had never been approved, and the draft is checked so too. `entry`
    is the roster entry (convert.roster_entry_json), None when the person was not on the roster then."""

    __tablename__ = "revision_roster_before"
    __table_args__ = (UniqueConstraint("declaration_id", "id_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    id_number: Mapped[str] = mapped_column(ID_NUMBER)
    entry: Mapped[str | None] = mapped_column(Text)


class FindingRow(Base):
    """A finding about a declaration: from its last Check, or from the agency's review."""

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("declaration_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    source: Mapped[FindingSource] = mapped_column(_enum(FindingSource, "finding_source"))
    code: Mapped[str] = mapped_column(String(64))
    severity: Mapped[Severity] = mapped_column(_enum(Severity, "severity"))
    field: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text)
    params: Mapped[dict[str, str]] = mapped_column(JSONText)


class OutboxRow(Base):
    """A submission waiting to go to the agency, or its answer once received."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"), index=True)
    # Made once when the document enters the outbox; every retry sends the same key.
    idempotency_key: Mapped[str] = mapped_column(KEY, unique=True)
    state: Mapped[OutboxState] = mapped_column(_enum(OutboxState, "outbox_state"))
    attempts: Mapped[int] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answer_json: Mapped[str | None] = mapped_column(Text)


class AuditRow(Base):
    """One exchange with the agency (a submission, its answer, a revoke), append-only and hash-chained:
    each entry's hash covers the previous one's (see store/audit.py; triggers refuse UPDATE and DELETE)."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    unit_code: Mapped[str] = mapped_column(UNIT_CODE, index=True)
    operator: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text)
    status: Mapped[int] = mapped_column(Integer)
    request: Mapped[bytes] = mapped_column(LargeBinary)
    response: Mapped[bytes] = mapped_column(LargeBinary)
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)
