"""The application's shared state, handed to every window: `Widget(ctx: AppContext, ..., parent=None)`.

It holds the local store, the agency client, who is logged in, the clock, the policy in force, the
regions, the user's settings, and `signals`: app-wide notifications any widget may emit or follow
(a list refreshes on documents_changed, the status bar follows connection_changed and pending_changed).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ssclient.gui.app_settings import AppSettings

if TYPE_CHECKING:  # the policy, regions and rulebook load when first used, not on the way to the first window
    from ssclient.app.contributions import Contributions
    from ssclient.app.documents import Documents
    from ssclient.app.imports import Imports
    from ssclient.domain.clock import Clock
    from ssclient.domain.period import Period
    from ssclient.domain.roster import RosterEntry, Unit
    from ssclient.policy import Policy
    from ssclient.policy.regions import Regions
    from ssclient.rules.context import RuleContext


class AppSignals(QObject):
    """Emit after the change is saved; receivers re-read what they show."""

    documents_changed = Signal()  # a declaration was saved, deleted, or changed status
    roster_changed = Signal()  # the local roster changed (e.g. after an approval)
    connection_changed = Signal(bool)  # the agency answers (True) or cannot be reached (False)
    pending_changed = Signal(int)  # how many documents wait in the outbox
    policy_changed = Signal()  # a newer policy came from the agency
    unit_changed = Signal()  # the unit's profile was updated, or another unit logged in


class AppContext:
    def __init__(
        self,
        settings: AppSettings,
        *,
        clock: Clock | None = None,
        policy: Policy | None = None,
        regions: Regions | None = None,
        store: Any = None,
        agency: Any = None,
        training_agency: bool = False,
    ) -> None:
        self.settings = settings
        if clock is None:
            from ssclient.domain.clock import SystemClock

            clock = SystemClock()
        self.clock: Clock = clock
        self.signals = AppSignals()
        self.store = store  # ssclient.store: the local draft store, opened after log-in
        self.agency = agency  # ssclient.sync.api.AgencyClient, logged in
        self.training_agency = training_agency  # True: the agency is the local training one
        self.unit: Unit | None = None
        self._policy = policy
        self._regions = regions
        self._connected: bool | None = None
        self._pending = 0
        # Set while the session was opened offline (against the local verifier), until it goes online.
        self.offline_since: datetime | None = None

    # --- who is logged in -------------------------------------------------------------------------
    @property
    def unit_code(self) -> str:
        """The logged-in unit's code (its username), or "" before log-in."""
        return self.unit.unit_code if self.unit else ""

    def set_unit(self, unit: Unit | None) -> None:
        self.unit = unit
        self.signals.unit_changed.emit()

    # --- time -------------------------------------------------------------------------------------
    def today(self) -> date:
        from ssclient.domain.clock import today

        return today(self.clock)

    def current_period(self) -> Period:
        from ssclient.domain.period import Period

        return Period.of(self.today())

    # --- the rules' inputs ------------------------------------------------------------------------
    @property
    def policy(self) -> Policy:
        """The agency's policy when it has sent one, the bundled default until then."""
        if self._policy is None:
            from ssclient.policy import default_policy

            self._policy = default_policy()
        return self._policy

    def set_policy(self, policy: Policy) -> None:
        changed = policy != self._policy
        self._policy = policy
        if changed:
            self.signals.policy_changed.emit()

    @property
    def regions(self) -> Regions:
        if self._regions is None:
            from ssclient.policy.regions import default_regions

            self._regions = default_regions()
        return self._regions

    def rule_context(
        self, roster: dict[str, RosterEntry] | None = None, *, declaring: bool = False
    ) -> RuleContext:
        from ssclient.rules.context import RuleContext

        return RuleContext(self.policy, self.regions, self.today(), roster=roster, declaring=declaring)

    # --- agency connection and outbox --------------------------------------------------------------
    @property
    def connected(self) -> bool | None:
        """None until the first exchange with the agency."""
        return self._connected

    def set_connected(self, connected: bool) -> None:
        if connected != self._connected:
            self._connected = connected
            self.signals.connection_changed.emit(connected)

    @property
    def pending_count(self) -> int:
        return self._pending

    def set_pending_count(self, count: int) -> None:
        if count != self._pending:
            self._pending = count
            self.signals.pending_changed.emit(count)

    # --- use cases: documents ---
    @property
    def documents(self) -> Documents:
        """The documents use case for the logged-in unit (called on worker threads)."""
        from ssclient.app.documents import Documents

        return Documents(
            self.store, self.agency, self.unit_code, self.clock, self.rule_context, self.contributions
        )

    @property
    def contributions(self) -> Contributions:
        from ssclient.app.contributions import Contributions

        industry_class = self.unit.industry_class if self.unit is not None else 1
        return Contributions(
            self.store, self.agency, self.unit_code, self.policy, industry_class, self.rule_context
        )

    @property
    def imports(self) -> Imports:
        from ssclient.app.imports import Imports

        return Imports(self.store, self.unit_code)
