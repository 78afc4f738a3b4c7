"""The outbox and the end of a session: a send queued behind other work when the user logs out never runs
on the store the next log-in closes (the run already going keeps the store open: tests/app/test_documents)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from ssclient.gui.context import AppContext
from ssclient.gui.documents.sync_runner import SyncRunner
from ssclient.gui.workers import start_call
from ssclient.store import Store


def test_a_send_still_queued_at_log_out_never_runs(
    qtbot: QtBot, online_ctx: AppContext, store: Store
) -> None:
    release = threading.Event()
    busy = [start_call(release.wait, 10) for _ in range(QThreadPool.globalInstance().maxThreadCount())]
    runner = SyncRunner(online_ctx)
    runner.kick(force=True)  # waits for a free worker

    runner.stop()  # the log-out
    store.close()  # then another unit's log-in closes this unit's store
    release.set()

    qtbot.waitUntil(lambda: not runner.busy and not any(task.running for task in busy))
    assert runner.last_report is None  # it never ran: no "store closed" failure reached the log
