"""Agents (accounting agencies, 代理记账) and the mandates units give them: an agent registers and logs in
once with its agent code; a unit's administrator grants it a mandate by that code and may withdraw it.

Registering, logging in and changing the password take the steps every account takes (agency.accounts):
the same password rules and hashing, an initial password changed at the first log-in, log-in attempts
paused as the units' are. Every change is one transaction: a refusal leaves nothing written. Who may do
what for which unit: ssclient.agency.access."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssclient.agency import access, accounts
from ssclient.agency.auth import Caller
from ssclient.agency.db import UnitRow
from ssclient.agency.db_agents import AgentRow, AgentSessionRow, MandateRow
from ssclient.agency.errors import ApiError
from ssclient.agency.passwords import hash_password, token_digest
from ssclient.agency.schemas_agents import (
    AgentLoginIn,
    AgentLoginOut,
    AgentRegisterIn,
    MandatedUnitOut,
    MandateOut,
)
from ssclient.agency.schemas_operators import PermissionName, SessionOut
from ssclient.agency.state import AgencyState
from ssclient.agency.wire import local
from ssclient.domain.findings import Finding
from ssclient.domain.permissions import permissions_to_wire
from ssclient.rules.passwords import check_new_password
from ssclient.rules.unit import check_unit_name, check_uscc, normalize_code

# Agent codes are told apart from unit codes (170…) by their prefix.
AGENT_CODE_PREFIX = "190"


def register(state: AgencyState, data: AgentRegisterIn) -> AgentRow:
    uscc = normalize_code(data.uscc)
    # The initial password is the USCC; such an agent must change it before anything else.
    initial = accounts.is_initial_password(data.password, uscc)
    findings: list[Finding] = check_unit_name(data.name) + check_uscc(data.uscc)
    findings += accounts.contact_findings(data.contact)
    if not initial:
        findings += check_new_password(data.password, field="password", uscc=uscc, unit_name=data.name)
    accounts.refuse_invalid(findings)
    password_hash = hash_password(data.password)

    def agent(db: Session) -> AgentRow:
        return AgentRow(
            agent_code=accounts.free_code(db, AgentRow.agent_code, AGENT_CODE_PREFIX),
            name=data.name.strip(),
            uscc=uscc,
            contact=data.contact.strip(),
            password_hash=password_hash,
            must_change_password=initial,
            created_at=state.clock.now(),
        )

    return accounts.register(state, AgentRow, uscc, agent, _uscc_taken)


def login(state: AgencyState, data: AgentLoginIn, address: str) -> AgentLoginOut:
    """A new session; refuses as the unit's log-in does (401 LOGIN_FAILED, 429 UNIT_LOCKED)."""
    code = data.agent_code.strip()

    def find(db: Session) -> AgentRow | None:
        return db.scalar(select(AgentRow).where(AgentRow.agent_code == code))

    def start(db: Session, agent: AgentRow, digest: str, now: datetime) -> None:
        db.add(AgentSessionRow(token_hash=digest, agent_id=agent.id, expires_at=now + state.token_lifetime))
        db.execute(
            delete(AgentSessionRow).where(
                AgentSessionRow.agent_id == agent.id, AgentSessionRow.expires_at <= now
            )
        )

    attempt = accounts.Attempt(code, data.password, address)
    agent, token, expires_at = accounts.log_in(
        state, attempt, find, start, "The agent code or the password is wrong."
    )
    return AgentLoginOut(
        agent_code=agent.agent_code,
        name=agent.name,
        token=token,
        expires_at=expires_at,
        must_change_password=agent.must_change_password,
    )


def logout(state: AgencyState, token: str) -> None:
    accounts.log_out(state, AgentSessionRow, token)


def change_own_password(state: AgencyState, caller: Caller, old: str, new: str) -> None:
    """The agent's own change (the first log-in's too); its other sessions end."""
    assert caller.agent_id is not None
    with state.sessions() as db:
        agent = db.get_one(AgentRow, caller.agent_id)
        accounts.change_password(
            agent, old, new, lambda: check_new_password(new, old, uscc=agent.uscc, unit_name=agent.name)
        )
        db.execute(
            delete(AgentSessionRow).where(
                AgentSessionRow.agent_id == agent.id, AgentSessionRow.token_hash != token_digest(caller.token)
            )
        )
        db.commit()


def current_session(state: AgencyState, caller: Caller) -> SessionOut:
    """Who the agent's session is, for the unit its request names (none: no permission at all); a unit
    it may not see is refused as on every unit route."""
    assert caller.agent_id is not None
    named = bool(caller.unit_code)
    if named and not access.allowed(caller, None):
        raise access.not_visible(caller)
    with state.sessions() as db:
        agent = db.get_one(AgentRow, caller.agent_id)
    permissions = permissions_to_wire(caller.permissions) if named else []
    return SessionOut(
        unit_code=caller.unit_code,
        operator=caller.submitted_by,
        operator_name=agent.name,
        permissions=cast(list[PermissionName], permissions),
        must_change_password=agent.must_change_password,
    )


def mandated_units(state: AgencyState, agent_id: int) -> list[MandatedUnitOut]:
    """The units whose mandate to this agent is in force, by unit code."""
    with state.sessions() as db:
        rows = db.execute(
            select(UnitRow.unit_code, UnitRow.name, MandateRow.granted_at)
            .join(MandateRow, MandateRow.unit_id == UnitRow.id)
            .where(MandateRow.agent_id == agent_id, MandateRow.withdrawn_at.is_(None))
            .order_by(UnitRow.unit_code)
        ).all()
    return [MandatedUnitOut(unit_code=r.unit_code, name=r.name, granted_at=local(r.granted_at)) for r in rows]


# --- the unit's side: its mandates -----------------------------------------------------------------------


def mandates(state: AgencyState, unit_id: int) -> list[MandateOut]:
    """The unit's mandates, in force first, each by agent code."""
    with state.sessions() as db:
        rows = db.execute(
            select(MandateRow, AgentRow.agent_code, AgentRow.name)
            .join(AgentRow, AgentRow.id == MandateRow.agent_id)
            .where(MandateRow.unit_id == unit_id)
            .order_by(MandateRow.withdrawn_at.is_not(None), AgentRow.agent_code)
        ).all()
        return [_mandate_out(r.MandateRow, r.agent_code, r.name) for r in rows]


def grant(state: AgencyState, unit_id: int, agent_code: str) -> MandateOut:
    """A mandate to the agent with this code (again, if the unit had withdrawn one)."""
    with state.sessions() as db:
        agent = _agent(db, agent_code)
        row = db.scalar(
            select(MandateRow).where(MandateRow.unit_id == unit_id, MandateRow.agent_id == agent.id)
        )
        now = state.clock.now()
        if row is not None and row.withdrawn_at is None:
            raise _mandate_exists(agent.agent_code)
        if row is None:
            row = MandateRow(unit_id=unit_id, agent_id=agent.id, granted_at=now, withdrawn_at=None)
            db.add(row)
        else:
            row.granted_at, row.withdrawn_at = now, None
        try:
            db.commit()
        except IntegrityError as exc:  # granted by another request a moment ago
            raise _mandate_exists(agent.agent_code) from exc
        return _mandate_out(row, agent.agent_code, agent.name)


def withdraw(state: AgencyState, unit_id: int, agent_code: str) -> MandateOut:
    """Withdraw the mandate in force: the agent's next request for this unit is refused."""
    with state.sessions() as db:
        code = agent_code.strip()
        row = db.execute(
            select(MandateRow, AgentRow.agent_code, AgentRow.name)
            .join(AgentRow, AgentRow.id == MandateRow.agent_id)
            .where(
                MandateRow.unit_id == unit_id, AgentRow.agent_code == code, MandateRow.withdrawn_at.is_(None)
            )
        ).one_or_none()
        if row is None:
            raise ApiError(
                404,
                "MANDATE_NOT_FOUND",
                f"This unit has no mandate in force for the agent \u201c{code}\u201d, so there is nothing to "
                "withdraw; check the agent code in the list of mandates.",
            )
        row.MandateRow.withdrawn_at = state.clock.now()
        db.commit()
        return _mandate_out(row.MandateRow, row.agent_code, row.name)


def _agent(db: Session, agent_code: str) -> AgentRow:
    code = agent_code.strip()
    agent = db.scalar(select(AgentRow).where(AgentRow.agent_code == code))
    if agent is None:
        raise ApiError(
            404,
            "AGENT_NOT_FOUND",
            f"There is no agent with the code \u201c{code}\u201d. Ask the agency (代理记账) for its agent code "
            "and enter it exactly.",
        )
    return agent


def _mandate_out(row: MandateRow, agent_code: str, name: str) -> MandateOut:
    withdrawn = row.withdrawn_at
    return MandateOut(
        agent_code=agent_code,
        agent_name=name,
        granted_at=local(row.granted_at),
        withdrawn_at=None if withdrawn is None else local(withdrawn),
    )


def _mandate_exists(code: str) -> ApiError:
    return ApiError(
        409,
        "MANDATE_EXISTS",
        f"The agent \u201c{code}\u201d already holds a mandate from this unit; there is nothing to grant.",
    )


def _uscc_taken() -> ApiError:
    return ApiError(
        409,
        "USCC_TAKEN",
        "An agent with this unified social credit code is already registered; log in with its agent code.",
    )
