"""tests.support.thread_guard: a test fails when window code touches the store on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from ssclient.store import Store
from tests.store.conftest import UNIT, add_declaration
from tests.support.thread_guard import watch_store_calls  # noqa: F401 (the fixture)

# A stand-in for window code: compiled under a file name inside ssclient/gui/, as a window's would be.
WINDOW_CODE = (
    "def refresh(store, unit):\n    return store.list_declarations(unit)\n"
    "def save(store, unit, declaration):\n    return store.create_draft(unit, declaration)\n"
)


def window_function(name: str) -> Callable[..., object]:
    namespace: dict[str, object] = {}
    exec(compile(WINDOW_CODE, str(Path("ssclient", "gui", "planted.py").absolute()), "exec"), namespace)
    function = namespace[name]
    assert callable(function)
    return function


def window_refresh(store: Store) -> object:
    return window_function("refresh")(store, UNIT)


def test_window_code_reading_the_store_on_the_gui_thread_is_recorded(
    store: Store,
    watch_store_calls: list[str],  # noqa: F811
) -> None:
    window_refresh(store)

    assert len(watch_store_calls) == 1
    assert "gui/planted.py:2" in watch_store_calls[0]
    watch_store_calls.clear()  # expected here; the fixture would fail the test otherwise


def test_the_same_call_on_a_worker_thread_and_the_tests_own_calls_pass(
    store: Store,
    watch_store_calls: list[str],  # noqa: F811
) -> None:
    store.create_draft(UNIT, add_declaration())  # the test preparing data
    worker = threading.Thread(target=window_refresh, args=(store,))
    worker.start()
    worker.join()

    assert watch_store_calls == []
    assert len(store.list_declarations(UNIT)) == 1


def test_a_write_from_window_code_is_recorded_too(store: Store, watch_store_calls: list[str]) -> None:  # noqa: F811
    window_function("save")(store, UNIT, add_declaration())

    assert any("gui/planted.py:4" in misuse for misuse in watch_store_calls)
    watch_store_calls.clear()
