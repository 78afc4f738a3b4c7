"""A store that refuses to be used from the Qt GUI thread, for tests: the windows must reach the store
only through use cases run on worker threads (gui.workers), never block the window on the file.

`guard_store(store)` wraps a real Store: every public method, the store's own and its repositories'
(`store.documents.create_draft`), raises `StoreOnGuiThread` when called on the GUI thread (the thread of
the QApplication; with no application there is no GUI thread and nothing is refused). The refusal is
also kept in `violations`, so a test fails at teardown even when the code under test swallowed it.
Plain attributes (`store.path`) and the calls made from any other thread pass through.

To turn it on for GUI tests, override the `store` fixture in that folder's conftest.py:

    from tests.support.thread_guard import guarded_store  # noqa: F401

    @pytest.fixture
    def store(guarded_store: Store) -> Store:
        return guarded_store

`guarded_store` asks for the `store` fixture of the enclosing folder (the real one), wraps it, and fails
the test at teardown when anything touched it from the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, cast

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from ssclient.store import Store

# The parts of a store whose methods are guarded like the store's own.
REPOSITORIES = frozenset({"documents", "records", "outbox", "people", "units", "transactions"})


class StoreOnGuiThread(AssertionError):
    """The store was called from the GUI thread."""


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


class ThreadGuard:
    """Proxy for a store or one of its repositories; see the module docstring."""

    def __init__(self, target: object, name: str, violations: list[str]) -> None:
        self._target = target
        self._name = name
        self.violations = violations

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(self._target, attribute)
        qualified = f"{self._name}.{attribute}"
        if attribute in REPOSITORIES:
            return ThreadGuard(value, qualified, self.violations)
        if attribute.startswith("_") or not callable(value):
            return value
        return self._guarded(qualified, value)

    def _guarded(self, qualified: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if on_gui_thread():
                message = f"{qualified} was called on the GUI thread; run it in a worker (gui.workers)"
                self.violations.append(message)
                raise StoreOnGuiThread(message)
            return method(*args, **kwargs)

        return call

    def __enter__(self) -> ThreadGuard:
        return self

    def __exit__(self, *exc_info: object) -> None:
        cast(Store, self._target).close()


def guard_store(store: Store, violations: list[str] | None = None) -> Store:
    """`store`, refusing calls from the GUI thread (typed as a Store: it answers everything a Store does)."""
    return cast(Store, ThreadGuard(store, "Store", [] if violations is None else violations))


def violations_of(store: Store) -> list[str]:
    """What a guarded store refused so far."""
    guard = cast(ThreadGuard, store)
    return guard.violations


@pytest.fixture
def guarded_store(store: Store) -> Iterator[Store]:
    """The folder's `store`, guarded; fails the test when it was touched from the GUI thread."""
    guarded = guard_store(store)
    yield guarded
    refused = violations_of(guarded)
    assert not refused, "store used on the GUI thread: " + "; ".join(refused[:5])


def run_on_thread(function: Callable[[], Any]) -> Any:
    """Run `function` on a plain (non-GUI) thread and return its result or raise its error."""
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # handed back to the caller below
            outcome["error"] = error

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
