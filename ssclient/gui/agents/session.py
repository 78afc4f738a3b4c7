"""An agent's session on the windows: after the agent's log-in its month board lists the units that
mandated it (offline: those it opened here before); Enter or a double-click opens one in the normal main
window, with that unit's own store and its OWN agency client (the agent's token, that unit named on every
call: app.agents.AgentDesk.unit_client), so that nothing of one unit ever goes out as another's.

Opening another unit, or closing a unit's main window (its title bar, System → Back to the units), leaves
the agent's session at the agency as it is (the board stays); an expired session asks for the password
again over the unit's window or the board (gui.session_expired), renewing every unit's client; Exit quits
the program, ending the session with it. Log out ends it: the token is forgotten on the GUI thread and the
session it names is ended on a worker (the shell's end_agency_session), as a unit's log-out does."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ssclient.app.agents import AGENT_PERMISSIONS, AgentDesk, agent_operator
from ssclient.app.operators import access_of
from ssclient.gui.units.controller import bring_to_front, shown_board
from ssclient.gui.workers import start_call

if TYPE_CHECKING:
    from ssclient.app.agents import AgentLogin, OfflineLogin
    from ssclient.app.month_board import BoardRow
    from ssclient.app.session import AgencyClient
    from ssclient.domain.roster import Unit
    from ssclient.gui.agents.board import AgentBoard
    from ssclient.gui.shell import Shell

# While the agent works offline and the agency still does not take its log-in, try again this often.
RECONNECT_INTERVAL_MS = 10_000


# The units' clients of agents who logged out: work of a closed window may still hold one; closed at exit.
_retired: list[AgencyClient] = []


log = logging.getLogger(__name__)


def close_retired_clients(agent: AgentSession | None) -> None:
    """At exit, after the session ended at the agency and the background work with it: close the clients of
    the agents who logged out, and those of the agent still logged in (`agent`)."""
    if agent is not None:
        agent.release()
        _retired.append(agent.client)
    while _retired:
        _retired.pop().close()


def agent_logged_in(shell: Shell, result: AgentLogin, password: str) -> None:
    """The agent's online log-in answered: the initial password is replaced first, then the board."""
    if not result.must_change_password:
        AgentSession(shell, result.agent_code, result.name).start()
        return
    from ssclient.gui.password import ChangePasswordDialog

    login = shell.login
    assert login is not None
    dialog = ChangePasswordDialog(shell.ctx, forced=True, current_password=password, parent=login)

    def changed() -> None:
        if login.remember.isEnabled() and login.remember.isChecked():
            login.mode.save_password(result.agent_code, dialog.new_password)
        login.mode.remember_for_offline(result.agent_code, dialog.new_password)
        AgentSession(shell, result.agent_code, result.name).start()

    def refused() -> None:
        shell.end_agency_session()
        login.show_message(
            QCoreApplication.translate(
                "AgentSession", "Choose a new password to continue. Log in again when you are ready."
            )
        )

    dialog.accepted.connect(changed)
    dialog.rejected.connect(refused)
    dialog.open()


def agent_logged_in_offline(shell: Shell, login: OfflineLogin, password: str) -> None:
    """The agent's offline log-in: its board of the units it opened here, each opened offline; online by
    itself with the same password (kept in memory only) once the agency answers."""
    AgentSession(shell, login.unit_code, offline=True, password=password).start()


class AgentSession(QObject):
    """The shell's agent (`shell.agent`) from log-in to log-out: its board, the unit open in the main
    window, and a client per unit opened."""

    def __init__(
        self, shell: Shell, agent_code: str, name: str = "", *, offline: bool = False, password: str = ""
    ) -> None:
        super().__init__(shell)
        self.shell = shell
        self.ctx = shell.ctx
        self.agent_code = agent_code
        self.name = name
        self.offline = offline
        login = shell.login
        key = login.agency_key() if login is not None else ""
        self.desk = AgentDesk(self.ctx.units, key, self.ctx.clock)
        if offline and not self.ctx.has_agency:  # a client for later: no session, nothing sent offline
            self.ctx.agency = shell.session.offline_client(self.ctx.settings.agency_url)
        self.client: AgencyClient = self.ctx.agency  # the agent's own: its token, no unit named
        self.clients: dict[str, AgencyClient] = {}  # a client per unit opened, each naming its unit
        self.board: AgentBoard | None = None
        self.opening = ""  # the unit being opened
        self._password = password  # offline only: to log in online once the agency answers
        self._going_online = False
        if offline:
            self.ctx.signals.connection_changed.connect(self._connection_changed)

    def start(self) -> None:
        self.shell.agent = self
        self.ctx.set_access(access_of(agent_operator(self.agent_code), AGENT_PERMISSIONS))
        self.show_board()
        if self.shell.login is not None:
            self.shell.login.set_opening(False)
            self.shell.login.hide()

    # --- the board ----------------------------------------------------------------------------------
    def show_board(self) -> AgentBoard:
        from ssclient.gui.agents.board import AgentBoard

        self.board = shown_board(
            self.board, lambda: AgentBoard(self.ctx, self), self.open_unit, self._board_closed
        )
        return self.board

    def _board_closed(self) -> None:
        self.board = None

    def close_board(self) -> None:
        """At exit: the board closes with the other windows (the session ends with the program's)."""
        board, self.board = self.board, None
        if board is not None:
            board.close()

    def rows(self) -> list[BoardRow]:
        """On a worker: the board's rows (the agency's list of mandated units online)."""
        if self.offline:
            return self.desk.board(self.desk.opened(self.agent_code))
        units = self.desk.mandated(self.client, self.agent_code)
        # The agency's policy: the declaration window of the units not opened here yet.
        return self.desk.board(units, self.client.policy().policy)

    # --- a unit ---------------------------------------------------------------------------------------
    def open_unit(self, unit_code: str) -> None:
        """Open the unit in the main window (the unit open before leaves it first, if its tabs agree)."""
        window = self.shell.main_window
        if self.opening:
            return
        if window is not None and self.ctx.unit_code == unit_code:
            bring_to_front(window)
            return
        if window is not None and not self.close_unit():
            return
        self.opening = unit_code
        if self.board is not None:
            self.board.say(
                QCoreApplication.translate("AgentSession", "Opening unit %1…").replace("%1", unit_code),
                error=False,
            )
        client = self.clients.get(unit_code)
        if client is None:
            client = self.clients[unit_code] = self.desk.unit_client(self.client, unit_code)
        self.ctx.agency = client
        if self.offline:
            self.ctx.offline_since = self.ctx.clock.now()
            self.ctx.set_connected(False)
        self.shell.open_session(unit_code, offline=self.offline)

    def unit_opened(self, unit: Unit) -> None:
        """The shell opened the unit's session (its main window shows)."""
        self.opening = ""
        start_call(self.desk.used, self.agent_code, unit.unit_code, unit.name)
        if self.board is not None:
            self.board.say("")

    def unit_failed(self, message: str) -> None:
        """The unit did not open (its mandate withdrawn meanwhile, the agency away…): said on the board."""
        self.opening = ""
        self.ctx.agency = self.client
        board = self.show_board()
        board.say(message)

    def close_unit(self) -> bool:
        """Close the unit's main window (False: a tab kept it open); the agent's session goes on."""
        window = self.shell.main_window
        if window is not None and not window.close_all_tabs():
            return False
        self.shell.leave_unit()
        self.ctx.agency = self.client
        self.ctx.set_unit(None)
        self.show_board()
        return True

    # --- the agency's session -------------------------------------------------------------------------
    def log_in_again(self, password: str) -> AgentLogin:
        """On a worker: a new session of the agent (the last one ended, or it worked offline), for the
        agent's own client and every unit's."""
        result = self.desk.online(self.client, self.agent_code, password)
        for client in list(self.clients.values()):
            client.token = result.token
        return result

    def password_changed(self, password: str) -> None:
        """The agent changed its password (System → Change password): its keyring entry, if it keeps one,
        and its offline verifier follow."""
        login = self.shell.login
        if login is None:
            return
        if self.ctx.settings.remember_password:
            login.mode.save_password(self.agent_code, password)
        login.mode.remember_for_offline(self.agent_code, password)

    def _connection_changed(self, connected: bool) -> None:
        if connected:
            self.agency_answers()

    def agency_answers(self) -> None:
        """Offline, the agency answers again: log in online with the password of the offline log-in."""
        if not self.offline or self._going_online:
            return
        self._going_online = True
        task = start_call(self.log_in_again, self._password)
        task.finished.connect(self._online)
        task.failed.connect(self._still_offline)

    def _online(self, result: AgentLogin) -> None:
        self._going_online = False
        self.name = result.name
        self.offline, self._password = False, ""
        self.ctx.signals.connection_changed.disconnect(self._connection_changed)
        self.ctx.offline_since = None
        self.ctx.set_connected(True)
        if self.board is not None:
            self.board.describe()
            self.board.refresh()
        if self.shell.main_window is not None:  # what waited in the unit's outbox goes now
            self.shell.back_online()

    def _still_offline(self, message: str) -> None:
        self._going_online = False
        log.info("the agent is still offline: %s", message)
        QTimer.singleShot(RECONNECT_INTERVAL_MS, self.shell.connect_agency)

    # --- the end --------------------------------------------------------------------------------------
    def log_out(self, message: str = "") -> None:
        """End the agent's session: its unit's window closes (if its tabs agree), the session at the agency
        ends, and the log-in window shows again."""
        if self.shell.main_window is not None and not self.close_unit():
            return
        self.ctx.offline_since = None
        self._password = ""
        if self.offline:
            self.ctx.signals.connection_changed.disconnect(self._connection_changed)
        self.shell.end_agency_session()  # the agent's own client holds the token: forgotten, then ended
        self.release()
        self.shell.agent = None
        self.ctx.set_access(None)
        self.close_board()
        login = self.shell.login
        if login is not None:
            login.show()
            login.show_message(message)
        if self.offline:  # the log-in window reaches for the agency again
            self.shell.connect_agency()
        self.deleteLater()

    def release(self) -> None:
        """Forget the token on every unit's client (a call still in flight from a closed window is refused as
        an ended session); they are closed at exit, once no work can use them (close_retired_clients)."""
        for client in self.clients.values():
            client.token = None
            client.recorder = None
        _retired.extend(self.clients.values())
        self.clients.clear()
