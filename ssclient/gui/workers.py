"""Run work off the GUI thread: HTTP, big database reads and writes never block the window.

A `Task` wraps a callable that runs on Qt's thread pool. Its signals are always emitted on the GUI thread
(the worker hands its outcome over through a queued connection), so slots may touch widgets, and a test
can create a task and then wait for it with ``qtbot.waitSignal(task.finished)`` without a race.

    task = start_call(SessionLogin.online, ctx.agency, unit_code, password)
    task.finished.connect(self._logged_in)      # the callable's return value
    task.failed.connect(self._show_error)       # a short message for the user; details went to the log

A window that may be closed (and deleted) before its task ends owns it: its slots, lambdas especially,
are then not called on deleted widgets. What the whole program must hear of anyway (a save changed the
draft box) goes out with `then_emit`, whether the window is still there or not.

    task = start_call(documents.selection_findings, ids).owned_by(self)
    task = start_call(documents.save, declaration).owned_by(self).then_emit(signals.documents_changed)

Long work takes a `TaskControl` to report progress and to notice Cancel (cooperative: the callable calls
``control.check_cancelled()`` between steps):

    def import_rows(control: TaskControl) -> int:
        for done, row in enumerate(rows, 1):
            control.check_cancelled()
            ...
            control.report(done, len(rows))
        return len(rows)

    task = start_task(import_rows)
    show_progress(task, self.tr("Importing…"), parent=self)
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    SignalInstance,
    Slot,
)

from ssclient.gui.errors import is_session_expired, user_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long a worker running Python may keep the interpreter lock from the GUI thread. The GUI thread gives
# the lock up around every call into Qt and must then wait for it: by default up to 5 ms a call, which a
# handler of a few dozen calls (showing an import's report, each progress report) turned into stalls of
# 50 to 100 ms while a worker read or saved 100,000 rows. Only a thread waiting for the lock makes the
# holder switch, so work on the workers is not slowed while the GUI thread sleeps.
SWITCH_INTERVAL_S = 0.001

# Tasks stay referenced here until they end, so a caller may drop its reference without losing signals.
_running: set[Task] = set()


class TaskEvents(QObject):
    """What any task's failure means for the whole app: the agency ended the session (the shell then
    asks for the password again)."""

    session_expired = Signal()


_events: TaskEvents | None = None


def task_events() -> TaskEvents:
    global _events
    if _events is None:
        _events = TaskEvents()
    return _events


class TaskCancelled(Exception):
    """Raised inside a task's callable (by `TaskControl.check_cancelled`) to stop after Cancel."""


class TaskControl:
    """What the callable sees of its task: progress reporting and the Cancel request."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled

    def report(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the application is gone; nobody is watching
            self._task._progress_from_worker.emit(done, total)

    def advance(self, done: int, total: int) -> None:
        """`check_cancelled`, then `report`: the progress callback to hand a long step (an export, the
        statements) so that Cancel stops it at its next row."""
        self.check_cancelled()
        self.report(done, total)

    def _request_cancel(self) -> None:
        self._cancel.set()


class Task(QObject):
    """One piece of background work and its outcome, announced on the GUI thread.

    Exactly one of finished / failed / cancelled is emitted, then `ended` (for clean-up such as
    re-enabling a button).
    """

    finished = Signal(object)  # the callable's return value
    failed = Signal(str)  # a short message for the user; the traceback is in the log file
    cancelled = Signal()
    progress = Signal(int, int)  # done, total
    ended = Signal()

    # The worker thread emits these; queued connections bring them to the GUI thread.
    _outcome_from_worker = Signal(str, object)
    _progress_from_worker = Signal(int, int)

    def __init__(self, work: Callable[[TaskControl], Any], description: str = "") -> None:
        super().__init__()
        self.description = description or getattr(work, "__qualname__", "task")
        self.control = TaskControl(self)
        self._work = work
        self._running = False
        self._owner_gone = False
        self._announcements: tuple[tuple[SignalInstance, Callable[[Any], bool] | None], ...] = ()
        self.error: BaseException | None = (
            None  # the exception behind `failed`, for callers that branch on it
        )
        self._outcome_from_worker.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        self._progress_from_worker.connect(self.progress, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> Task:
        if self._running:
            raise RuntimeError("task already started")
        self._running = True
        _running.add(self)
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def owned_by(self, owner: QObject) -> Task:
        """Announce nothing once `owner` is deleted: a window's slots, often lambdas, which Qt does not
        disconnect, would otherwise touch its deleted widgets. A tab closed while its task still runs (a
        100,000-line draft being counted) is deleted before the result comes."""
        owner.destroyed.connect(self._disown)
        return self

    def then_emit(self, *announcements: SignalInstance, when: Callable[[Any], bool] | None = None) -> Task:
        """Emit each of `announcements` (signals of no arguments) once the task has finished, before
        `finished`: a change the whole program must hear of (the roster, the draft box), heard even when
        the task's owner was deleted meanwhile. With `when`, only if `when(result)` is true."""
        self._announcements += tuple((signal, when) for signal in announcements)
        return self

    @Slot()
    def _disown(self) -> None:
        self._owner_gone = True

    def cancel(self) -> None:
        """Ask the callable to stop at its next check; `cancelled` follows when it does."""
        self.control._request_cancel()

    def _run_in_worker(self) -> None:
        # The callable goes once it has run, and what it holds with it (an import's whole sheet): the
        # pool's thread may keep this task a while after, and a closed window must not keep its data.
        work, self._work = self._work, _already_ran
        try:
            result = work(self.control)
        except TaskCancelled:
            self._hand_over("cancelled", None)
        except BaseException as exc:  # everything reaches the user as a message, never a traceback
            self._hand_over("failed", exc)
        else:
            self._hand_over("finished", result)

    def _hand_over(self, outcome: str, value: object) -> None:
        try:
            self._outcome_from_worker.emit(outcome, value)
        except RuntimeError:
            # The application is gone (work that outlived exit): no one is left to tell.
            log.debug("task %s ended after the application: %s", self.description, outcome)

    @Slot(str, object)
    def _announce(self, outcome: str, value: object) -> None:
        self._running = False
        try:
            if outcome == "finished":
                for signal, when in self._announcements:
                    if when is None or when(value):
                        signal.emit()
            if self._owner_gone:
                log.debug("task %s %s after its window was closed", self.description, outcome)
                return
            if outcome == "finished":
                self.finished.emit(value)
            elif outcome == "cancelled":
                self.cancelled.emit()
            else:
                assert isinstance(value, BaseException)
                self.error = value
                self.failed.emit(user_message(value, doing=self.description))
                if is_session_expired(value):
                    task_events().session_expired.emit()
            self.ended.emit()
        finally:
            _running.discard(self)


def _already_ran(_control: TaskControl) -> Any:
    raise RuntimeError("a task runs once")


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run_in_worker()


def start_task(work: Callable[[TaskControl], T], description: str = "") -> Task:
    """Start `work(control)` on the thread pool; see the module docstring."""
    return Task(work, description).start()


def start_call(function: Callable[..., T], *args: Any, **kwargs: Any) -> Task:
    """Start `function(*args, **kwargs)` on the thread pool (no progress, no cooperative cancel)."""
    description = getattr(function, "__qualname__", "task")
    return Task(lambda _control: function(*args, **kwargs), description).start()


def cancel_all_and_wait(timeout_ms: int = 10_000) -> bool:
    """On exit: ask every task to stop, then wait for the pool. False when work was still running."""
    for task in tuple(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def show_progress(
    task: Task, label: str, parent: QWidget | None = None, *, cancellable: bool = True
) -> QProgressDialog:
    """A modal progress dialog following `task`; its Cancel button asks the task to stop."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, QCoreApplication.translate("Task", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work finishes without a flash of a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # None removes it; 6.8's stub says no

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    task.progress.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.ended.connect(dialog.close)
    task.ended.connect(dialog.deleteLater)
    return dialog
