"""The agency's tables for a unit's operators: the operators themselves, and which session is whose.

A session without a row in `operator_sessions` is the unit's administrator's (who logs in with the unit
code alone), as every session was before operators existed; so a database of an earlier version needs no
change to its sessions."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import Boolean, ForeignKey, Integer, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ssclient.agency.db import Base, UtcDateTime


class OperatorRow(Base):
    """One operator of one unit. `permissions` holds the wire values, comma-separated, in PERMISSION_ORDER."""

    __tablename__ = "operators"
    __table_args__ = (UniqueConstraint("unit_id", "login", name="uq_operator_unit_login"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    login: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean)
    permissions: Mapped[str] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class OperatorSessionRow(Base):
    """The operator a session belongs to; it goes with the session (and the session with the operator's
    disabling)."""

    __tablename__ = "operator_sessions"

    token_hash: Mapped[str] = mapped_column(
        ForeignKey("sessions.token_hash", ondelete="CASCADE"), primary_key=True
    )
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), index=True)


OPERATORS = cast(Table, OperatorRow.__table__)
OPERATOR_SESSIONS = cast(Table, OperatorSessionRow.__table__)
