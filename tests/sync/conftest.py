"""The client's tests talk to the real agency over HTTP on a free loopback port (tests.support.agency)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.store import Store
from tests.support.agency import AgencyUnit, agency, agency_client, agency_clock, unit

__all__ = ["agency", "agency_client", "agency_clock", "store", "unit"]


@pytest.fixture
def store(tmp_path: Path, agency_clock: FixedClock, unit: AgencyUnit) -> Iterator[Store]:
    """The unit's local store, on a real SQLite file, with its profile as a log-in keeps it."""
    opened = Store.open(tmp_path / "store.sqlite3", clock=agency_clock)
    opened.save_unit(unit.client.profile())
    yield opened
    opened.close()
