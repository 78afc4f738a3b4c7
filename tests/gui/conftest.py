"""Fixtures for the shell's GUI tests: a real agency on loopback, the shell driven through its windows."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ssclient import logsetup
from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import FixedClock
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.collector import GuiThreadCollector, pin_collection_to_gui_thread
from ssclient.gui.context import AppContext
from ssclient.gui.i18n import install_translations, remove_translations
from ssclient.gui.shell import Shell
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.selftest_core import OFFSCREEN_NOISE
from tests.gui.documents.conftest import Agency
from tests.support.agency import agency, agency_client, agency_clock, unit  # noqa: F401
from tests.support.thread_guard import watch_store_calls  # noqa: F401


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every GUI test passes over the offscreen platform's OFFSCREEN_NOISE (any other Qt warning fails it)."""
    for item in items:
        if "tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def _answer_a_left_question() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        discard = box.button(QMessageBox.StandardButton.Discard)
        if discard is not None:
            discard.click()
        else:
            box.reject()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A test that failed with an editor's changes unsaved leaves its windows to pytest-qt, whose close then
    asks "discard changes?" modally, and no one answers on the offscreen platform: the run would hang
    instead of showing the failure. While the windows close, such a question is answered (Discard)."""
    if QApplication.instance() is None:  # no windows: nothing can ask
        return (yield)
    answering = QTimer()
    answering.setInterval(50)
    answering.timeout.connect(_answer_a_left_question)
    answering.start()
    try:
        return (yield)
    finally:
        answering.stop()


@pytest.fixture(scope="package", autouse=True)
def gui_collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    """As the program does (gui.app): garbage is collected on the GUI thread only, for the GUI tests (the
    other packages' tests run with Python's own collector). A worker's collection once freed a window's Qt
    object on the worker and deadlocked the suite."""
    collector = pin_collection_to_gui_thread(qapp)
    yield collector
    collector.stop()


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


def _speaking(app: QApplication, language: str) -> Iterator[None]:
    installed = install_translations(app, language)
    yield
    remove_translations(app, installed)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The windows speaking Simplified Chinese, as a user gets them by default (every catalogue loaded)."""
    yield from _speaking(qapp, "zh_CN")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English as an English-speaking user gets it: counted words in their plural forms ("3 days")."""
    yield from _speaking(qapp, "en")


@pytest.fixture
def settings() -> AppSettings:
    return AppSettings()


@pytest.fixture
def ctx(settings: AppSettings, agency_clock: FixedClock) -> Iterator[AppContext]:  # noqa: F811
    context = AppContext(settings, clock=agency_clock)
    yield context
    cancel_all_and_wait()


def _shell_at(qtbot: QtBot, ctx: AppContext, url: str) -> Iterator[Shell]:
    ctx.settings.agency_url = url
    running = Shell(ctx)
    login = running.start()
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.login_button.isEnabled(), timeout=10_000)
    yield running
    running.shutdown()


@pytest.fixture
def shell(qtbot: QtBot, ctx: AppContext, agency: RunningAgency) -> Iterator[Shell]:  # noqa: F811
    """The shell pointed at the test agency, its log-in window shown and connected."""
    yield from _shell_at(qtbot, ctx, agency.url)


@pytest.fixture
def server(tmp_path: Path, agency_clock: FixedClock) -> Iterator[Agency]:  # noqa: F811
    """An agency the test can stop and start again on the same port (the network lost and back)."""
    running = Agency(f"sqlite:///{tmp_path / 'agency.sqlite3'}", agency_clock)
    yield running
    running.stop()


@pytest.fixture
def offline_shell(qtbot: QtBot, ctx: AppContext, server: Agency) -> Iterator[Shell]:
    """The shell pointed at `server`, its log-in window shown and connected."""
    yield from _shell_at(qtbot, ctx, server.url)


@pytest.fixture(autouse=True)
def store_off_the_gui_thread(request: pytest.FixtureRequest) -> None:
    """The windows reach the store through app use cases on workers, never on the GUI thread: a store
    read or write made by window code on the main thread fails the test (tests.support.thread_guard)."""
    request.getfixturevalue("watch_store_calls")
