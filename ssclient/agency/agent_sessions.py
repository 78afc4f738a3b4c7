"""An agent's session resolved on each request: the agent, the unit the request names (header X-Unit-Code)
and the agent's mandates as they stand now — read on every request, so that a withdrawal counts from the
agent's next one. ssclient.agency.auth turns this into the Caller; ssclient.agency.access decides."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssclient.agency import accounts
from ssclient.agency.db import UnitRow
from ssclient.agency.db_agents import AgentRow, AgentSessionRow, MandateRow
from ssclient.agency.state import AgencyState


@dataclass(frozen=True, slots=True)
class AgentSession:
    agent_id: int
    agent_code: str
    must_change_password: bool
    unit_id: int  # the unit the request names; 0: none named, or no such unit
    unit_code: str  # as the request names it ("": none)
    mandated: frozenset[int]  # units whose mandate is in force
    withdrawn: frozenset[int]  # units that withdrew theirs


def resolve(state: AgencyState, db: Session, digest: str, unit_code: str) -> AgentSession | None:
    """The agent's session with this token digest (None: not an agent's); 401 once it has expired. Slides
    as a unit's session does."""
    row = db.execute(
        select(AgentSessionRow.expires_at, AgentRow.id, AgentRow.agent_code, AgentRow.must_change_password)
        .join(AgentRow, AgentRow.id == AgentSessionRow.agent_id)
        .where(AgentSessionRow.token_hash == digest)
    ).one_or_none()
    if row is None:
        return None
    accounts.keep_alive(state, db, AgentSessionRow, digest, row.expires_at)
    mandates = db.execute(
        select(MandateRow.unit_id, MandateRow.withdrawn_at).where(MandateRow.agent_id == row.id)
    ).all()
    code = unit_code.strip()
    unit_id = db.scalar(select(UnitRow.id).where(UnitRow.unit_code == code)) if code else None
    return AgentSession(
        row.id,
        row.agent_code,
        row.must_change_password,
        unit_id or 0,
        code,
        frozenset(m.unit_id for m in mandates if m.withdrawn_at is None),
        frozenset(m.unit_id for m in mandates if m.withdrawn_at is not None),
    )
