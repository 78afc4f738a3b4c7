"""What the agency's request handlers share: database, clock, policy, regions, and the review lock."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ssclient.domain.clock import Clock
from ssclient.policy.model import Policy
from ssclient.policy.regions import Regions

TOKEN_LIFETIME = timedelta(hours=2)
LOCKOUT_AFTER = 5
LOCKOUT_FOR = timedelta(minutes=15)


@dataclass
class AgencyState:
    engine: Engine
    clock: Clock
    policy: Policy
    regions: Regions
    training: bool = True
    name: str = "Training agency (local)"
    token_lifetime: timedelta = TOKEN_LIFETIME
    sessions: sessionmaker[Session] = field(init=False)
    # Reviews read the roster and then change it; one at a time in this process keeps two submissions
    # from both passing on the same person. The unique constraints stay the guarantee across processes.
    review_lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
