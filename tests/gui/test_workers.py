"""Background tasks: outcome signals on the GUI thread, progress, cooperative cancel, errors as messages."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ssclient.gui.workers import Task, TaskControl, start_call, start_task
from ssclient.sync.errors import AgencyError


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    seen_on: list[threading.Thread] = []
    task = start_call(lambda a, b: a + b, 2, 3)
    task.finished.connect(lambda _result: seen_on.append(threading.current_thread()))
    with qtbot.waitSignal(task.finished) as blocker:
        pass
    assert blocker.args == [5]
    assert seen_on == [threading.main_thread()]
    assert not task.running


def test_work_runs_off_the_gui_thread(qtbot: QtBot) -> None:
    task = start_call(threading.current_thread)
    with qtbot.waitSignal(task.finished) as blocker:
        pass
    assert blocker.args[0] is not threading.main_thread()


def test_progress_is_reported_in_order(qtbot: QtBot) -> None:
    def count(control: TaskControl) -> str:
        for done in range(1, 4):
            control.report(done, 3)
        return "done"

    task = Task(count)
    reports: list[tuple[int, int]] = []
    task.progress.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(task.ended):
        task.start()
    assert reports == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_cooperative_work(qtbot: QtBot) -> None:
    started = threading.Event()
    cancel_asked = threading.Event()  # wakes the work at once after Cancel

    def wait_for_cancel(control: TaskControl) -> None:
        started.set()
        while True:
            control.check_cancelled()
            cancel_asked.wait(0.01)

    task = start_task(wait_for_cancel)
    finished: list[object] = []
    task.finished.connect(finished.append)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled):
        task.cancel()
        cancel_asked.set()
    assert finished == []


def test_advance_reports_progress_until_cancel(qtbot: QtBot) -> None:
    first_reported = threading.Event()
    cancel_asked = threading.Event()

    def two_steps(control: TaskControl) -> None:
        control.advance(1, 2)
        first_reported.set()
        cancel_asked.wait(5)
        control.advance(2, 2)  # Cancel was pressed meanwhile: the work stops here, unreported

    task = Task(two_steps)
    reports: list[tuple[int, int]] = []
    task.progress.connect(lambda done, total: reports.append((done, total)))
    task.start()
    assert first_reported.wait(5)
    with qtbot.waitSignal(task.cancelled):
        task.cancel()
        cancel_asked.set()
    assert reports == [(1, 2)]


@pytest.mark.allow_log_warnings
def test_unexpected_error_is_logged_with_traceback_and_shown_short(qtbot: QtBot, log_file: Path) -> None:
    log_path = log_file

    def broken() -> None:
        raise ZeroDivisionError("boom in the worker")

    task = start_call(broken)
    with qtbot.waitSignal(task.failed) as blocker:
        pass
    message = blocker.args[0]
    assert "Traceback" not in message and "ZeroDivisionError" not in message
    assert str(log_path) in message
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "boom in the worker" in logged
    assert isinstance(task.error, ZeroDivisionError)


def test_a_task_tells_a_deleted_owner_nothing(qtbot: QtBot) -> None:
    """A window closed (and deleted) while its task runs: the result must not reach its slots, which
    would touch deleted widgets."""
    release = threading.Event()
    owner = QWidget()
    label = QWidget(owner)
    heard: list[str] = []
    task = start_call(release.wait, 10).owned_by(owner)
    task.finished.connect(lambda _result: heard.append(str(label.isVisible())))
    task.ended.connect(lambda: heard.append("ended"))
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    release.set()
    qtbot.waitUntil(lambda: not task.running)
    assert heard == []


def test_a_task_whose_owner_lives_announces_as_usual(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    task = start_call(lambda: 7).owned_by(owner)
    with qtbot.waitSignal(task.finished) as blocker:
        pass
    assert blocker.args == [7]


class _Program(QObject):
    roster_changed = Signal()
    documents_changed = Signal()


def test_a_task_tells_the_program_what_changed_even_after_its_owner_is_gone(qtbot: QtBot) -> None:
    """The window's slots go with the window; the program-wide signals are still emitted, each once,
    after the task has finished."""
    release = threading.Event()
    program, window = _Program(), QWidget()
    label = QLabel(window)
    task = start_call(release.wait, 10).owned_by(window)
    task.then_emit(program.roster_changed, program.documents_changed)
    task.finished.connect(lambda result: label.setText(str(result)))
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    heard: list[str] = []
    program.roster_changed.connect(lambda: heard.append("roster"))
    program.documents_changed.connect(lambda: heard.append("documents"))
    release.set()
    qtbot.waitUntil(lambda: not task.running)
    assert heard == ["roster", "documents"]


def test_the_program_hears_of_the_change_before_the_window_takes_the_result(qtbot: QtBot) -> None:
    program, window = _Program(), QWidget()
    qtbot.addWidget(window)
    heard: list[str] = []
    program.documents_changed.connect(lambda: heard.append("documents"))
    task = start_call(lambda: 7).owned_by(window).then_emit(program.documents_changed)
    task.finished.connect(lambda result: heard.append(f"window: {result}"))
    with qtbot.waitSignal(task.ended):
        pass
    assert heard == ["documents", "window: 7"]


def test_a_task_that_fails_tells_the_program_nothing(qtbot: QtBot) -> None:
    program = _Program()
    heard: list[str] = []
    program.roster_changed.connect(lambda: heard.append("roster"))

    def refused() -> None:
        raise AgencyError(409, "REVOKE_WINDOW_CLOSED", "The declaration window has closed.")

    task = start_call(refused).then_emit(program.roster_changed)
    with qtbot.waitSignal(task.failed):
        pass
    assert heard == []


def test_a_conditional_announcement_is_made_only_when_the_result_says_so(qtbot: QtBot) -> None:
    """A payment computation tells of the roster only when it took a changed one in."""
    program = _Program()
    heard: list[str] = []
    program.roster_changed.connect(lambda: heard.append("roster"))
    for taken_in in (False, True):
        task = start_call(lambda taken_in=taken_in: taken_in)
        task.then_emit(program.roster_changed, when=bool)
        with qtbot.waitSignal(task.ended):
            pass
    assert heard == ["roster"]
