"""The wire format of agents (accounting agencies) and of the mandates units give them
(/api/v1/agents..., /api/v1/mandates...)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from ssclient.agency.schemas import TEXT_PATTERN, _any_text, _filled, _StrictText

# The header an agent's request names its unit in (every unit route; the unit's own sessions ignore it).
UNIT_HEADER = "X-Unit-Code"


class AgentRegisterIn(_StrictText):
    """A new agent. A password equal to the USCC is an initial one, changed at the first log-in (as a
    unit's tax number)."""

    name: str = _filled(100)
    uscc: str = _filled(40)
    contact: str = _filled(50)
    password: str = Field(max_length=128, json_schema_extra={"minLength": 1, "pattern": TEXT_PATTERN})


class AgentRegistrationOut(BaseModel):
    agent_code: str
    must_change_password: bool


class AgentLoginIn(_StrictText):
    agent_code: str = _any_text(20)
    password: str = _any_text(128)


class AgentLoginOut(BaseModel):
    agent_code: str
    name: str
    token: str
    expires_at: datetime
    must_change_password: bool


class MandatedUnitOut(BaseModel):
    """A unit that mandated the agent (what the agent's month board lists)."""

    unit_code: str
    name: str
    granted_at: datetime


class MandatedUnitListOut(BaseModel):
    items: list[MandatedUnitOut]


class MandateIn(_StrictText):
    agent_code: str = _filled(20)


class MandateOut(BaseModel):
    """A mandate this unit gave (in force, or withdrawn and kept)."""

    agent_code: str
    agent_name: str
    granted_at: datetime
    withdrawn_at: datetime | None


class MandateListOut(BaseModel):
    items: list[MandateOut]
