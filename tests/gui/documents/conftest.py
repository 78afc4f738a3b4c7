"""Fixtures for the document windows: a real store in tmp, an AppContext on a fixed day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssclient.agency.server import RunningAgency, start_agency
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.enums import DeclarationType
from ssclient.domain.roster import Unit
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.documents.sync_runner import SyncRunner
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.store import Store
from ssclient.sync.api import AgencyClient

# Inside the declaration window (days 1–23) of period 2026-11.
TODAY = datetime(2026, 11, 10, 9, 30, tzinfo=CHINA_TZ)
UNIT = Unit(
    unit_code="170000001", name="示例科技有限公司", uscc="91110000600037034J", tax_number="91110000600037034J"
)

# Valid resident ID numbers (GB 11643-1999 check digits), adults in 2026.
ZHANG_SAN = "110101199003071233"
LI_SI = "110101198506150027"
WANG_WU = "440305198812120013"
ZHAO_LIU = "11010119920101001X"
SUN_QI = "110101199505050029"


def snapshot(widget: QWidget, folder: Path, name: str) -> Path:
    """Save what the user would see now: pending layout work done first, then the widget as a PNG."""
    QApplication.processEvents()
    path = folder / name
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


def close_answering(form: QWidget, answer: QMessageBox.StandardButton) -> bool:
    """Close a form with unsaved changes, answering its question with `answer`; whether it closed."""
    asked: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), "the form did not ask about its unsaved changes"
        asked.append(box.text())
        box.button(answer).click()

    QTimer.singleShot(0, reply)
    closed = form.close()
    question = "This document has changes that are not saved. Close it and lose them?"
    assert asked == [QCoreApplication.translate("UnsavedChanges", question)]  # in the language in effect
    return closed


def close_discarding(editor: QWidget) -> None:
    """Close an editor with unsaved changes, answering its question with Discard."""
    assert close_answering(editor, QMessageBox.StandardButton.Discard)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def store(store_path: Path, clock: FixedClock) -> Iterator[Store]:
    opened = Store.open(store_path, clock=clock)
    opened.save_unit(UNIT)
    yield opened
    opened.close()


@pytest.fixture
def ctx(store: Store, clock: FixedClock, tmp_path: Path) -> Iterator[AppContext]:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, clock=clock, store=store)
    context.set_unit(UNIT)
    yield context
    # Before the store closes: no probe of this test's outbox may fire into a later test.
    SyncRunner.release(context)
    cancel_all_and_wait()


USCC_A = "91110000600037034U"
USCC_B = "91310000MA1FL5LL14"
PASSWORD = "Declare2026ok"


class Agency:
    """A real agency on a loopback port, which a test can stop and start again on the same port."""

    def __init__(self, db_url: str, clock: FixedClock) -> None:
        self._db_url = db_url
        self._clock = clock
        self.running: RunningAgency | None = start_agency(db_url, clock)
        self.url = self.running.url
        self.port = self.running.port

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None

    def start(self) -> None:
        if self.running is None:
            self.running = start_agency(self._db_url, self._clock, port=self.port)


@pytest.fixture
def agency(tmp_path: Path, clock: FixedClock) -> Iterator[Agency]:
    server = Agency(f"sqlite:///{tmp_path / 'agency.sqlite3'}", clock)
    yield server
    server.stop()


def register_and_log_in(url: str, name: str, uscc: str) -> AgencyClient:
    """A unit registered at the agency (password already its own, no forced change) and logged in."""
    client = AgencyClient(url, retries=0)
    registration = client.register(name=name, uscc=uscc, tax_number=uscc, contact="王会计", password=PASSWORD)
    client.login(registration.unit_code, PASSWORD)
    return client


@pytest.fixture
def agency_client(agency: Agency) -> Iterator[AgencyClient]:
    client = register_and_log_in(agency.url, "示例科技有限公司", USCC_A)
    yield client
    client.close()


@pytest.fixture
def online_ctx(store: Store, clock: FixedClock, tmp_path: Path, agency_client: AgencyClient) -> AppContext:
    """A context logged in at the real agency, its unit saved in the store."""
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    unit = agency_client.profile()
    store.save_unit(unit)
    context = AppContext(settings, clock=clock, store=store, agency=agency_client)
    context.set_unit(unit)
    return context


class Loading(Protocol):
    """A document window that reads the store on a worker thread."""

    @property
    def is_loaded(self) -> bool: ...


def wait_loaded(qtbot: QtBot, window: Loading) -> None:
    """Wait until a document window has read what it shows."""
    qtbot.waitUntil(lambda: window.is_loaded)


def opened_editor(
    qtbot: QtBot,
    ctx: AppContext,
    kind: DeclarationType,
    declaration_id: int | None = None,
    *,
    size: tuple[int, int] | None = None,
) -> DocumentEditor:
    """The personnel editor for a new document of `kind` or the saved one, read and shown."""
    editor = DocumentEditor(ctx, kind, declaration_id)
    qtbot.addWidget(editor)
    wait_loaded(qtbot, editor)
    if size is not None:
        editor.resize(*size)
    editor.show()
    return editor
