"""The agency's calls for agents (accounting agencies) and mandates: an agent registers, logs in once and
names the unit it works on (`act_for`: every later call carries the header X-Unit-Code); a unit's
administrator grants and withdraws mandates by agent code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from ssclient.sync import decoding as d
from ssclient.sync.transport import AgencyTransport

# The header an agent's request names its unit in (the agency's schemas_agents.UNIT_HEADER).
UNIT_HEADER = "X-Unit-Code"


@dataclass(frozen=True, slots=True)
class AgentRegistration:
    agent_code: str
    must_change_password: bool


@dataclass(frozen=True, slots=True)
class AgentLogin:
    agent_code: str
    name: str
    token: str
    expires_at: datetime
    must_change_password: bool


@dataclass(frozen=True, slots=True)
class MandatedUnit:
    """A unit whose mandate to the agent is in force."""

    unit_code: str
    name: str
    granted_at: datetime


@dataclass(frozen=True, slots=True)
class MandateInfo:
    """A mandate the unit gave: in force while `withdrawn_at` is None."""

    agent_code: str
    agent_name: str
    granted_at: datetime
    withdrawn_at: datetime | None

    @classmethod
    def from_json(cls, data: Any) -> MandateInfo:
        data = d.obj(data, "mandate")
        return cls(
            d.get(data, "agent_code", str),
            d.get(data, "agent_name", str),
            d.moment(data, "granted_at"),
            d.opt_moment(data, "withdrawn_at"),
        )


class AgentCalls(AgencyTransport):
    def register_agent(self, name: str, uscc: str, contact: str, password: str) -> AgentRegistration:
        body = {"name": name, "uscc": uscc, "contact": contact, "password": password}
        data = d.obj(self._call("POST", "/agents", json=body, auth=False, expect=(201,)), "registration")
        return AgentRegistration(d.get(data, "agent_code", str), d.get(data, "must_change_password", bool))

    def login_agent(self, agent_code: str, password: str) -> AgentLogin:
        """Log in as an agent; the token is kept. Refusals as the unit's log-in: 401 LOGIN_FAILED, 429."""
        body = {"agent_code": agent_code, "password": password}
        data = d.obj(self._call("POST", "/sessions/agent", json=body, auth=False, expect=(201,)), "login")
        result = AgentLogin(
            d.get(data, "agent_code", str),
            d.get(data, "name", str),
            d.get(data, "token", str),
            d.moment(data, "expires_at"),
            d.get(data, "must_change_password", bool),
        )
        self._token = result.token
        return result

    def act_for(self, unit_code: str | None) -> None:
        """An agent's later calls are for this unit (None: for none; only the agent's own calls work).

        The unit is this client's, for every thread using it: a call in flight elsewhere (an outbox send)
        when it changes would go out for the new unit. Give each unit's work its own client (the token
        can be shared) rather than switching one that others use."""
        if unit_code is None:
            self._http.headers.pop(UNIT_HEADER, None)
        else:
            self._http.headers[UNIT_HEADER] = unit_code

    def mandated_units(self) -> list[MandatedUnit]:
        """The units whose mandate to this agent is in force, by unit code."""
        units = [d.obj(item, "unit") for item in d.items(self._call("GET", "/agents/me/units"), "items")]
        return [
            MandatedUnit(d.get(u, "unit_code", str), d.get(u, "name", str), d.moment(u, "granted_at"))
            for u in units
        ]

    def mandates(self) -> list[MandateInfo]:
        """The unit's mandates, in force first (the unit's administrator only)."""
        return [MandateInfo.from_json(item) for item in d.items(self._call("GET", "/mandates"), "items")]

    def grant_mandate(self, agent_code: str) -> MandateInfo:
        """Refusals: 404 AGENT_NOT_FOUND, 409 MANDATE_EXISTS, 403 ADMINISTRATOR_ONLY."""
        body = {"agent_code": agent_code}
        return MandateInfo.from_json(self._call("POST", "/mandates", json=body, expect=(201,)))

    def withdraw_mandate(self, agent_code: str) -> MandateInfo:
        """Refusals: 404 MANDATE_NOT_FOUND, 403 ADMINISTRATOR_ONLY."""
        return MandateInfo.from_json(self._call("DELETE", f"/mandates/{quote(agent_code, safe='')}"))
