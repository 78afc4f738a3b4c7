"""An agent (an accounting agency, 代理记账) at work on this computer: it logs in once with its agent code,
lists the units that mandated it on its month board, and opens each in the normal main window with that
unit's own store (app.units decides where) and its OWN agency client, which shares the agent's token and
always names that unit (header X-Unit-Code): a late outbox delivery of one unit never goes out as another.

The agent's folder (beside the units' folders, never inside one) keeps its offline verifier
(store.offline_login, argon2, never the password) and the list of the units it opened here, so that
offline the board shows those units from their local stores.

The log-in steps and the board's rows touch the network or the disk: call them from a worker.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ssclient.app.session_login import OfflineRefused, offline_check
from ssclient.app.units import KnownUnit, UnitFolders, valid_unit_code
from ssclient.domain.permissions import ALL_PERMISSIONS, Permission

if TYPE_CHECKING:
    from ssclient.app.month_board import BoardRow
    from ssclient.domain.clock import Clock
    from ssclient.policy import Policy
    from ssclient.store.offline_login import OfflineLogin as OfflineLogin
    from ssclient.sync.api import AgencyClient
    from ssclient.sync.api_agents import AgentLogin as AgentLogin
    from ssclient.sync.api_agents import AgentRegistration as AgentRegistration

log = logging.getLogger(__name__)

# What a mandate lets an agent do for a unit (the agency's access.AGENT_PERMISSIONS): the work, not
# managing the unit's people.
AGENT_PERMISSIONS: frozenset[Permission] = ALL_PERMISSIONS - {Permission.MANAGE_OPERATORS}
# How records (and the audit trail) name an agent: the agency's Caller.submitted_by.
AGENT_PREFIX = "agent:"
OPENED_FILE = "opened-units.json"
# `used` reads, changes and writes the agent's list on a worker: two units opened in quick succession
# would otherwise each write the list as it was, and one of them would be lost.
_OPENED_LOCK = threading.Lock()


def agent_operator(agent_code: str) -> str:
    """The session's "operator" while an agent works for a unit: "agent:" and its code."""
    return f"{AGENT_PREFIX}{agent_code}"


def keyring_name(agent_code: str) -> str:
    """The name an agent's remembered password goes under in the keyring (apart from every unit's)."""
    return f"{AGENT_PREFIX}{agent_code}"


@dataclass(frozen=True)
class AgentIdentity:
    """Who logged in as an agent: its code, name ("" offline) and whether it must change its password."""

    agent_code: str
    name: str = ""
    must_change_password: bool = False


class AgentDesk:
    """The agent's side of this computer at one agency (`agency_key`): its folder, its offline log-in,
    the units it opened here, and the month board of its units."""

    def __init__(self, units: UnitFolders, agency_key: str, clock: Clock) -> None:
        self.units = units
        self.agency_key = agency_key
        self.clock = clock

    @property
    def root(self) -> Path:
        """The agents' folders of these units (the training agency's apart, as its units are)."""
        return self.units.root.parent / f"agents-{self.units.root.name}"

    def folder(self, agent_code: str) -> Path | None:
        """The agent's folder; None for a code that cannot name one (it never logged in here)."""
        return self.root / agent_code if valid_unit_code(agent_code) else None

    # --- logging in ---------------------------------------------------------------------------------
    @staticmethod
    def online(client: AgencyClient, agent_code: str, password: str) -> AgentLogin:
        """Log in at the agency as the agent (the token stays on `client`); refusals propagate."""
        return client.login_agent(agent_code, password)

    @staticmethod
    def register(
        client: AgencyClient, name: str, uscc: str, contact: str, password: str
    ) -> AgentRegistration:
        """Register an agent; a password equal to its USCC is the initial one, changed at the first log-in.
        Refusals: 409 USCC_TAKEN, 422 VALIDATION_FAILED naming the field."""
        from ssclient.rules.unit import normalize_code

        return client.register_agent(name.strip(), normalize_code(uscc), contact.strip(), password)

    def offline(self, agent_code: str, password: str) -> OfflineLogin | OfflineRefused:
        """Check the password against the agent's last online log-in's verifier; a refusal is returned."""
        return offline_check(self.folder(agent_code), self.agency_key, agent_code, password, self.clock)

    def remember_for_offline(self, agent_code: str, password: str) -> None:
        """After an online log-in (or the first password change): the verifier of an offline log-in."""
        from ssclient.store.offline_login import remember

        folder = self.folder(agent_code)
        if folder is not None:
            remember(folder, self.agency_key, agent_code, password, self.clock.now(), "", AGENT_PERMISSIONS)

    # --- the units ------------------------------------------------------------------------------------
    def mandated(self, client: AgencyClient, agent_code: str) -> list[KnownUnit]:
        """Online: the units whose mandate is in force, with when the agent last opened each here."""
        opened = {unit.unit_code: unit for unit in self.opened(agent_code)}
        listed = []
        for unit in client.mandated_units():
            if not valid_unit_code(unit.unit_code):  # no store could be its on this computer
                log.info("a mandated unit's code cannot name a folder; it is left off the board")
                continue
            last = opened.get(unit.unit_code)
            listed.append(KnownUnit(unit.unit_code, unit.name, last.last_used if last else None))
        return listed

    def opened(self, agent_code: str) -> list[KnownUnit]:
        """The units the agent opened on this computer (what its board lists offline)."""
        folder = self.folder(agent_code)
        entries = _read_json(folder / OPENED_FILE) if folder is not None else {}
        return [
            KnownUnit(code, str(entry.get("name", "")), _moment(entry.get("last_used")))
            for code, entry in sorted(entries.items())
            if valid_unit_code(code) and isinstance(entry, dict)
        ]

    def used(self, agent_code: str, unit_code: str, name: str) -> None:
        """The agent opened the unit's session here now."""
        from ssclient.store.offline_login import write_json

        folder = self.folder(agent_code)
        if folder is None:
            return
        with _OPENED_LOCK:
            entries = _read_json(folder / OPENED_FILE)
            entries[unit_code] = {"name": name, "last_used": self.clock.now().isoformat()}
            write_json(folder, OPENED_FILE, entries)

    def board(self, units: list[KnownUnit], policy: Policy | None = None) -> list[BoardRow]:
        """The month board's rows of these units, from their stores here (a unit never opened here: no
        data file yet, its store is made when it is first opened; its declaration window is `policy`'s,
        the agency's, when given)."""
        from ssclient.app.month_board import MonthBoard

        return MonthBoard(self.units).rows(units, policy)

    @staticmethod
    def unit_client(agent_client: AgencyClient, unit_code: str) -> AgencyClient:
        """A client of its own for one unit's work: the agent's token, this unit named on every call."""
        from ssclient.sync.api import AgencyClient

        client = AgencyClient(agent_client.base_url)
        client.token = agent_client.token
        client.act_for(unit_code)
        return client


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:  # damaged: the agency's list still shows the units online
        log.info("the agent's list of units could not be read: %s", error)
        return {}
    return data if isinstance(data, dict) else {}


def _moment(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
