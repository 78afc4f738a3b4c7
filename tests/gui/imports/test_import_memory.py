"""A closed import window lets go of what it read: no row, line or report of its import stays alive, so
the garbage collector never walks them again."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ssclient.gui.context import AppContext
from ssclient.gui.imports.actions import open_import_dialog
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
    assert (alive(SheetRow), alive(SheetReport)) == before
