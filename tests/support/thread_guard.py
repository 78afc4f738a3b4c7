"""The windows never touch the store on the GUI thread: they reach it through the app layer's use cases,
run by `gui.workers` tasks. This guard makes a test fail when they do.

Every read and write of the store goes through `store.session.Transactions` (the repositories, the audit
trail), so the guard wraps its `read` and `write`: a call made on the main thread while window code
(`ssclient/gui/...`) is on the call stack is recorded, and the test fails at teardown with where it came
from. A test itself may prepare and inspect data on the main thread: only calls with window code on the
stack count. `shutdown` runs after the event loop, when nothing is drawn any more, so it is let through.

tests/gui/conftest.py turns it on for every GUI test with `watch_store_calls`.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

import pytest

from ssclient.store.session import Transactions

GUARDED = ("read", "write")


def window_code_on_stack(frame: FrameType | None) -> str:
    """Where ssclient/gui code on the stack called in (file:line), or "" when none did."""
    while frame is not None:
        name = frame.f_code.co_filename.replace("\\", "/")
        if "/ssclient/gui/" in name:
            if frame.f_code.co_name == "shutdown":
                return ""
            return f"{name.rsplit('/ssclient/', 1)[1]}:{frame.f_lineno}"
        frame = frame.f_back
    return ""


def _on_workers_only(method: Callable[..., Any], misuses: list[str]) -> Callable[..., Any]:
    @functools.wraps(method)
    def checked(self: Transactions, *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is threading.main_thread():
            caller = window_code_on_stack(sys._getframe(1))
            if caller:
                misuses.append(f"the store was read or written on the GUI thread, from {caller}")
        return method(self, *args, **kwargs)

    return checked


@pytest.fixture
def watch_store_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Records store calls that window code makes on the GUI thread; fails the test when there were any."""
    misuses: list[str] = []
    for name in GUARDED:
        monkeypatch.setattr(Transactions, name, _on_workers_only(getattr(Transactions, name), misuses))
    yield misuses
    assert misuses == [], "\n".join(dict.fromkeys(misuses))
