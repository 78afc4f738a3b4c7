"""The contribution base: the declared wage (申报工资) held inside the policy's floor and ceiling.

One rule for the check and the payment computation. 国办发〔2019〕13号 sets the base limits at 60 % and
300 % of the province's average wage and says contributions are computed on the floor or the ceiling when
the wage lies outside them: a wage outside the limits is declared as earned and capped, not refused. The
check warns and names the base that will be used; the payment computation uses that same base.
"""

from __future__ import annotations

from decimal import Decimal

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding
from ssclient.policy.model import Policy
from ssclient.rules.messages import finding


def contribution_base_of(declared: Decimal, policy: Policy) -> Decimal:
    """The base contributions are computed on for a declared wage under `policy`."""
    return min(max(declared, policy.base_floor), policy.base_ceiling)


def capped_base_findings(declared: Decimal, policy: Policy, field: str = "wage_base") -> list[Finding]:
    """A warning naming the base used when the declared wage lies outside the limits, else nothing."""
    if declared < policy.base_floor:
        code, limit = "BASE_BELOW_FLOOR", policy.base_floor
    elif declared > policy.base_ceiling:
        code, limit = "BASE_ABOVE_CEILING", policy.base_ceiling
    else:
        return []
    return [finding(code, field, Severity.WARNING, value=f"{declared:.2f}", limit=f"{limit:.2f}")]
