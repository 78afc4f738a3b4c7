from __future__ import annotations

from datetime import date

import pytest

from ssclient.domain.period import Period
from ssclient.policy import Policy, default_policy
from ssclient.policy.regions import Regions, default_regions
from ssclient.rules import RuleContext

TODAY = date(2026, 11, 10)
PERIOD = Period(2026, 11)


@pytest.fixture
def policy() -> Policy:
    return default_policy()


@pytest.fixture
def regions() -> Regions:
    return default_regions()


@pytest.fixture
def ctx(policy: Policy, regions: Regions) -> RuleContext:
    return RuleContext(policy=policy, regions=regions, today=TODAY)
