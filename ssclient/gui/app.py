"""The desktop client's start: `run_gui()` is what `ssclient` runs.

The log-in window comes first and fast: only what it needs is imported before it shows. The session
(`ssclient.gui.shell.Shell`: agency, log-in, main window, log out, exit) takes it over right after, and
the agency (the local training one when none is configured) is started or reached in the background, its
heavy libraries loading there, off the GUI thread.

For the start-up benchmark: with SSCLIENT_STARTUP_PROBE=1 the app prints ``ssclient-shown <epoch seconds>``
when the log-in window has been shown, and quits.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ssclient.gui.app_settings import AppSettings
from ssclient.gui.collector import pin_collection_to_gui_thread
from ssclient.gui.context import AppContext
from ssclient.gui.errors import install_error_hooks
from ssclient.gui.i18n import install_translations, remove_translations
from ssclient.gui.icons import app_icon
from ssclient.gui.login import LoginDialog

if TYPE_CHECKING:
    from ssclient.domain.clock import Clock
    from ssclient.gui.shell import Shell

log = logging.getLogger(__name__)

STARTUP_PROBE_ENV = "SSCLIENT_STARTUP_PROBE"


# --- the process ----------------------------------------------------------------------------------------
def _quit_on_signals(shell: Shell) -> None:
    """Ctrl+C or a session's end (SIGTERM) closes the app as Exit does, stopping the training agency.

    Python handles signals only when it runs, so a timer gives it a moment every half second."""
    import signal  # here, after the first frame: its import builds enums (some 0.7 ms)

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
    # Garbage is collected on this thread only: a worker freeing a window's Qt object could deadlock it.
    pin_collection_to_gui_thread(app)
    app.setApplicationName("ssclient")
    app.setDesktopFileName("ssclient")  # desktops match the window to the menu entry and its icon
    app.setOrganizationName("ssclient")
    app.setWindowIcon(app_icon())
    hooks = install_error_hooks()
    settings = AppSettings()
    # Held: its translators live as long as it. Qt's own catalogue (standard buttons, context menus) joins
    # after the first frame: the log-in window shows no Qt string, and loading it took some 0.4 ms.
    translations = install_translations(app, settings.language, qt_catalogue=False)
    ctx = AppContext(settings, clock=clock)
    probing = bool(os.environ.get(STARTUP_PROBE_ENV))
    if probing:  # first in the queue: it runs once the window is shown and painted, before anything else
        QTimer.singleShot(0, _report_shown_and_quit)
    login = LoginDialog(ctx)
    login.show()
    # Right after the first frame: Qt's catalogue, the log file (before the agency starts, so that its
    # start is logged), then the session takes the window over.
    QTimer.singleShot(0, lambda: translations.install_qt_catalogue(app))
    QTimer.singleShot(0, _start_file_logging)
    session: list[Shell] = []
    QTimer.singleShot(0, lambda: session.append(_start_session(app, ctx, login, connect=not probing)))
    try:
        code = app.exec()
    finally:
        if session:
            session[0].shutdown()
        remove_translations(app, translations)
        hooks.uninstall()
    return int(code)


def _start_session(app: QApplication, ctx: AppContext, login: LoginDialog, *, connect: bool) -> Shell:
    from ssclient.gui.shell import Shell

    shell = Shell(ctx, auto_connect=connect)
    shell.quit_requested.connect(app.quit)
    shell.adopt(login)
    _quit_on_signals(shell)
    return shell
