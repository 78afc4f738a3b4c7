"""The agency's tables for agents (accounting agencies, 代理记账): the agents, their sessions, and the
mandates units give them.

An agent's session belongs to the agent, not to a unit: each request names the unit it is for (header
X-Unit-Code), and the mandate is looked up on every request, so a withdrawal counts from the next one. A
withdrawn mandate is kept (withdrawn_at set) so that the agent is told it was withdrawn, not that the unit
does not exist; granting it again clears withdrawn_at."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import Boolean, ForeignKey, Integer, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ssclient.agency.db import Base, UtcDateTime


class AgentRow(Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_code: Mapped[str] = mapped_column(String(9), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    contact: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AgentSessionRow(Base):
    """An agent's session. Only the token's SHA-256 is kept, as for units."""

    __tablename__ = "agent_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MandateRow(Base):
    """A unit's mandate to an agent: in force while `withdrawn_at` is None."""

    __tablename__ = "mandates"
    __table_args__ = (UniqueConstraint("unit_id", "agent_id", name="uq_mandate_unit_agent"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    granted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


AGENTS = cast(Table, AgentRow.__table__)
MANDATES = cast(Table, MandateRow.__table__)
