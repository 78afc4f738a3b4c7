"""Two tables of one pooling area whose pension employer rates differ: the bundled one (16 %, from
2026-01) and a made-up later one (15 %, from CURRENT_PERIOD), for tests of the table in force by month."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from ssclient.domain.enums import InsuranceType
from ssclient.policy import default_policy
from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import Policy
from tests.support.agency import CURRENT_PERIOD


def later_table(employer_rate: str = "0.15") -> Policy:
    """The bundled table with another pension employer rate, in force from CURRENT_PERIOD."""
    first = default_policy()
    pension = dataclasses.replace(first[InsuranceType.PENSION], employer_rate=Decimal(employer_rate))
    return dataclasses.replace(
        first,
        id="later",
        name="示例政策 2026-11（测试）",
        in_force_from=CURRENT_PERIOD,
        insurances={**first.insurances, InsuranceType.PENSION: pension},
    )


def two_tables() -> PolicyHistory:
    return PolicyHistory.of([default_policy(), later_table()])
