"""The local training agency: started in the background when no agency address is configured.

Its data lives in the user's data directory (training-agency.sqlite3), apart from the client's store. It
serves on a free loopback port only, and the program shows plainly, on the log-in window and in the status
bar, that it is a training agency. The heavy web stack (FastAPI, uvicorn, SQLAlchemy) is imported here, off
the GUI thread, when it is started.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ssclient import paths

if TYPE_CHECKING:
    from ssclient.domain.clock import Clock

log = logging.getLogger(__name__)

DATABASE_FILE = "training-agency.sqlite3"
# The client's drafts made against the training agency, kept apart from the real ones.
TRAINING_STORE_FILE = "ssclient-training.sqlite3"


class RunningAgency(Protocol):
    url: str

    def stop(self) -> None: ...


def database_path() -> Path:
    return paths.data_dir() / DATABASE_FILE


def training_store_path() -> Path:
    """The client's store while working with the local training agency: practice drafts never mix with
    the documents for the real agency (ssclient.sqlite3)."""
    return paths.data_dir() / TRAINING_STORE_FILE


class LocalTrainingAgency:
    """Start (blocking: call it from a worker) and stop the in-process training agency."""

    def __init__(self, clock: Clock | None = None, database: Path | None = None) -> None:
        self._clock = clock
        self._database = database or database_path()
        self._running: RunningAgency | None = None

    @property
    def url(self) -> str:
        return self._running.url if self._running else ""

    @property
    def running(self) -> bool:
        return self._running is not None

    def start(self) -> str:
        if self._running is None:
            from ssclient.agency.server import start_agency

            log.info("starting the local training agency, data in %s", self._database)
            self._running = start_agency(
                f"sqlite:///{self._database}", clock=self._clock, host="127.0.0.1", port=0
            )
            log.info("local training agency at %s", self._running.url)
        return self._running.url

    def stop(self) -> None:
        running, self._running = self._running, None
        if running is not None:
            running.stop()
            log.info("local training agency stopped")
