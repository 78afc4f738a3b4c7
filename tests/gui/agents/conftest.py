"""Agents in the real windows: a second unit at the same agency and an agent (accounting agency) logged in
on its own client, both over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ssclient.agency.server import RunningAgency
from ssclient.sync.api import AgencyClient
from tests.support.agency import AgencyUnit, register_unit
from tests.support.agents import AgencyAgent, log_in_agent


@pytest.fixture
def agent(agency: RunningAgency) -> Iterator[AgencyAgent]:
    made = log_in_agent(agency.url)
    yield made
    made.client.close()


@pytest.fixture
def other(agency: RunningAgency) -> Iterator[AgencyUnit]:
    with AgencyClient(agency.url, retries=0) as client:
        yield register_unit(client, name="宁波乙贸易有限公司")
