"""The desktop client's start and its session: log-in window, agency, main window, log out, exit.

`run_gui()` is what `ssclient` runs. The log-in window comes first and fast; the agency (the local training
one when none is configured) is started or reached in the background right after it appears, and the heavy
libraries load there, off the GUI thread.

For the start-up benchmark: with SSCLIENT_STARTUP_PROBE=1 the app prints ``ssclient-shown <epoch seconds>``
when the log-in window has been shown, and quits.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLibraryInfo, QObject, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ssclient import assets
from ssclient.domain.clock import Clock, SystemClock
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.errors import install_error_hooks
from ssclient.gui.icons import app_icon
from ssclient.gui.local_agency import LocalTrainingAgency
from ssclient.gui.login import LoginDialog
from ssclient.gui.workers import Task, cancel_all_and_wait, start_call, start_task, task_events

if TYPE_CHECKING:
    from ssclient.domain.roster import Unit
    from ssclient.policy import Policy

log = logging.getLogger(__name__)

STARTUP_PROBE_ENV = "SSCLIENT_STARTUP_PROBE"
# While the agency cannot be reached from the log-in window, try again this often (milliseconds).
RECONNECT_INTERVAL_MS = 10_000


@dataclass(frozen=True, slots=True)
class AgencyConnection:
    client: Any  # ssclient.sync.api.AgencyClient
    name: str
    training: bool


@dataclass(frozen=True, slots=True)
class SessionData:
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
        task_events().session_expired.connect(self._session_expired)

    # --- start ----------------------------------------------------------------------------------------
    def start(self) -> LoginDialog:
        login = self._make_login()
        if self._auto_connect:
            login.shown.connect(self._schedule_connect)
        login.show()
        return login

    def _make_login(self) -> LoginDialog:
        login = LoginDialog(self.ctx)
        login.logged_in.connect(self._logged_in)
        login.register_requested.connect(self.show_register)
        login.settings_requested.connect(self.show_settings_from_login)
        login.rejected.connect(self.quit)
        self.login = login
        return login

    def _schedule_connect(self) -> None:
        # After the window is painted: the agency's imports then do not delay the first frame.
        QTimer.singleShot(0, self.connect_agency)

    # --- the agency -----------------------------------------------------------------------------------
    def connect_agency(self) -> None:
        if self._connect_task is not None and self._connect_task.running:
            return
        url = self.ctx.settings.agency_url
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
        old = self.ctx.agency
        if old is not None and old is not connection.client:
            old.close()
        self.ctx.agency = connection.client
        self.ctx.training_agency = connection.training
        self.ctx.set_connected(True)
        if self.login is not None:
            if connection.training:
                description = self.tr("Local training agency at %1").replace("%1", connection.client.base_url)
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
        """Forget the current agency (its address changed): close the client, stop the training agency."""
        client, self.ctx.agency = self.ctx.agency, None
        local = self.local_agency

        def release(_control: object) -> None:
            if client is not None:
                client.close()
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
        dialog.open()

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
        self.open_session(unit_code)

    def _forced_change_refused(self) -> None:
        if self.ctx.agency is not None:
            start_call(self.ctx.agency.logout)
        if self.login is not None:
            self.login.show_message(
                self.tr("Choose a new password to continue. Log in again when you are ready.")
            )

    def open_session(self, unit_code: str) -> None:
        """After log-in: the profile, the policy and the store, then the main window."""
        agency, clock, store = self.ctx.agency, self.ctx.clock, self.ctx.store
        if self.login is not None:
            self.login.show_message(self.tr("Opening…"))
            self.login.login_button.setEnabled(False)
        task = start_call(load_session, agency, store, clock, unit_code)
        task.finished.connect(self._session_loaded)
        task.failed.connect(self._session_failed)

    def _session_loaded(self, session: SessionData) -> None:
        self.ctx.store = session.store
        self.ctx.set_policy(session.policy)
        self.ctx.set_pending_count(session.pending)
        self.ctx.set_unit(session.unit)
        self.show_main_window()

    def _session_failed(self, message: str) -> None:
        if self.login is not None:
            self.login.show_message(message)
            self.login.login_button.setEnabled(True)

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
            self.login.hide()
        self._refresh_roster()

    def _start_outbox(self, window: QWidget) -> None:
        """Reconcile and send what waits in the outbox; the agency's verdicts show over the main window."""
        from ssclient.gui.documents.sync_runner import DeliveryNotifier, SyncRunner

        runner = SyncRunner.for_context(self.ctx)
        DeliveryNotifier(self.ctx, runner, window)
        runner.start()

    def _stop_outbox(self) -> None:
        if self.ctx.store is None or self.ctx.agency is None:
            return
        from ssclient.gui.documents.sync_runner import SyncRunner

        SyncRunner.for_context(self.ctx).stop()

    def _refresh_roster(self) -> None:
        """Take the agency's roster into the store in the background (another workstation may have
        declared since); lists follow roster_changed."""
        agency, store, unit_code = self.ctx.agency, self.ctx.store, self.ctx.unit_code

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
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(self.tr("The password was changed."), 8000)

    def show_settings_from_main(self) -> None:
        from ssclient.gui.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.main_window, logged_in=True)
        dialog.open()

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
        agency_changed = self.ctx.agency is not None and (
            self.ctx.settings.agency_url != ("" if self.ctx.training_agency else self.ctx.agency.base_url)
        )
        self._stop_outbox()
        if self.ctx.agency is not None:
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
        agency = self.ctx.agency
        if agency is not None:
            try:
                agency.logout()
            except Exception as exc:  # the agency may be gone already; the session then expires there
                log.info("log-out at exit failed: %s", exc)
        cancel_all_and_wait()
        if agency is not None:
            agency.close()
        self.local_agency.stop()
        store = self.ctx.store
        if store is not None:
            store.close()


def load_session(agency: Any, store: Any, clock: Clock, unit_code: str) -> SessionData:
    """Runs on a worker: open the store, fetch the profile and the policy (the cached one when the
    agency cannot send it), count the documents waiting in the outbox."""
    from ssclient.domain.enums import DeclarationStatus
    from ssclient.policy import default_policy
    from ssclient.policy.serialize import policy_from_json, policy_to_json
    from ssclient.store import Store
    from ssclient.sync.results import AgencyUnreachable

    if store is None:
        store = Store.open(clock=clock)
    unit = agency.profile()
    store.save_unit(unit)
    try:
        policy = agency.policy().policy
        store.save_policy_json(unit_code, policy_to_json(policy), clock.now())
    except AgencyUnreachable:
        cached = store.policy_json(unit_code)
        policy = policy_from_json(cached.text) if cached is not None else default_policy()
    pending = store.count_declarations(unit_code, statuses=[DeclarationStatus.PENDING])
    return SessionData(store, unit, policy, pending)


# --- the process ----------------------------------------------------------------------------------------
def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Every catalogue of `language` in resources/translations (each ``*_<language>.qm``) and Qt's own
    (standard buttons and dialogs); English is the source language and needs none. Returns the
    translators installed, for `remove_translations`.

    The files are loaded here directly rather than through ssclient.gui.i18n, whose import pulls in the
    whole rulebook (about 100 ms) on the way to the first window; the rule is the same: every catalogue
    of the language.
    """
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    for path in sorted(assets.resource("translations").glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(path)):
            installed.append(translator)
        else:
            log.warning("cannot load translation catalogue %s", path)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translations(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def _quit_on_signals(shell: Shell) -> None:
    """Ctrl+C or a session's end (SIGTERM) closes the app as Exit does, stopping the training agency.

    Python handles signals only when it runs, so a timer gives it a moment every half second."""

    def request_quit(signum: int, _frame: object) -> None:
        log.info("signal %s: closing", signum)
        shell.quit()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), request_quit)
    ticker = QTimer(shell)
    ticker.setInterval(500)
    ticker.timeout.connect(lambda: None)
    ticker.start()


def _start_file_logging() -> None:
    from ssclient import logsetup

    logsetup.setup_file_logging()


def _report_shown_and_quit() -> None:
    """The start-up benchmark's hook: the log-in window is up and the event loop runs; say when, quit."""
    print(f"ssclient-shown {time.time():.6f}", flush=True)
    QApplication.quit()


def run_gui(clock: Clock | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ssclient")
    app.setOrganizationName("ssclient")
    app.setWindowIcon(app_icon())
    hooks = install_error_hooks()
    settings = AppSettings()
    install_translations(app, settings.language)
    ctx = AppContext(settings, clock=clock or SystemClock())
    probing = bool(os.environ.get(STARTUP_PROBE_ENV))
    if probing:  # first in the queue: it runs once the window is shown and painted, before anything else
        QTimer.singleShot(0, _report_shown_and_quit)
    # The log file right after the first window (logging.handlers is not worth waiting for), before the
    # agency starts so that its start is logged.
    QTimer.singleShot(0, _start_file_logging)
    shell = Shell(ctx, auto_connect=not probing)
    shell.quit_requested.connect(app.quit)
    shell.start()
    _quit_on_signals(shell)
    try:
        code = app.exec()
    finally:
        shell.shutdown()
        hooks.uninstall()
    return int(code)


def show_fatal(message: str) -> None:
    """A start-up failure before any window: one message box, then the caller exits."""
    QMessageBox.critical(None, "ssclient", message)
