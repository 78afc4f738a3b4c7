"""Fixtures for the shell's GUI tests: a real agency on loopback, the shell driven through its windows."""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ssclient import logsetup
from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import FixedClock
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.shell import Shell
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.store.store import Store
from tests.support.agency import agency, agency_client, agency_clock, unit  # noqa: F401

# The offscreen platform says this whenever a top-level window with a layout is shown; not about our code.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = str(item.path).replace("\\", "/")
        if "tests/gui/" in path and "tests/gui/documents" not in path:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The program's file log, set up as the app does, and removed again after the test."""
    path = logsetup.setup_file_logging()
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def settings() -> AppSettings:
    return AppSettings()


@pytest.fixture
def ctx(settings: AppSettings, agency_clock: FixedClock) -> Iterator[AppContext]:  # noqa: F811
    context = AppContext(settings, clock=agency_clock)
    yield context
    cancel_all_and_wait()


@pytest.fixture
def shell(qtbot: QtBot, ctx: AppContext, agency: RunningAgency) -> Iterator[Shell]:  # noqa: F811
    """The shell pointed at the test agency, its log-in window shown and connected."""
    ctx.settings.agency_url = agency.url
    running = Shell(ctx)
    login = running.start()
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.login_button.isEnabled(), timeout=10_000)
    yield running
    running.shutdown()


# Windows whose store calls are still being moved to app use cases (their own change): not held to it yet.
NOT_YET_ON_WORKERS = ("gui/documents/", "gui/contributions/", "gui/records/", "gui/imports/")


def _window_code_calling() -> str:
    """Where ssclient.gui code on the stack called in (file:line), or "" when none did."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename.replace("\\", "/")
        if "/ssclient/gui/" in name:
            where = name.rsplit("/ssclient/", 1)[1]
            # Shutdown runs after the event loop: nothing is drawn any more.
            if frame.f_code.co_name == "shutdown" or where.startswith(NOT_YET_ON_WORKERS):
                return ""
            return f"{where}:{frame.f_lineno}"
        frame = frame.f_back
    return ""


def _on_workers_only(method: Callable[..., Any], name: str, misuses: list[str]) -> Callable[..., Any]:
    @functools.wraps(method)
    def checked(self: Store, *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is threading.main_thread():
            caller = _window_code_calling()
            if caller:
                misuses.append(f"Store.{name} on the GUI thread, from {caller}")
        return method(self, *args, **kwargs)

    return checked


@pytest.fixture(autouse=True)
def store_off_the_gui_thread(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The session's windows reach the store through app use cases on workers, never on the GUI thread: a
    store call made by window code on the main thread fails the test. (A test itself may prepare data
    directly.) The tests in the subfolders, of the other areas' windows, are not held to it yet."""
    if request.node.path.parent != Path(__file__).parent:
        yield
        return
    misuses: list[str] = []
    for name, member in list(vars(Store).items()):
        if (
            not name.startswith("_")
            and callable(member)
            and not isinstance(member, (classmethod, staticmethod))
        ):
            monkeypatch.setattr(Store, name, _on_workers_only(member, name, misuses))
    yield
    assert misuses == [], "\n".join(misuses)
