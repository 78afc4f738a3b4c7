"""What every self-test check shares (`ssclient --self-test`): the workspace the checks pass along, and how
a check says it failed. The checks themselves are in ssclient.selftest (the program's parts),
ssclient.selftest_roundtrip (the store, the agency, one submission) and ssclient.selftest_platform."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ssclient.domain.roster import Unit
    from ssclient.store import Store

log = logging.getLogger("ssclient.selftest")

# What Qt's offscreen platform says whenever a window with a layout is shown: it cannot pass size hints to a
# window manager. Not a fault of ours; the self-test, the benchmarks and the GUI tests all pass over it.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


class CheckFailed(Exception):
    """A check's reason for failing, worded for the person reading the summary."""


@dataclass
class Workspace:
    """What the checks share: a temporary folder, and what earlier checks started for later ones."""

    folder: Path
    desktop_platform: str = field(default_factory=lambda: desktop_platform())
    cleanups: list[Callable[[], None]] = field(default_factory=list)
    # Set by the store and agency checks for the round trip; None when that check failed.
    store: Store | None = None
    agency_url: str | None = None
    # The round trip's approved document and its unit, for the receipt.
    approved: tuple[int, Unit] | None = None

    def close(self) -> None:
        while self.cleanups:
            cleanup = self.cleanups.pop()
            try:
                cleanup()
            except Exception:  # a failed cleanup must not hide the summary
                log.exception("self-test cleanup failed")


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Workspace], str]  # returns what it found; raises CheckFailed (or anything) on failure


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    seconds: float
    detail: str

    def line(self) -> str:
        return f"{'OK  ' if self.ok else 'FAIL'}  {self.name:<18} {self.seconds:6.2f} s  {self.detail}"


def desktop_platform() -> str:
    """The Qt platform plugin the client will use on this desktop (what QT_QPA_PLATFORM asks for first)."""
    requested = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    return "xcb"


@contextlib.contextmanager
def qt_warnings() -> Iterator[list[str]]:
    """Collect Qt's warnings while a check runs: a form that makes Qt warn is broken."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    messages: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            messages.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)
