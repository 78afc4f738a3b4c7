"""The session's windows: which window shows, and the wiring of the session's steps to them.

The steps themselves (reach the agency, open the session, refresh the roster, log out, end at exit) are
`app.session.SessionController`'s; the shell runs them on workers and shows their outcome. `run_gui`
(app.py) shows the log-in window first and hands it to a `Shell` right after, so that none of this is
imported on the way to the first window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from ssclient.app.operators import access_of
from ssclient.app.session import AgencyConnection, SessionController, SessionData
from ssclient.app.session import end_spreadsheet_reader as end_spreadsheet_reader  # where tests find it
from ssclient.app.training_agency import LocalTrainingAgency
from ssclient.gui.context import AppContext
from ssclient.gui.login import LoginDialog
from ssclient.gui.session_dialogs import SessionDialogs
from ssclient.gui.session_expired import Reauthentication
from ssclient.gui.units.controller import UnitsController
from ssclient.gui.workers import Task, cancel_all_and_wait, start_call, task_events

if TYPE_CHECKING:
    from ssclient.app.session_login import LoginResult, OfflineLogin
    from ssclient.gui.agents.session import AgentSession
    from ssclient.gui.main_window import MainWindow
    from ssclient.gui.offline_session import OfflineSession

# While the agency cannot be reached from the log-in window, try again this often (milliseconds).
RECONNECT_INTERVAL_MS = 10_000


class Shell(QObject):
    """Runs the session: which window shows, the agency connection, logging in and out, exit.

    Tests drive it directly: `Shell(ctx).start()`, then the log-in window's widgets. `quit_requested`
    asks the process to end (run_gui connects it to QApplication.quit, then calls `shutdown`).
    """

    quit_requested = Signal()

    def __init__(
        self, ctx: AppContext, local_agency: LocalTrainingAgency | None = None, *, auto_connect: bool = True
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = SessionController(ctx.clock, ctx.settings.agency_url, local_agency)
        self._auto_connect = auto_connect
        self.login: LoginDialog | None = None
        self.main_window: MainWindow | None = None
        self._connect_task: Task | None = None
        self._reconnect_timer = QTimer(self)
        self._reconnect_timer.setSingleShot(True)
        self._reconnect_timer.setInterval(RECONNECT_INTERVAL_MS)
        self._reconnect_timer.timeout.connect(self.connect_agency)
        self._finished = False
        self._wired_runner: QObject | None = None  # the outbox runner whose session_expired is connected
        self.reauthentication = Reauthentication(self)
        self.dialogs = SessionDialogs(self)
        self.units = UnitsController(self)
        self.offline: OfflineSession | None = None  # a session opened offline, until it goes online
        self.agent: AgentSession | None = None  # an agent (accounting agency) logged in: its units' board
        task_events().session_expired.connect(self.ask_password_again)

    @property
    def local_agency(self) -> LocalTrainingAgency:
        return self.session.local_agency

    # --- start ----------------------------------------------------------------------------------------
    def start(self) -> LoginDialog:
        """Show a new log-in window and reach the agency once it is up."""
        login = self._make_login()
        if self._auto_connect:
            login.shown.connect(self._schedule_connect)
        login.show()
        return login

    def adopt(self, login: LoginDialog) -> None:
        """Take over a log-in window already on screen (run_gui shows it before importing the shell)."""
        self._attach(login)
        if self._auto_connect:
            self._schedule_connect()

    def _make_login(self) -> LoginDialog:
        login = LoginDialog(self.ctx)
        self._attach(login)
        return login

    def _attach(self, login: LoginDialog) -> None:
        dialogs = self.dialogs
        login.logged_in.connect(self._logged_in)
        login.logged_in_offline.connect(self._logged_in_offline)
        from ssclient.gui.agents import session as agents

        login.mode.logged_in.connect(lambda result, password: agents.agent_logged_in(self, result, password))
        login.mode.logged_in_offline.connect(
            lambda result, password: agents.agent_logged_in_offline(self, result, password)
        )
        login.register_requested.connect(dialogs.show_register)
        login.settings_requested.connect(dialogs.show_settings_from_login)
        login.rejected.connect(self.quit)
        login.units.remove_requested.connect(self.units.ask_remove)
        login.units.board_requested.connect(self.units.show_board)
        self.login = login

    def _schedule_connect(self) -> None:
        # After the window is painted: the agency's imports then do not delay the first frame.
        QTimer.singleShot(0, self.connect_agency)

    # --- the agency -----------------------------------------------------------------------------------
    def connect_agency(self) -> None:
        if self._connect_task is not None and self._connect_task.running:
            return
        url = self.ctx.settings.agency_url
        self.session.agency_url = url
        if self.login is not None:
            self.login.set_agency_starting()
        self._connect_task = start_call(self.session.reach, url)
        self._connect_task.finished.connect(self._agency_reached)
        self._connect_task.failed.connect(self._agency_failed)

    def _agency_reached(self, connection: AgencyConnection) -> None:
        if self.agent is not None:  # the agent's units keep their own clients: it logs in online with its own
            connection.client.close()
            self.agent.agency_answers()
            return
        if self.offline is not None:  # the offline session keeps its client and logs in online with it
            connection.client.close()
            self.offline.agency_answers()
            return
        old = self.ctx.take_agency()
        if old is not None and old is not connection.client:
            old.close()
        self.ctx.agency = connection.client
        self.ctx.training_agency = connection.training
        self.ctx.set_connected(True)
        if self.login is not None:
            self.login.set_agency_ready(self._agency_description(connection), connection.training)

    def _agency_description(self, connection: AgencyConnection) -> str:
        if not self.ctx.settings.agency_url:
            return self.tr("Local training agency at %1").replace("%1", connection.client.base_url)
        if connection.training:
            # Not the agency's own name: a training agency calls itself in English.
            return self.tr("Training agency at %1").replace("%1", connection.client.base_url)
        text = self.tr("Agency: %1 (%2)")
        return text.replace("%1", connection.name).replace("%2", connection.client.base_url)

    def _agency_failed(self, message: str) -> None:
        self.ctx.set_connected(False)
        if self.login is not None:
            self.login.set_agency_failed(message)
        self._reconnect_timer.start()

    def apply_settings(self, *, agency_changed: bool) -> None:
        """Settings changed (in the settings dialog or from an imported archive): reconnect if the agency
        address did; the documents at the old agency stay in their own store."""
        if agency_changed:
            start_call(self.session.release, self.ctx.take_agency(), self.ctx.take_store())
            self.connect_agency()
            if self.login is not None:  # the training agency's units are apart from the real one's
                self.login.units.reload()

    # --- logging in -----------------------------------------------------------------------------------
    def _logged_in(self, result: LoginResult, password: str) -> None:
        assert self.login is not None
        self.ctx.set_access(access_of(result.operator, result.permissions))
        if result.must_change_password:
            remember = self.login.remember.isEnabled() and self.login.remember.isChecked()
            self.dialogs.force_password_change(password, remember=remember)
        else:
            self.open_session(result.unit_code)

    def _logged_in_offline(self, login: OfflineLogin, password: str) -> None:
        from ssclient.gui.offline_session import OfflineSession

        self.ctx.set_access(access_of(login.operator, login.permissions))  # as at the last online log-in
        self.offline = OfflineSession(self, login.unit_code, password)
        self.offline.start()

    def end_offline(self) -> None:
        if self.offline is not None:
            self.offline.end()
            self.offline = None

    def ask_password_again(self) -> None:
        """The agency ended the session (or refused the offline password): ask for it over the main window."""
        self.reauthentication.ask()

    def back_online(self) -> None:
        """The offline session logged in online: send what waited now, refresh the roster, say so."""
        from ssclient.gui.documents.sync_runner import SyncRunner

        SyncRunner.for_context(self.ctx).kick(force=True)
        self._refresh_roster()
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(
                self.tr("Online again: documents waiting in the outbox are being sent."), 8000
            )

    def open_session(self, unit_code: str, *, offline: bool = False) -> None:
        """After log-in: the profile, the policy and the store, then the main window. Offline, the
        profile and the policy are the ones stored at the last online log-in."""
        store = self.ctx.store_or_none
        if store is not None and self.session.units.unit_of(Path(store.path)) != unit_code:
            # Another unit's (kept open since its log-out): the worker closes it; none of it shows here.
            store = self.ctx.take_store()
        if self.login is not None:
            self.login.show_message(self.tr("Opening…"))
            self.login.set_opening(True)
        operator = self.ctx.access.operator
        task = start_call(
            self.session.open, self.ctx.agency, store, unit_code, offline=offline, operator=operator
        )
        task.finished.connect(self._session_loaded)
        task.failed.connect(self._session_failed)

    def _session_loaded(self, session: SessionData) -> None:
        if self.agent is not None:
            self.agent.unit_opened(session.unit)
        self.ctx.store = session.store
        self.ctx.set_policy(session.policy)
        self.ctx.set_pending_count(session.pending)
        self.ctx.set_unit(session.unit)
        self.show_main_window()
        if session.notice is not None:
            self._show_store_notice(session.notice.text(QCoreApplication.translate))

    def _show_store_notice(self, text: str) -> None:
        """What the store had to do to open (an empty data file kept aside), over the main window."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data file"), text, parent=self.main_window)
        box.setObjectName("storeNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _session_failed(self, message: str) -> None:
        if self.agent is not None:
            self.agent.unit_failed(message)
        if self.login is not None:
            self.login.show_message(message)
            self.login.set_opening(False)

    def show_main_window(self) -> None:
        from ssclient.gui.main_window import MainWindow

        window = MainWindow(self.ctx)
        dialogs = self.dialogs
        window.logout_requested.connect(self.log_out)
        window.exit_requested.connect(self.exit)
        window.unit_info_requested.connect(dialogs.show_unit_info)
        window.change_password_requested.connect(dialogs.show_change_password)
        window.settings_requested.connect(dialogs.show_settings_from_main)
        window.month_board_requested.connect(self.units.show_board)
        if self.agent is not None:  # its title-bar close goes back to its board; Exit quits
            window.work_as_agent(self.agent.agent_code, self.agent.close_unit)
        else:
            window.close_requested.connect(self.exit)
        self.main_window = window
        window.show()
        window.status.start_health_checks()
        self._start_outbox(window)
        if self.login is not None:
            self.login.show_message("")
            self.login.set_opening(False)
            self.login.hide()
        self._refresh_roster()

    def _start_outbox(self, window: MainWindow) -> None:
        """Reconcile and send what waits in the outbox; the agency's verdicts show over the main window."""
        from ssclient.gui.documents.sync_runner import DeliveryNotifier, SyncRunner

        runner = SyncRunner.for_context(self.ctx)
        DeliveryNotifier(self.ctx, runner, window)
        if runner is not self._wired_runner:  # a log-out releases the runner: the next session's is new
            runner.session_expired.connect(self.ask_password_again)
            self._wired_runner = runner
        runner.start()

    def _stop_outbox(self) -> None:
        if not self.ctx.has_store or not self.ctx.has_agency:
            return
        from ssclient.gui.documents.sync_runner import SyncRunner

        SyncRunner.release(self.ctx)

    def _refresh_roster(self) -> None:
        """Take the agency's roster into the store in the background, once as the session starts online
        (another workstation may have declared since); lists follow roster_changed."""
        if self.offline is not None:  # the roster stored at the last online log-in serves until then
            return
        task = start_call(self.session.refresh_roster, self.ctx.agency, self.ctx.store, self.ctx.unit_code)
        task.then_emit(self.ctx.signals.roster_changed)

    # --- backups ----------------------------------------------------------------------------------------
    def store_path(self, unit_code: str = "") -> Path:
        """The store backups and archives are of: `unit_code`'s when given, else the open session's, else
        that of the unit named on the log-in window (the training agency's units have stores of their own)."""
        if unit_code:
            return self.session.store_path(None, unit_code)
        if self.main_window is not None:
            return self.session.store_path(self.ctx.store_or_none, self.ctx.unit_code)
        typed = self.login.unit_code.text().strip() if self.login is not None else ""
        return self.session.store_path(None if typed else self.ctx.store_or_none, typed)

    def show_backups(self) -> None:
        from ssclient.gui.backup_session import BackupsController

        BackupsController(self).show()

    # --- log out and exit -----------------------------------------------------------------------------
    def log_out(self) -> None:
        if self.agent is not None:  # the agent's session ends, with every unit it opened
            self.agent.log_out()
            return
        window = self.main_window
        if window is not None and not window.close_all_tabs():
            return
        # Settings may have named another agency while logged in: it applies now.
        agency_changed = self.session.agency_changed(self.ctx.settings.agency_url)
        self.end_offline()
        self._stop_outbox()
        agency = self.ctx.agency_or_none
        if agency is not None:
            agency.recorder = None
        if not agency_changed:  # else releasing the old agency logs out there
            self.end_agency_session()
        self._close_main_window()
        self.ctx.set_access(None)
        self.ctx.set_unit(None)
        if self.login is None:
            self._make_login()
        assert self.login is not None
        self.login.show()
        self.apply_settings(agency_changed=agency_changed)

    def leave_unit(self) -> None:
        """Close the unit's main window and stop its outbox, leaving the session at the agency as it is (an
        agent goes on to its next unit; a log-out ends the session itself)."""
        self._stop_outbox()
        agency = self.ctx.agency_or_none
        if agency is not None:
            agency.recorder = None
        self._close_main_window()

    def end_agency_session(self) -> None:
        """End the session at the agency: its token is forgotten now (the next log-in may start at once,
        on the same client) and the session it names is ended on a worker."""
        agency = self.ctx.agency_or_none
        token = agency.token if agency is not None else None
        if agency is not None and token is not None:
            agency.token = None
            start_call(self.session.log_out, agency, token)

    def exit(self) -> None:
        """Every tab agrees to close, then the program ends (an agent's session with it, in shutdown)."""
        window = self.main_window
        if window is not None and not window.close_all_tabs():
            return
        self.quit()

    def _close_main_window(self) -> None:
        window, self.main_window = self.main_window, None
        if window is not None:
            window.leave()
            window.deleteLater()

    def quit(self) -> None:
        self.units.close_board()
        if self.main_window is not None:
            self._stop_outbox()
        self._close_main_window()
        self.quit_requested.emit()

    def shutdown(self) -> None:
        """After the event loop: end the session, wait for background work, stop the training agency."""
        if self._finished:
            return
        self._finished = True
        self._reconnect_timer.stop()
        # No more timed work: the outbox's probes and the status bar's health checks would use the store
        # and the agency closed below.
        self._stop_outbox()
        self._close_main_window()
        self.units.close_board()
        # Work ending from here on (a roster refresh, a delivery) reaches no window: none reads the closed store.
        self.ctx.signals.blockSignals(True)
        self.session.end(self.ctx.agency_or_none, cancel_all_and_wait)
        from ssclient.gui.agents.session import close_retired_clients

        close_retired_clients(self.agent)
        self.agent = None
        # Taken from the context first: a refresh queued before the exit finds no store, not a closed one.
        self.session.close_store(self.ctx.take_store())
