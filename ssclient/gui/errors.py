"""What the user sees when something goes wrong: a short message, never a traceback.

Expected failures (the agency refuses, or cannot be reached) become a plain sentence in the user's
language. Anything else is a bug: its traceback goes to the log file and the user is told where that is.
`install_error_hooks` routes uncaught exceptions (any thread) and Qt's own warnings the same way.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ssclient.domain.findings import Finding

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from ssclient.app.session_errors import agency_refused, agency_unreachable, session_expired, store_refused

log = logging.getLogger("ssclient.errors")


def is_expected(exc: BaseException) -> bool:
    """The agency's own answers and network failures: no bug, no traceback needed."""
    return agency_refused(exc) or agency_unreachable(exc)


def is_session_expired(exc: BaseException) -> bool:
    return session_expired(exc)


def user_message(exc: BaseException, doing: str = "") -> str:
    """A short message for the user; unexpected errors are logged with their traceback on the way."""
    if store_refused(exc):
        # The data file's state, catalogued by the store (a read-only folder, a damaged file): the user reads
        # what to do in their language; the log keeps the cause.
        log.info("the local store refused while %s: %s", doing or "working", exc, exc_info=exc)
        return str(exc.text(QCoreApplication.translate))
    if agency_unreachable(exc):
        log.info("agency unreachable while %s: %s", doing or "working", exc)
        return QCoreApplication.translate(
            "Errors",
            "The agency cannot be reached. Check the network connection and the agency address in the "
            "settings (the Settings… button of the log-in window; System → Settings once logged in), then "
            "try again.",
        )
    if agency_refused(exc):
        # The code, not the message: an agency's sentence may quote a person's name or ID number.
        log.info("agency refused while %s: %s %s", doing or "working", exc.status, exc.code)
        return agency_error_text(exc)
    log.error("unexpected error while %s", doing or "working", exc_info=(type(exc), exc, exc.__traceback__))
    return unexpected_text()


def agency_error_text(exc: BaseException) -> str:
    """The agency's refusal in the user's language (its code looked up, its own text otherwise)."""
    if session_expired(exc):
        return _agency_messages()["SESSION_EXPIRED"]
    code = str(getattr(exc, "code", "") or "")
    if code == "UNIT_LOCKED":
        return _locked_text(str(getattr(exc, "message", "")))
    findings = getattr(exc, "findings", ())
    known = refusal_text(code, findings)
    if known:
        return known
    if findings:
        from ssclient.gui.findings_text import finding_text

        return "\n".join(finding_text(item) for item in findings)
    text = str(getattr(exc, "message", "") or exc).strip()
    return text or QCoreApplication.translate("Errors", "The agency refused the request.")


def refusal_text(code: str, findings: Sequence[Finding] = ()) -> str | None:
    """The agency's refusal with this code (and its findings) in the user's language; None for a code the
    client has no text for."""
    from ssclient.gui.operators.errors import operator_refusal

    return operator_refusal(code, findings) or _agency_messages().get(code)


def refused_finding_text(item: Finding) -> str | None:
    """A document's finding that is the agency's refusal to take it (sync.outbox keeps a refusal as the
    document's finding: its code, or the refusal's own findings), in the user's language; None for any
    other finding."""
    from ssclient.domain.permissions import PERMISSION_MISSING  # its enum is built only when needed

    code = "PERMISSION_DENIED" if item.code == PERMISSION_MISSING else item.code
    return refusal_text(code, (item,))


def _agency_messages() -> dict[str, str]:
    return {
        "LOGIN_FAILED": QCoreApplication.translate("Errors", "The unit code or the password is wrong."),
        "WRONG_PASSWORD": QCoreApplication.translate("Errors", "The current password is wrong."),
        "USCC_TAKEN": QCoreApplication.translate(
            "Errors", "A unit with this unified social credit code is already registered."
        ),
        "SESSION_EXPIRED": QCoreApplication.translate("Errors", "Your session has ended. Log in again."),
        "NOT_AUTHENTICATED": QCoreApplication.translate("Errors", "Your session has ended. Log in again."),
        "PASSWORD_CHANGE_REQUIRED": QCoreApplication.translate(
            "Errors", "Change the initial password first."
        ),
        **_submission_refusals(),
    }


def _submission_refusals() -> dict[str, str]:
    """Why the agency would not take a document at all (nothing recorded, no review): the document comes
    back rejected with this as its problem."""
    return {
        "BODY_TOO_LARGE": QCoreApplication.translate(
            "Errors",
            "The agency did not take the document: it is larger than the agency accepts at once. Split its "
            "people into several documents (an import from a spreadsheet does so by itself) and declare them.",
        ),
        "IDEMPOTENCY_KEY_REUSED": QCoreApplication.translate(
            "Errors",
            "The agency did not take the document: the sending number it came with had already come with "
            "another document. Nothing was recorded. Declare the document again: it goes with a new number.",
        ),
        "REPLACED_NOT_FOUND": QCoreApplication.translate(
            "Errors",
            "The agency did not take this revision: the unit has no record with the serial number it "
            "replaces. Nothing was recorded. Find the record in the declaration records and revise it there.",
        ),
        "REPLACED_NOT_REVOCABLE": QCoreApplication.translate(
            "Errors",
            "The agency did not take this revision: the record it replaces can no longer be replaced (it was "
            "revoked or revised already, a later declaration builds on it, or its period's declaration "
            "window has closed). Nothing was recorded. The declaration records show the record as it is now.",
        ),
    }


def _locked_text(agency_message: str) -> str:
    # The agency says until when in its English sentence; keep that time, say the rest in the user's language.
    match = re.search(r"until (.+?) \(Beijing time\)", agency_message)
    if match:
        return QCoreApplication.translate(
            "Errors", "Too many wrong passwords: this unit is locked until %1 (Beijing time). Try again then."
        ).replace("%1", match.group(1))
    return QCoreApplication.translate(
        "Errors", "Too many wrong passwords: this unit is locked for a while. Try again later."
    )


def unexpected_text() -> str:
    from ssclient import logsetup

    return QCoreApplication.translate(
        "Errors",
        "Something went wrong inside the program. Your saved work is safe. "
        "The details were written to the log file:\n{path}",
    ).format(path=logsetup.log_file())


class _ErrorReporter:
    """Shows one message box at a time, on the GUI thread, however many errors arrive."""

    def __init__(self, parent_for_box: Callable[[], QWidget | None]) -> None:
        self._parent_for_box = parent_for_box
        self._showing = False
        self.last_box: QMessageBox | None = None

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if app is None:
            return
        from PySide6.QtCore import QThread  # not at the top: its first use builds an enum, before the window

        if QThread.currentThread() is not app.thread():
            QTimer.singleShot(0, app, self._show)
            return
        self._show()

    def _show(self) -> None:
        if self.last_box is not None:
            return  # one box is on screen already; the log has every error
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Errors", "Error"),
            unexpected_text(),
            parent=self._parent_for_box(),
        )
        box.setObjectName("unexpectedErrorBox")
        box.finished.connect(self._closed)
        self.last_box = box
        box.open()

    def _closed(self) -> None:
        if self.last_box is not None:
            self.last_box.deleteLater()
        self.last_box = None


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(
        _QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, getattr(context, "category", "")
    )


class ErrorHooks:
    """The installed hooks; `uninstall` puts back what was there (tests install and remove them)."""

    def __init__(self, parent_for_box: Callable[[], QWidget | None] = QApplication.activeWindow) -> None:
        self.reporter = _ErrorReporter(parent_for_box)
        self._previous_sys: Any = None
        self._previous_thread: Any = None
        self._previous_qt: Any = None

    def install(self) -> ErrorHooks:
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.reporter.report
        threading.excepthook = self._thread_hook
        self._previous_qt = qInstallMessageHandler(_qt_message)
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_sys
        threading.excepthook = self._previous_thread
        qInstallMessageHandler(self._previous_qt)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.reporter.report(args.exc_type, args.exc_value, args.exc_traceback)


def install_error_hooks() -> ErrorHooks:
    return ErrorHooks().install()
