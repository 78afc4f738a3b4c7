"""The session: which window shows, the agency connection, logging in and out, exit.

`run_gui` (app.py) shows the log-in window first and hands it to a `Shell` right after, so that none of
this is imported on the way to the first window.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ssclient.gui.context import AppContext
from ssclient.gui.local_agency import LocalTrainingAgency, training_store_path
from ssclient.gui.login import LoginDialog
from ssclient.gui.workers import Task, cancel_all_and_wait, start_call, start_task, task_events

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ssclient.domain.clock import Clock
    from ssclient.domain.roster import Unit
    from ssclient.gui.offline_session import OfflineSession
    from ssclient.policy import Policy

log = logging.getLogger(__name__)

# While the agency cannot be reached from the log-in window, try again this often (milliseconds).
RECONNECT_INTERVAL_MS = 10_000


class AgencyConnection(NamedTuple):
    client: Any  # ssclient.sync.api.AgencyClient
    name: str
    training: bool


class SessionData(NamedTuple):
    store: Any  # ssclient.store.Store
    unit: Unit
    policy: Policy
    pending: int


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
        self._auto_connect = auto_connect
        self.local_agency = local_agency or LocalTrainingAgency(clock=ctx.clock)
        self.login: LoginDialog | None = None
        self.main_window: Any = None  # MainWindow, imported when first needed
        self._connect_task: Task | None = None
        self._reconnect_timer = QTimer(self)
        self._reconnect_timer.setSingleShot(True)
        self._reconnect_timer.setInterval(RECONNECT_INTERVAL_MS)
        self._reconnect_timer.timeout.connect(self.connect_agency)
        self._remember_password = False
        self._finished = False
        self._reauth: QDialog | None = None
        self._agency_url = ctx.settings.agency_url  # the address of the agency in use ("" = local)
        self._outbox_wired = False
        self.offline: OfflineSession | None = None  # a session opened offline, until it goes online
        task_events().session_expired.connect(self._session_expired)

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
        login.logged_in.connect(self._logged_in)
        login.logged_in_offline.connect(self._logged_in_offline)
        login.register_requested.connect(self.show_register)
        login.settings_requested.connect(self.show_settings_from_login)
        login.rejected.connect(self.quit)
        self.login = login

    def _schedule_connect(self) -> None:
        # After the window is painted: the agency's imports then do not delay the first frame.
        QTimer.singleShot(0, self.connect_agency)

    # --- the agency -----------------------------------------------------------------------------------
    def connect_agency(self) -> None:
        if self._connect_task is not None and self._connect_task.running:
            return
        url = self.ctx.settings.agency_url
        self._agency_url = url
        local = self.local_agency
        if self.login is not None:
            self.login.set_agency_starting()

        def reach(_control: object) -> AgencyConnection:
            address = url or local.start()
            from ssclient.sync.api import AgencyClient

            client = AgencyClient(address)
            try:
                info = client.health()
            except BaseException:
                client.close()
                raise
            return AgencyConnection(client, info.name, training=info.training or not url)

        self._connect_task = start_task(reach, "connecting to the agency")
        self._connect_task.finished.connect(self._agency_reached)
        self._connect_task.failed.connect(self._agency_failed)

    def _agency_reached(self, connection: AgencyConnection) -> None:
        if self.offline is not None:  # the offline session keeps its client and logs in online with it
            connection.client.close()
            self.offline.agency_answers()
            return
        old = self.ctx.agency
        if old is not None and old is not connection.client:
            old.close()
        self.ctx.agency = connection.client
        self.ctx.training_agency = connection.training
        self.ctx.set_connected(True)
        if self.login is not None:
            if not self.ctx.settings.agency_url:
                description = self.tr("Local training agency at %1").replace("%1", connection.client.base_url)
            elif connection.training:
                # Not the agency's own name: a training agency calls itself in English.
                description = self.tr("Training agency at %1").replace("%1", connection.client.base_url)
            else:
                description = (
                    self.tr("Agency: %1 (%2)")
                    .replace("%1", connection.name)
                    .replace("%2", connection.client.base_url)
                )
            self.login.set_agency_ready(description, connection.training)

    def _agency_failed(self, message: str) -> None:
        self.ctx.set_connected(False)
        if self.login is not None:
            self.login.set_agency_failed(message)
        self._reconnect_timer.start()

    def _disconnect_agency(self) -> None:
        """Forget the current agency (its address changed): end the session there, close the client and
        the store (each agency's documents stay in their own store), stop the training agency."""
        client, self.ctx.agency = self.ctx.agency, None
        store, self.ctx.store = self.ctx.store, None
        local = self.local_agency

        def release(_control: object) -> None:
            if client is not None:
                try:
                    client.logout()
                except Exception as exc:  # gone already: the session expires there by itself
                    log.info("log-out from the previous agency failed: %s", exc)
                client.close()
            if store is not None:
                store.close()
            local.stop()

        start_task(release, "releasing the agency")

    # --- register and settings from the log-in window ---------------------------------------------------
    def show_register(self) -> None:
        from ssclient.gui.register import RegisterDialog

        dialog = RegisterDialog(self.ctx, self.login)
        dialog.registered.connect(self._registered)
        dialog.open()

    def _registered(self, unit_code: str) -> None:
        if self.login is not None:
            self.login.unit_code.setText(unit_code)
            self.login.password.clear()

    def show_settings_from_login(self) -> None:
        from ssclient.gui.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.login)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.agency_changed))
        dialog.backups_requested.connect(self.show_backups)
        dialog.open()

    def apply_settings(self, *, agency_changed: bool) -> None:
        """Settings changed outside the settings dialog (an imported archive's): reconnect if needed."""
        self._settings_saved(agency_changed)

    def _settings_saved(self, agency_changed: bool) -> None:
        if agency_changed:
            self._disconnect_agency()
            self.connect_agency()

    # --- logging in -----------------------------------------------------------------------------------
    def _logged_in(self, result: Any, password: str) -> None:
        assert self.login is not None
        self._remember_password = self.login.remember.isEnabled() and self.login.remember.isChecked()
        if result.must_change_password:
            self._force_password_change(password)
        else:
            self.open_session(result.unit_code)

    def _force_password_change(self, password: str) -> None:
        from ssclient.gui.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, forced=True, current_password=password, parent=self.login)
        dialog.accepted.connect(lambda: self._forced_change_done(dialog.new_password))
        dialog.rejected.connect(self._forced_change_refused)
        dialog.open()

    def _forced_change_done(self, new_password: str) -> None:
        assert self.login is not None
        unit_code = self.ctx.settings.last_unit_code
        if self._remember_password:
            from ssclient.gui import credentials

            start_call(credentials.save_password, self.login.agency_key(), unit_code, new_password)
        self.login.remember_for_offline(unit_code, new_password)
        self.open_session(unit_code)

    def _forced_change_refused(self) -> None:
        if self.ctx.agency is not None:
            start_call(self.ctx.agency.logout)
        if self.login is not None:
            self.login.show_message(
                self.tr("Choose a new password to continue. Log in again when you are ready.")
            )

    def _logged_in_offline(self, login: Any, password: str) -> None:
        from ssclient.gui.offline_session import OfflineSession

        self.offline = OfflineSession(self, login.unit_code, password)
        self.offline.start()

    def end_offline(self) -> None:
        if self.offline is not None:
            self.offline.end()
            self.offline = None

    def ask_password_again(self) -> None:
        self._session_expired()

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
        agency, clock, store = self.ctx.agency, self.ctx.clock, self.ctx.store
        if self.login is not None:
            self.login.show_message(self.tr("Opening…"))
            self.login.set_opening(True)
        path = training_store_path() if not self._agency_url else None
        task = start_call(load_session, agency, store, clock, unit_code, path, offline=offline)
        task.finished.connect(self._session_loaded)
        task.failed.connect(self._session_failed)

    def _session_loaded(self, session: SessionData) -> None:
        from ssclient.gui.audit_window import audit_recorder

        self.ctx.store = session.store
        # The unit's administrator logs in with the unit code: that is the operator until operators exist.
        code = session.unit.unit_code
        self.ctx.agency.recorder = audit_recorder(Path(session.store.path), code, code, self.ctx.clock)
        self.ctx.set_policy(session.policy)
        self.ctx.set_pending_count(session.pending)
        self.ctx.set_unit(session.unit)
        self.show_main_window()
        notice = getattr(session.store, "notice", None)
        if notice is not None:
            self._show_store_notice(notice.text(QCoreApplication.translate))

    def _show_store_notice(self, text: str) -> None:
        """What the store had to do to open (an empty data file kept aside), over the main window."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data file"), text, parent=self.main_window)
        box.setObjectName("storeNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _session_failed(self, message: str) -> None:
        if self.login is not None:
            self.login.show_message(message)
            self.login.set_opening(False)

    def show_main_window(self) -> None:
        from ssclient.gui.main_window import MainWindow

        window = MainWindow(self.ctx)
        window.logout_requested.connect(self.log_out)
        window.exit_requested.connect(self.exit)
        window.unit_info_requested.connect(self.show_unit_info)
        window.change_password_requested.connect(self.show_change_password)
        window.settings_requested.connect(self.show_settings_from_main)
        self.main_window = window
        window.show()
        window.status.start_health_checks()
        self._start_outbox(window)
        if self.login is not None:
            self.login.show_message("")
            self.login.set_opening(False)
            self.login.hide()
        self._refresh_roster()

    def _start_outbox(self, window: QWidget) -> None:
        """Reconcile and send what waits in the outbox; the agency's verdicts show over the main window."""
        from ssclient.gui.documents.sync_runner import DeliveryNotifier, SyncRunner

        runner = SyncRunner.for_context(self.ctx)
        DeliveryNotifier(self.ctx, runner, window)
        if not self._outbox_wired:  # one runner per context, kept across log-ins: connect once
            runner.session_expired.connect(self._session_expired)
            self._outbox_wired = True
        runner.start()

    def _stop_outbox(self) -> None:
        if self.ctx.store is None or self.ctx.agency is None:
            return
        from ssclient.gui.documents.sync_runner import SyncRunner

        SyncRunner.release(self.ctx)

    def _refresh_roster(self) -> None:
        """Take the agency's roster into the store in the background (another workstation may have
        declared since); lists follow roster_changed."""
        agency, store, unit_code = self.ctx.agency, self.ctx.store, self.ctx.unit_code
        if self.offline is not None:  # the roster stored at the last online log-in serves until then
            return

        def refresh(_control: object) -> int:
            return int(store.replace_roster(unit_code, agency.roster()))

        task = start_task(refresh, "refreshing the roster")
        task.finished.connect(self._roster_refreshed)

    def _roster_refreshed(self, _count: int) -> None:
        self.ctx.signals.roster_changed.emit()

    # --- System menu ----------------------------------------------------------------------------------
    def show_unit_info(self) -> None:
        from ssclient.gui.unit_info import UnitInfoDialog

        dialog = UnitInfoDialog(self.ctx, self.main_window)
        dialog.open()
        dialog.refresh()

    def show_change_password(self) -> None:
        from ssclient.gui.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, parent=self.main_window)
        dialog.accepted.connect(lambda: self._password_changed(dialog.new_password))
        dialog.open()

    def _password_changed(self, new_password: str) -> None:
        from ssclient.gui import credentials

        key = self.login.agency_key() if self.login is not None else ""
        if self.ctx.settings.remember_password and key:
            start_call(credentials.save_password, key, self.ctx.unit_code, new_password)
        if self.login is not None:
            self.login.remember_for_offline(self.ctx.unit_code, new_password)
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(self.tr("The password was changed."), 8000)

    def show_settings_from_main(self) -> None:
        from ssclient.gui.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.main_window, logged_in=True)
        dialog.backups_requested.connect(self.show_backups)
        dialog.open()

    # --- backups ----------------------------------------------------------------------------------------
    def store_path(self) -> Path:
        """The store this session uses (the training agency's practice store is a file of its own)."""
        if self.ctx.store is not None:
            return Path(self.ctx.store.path)
        from ssclient.store.database import default_path

        return training_store_path() if not self._agency_url else default_path()

    def show_backups(self) -> None:
        from ssclient.gui.backup_session import BackupsController

        BackupsController(self).show()

    # --- the agency ended the session -------------------------------------------------------------------
    def _session_expired(self) -> None:
        """Ask for the password over the main window; open forms stay. Log out is the other answer."""
        if self.main_window is None or self._reauth is not None:
            return
        from ssclient.gui.session_expired import SessionExpiredDialog

        dialog = SessionExpiredDialog(self.ctx, self.main_window)
        dialog.accepted.connect(self._session_renewed)
        dialog.rejected.connect(self.log_out)
        dialog.finished.connect(self._reauth_closed)
        self._reauth = dialog
        dialog.open()

    def _reauth_closed(self) -> None:
        if self._reauth is not None:
            self._reauth.deleteLater()
        self._reauth = None

    def _session_renewed(self) -> None:
        from ssclient.gui.documents.sync_runner import SyncRunner

        SyncRunner.for_context(self.ctx).kick()

    # --- log out and exit -----------------------------------------------------------------------------
    def log_out(self) -> None:
        window = self.main_window
        if window is not None and not window.close_all_tabs():
            return
        # Settings may have named another agency while logged in: it applies now.
        agency_changed = self.ctx.settings.agency_url != self._agency_url
        self.end_offline()
        self._stop_outbox()
        if self.ctx.agency is not None:
            self.ctx.agency.recorder = None
        if self.ctx.agency is not None and not agency_changed:
            start_call(self.ctx.agency.logout)
        self._close_main_window()
        self.ctx.set_unit(None)
        if self.login is None:
            self._make_login()
        assert self.login is not None
        self.login.show()
        if agency_changed:
            self._disconnect_agency()
            self.connect_agency()

    def exit(self) -> None:
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
        agency = self.ctx.agency
        if agency is not None:
            try:
                agency.logout()
            except Exception as exc:  # the agency may be gone already; the session then expires there
                log.info("log-out at exit failed: %s", exc)
        cancel_all_and_wait()
        end_spreadsheet_reader()
        if agency is not None:
            agency.close()
        self.local_agency.stop()
        store = self.ctx.store
        if store is not None:
            store.close()
            from ssclient.gui.backup_session import automatic_backup
            from ssclient.store.backup import back_up_if_changed

            automatic_backup(back_up_if_changed, Path(store.path), self.ctx.clock.now())


def end_spreadsheet_reader() -> None:
    """End the reader process an import window started, if one did (see ssclient.io.reader_process)."""
    reader = sys.modules.get("ssclient.io.reader_process")
    if reader is not None:  # never imported: no import window opened, no process to end
        reader.shut_down()


def load_session(
    agency: Any,
    store: Any,
    clock: Clock,
    unit_code: str,
    store_path: Path | None = None,
    *,
    offline: bool = False,
) -> SessionData:
    """Runs on a worker: open the store (at `store_path`, by default the store's own place), fetch the
    profile and the policy (the cached one when the agency cannot send it, or offline the ones stored at
    the last online log-in), count the documents waiting in the outbox."""
    from ssclient.domain.enums import DeclarationStatus
    from ssclient.policy.serialize import policy_to_json
    from ssclient.store import Store, StoreError
    from ssclient.sync.results import AgencyUnreachable

    opening = store is None
    if opening:
        store = Store.open(store_path, clock=clock)
    if offline:
        unit = store.unit(unit_code)
        if unit is None:
            raise StoreError(
                f"No profile of unit {unit_code} is stored on this computer: log in online once."
            )
        policy = _cached_policy(store, unit_code)
    else:
        unit = agency.profile()
        store.save_unit(unit)
        try:
            policy = agency.policy().policy
            store.save_policy_json(unit_code, policy_to_json(policy), clock.now())
        except AgencyUnreachable:
            policy = _cached_policy(store, unit_code)
    if opening:  # the day's first copy, with the unit's profile in it (a restore checks whose data it is)
        from ssclient.gui.backup_session import automatic_backup
        from ssclient.store.backup import back_up_daily

        automatic_backup(back_up_daily, store.path, clock.now())
    pending = store.count_declarations(unit_code, statuses=[DeclarationStatus.PENDING])
    return SessionData(store, unit, policy, pending)


def _cached_policy(store: Any, unit_code: str) -> Policy:
    """The policy the agency sent at the last online log-in (the built-in one if it never did)."""
    from ssclient.policy import default_policy
    from ssclient.policy.serialize import policy_from_json

    cached = store.policy_json(unit_code)
    return policy_from_json(cached.text) if cached is not None else default_policy()
