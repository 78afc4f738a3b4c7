"""Fixtures for the query windows: a real agency on loopback with a logged-in unit, a real store in tmp."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.workers import cancel_all_and_wait
from ssclient.io.export import csv_cell_text
from ssclient.store import Store
from ssclient.sync.results import Verdict
from tests.support.agency import AgencyUnit

_keys = itertools.count(1)


def submit(unit: AgencyUnit, declaration: Declaration) -> Verdict:
    """Declare straight to the agency (what the outbox does), with a fresh idempotency key."""
    return unit.client.submit(declaration, f"records-test-{next(_keys)}")


def read_csv(path: Path) -> list[list[str]]:
    """An exported CSV's rows as the program's own CSV reader gives them: identifiers, which the file
    holds as ="…" for Excel's sake, as plain text."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [[csv_cell_text(cell) for cell in row] for row in csv.reader(handle)]


def csv_lines(path: Path) -> list[str]:
    """An exported CSV's lines as written (CRLF-separated), for what Excel sees opening it."""
    return path.read_bytes().decode("utf-8-sig").split("\r\n")


def snapshot(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / name
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


@pytest.fixture
def store(tmp_path: Path, agency_clock: FixedClock) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=agency_clock)
    yield opened
    opened.close()


@pytest.fixture
def records_ctx(
    tmp_path: Path, agency_clock: FixedClock, store: Store, unit: AgencyUnit
) -> Iterator[AppContext]:
    """The client side of a logged-in session: the unit's agency client, its store, its profile."""
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(settings, clock=agency_clock, store=store, agency=unit.client)
    profile = unit.client.profile()
    store.save_unit(profile)
    context.set_unit(profile)
    yield context
    cancel_all_and_wait()


def add_line(id_number: str, name: str, base: str = "6500.00") -> DeclarationLine:
    return DeclarationLine(id_number, name, "11", base, "否", "否")


def add_declaration(*lines: DeclarationLine) -> Declaration:
    from tests.support.agency import CURRENT_PERIOD

    return Declaration(DeclarationType.ADD, CURRENT_PERIOD, list(lines))
