"""Logging in: online at the agency, or offline against the verifier kept on this computer after the last
online log-in (ssclient.store.offline_login), and logging in online again once the agency answers.

The log-in window is the first window: this module stays light to import, and the password hashing and the
HTTP client load inside the methods, which run on a worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ssclient.domain.permissions import ALL_PERMISSIONS, Permission

if TYPE_CHECKING:
    from ssclient.app.units import UnitFolders
    from ssclient.domain.clock import Clock
    from ssclient.store.offline_login import OfflineLogin as OfflineLogin
    from ssclient.sync.api import AgencyClient
    from ssclient.sync.results import LoginResult as LoginResult

# Which agency a remembered password or an offline verifier belongs to when no address is set.
LOCAL_AGENCY_KEY = "local-training-agency"


def agency_key(agency_url: str) -> str:
    """Which agency a remembered password or an offline verifier belongs to."""
    return agency_url or LOCAL_AGENCY_KEY


@dataclass(frozen=True)
class OfflineRefused:
    """Why an offline log-in was refused: the unit never logged in online here, too many wrong passwords
    (`locked_until` says until when), or else a wrong password."""

    never_online: bool = False
    locked_until: datetime | None = None


def offline_check(
    folder: Path | None, agency_key: str, code: str, password: str, clock: Clock, operator: str = ""
) -> OfflineLogin | OfflineRefused:
    """The password against the verifier kept in `folder` by the last online log-in (a unit's, or an
    agent's); None: never online here. A refusal is returned, not raised."""
    from ssclient.store.offline_login import OfflineLoginError, OfflineRefusal, verify

    if folder is None:
        return OfflineRefused(never_online=True)
    try:
        return verify(folder, agency_key, code, password, clock.now(), operator)
    except OfflineLoginError as error:
        if error.refusal is OfflineRefusal.NEVER_ONLINE:
            return OfflineRefused(never_online=True)
        if error.refusal is OfflineRefusal.LOCKED:
            return OfflineRefused(locked_until=error.until)
        return OfflineRefused()


class SessionLogin:
    """Log-in steps of a unit's user at one agency (`agency_key`); each unit's offline verifier is kept in
    the unit's own folder (`units`), and goes when the unit is removed from this computer."""

    def __init__(self, units: UnitFolders, agency_key: str, clock: Clock) -> None:
        self.units = units
        self.agency_key = agency_key
        self.clock = clock

    def _folder(self, unit_code: str) -> Path | None:
        from ssclient.app.units import valid_unit_code

        if not valid_unit_code(unit_code):  # no folder can be its: it never logged in here
            return None
        self.units.migrate()  # verifiers of before units are moved first, so none is missed
        return self.units.folder(unit_code)

    @staticmethod
    def online(client: AgencyClient, unit_code: str, password: str, operator: str = "") -> LoginResult:
        """Log in at the agency as the unit's administrator, or as its `operator` (its refusals propagate
        as AgencyError; an operator's wrong log-in as OPERATOR_LOGIN_FAILED, so that the user is told the
        log-in name may be what is wrong)."""
        if not operator:
            return client.login(unit_code, password)
        from ssclient.sync.results import AgencyError

        try:
            return client.login_operator(unit_code, operator, password)
        except AgencyError as error:
            if error.code != "LOGIN_FAILED":
                raise
            raise AgencyError(error.status, "OPERATOR_LOGIN_FAILED", error.message, error.findings) from error

    def offline(self, unit_code: str, password: str, operator: str = "") -> OfflineLogin | OfflineRefused:
        """Check the password against the last online log-in's verifier; the refusal is returned."""
        return offline_check(
            self._folder(unit_code), self.agency_key, unit_code, password, self.clock, operator
        )

    def remember_for_offline(
        self,
        unit_code: str,
        password: str,
        operator: str = "",
        permissions: Iterable[Permission] = ALL_PERMISSIONS,
    ) -> None:
        """Keep the verifier for an offline log-in (after an online log-in or a password change), with the
        permissions the agency gave: offline, they apply."""
        from ssclient.store.offline_login import remember

        folder = self._folder(unit_code)
        if folder is not None:
            remember(folder, self.agency_key, unit_code, password, self.clock.now(), operator, permissions)

    def operators_here(self, unit_code: str) -> list[str]:
        """The unit's operators who logged in online on this computer (their passwords may be remembered)."""
        from ssclient.store.offline_login import operators

        folder = self._folder(unit_code)
        return operators(folder, self.agency_key, unit_code) if folder is not None else []

    @staticmethod
    def again(client: AgencyClient, unit_code: str, password: str, operator: str = "") -> bool:
        """Log in online after an offline session; False when the agency refuses the password
        (AgencyUnreachable and other failures propagate: the session stays offline, tries again later)."""
        from ssclient.sync.results import AgencyError

        try:
            SessionLogin.online(client, unit_code, password, operator)
        except AgencyError as error:
            if error.status in (401, 403):  # a paused log-in (429) is tried again later
                return False
            raise
        return True
