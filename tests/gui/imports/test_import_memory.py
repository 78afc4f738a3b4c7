"""A closed import window lets go of what it read: no row, line or report of its import stays alive, so
the garbage collector never walks them again."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ssclient.gui.context import AppContext
from ssclient.gui.imports.actions import open_import_dialog
from ssclient.gui.workers import TaskControl, start_task
from ssclient.io.sheet_check import SheetReport
from ssclient.io.spreadsheet import SheetRow
from tests.gui.imports.conftest import run_to_end
from tests.io.sheets import GOOD_A, GOOD_B, HEADERS_ZH, write_xlsx

BAD = ["12345", "王五", "11", "6500", "否", "否", "", "", ""]


def alive(kind: type) -> int:
    gc.collect()
    return sum(1 for item in gc.get_objects() if type(item) is kind)


def test_a_closed_import_window_keeps_nothing_of_its_import(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    main_window = QWidget()
    qtbot.addWidget(main_window)
    path = write_xlsx(tmp_path / "staff.xlsx", [HEADERS_ZH, GOOD_A, BAD, GOOD_B])
    before = alive(SheetRow), alive(SheetReport)
    for _ in range(2):
        dialog = open_import_dialog(ctx, main_window)
        dialog.set_path(path)
        run_to_end(qtbot, dialog.start_import())
        assert dialog.checked is not None and dialog.checked.report.findings
        run_to_end(qtbot, dialog.import_rows(clean_rows_only=False))
        assert dialog.draft is not None
        with qtbot.waitSignal(dialog.destroyed):
            dialog.close()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del dialog
    # Not one more than before (an earlier test's leftovers may be freed meanwhile).
    assert alive(SheetRow) <= before[0] and alive(SheetReport) <= before[1]


class _Held:
    """Something a task's work holds (an import holds its whole sheet)."""


def test_a_task_that_has_run_holds_nothing_of_its_work(qtbot: QtBot) -> None:
    held = _Held()
    gone = weakref.ref(held)

    def work(_control: TaskControl, data: _Held = held) -> int:
        return len(vars(data))

    task = start_task(work)
    del held, work
    with qtbot.waitSignal(task.ended):
        pass
    assert QThreadPool.globalInstance().waitForDone(5_000)
    gc.collect()
    # The task itself is still referenced (here; the pool's thread may keep it a while too).
    assert task.control is not None and gone() is None
