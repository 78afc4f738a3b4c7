"""The application's shared state, handed to every window: `Widget(ctx: AppContext, ..., parent=None)`.

It holds the local store, the agency client, who is logged in, the clock, the policy in force, the
regions, the user's settings, and `signals`: app-wide notifications any widget may emit or follow
(a list refreshes on documents_changed, the status bar follows connection_changed and pending_changed).

`store` and `agency` raise NotReady before log-in and before the agency was reached; code that may run
then asks `has_store` / `has_agency` first. Windows reach them through the use cases of the app layer
(the properties at the end, one section per area), which they run on workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ssclient.app.shared_roster import SharedRoster
from ssclient.gui.app_settings import AppSettings

if TYPE_CHECKING:  # the policy, regions and rulebook load when first used, not on the way to the first window
    from collections.abc import Mapping
    from datetime import date, datetime

    from ssclient.app.annual_base import AnnualBase
    from ssclient.app.audit import Audit
    from ssclient.app.contributions import Contributions
    from ssclient.app.documents import Documents
    from ssclient.app.imports import Imports
    from ssclient.app.info_change import InfoChanges
    from ssclient.app.late_fees import LateFees
    from ssclient.app.mandates import Mandates
    from ssclient.app.month import Month
    from ssclient.app.month_board import MonthBoard
    from ssclient.app.operators import Operators, SessionAccess
    from ssclient.app.paying import Paying
    from ssclient.app.payroll import PayrollReconciliation
    from ssclient.app.policy_retirement import RetirementQuery
    from ssclient.app.policy_tables import PolicyTables
    from ssclient.app.records import Records
    from ssclient.app.records_roster import RosterQuery
    from ssclient.app.session import AgencyClient, Store
    from ssclient.app.session_rules import Policy, Regions, RuleContext
    from ssclient.app.statements import Receipts, Statements
    from ssclient.app.unit import UnitAccount
    from ssclient.app.units import UnitFolders
    from ssclient.domain.clock import Clock
    from ssclient.domain.period import Period
    from ssclient.domain.roster import RosterEntry, Unit


class AppSignals(QObject):
    """Emit after the change is saved; receivers re-read what they show."""

    documents_changed = Signal()  # a declaration was saved, deleted, or changed status
    roster_changed = Signal()  # the local roster changed (e.g. after an approval)
    connection_changed = Signal(bool)  # the agency answers (True) or cannot be reached (False)
    pending_changed = Signal(int)  # how many documents wait in the outbox
    policy_changed = Signal()  # a newer policy came from the agency
    unit_changed = Signal()  # the unit's profile was updated, or another unit logged in


class NotReady(RuntimeError):
    """The store was asked for before log-in (or after log-out), or the agency before it was reached."""


class AppContext:
    def __init__(
        self,
        settings: AppSettings,
        *,
        clock: Clock | None = None,
        policy: Policy | None = None,
        regions: Regions | None = None,
        store: Store | None = None,
        agency: AgencyClient | None = None,
        training_agency: bool = False,
    ) -> None:
        self.settings = settings
        self._clock = clock  # None: the system's, made when first asked (datetime is not needed to log in)
        self.signals = AppSignals()
        self._rosters = SharedRoster()  # the documents' roster, read once per change
        self.signals.roster_changed.connect(self._rosters.invalidate)
        self._store = store
        self._agency = agency
        self.training_agency = training_agency  # True: the agency is the local training one
        self.unit: Unit | None = None
        self._policy = policy
        self._regions = regions
        self._connected: bool | None = None
        self._pending = 0
        # Who is logged in and what they may do (set at each log-in; None: the unit's administrator).
        self._access: SessionAccess | None = None
        # Set while the session was opened offline (against the local verifier), until it goes online.
        self.offline_since: datetime | None = None

    # --- the store and the agency ------------------------------------------------------------------
    @property
    def store(self) -> Store:
        """The local draft store, open from log-in to log-out (`has_store` says whether it is)."""
        if self._store is None:
            raise NotReady("no store is open: nobody is logged in")
        return self._store

    @store.setter
    def store(self, store: Store | None) -> None:
        self._store = store

    @property
    def has_store(self) -> bool:
        return self._store is not None

    @property
    def store_or_none(self) -> Store | None:
        return self._store

    def take_store(self) -> Store | None:
        """The open store, no longer the context's (the caller closes it), or None when none was open."""
        store, self._store = self._store, None
        return store

    @property
    def agency(self) -> AgencyClient:
        """The agency client, once the agency was reached (`has_agency` says whether it was)."""
        if self._agency is None:
            raise NotReady("the agency has not been reached")
        return self._agency

    @agency.setter
    def agency(self, agency: AgencyClient | None) -> None:
        self._agency = agency

    @property
    def has_agency(self) -> bool:
        return self._agency is not None

    @property
    def agency_or_none(self) -> AgencyClient | None:
        return self._agency

    def take_agency(self) -> AgencyClient | None:
        """The agency client, no longer the context's (the caller closes it), or None."""
        agency, self._agency = self._agency, None
        return agency

    # --- who is logged in -------------------------------------------------------------------------
    @property
    def unit_code(self) -> str:
        """The logged-in unit's code (its username), or "" before log-in."""
        return self.unit.unit_code if self.unit else ""

    def set_unit(self, unit: Unit | None) -> None:
        self.unit = unit
        self.signals.unit_changed.emit()

    # --- time -------------------------------------------------------------------------------------
    @property
    def clock(self) -> Clock:
        if self._clock is None:
            from ssclient.domain.clock import SystemClock

            self._clock = SystemClock()
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self._clock = clock

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
            from ssclient.app.session_rules import default_policy

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
            from ssclient.app.session_rules import default_regions

            self._regions = default_regions()
        return self._regions

    def rule_context(
        self, roster: Mapping[str, RosterEntry] | None = None, *, declaring: bool = False
    ) -> RuleContext:
        from ssclient.app.session_rules import rule_context

        return rule_context(self.policy, self.regions, self.today(), roster, declaring=declaring)

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

    # --- use cases: records -------------------------------------------------------------------------
    # Imported when first used: they bring the agency client (httpx) and the PDF writer.
    @property
    def records(self) -> Records:
        from ssclient.app.records import Records

        return Records(self.agency, self.store, self.unit_code)

    @property
    def statements(self) -> Statements:
        from ssclient.app.statements import Statements

        return Statements(self.agency)

    @property
    def receipts(self) -> Receipts:
        from ssclient.app.statements import Receipts

        return Receipts(self.agency, self.clock)

    @property
    def roster_query(self) -> RosterQuery:
        from ssclient.app.records_roster import RosterQuery

        return RosterQuery(self.store, self.unit_code)

    # --- use cases: session ---------------------------------------------------------------------------
    @property
    def month(self) -> Month:
        """The current month of the unit's documents, for the home page."""
        from ssclient.app.month import Month

        return Month(self.store, self.clock)

    @property
    def audit(self) -> Audit:
        """The audit trail kept in the store's file."""
        from pathlib import Path

        from ssclient.app.audit import Audit

        return Audit(Path(self.store.path), self.clock)

    @property
    def unit_account(self) -> UnitAccount:
        """The unit's account at the agency: registration, profile, password."""
        from ssclient.app.unit import UnitAccount

        return UnitAccount(self.agency)

    # --- use cases: year ------------------------------------------------------------------------------
    @property
    def payroll(self) -> PayrollReconciliation:
        """The month's payroll against the approved payment and the roster."""
        from ssclient.app.payroll import PayrollReconciliation

        return PayrollReconciliation(self.agency, self.store, self.unit_code, self.clock)

    # --- use cases: paying ---------------------------------------------------------------------------
    @property
    def paying(self) -> Paying:
        """The unit's bank agreement, each month's payment, paying, and the payment certificates."""
        from ssclient.app.paying import Paying

        return Paying(self.agency, self.clock, self.policy)

    # --- use cases: annual base ---------------------------------------------------------------------
    @property
    def annual_base(self) -> AnnualBase:
        """Last year's wages in, the new year's bases out, under the policy in force."""
        from ssclient.app.annual_base import AnnualBase

        return AnnualBase(self.store, self.unit_code, self.clock, self.policy)

    # --- use cases: policy ----------------------------------------------------------------------------
    @property
    def retirement(self) -> RetirementQuery:
        """Who on the local roster reaches statutory retirement age soon."""
        from ssclient.app.policy_retirement import RetirementQuery

        return RetirementQuery(self.store, self.unit_code, self.clock)

    @property
    def policy_tables(self) -> PolicyTables:
        """The official policy tables loaded on this computer (Settings → Policy), beside the session's."""
        from ssclient.app.policy_tables import policy_tables

        return policy_tables(self.policy, self._store, self.unit_code)

    # --- use cases: documents -----------------------------------------------------------------------
    @property
    def documents(self) -> Documents:
        """The documents use case for the logged-in unit (called on worker threads)."""
        from ssclient.app.documents import Documents

        ports = self.store, self.agency_or_none, self.unit_code, self.clock
        return Documents(*ports, self.rule_context, self.contributions, self._rosters)

    @property
    def contributions(self) -> Contributions:
        from ssclient.app.contributions import Contributions

        industry = self.unit.industry_class if self.unit is not None else 1
        agency, rules = self.agency_or_none, self.rule_context
        return Contributions(self.store, agency, self.unit_code, self.clock, self.policy, industry, rules)

    @property
    def imports(self) -> Imports:
        from ssclient.app.imports import Imports

        return Imports(self.store, self.unit_code)

    # --- use cases: infochange -------------------------------------------------------------------------
    @property
    def info_changes(self) -> InfoChanges:
        """Personnel information changes of the logged-in unit (called on worker threads)."""
        from ssclient.app.info_change import InfoChanges

        return InfoChanges(self.store, self.unit_code)

    # --- use cases: units -------------------------------------------------------------------------------
    @property
    def units(self) -> UnitFolders:
        """The units used on this computer at the agency in the settings (each with its own store)."""
        from ssclient.app.units import UnitFolders

        return UnitFolders.for_agency(self.settings.agency_url, self.clock)

    @property
    def month_board(self) -> MonthBoard:
        """This period of every unit on this computer, read from their stores (on a worker)."""
        from ssclient.app.month_board import MonthBoard

        return MonthBoard(self.units)

    # --- use cases: late fees ---------------------------------------------------------------------------
    @property
    def late_fees(self) -> LateFees:
        """What paying the unit's contributions late would cost (reads the store: on a worker)."""
        from ssclient.app.late_fees import LateFees

        return LateFees(self.store, self.unit_code, self.policy, self.clock, self.agency_or_none)

    # --- use cases: operators ---------------------------------------------------------------------------
    @property
    def access(self) -> SessionAccess:
        """Who is logged in for the unit and what they may do (the administrator's whole until told)."""
        if self._access is None:
            from ssclient.app.operators import ADMINISTRATOR

            return ADMINISTRATOR
        return self._access

    def set_access(self, access: SessionAccess | None) -> None:
        """Set at each log-in (None at log-out); windows follow unit_changed, emitted as the unit is set."""
        self._access = access

    @property
    def operators(self) -> Operators:
        """The unit's operators at the agency (for a session that may manage operators)."""
        from ssclient.app.operators import Operators

        return Operators(self.agency)

    # --- use cases: mandates ----------------------------------------------------------------------------
    @property
    def mandates(self) -> Mandates:
        """The agents the unit has mandated at the agency (for the unit's administrator)."""
        from ssclient.app.mandates import Mandates

        return Mandates(self.agency)
