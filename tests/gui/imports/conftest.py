"""Fixtures for the import window: a real store in tmp, an AppContext on a fixed day, files the tests write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ssclient.domain.clock import FixedClock
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.imports.import_dialog import ImportDialog
from ssclient.gui.workers import Task, cancel_all_and_wait
from ssclient.store import Store
from tests.gui.documents.conftest import TODAY, UNIT


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=clock)
    opened.save_unit(UNIT)
    yield opened
    opened.close()


@pytest.fixture
def ctx(store: Store, clock: FixedClock, tmp_path: Path) -> Iterator[AppContext]:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, clock=clock, store=store)
    context.set_unit(UNIT)
    yield context
    cancel_all_and_wait()


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> ImportDialog:
    window = ImportDialog(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def drafts(store: Store) -> list[int]:
    return [summary.id for summary in store.list_declarations(UNIT.unit_code)]


def run_to_end(qtbot: QtBot, task: Task | None) -> None:
    """Wait until the task (reading, or saving) has ended."""
    assert task is not None, "the dialog started no work"
    with qtbot.waitSignal(task.ended, timeout=20_000):
        pass


def import_file(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    """Choose the file and read it; a clean file goes on to be saved, waited for as well."""
    dialog.set_path(path)
    run_to_end(qtbot, dialog.start_import())
    if dialog.task is not None:  # the clean file's draft is being saved
        run_to_end(qtbot, dialog.task)
