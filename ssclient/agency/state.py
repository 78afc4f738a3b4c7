"""What the agency's request handlers share: database, clocks, policy and regions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ssclient.domain.clock import Clock
from ssclient.domain.period import Period
from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import Policy
from ssclient.policy.regions import Regions

TOKEN_LIFETIME = timedelta(hours=2)


@dataclass
class AgencyState:
    """`clock` gives the business date (windows, periods, serial numbers); `timer` measures elapsed time
    (session lifetimes, log-in pauses). They are one clock unless told otherwise: `serve --today` fixes the
    date for a demonstration while sessions still expire and pauses still end in real time."""

    engine: Engine
    clock: Clock
    policy: Policy
    regions: Regions
    timer: Clock
    training: bool = True
    name: str = "Training agency (local)"
    token_lifetime: timedelta = TOKEN_LIFETIME
    # Called by each submission once it is planned, its unit's turn still held, before it is stored: a test
    # holds a review there to see what the agency answers meanwhile. None in service.
    while_reviewing: Callable[[], None] | None = None
    # Every table the agency has for its pooling area (published, and used for each month's payments);
    # None: `policy` alone.
    history: PolicyHistory | None = None
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def policies(self) -> PolicyHistory:
        """The agency's tables by month: its history, or its one policy for every month."""
        return self.history if self.history is not None else PolicyHistory((self.policy,))

    def policy_for(self, period: Period) -> Policy:
        return self.policies().in_force(period)
