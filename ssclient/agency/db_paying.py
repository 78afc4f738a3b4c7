"""The agency's tables for paying: the mock bank's accounts, the units' bank agreements (三方协议), and each
collection the agency made or tried. Imported at the end of db.py, so create_all makes them too.

Amounts are whole cents, as in db.py. The full account number is kept here, at the agency (and its bank),
never sent back whole: answers carry the masked form (ssclient.rules.bank.mask_account).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ssclient.agency.db import Base, UtcDateTime


class BankAccountRow(Base):
    """An account at the mock bank, found by bank and account number; its balance is what a debit takes
    from. Opened when an agreement first names it (ssclient.agency.bank)."""

    __tablename__ = "bank_accounts"
    __table_args__ = (Index("uq_bank_account", "bank_code", "account_number", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_code: Mapped[str] = mapped_column(String(8))
    account_number: Mapped[str] = mapped_column(String(19))
    balance_cents: Mapped[int] = mapped_column(BigInteger)


class AgreementRow(Base):
    """A unit's bank agreement. `status`: valid, void (the bank voided it: collections fail) or replaced
    (the unit registered another; only one is in force at a time)."""

    __tablename__ = "bank_agreements"
    __table_args__ = (Index("ix_agreement_unit_status", "unit_id", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("bank_accounts.id"))
    agreement_number: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CollectionRow(Base):
    """One collection of a period's contributions, made or tried: on the unit's request or at the deadline.
    `status` paid or failed (`reason`: NO_AGREEMENT, AGREEMENT_VOID, NO_FUNDS). A paid one carries its
    certificate number; its total is `amount_cents` (contributions) + `late_fee_cents`."""

    __tablename__ = "collections"
    __table_args__ = (Index("ix_collection_unit_period", "unit_id", "period", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    period: Mapped[str] = mapped_column(String(7))
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id"))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("bank_agreements.id"), nullable=True)
    trigger: Mapped[str] = mapped_column(String(16))  # request | deadline
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32), default="")
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    late_fee_cents: Mapped[int] = mapped_column(BigInteger)
    days_late: Mapped[int] = mapped_column(Integer)
    collected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    certificate_number: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
