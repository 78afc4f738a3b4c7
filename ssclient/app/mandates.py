"""Mandates: the agents (accounting agencies, 代理记账) the unit lets declare for it, as the agency keeps
them. Only the unit's administrator manages them (the agency refuses anyone else: ADMINISTRATOR_ONLY).

The calls go over the network: run them on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ssclient.sync.api import AgencyClient
    from ssclient.sync.api_agents import MandateInfo as MandateInfo


class Mandates:
    """The unit's mandates at the agency: list them, grant one by agent code, withdraw one."""

    def __init__(self, agency: AgencyClient) -> None:
        self.agency = agency

    def list(self) -> list[MandateInfo]:
        """In force first, each by agent code."""
        return self.agency.mandates()

    def grant(self, agent_code: str) -> MandateInfo:
        return self.agency.grant_mandate(agent_code.strip())

    def withdraw(self, agent_code: str) -> MandateInfo:
        """The agent's next request for this unit is refused."""
        return self.agency.withdraw_mandate(agent_code)
