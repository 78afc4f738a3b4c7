"""What the rules need to know besides the declaration itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ssclient.domain.roster import RosterEntry
from ssclient.policy.model import Policy
from ssclient.policy.regions import Regions
from ssclient.policy.retirement import RetirementRules, default_retirement_rules

MINIMUM_AGE = 16


@dataclass(frozen=True, slots=True)
class RuleContext:
    policy: Policy
    regions: Regions
    today: date
    # The unit's roster by ID number; None when it is not known (offline file check): roster rules skip.
    roster: Mapping[str, RosterEntry] | None = None
    # Declaring (not drafting): the operating window applies.
    declaring: bool = False
    # Statutory retirement ages (the bundled schedule unless a test gives another).
    retirement: RetirementRules = field(default_factory=default_retirement_rules)
