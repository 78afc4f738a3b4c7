"""The session, away from the windows: reach the agency, open the session (store, profile, policy, audit
trail), refresh the roster as it starts online (the one refresh of a session), log out, and end it at exit.

`SessionController` keeps which agency the session is at and carries out each step; its methods that
touch the network or the disk run on a worker (the shell calls them through `gui.workers`). The heavy
modules (the store, the HTTP client) load inside them, off the GUI thread and after the first window.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ssclient.app.training_agency import LocalTrainingAgency
from ssclient.app.units import UnitFolders

if TYPE_CHECKING:
    from ssclient.domain.clock import Clock
    from ssclient.domain.roster import Unit
    from ssclient.policy import Policy
    from ssclient.store import Store as Store
    from ssclient.store.errors import StoreNotice
    from ssclient.sync.api import AgencyClient as AgencyClient
    from ssclient.sync.results import AgencyInfo
    from ssclient.sync.roster_fetch import RosterSource

log = logging.getLogger(__name__)


class AgencyConnection(NamedTuple):
    client: AgencyClient
    name: str
    training: bool


class SessionData(NamedTuple):
    store: Store
    unit: Unit
    policy: Policy
    pending: int
    # What the store had to do to open (an empty data file kept aside), if anything.
    notice: StoreNotice | None


class SessionController:
    """Which agency the session is at (its address, "" for the local training agency) and each step of the
    session. Qt-free; the methods that do I/O run on a worker."""

    def __init__(
        self, clock: Clock, agency_url: str, local_agency: LocalTrainingAgency | None = None
    ) -> None:
        self.clock = clock
        self.agency_url = agency_url  # the address of the agency in use ("" = local)
        self.local_agency = local_agency or LocalTrainingAgency(clock=clock)

    # --- the agency -----------------------------------------------------------------------------------
    def reach(self, url: str) -> AgencyConnection:
        """On a worker: a client for the agency at `url` (the local training agency, started, when ""),
        and its name, once it answered."""
        address = url or self.local_agency.start()
        from ssclient.sync.api import AgencyClient

        client = AgencyClient(address)
        try:
            info = client.health()
        except BaseException:
            client.close()
            raise
        return AgencyConnection(client, info.name, training=info.training or not url)

    @staticmethod
    def health(client: AgencyClient) -> AgencyInfo:
        """On a worker: whether the agency answers (for the status bar's connection light)."""
        return client.health()

    def agency_changed(self, url: str) -> bool:
        """Settings name another agency than the one this session is at."""
        return url != self.agency_url

    def offline_client(self, url: str) -> AgencyClient:
        """A client for an agency not reached yet: the offline session logs in online with it later."""
        from ssclient.sync.api import AgencyClient

        return AgencyClient(url)

    def release(self, client: AgencyClient | None, store: Store | None) -> None:
        """On a worker, when the agency's address changed: end the session there, close the client and the
        store (each agency's documents stay in their own store), stop the training agency."""
        if client is not None:
            try:
                client.logout()
            except Exception as exc:  # gone already: the session expires there by itself
                log.info("log-out from the previous agency failed: %s", exc)
            client.close()
        if store is not None:
            store.close()
        self.local_agency.stop()

    @staticmethod
    def log_out(client: AgencyClient, token: str) -> None:
        """On a worker: end the session `token` names at the agency. The client forgot it already (on the
        GUI thread), so a log-in started meanwhile on the same client is not the session ended."""
        client.end_session(token)

    # --- the store ------------------------------------------------------------------------------------
    @property
    def units(self) -> UnitFolders:
        """The units used on this computer at this agency (the training agency's apart), each its own store."""
        return UnitFolders.for_agency(self.agency_url, self.clock)

    def store_path(self, store: Store | None, unit_code: str) -> Path:
        """The store of the open session, else the store of `unit_code` (the unit named on the log-in
        window), else the single store of before units (a fresh installation has none: nothing listed)."""
        if store is not None:
            return Path(store.path)
        from ssclient.app.units import valid_unit_code

        units = self.units
        return units.store_path(unit_code) if valid_unit_code(unit_code) else units.legacy_store

    def open(
        self,
        agency: AgencyClient,
        store: Store | None,
        unit_code: str,
        *,
        offline: bool = False,
        operator: str = "",
    ) -> SessionData:
        """On a worker: open the unit's own store (the store of the unit logged in before is closed, with
        its copy if it changed), fetch the profile and the policy (the cached one when the agency cannot
        send it, or offline the ones stored at the last online log-in), keep the agency's exchanges in the
        audit trail, list the unit as used now, count the documents waiting in the outbox."""
        from ssclient.app.audit import Audit
        from ssclient.app.session_rules import policy_in_force
        from ssclient.domain.clock import today
        from ssclient.domain.enums import DeclarationStatus
        from ssclient.store import Store

        units = self.units
        path = units.store_path(unit_code)
        if store is not None and Path(store.path) != path.absolute():
            self.close_store(store)  # another unit's: never shown to this one
            store = None
        opening = store is None
        if store is None:
            store = Store.open(path, clock=self.clock)
        try:
            unit, policy = self._profile_and_policy(agency, store, unit_code, offline=offline)
        except BaseException:
            if opening:  # nobody else holds it: not left open behind a failed log-in
                store.close()
            raise
        # Every exchange kept in the audit trail, with who made it: the operator's log-in name, or the unit
        # code for the unit's administrator (who logs in with it).
        agency.recorder = Audit(Path(store.path), self.clock).recorder(
            unit.unit_code, operator or unit.unit_code
        )
        if opening:  # the day's first copy, with the unit's profile in it (a restore checks whose data it is)
            from ssclient.app.backups import automatic_backup
            from ssclient.store.backup import back_up_daily

            automatic_backup(back_up_daily, store.path, self.clock.now())
        units.used(unit.unit_code, unit.name)
        pending = store.count_declarations(unit_code, statuses=[DeclarationStatus.PENDING])
        # An official table loaded in Settings → Policy for this month goes before the agency's.
        policy = policy_in_force(policy, today(self.clock), store, unit_code)
        return SessionData(store, unit, policy, pending, store.notice)

    def _profile_and_policy(
        self, agency: AgencyClient, store: Store, unit_code: str, *, offline: bool
    ) -> tuple[Unit, Policy]:
        if not offline:
            return self._fetch_profile_and_policy(agency, store, unit_code)
        from ssclient.store import StoreError

        unit = store.unit(unit_code)
        if unit is None:
            raise StoreError(
                f"No profile of unit {unit_code} is stored on this computer: log in online once."
            )
        return unit, _cached_policy(store, unit_code)

    def _fetch_profile_and_policy(
        self, agency: AgencyClient, store: Store, unit_code: str
    ) -> tuple[Unit, Policy]:
        from ssclient.policy.serialize import policy_to_json
        from ssclient.sync.results import AgencyUnreachable

        unit = agency.profile()
        store.save_unit(unit)
        try:
            policy = agency.policy().policy
            store.save_policy_json(unit_code, policy_to_json(policy), self.clock.now())
        except AgencyUnreachable:
            return unit, _cached_policy(store, unit_code)
        _cache_policy_history(agency, store, unit_code)
        return unit, policy

    def refresh_roster(self, agency: RosterSource, store: Store, unit_code: str) -> int | None:
        """On a worker, as the session starts online: take the agency's roster into the store (another
        workstation may have declared since); returns how many people it sent, None when the store's
        roster already was the agency's. The one refresh of the session; approvals keep it true, those
        the outbox records while the roster is on its way included. A log-out meanwhile closes the store
        after the refresh, not between the agency's answer and its write; a refresh that starts only after
        its session ended (the store closed) has nothing to do: None."""
        from ssclient.store import StoreClosedError
        from ssclient.sync.roster_fetch import take_agency_roster

        fetched_at = self.clock.now()
        try:
            with store.kept_open():  # while it is held, no close can come between
                entries = take_agency_roster(agency, store, unit_code, fetched_at=fetched_at).entries
        except StoreClosedError:
            log.info("the roster refresh of an ended session was skipped")
            return None
        return None if entries is None else len(entries)

    # --- exit -----------------------------------------------------------------------------------------
    def end(self, agency: AgencyClient | None, wait_for_work: Callable[[], object]) -> None:
        """At exit, after the windows closed: log out at the agency, wait for background work
        (`wait_for_work`), then close the client and stop the training agency."""
        if agency is not None:
            try:
                agency.logout()
            except Exception as exc:  # the agency may be gone already; the session then expires there
                log.info("log-out at exit failed: %s", exc)
        wait_for_work()
        end_spreadsheet_reader()
        if agency is not None:
            agency.close()
        self.local_agency.stop()

    def close_store(self, store: Store | None) -> None:
        """At exit: close the store and take a copy if it changed since the last one."""
        if store is None:
            return
        store.close()
        from ssclient.app.backups import automatic_backup
        from ssclient.store.backup import back_up_if_changed

        automatic_backup(back_up_if_changed, Path(store.path), self.clock.now())


def end_spreadsheet_reader() -> None:
    """End the reader process an import window started, if one did (see ssclient.io.reader_process)."""
    reader = sys.modules.get("ssclient.io.reader_process")
    if reader is not None:  # never imported: no import window opened, no process to end
        reader.shut_down()


def _cached_policy(store: Store, unit_code: str) -> Policy:
    """The policy the agency sent at the last online log-in (the built-in one if it never did)."""
    from ssclient.policy import default_policy
    from ssclient.policy.serialize import policy_from_json

    cached = store.policy_json(unit_code)
    return policy_from_json(cached.text) if cached is not None else default_policy()


def _cache_policy_history(agency: AgencyClient, store: Store, unit_code: str) -> None:
    """Keep the agency's policy history for checking offline with each month's table. An agency that
    cannot send it leaves the cached one (the log says why; the log-in goes on)."""
    from ssclient.policy.serialize import history_to_json
    from ssclient.sync.results import AgencyError, AgencyUnreachable

    try:
        history = agency.policy_history()
    except (AgencyError, AgencyUnreachable) as exc:
        log.info("the agency's policy history was not fetched: %s", exc)
        return
    store.save_policy_history_json(unit_code, history_to_json(history))
