"""The rules' inputs the session holds: the policy in force (the agency's, the bundled default until it
sends one), the regions, and the rule context the checks run in.

Light to import: the policy, the regions and the rulebook load when first asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ssclient.domain.roster import RosterEntry
    from ssclient.policy import Policy as Policy
    from ssclient.policy.regions import Regions as Regions
    from ssclient.rules.context import RuleContext as RuleContext
    from ssclient.store import Store


def default_policy() -> Policy:
    """The policy bundled with the program."""
    from ssclient.policy import default_policy as bundled

    return bundled()


def policy_in_force(
    session_policy: Policy, today: date, store: Store | None = None, unit_code: str = ""
) -> Policy:
    """The table in force this month: one loaded in Settings → Policy when one covers the month, else
    the agency's (its history cached in `store`, its current table, or the bundled one). Reads the loaded
    tables' files: on a worker."""
    from ssclient.app.policy_tables import policy_tables
    from ssclient.domain.period import Period

    return policy_tables(session_policy, store, unit_code).in_force(Period.of(today))


def default_regions() -> Regions:
    from ssclient.policy.regions import default_regions as bundled

    return bundled()


def rule_context(
    policy: Policy,
    regions: Regions,
    today: date,
    roster: Mapping[str, RosterEntry] | None = None,
    *,
    declaring: bool = False,
) -> RuleContext:
    from ssclient.rules.context import RuleContext

    return RuleContext(policy, regions, today, roster=roster, declaring=declaring)
