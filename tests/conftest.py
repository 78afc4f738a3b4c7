"""Fixtures for the whole suite.

Every test runs with its own user directories in a temp folder, an in-memory keyring, Qt offscreen, and
fails on any logged warning it did not say it expects (Python and Qt warnings fail through pytest's and
pytest-qt's settings in pyproject.toml).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

# Without a display Qt aborts; this must be set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

import keyring
import pytest

from tests.support.memory_keyring import MemoryKeyring

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_log_warnings: the test expects warnings in the log")


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every user directory (data, config, log, cache, and HOME itself) into a temp folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SSCLIENT_HOME", str(home / "ssclient"))
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    return home / "ssclient"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(request: pytest.FixtureRequest) -> Iterator[_WarningCollector]:
    collector = _WarningCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    yield collector
    root.removeHandler(collector)
    if collector.records and request.node.get_closest_marker("allow_log_warnings") is None:
        shown = "; ".join(f"{r.name}: {r.getMessage()}" for r in collector.records[:5])
        pytest.fail(f"unexpected logged warnings: {shown}")


@pytest.fixture
def artifacts() -> Path:
    """The folder where GUI tests save their screenshots for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
