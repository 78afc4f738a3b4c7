"""Agents (accounting agencies) for tests: registered over real HTTP with the USCC as initial password,
logged in on their own client with it changed (the state an agent works in)."""

from __future__ import annotations

from dataclasses import dataclass

from ssclient.sync.api import AgencyClient
from tests.support.agency import make_uscc

AGENT_PASSWORD = "Agent2026ok"


@dataclass
class AgencyAgent:
    agent_code: str
    password: str
    client: AgencyClient

    def relogin(self) -> None:
        self.client.login_agent(self.agent_code, self.password)


def log_in_agent(base_url: str, name: str = "北京代理记账有限公司") -> AgencyAgent:
    """Register an agent, log it in on a new client and change its initial password (the caller closes
    the client)."""
    client = AgencyClient(base_url, retries=0)
    uscc = make_uscc()
    registration = client.register_agent(name, uscc, "李会计", uscc)
    assert registration.must_change_password
    client.login_agent(registration.agent_code, uscc)
    client.change_password(uscc, AGENT_PASSWORD)
    return AgencyAgent(registration.agent_code, AGENT_PASSWORD, client)
