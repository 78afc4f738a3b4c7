"""The one transaction helper every part of the store shares: a read or a write is one transaction on its
own connection, and whatever goes wrong in it comes out as a StoreError that names the file.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError, StatementError
from sqlalchemy.orm import Session

from ssclient.store.database import WRITE_OPTION, make_engine
from ssclient.store.errors import (
    DamagedValueError,
    StoreClosedError,
    StoreError,
    damaged_content,
    from_database_error,
)

log = logging.getLogger(__name__)

# How long closing waits for work that keeps the file open (an outbox run waits at most one agency call).
CLOSE_WAIT_S = 60.0


class Transactions:
    """Transactions on the store file at `path`. Safe to share between threads: each transaction takes its
    own pooled connection, and writers wait for each other (up to a timeout) instead of failing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Public for tooling and tests that look at the file itself (pragmas, migrations).
        self.engine: Engine = make_engine(path)
        self._closed = False
        self._keeping_open = 0
        self._idle = threading.Condition()
        # Set while a close waits for kept-open work (public for the tests that watch it wait).
        self.close_waiting = threading.Event()

    @contextmanager
    def kept_open(self) -> Iterator[None]:
        """Work of several transactions (an outbox run: reconcile, send, record, count) keeps the file open
        until it ends: a `close` from another thread meanwhile (log-out, then another unit's log-in) waits
        for it, so the work never meets a store closed halfway."""
        with self._idle:
            if self._closed:
                raise StoreClosedError
            self._keeping_open += 1
        try:
            yield
        finally:
            with self._idle:
                self._keeping_open -= 1
                self._idle.notify_all()

    def close(self, wait_s: float = CLOSE_WAIT_S) -> None:
        """Release the file once no work keeps it open (waiting up to `wait_s`). Any later transaction
        raises StoreError."""
        with self._idle:
            if self._keeping_open:
                self.close_waiting.set()
            if not self._idle.wait_for(lambda: self._keeping_open == 0, timeout=wait_s):
                log.warning("closing %s while work still keeps it open", self.path)
            self._closed = True
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE); any failure rolls all of it back."""
        with self._session(write=True) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._session(write=False) as session:
            yield session

    @contextmanager
    def _session(self, *, write: bool) -> Iterator[Session]:
        if self._closed:
            raise StoreClosedError
        try:
            with self.engine.connect() as connection:
                connection.execution_options(**{WRITE_OPTION: write})
                with connection.begin(), Session(bind=connection, expire_on_commit=False) as session:
                    yield session
                    session.flush()
        except DamagedValueError as error:
            raise damaged_content(self.path) from error
        except StoreError:
            raise
        except LookupError as error:
            # SQLAlchemy's enum types raise a bare LookupError for a stored value that is none of theirs.
            if isinstance(error, KeyError | IndexError):
                raise
            log.info("unreadable value in %s: %s", self.path, error)
            raise damaged_content(self.path) from error
        except StatementError as error:
            # A value a column refuses (a float amount, a naive time) is the caller's mistake, not the file's.
            if not isinstance(error, DBAPIError) and isinstance(error.orig, ValueError | TypeError):
                raise error.orig from None
            raise from_database_error(error, self.path) from error
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise from_database_error(error, self.path) from error


_collector_lock = threading.Lock()
_collector_pausers = 0
_collector_was_enabled = False
# How many pauses have ended: what they made went into the oldest generation unexamined (see below).
_collector_pauses_ended = 0


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic garbage collection while a document's lines (100,000 of them, say) are read.

    Building that many objects sets off full collections again and again, each walking every object of
    the program while holding the interpreter lock: 100-400 ms in which the GUI thread cannot run, and
    more than half of the time a large document took to load. Paused, the new objects go unexamined into
    the oldest generation, and meet the collector at its next full pass. The pause is the whole process's: it nests and spans
    threads (the collector runs again when the last one pausing it is done) and leaves a collector that
    was off before as it was. Cycles made meanwhile are only collected later, never lost."""
    global _collector_pausers, _collector_was_enabled, _collector_pauses_ended
    with _collector_lock:
        if _collector_pausers == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pausers += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pausers -= 1
            if _collector_pausers == 0:
                # Straight into the oldest generation, unexamined: a young pass over everything made
                # meanwhile would hold the lock as long as the full passes the pause avoided (90 ms after a
                # 100,000-person payment was computed).
                gc.freeze()
                gc.unfreeze()
                _collector_pauses_ended += 1
                if _collector_was_enabled:
                    gc.enable()


def collector_pause_state() -> tuple[bool, int]:
    """(whether the collector is paused now, how many pauses have ended so far): for a collector driven
    by hand (gui.collector), which leaves the objects a pause made out of what it counts as new."""
    with _collector_lock:
        return _collector_pausers > 0, _collector_pauses_ended


_RELEASE_SLICE = 5_000


def release_in_slices(items: list[Any]) -> None:
    """Empty `items` (the caller's last reference to them) a slice at a time. Freeing 400,000 payment
    lines at once is one long call that holds the interpreter lock, and the window, for 50 to 200 ms; in
    slices, the GUI thread gets the lock back in between. For worker threads."""
    while items:
        del items[-_RELEASE_SLICE:]
