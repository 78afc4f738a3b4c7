"""A query window's export as its status line tells it (records, roster, payments, payroll)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ssclient.gui.records.export_action import report_export
from ssclient.gui.workers import start_call


def test_an_export_finishing_after_its_window_closed_tells_no_one(qtbot: QtBot, tmp_path: Path) -> None:
    """report_export, which every query window's export goes through: the file is written, and the status
    line it would have spoken to is gone with its window."""
    release = threading.Event()
    window = QWidget()
    status = QLabel(window)
    warnings: list[str] = []

    def write() -> int:
        release.wait(10)
        return 3

    task = report_export(start_call(write), tmp_path / "x.csv", status, "%1 rows to %2", warnings.append)
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    release.set()
    qtbot.waitUntil(lambda: not task.running)
    assert warnings == []


def test_the_count_of_a_large_export_is_written_with_thousands_separators(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """As the windows write every other count ("94,710 人"): a roster export said "已将 94710 人导出到…"."""
    window = QWidget()
    qtbot.addWidget(window)
    status = QLabel(window)
    path = tmp_path / "roster.xlsx"
    warnings: list[str] = []
    task = report_export(
        start_call(lambda: 94_710), path, status, "%1 people exported to %2.", warnings.append
    )
    with qtbot.waitSignal(task.ended):
        pass
    assert status.text() == f"94,710 people exported to {path}." and warnings == []
