"""The import window before hostile workbooks (issue 15): a bomb is refused at once and a reader process
that stops making progress is ended; both are said in the user's language, nothing is saved, and the next
file imports as usual."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from ssclient.gui.imports.import_dialog import ImportDialog
from ssclient.io import reader_process
from ssclient.store import Store
from tests.gui.imports.conftest import drafts, import_file
from tests.io import bombs
from tests.io.sheets import GOOD_A, HEADERS_ZH, write_xlsx


def test_a_zip_bomb_is_refused_in_chinese_and_nothing_saved(
    chinese: None, qtbot: QtBot, dialog: ImportDialog, store: Store, tmp_path: Path, artifacts: Path
) -> None:
    import_file(qtbot, dialog, bombs.comment_bomb(tmp_path / "staff.xlsx"))
    text = dialog.message_label.text()
    assert "压缩炸弹" in text and "staff.xlsx" in text
    assert drafts(store) == [] and dialog.checked is None
    dialog.grab().save(str(artifacts / "import-zip-bomb.png"))


def test_a_reader_that_stops_making_progress_is_ended_and_the_user_told(
    chinese: None,
    qtbot: QtBot,
    dialog: ImportDialog,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artifacts: Path,
) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [HEADERS_ZH, GOOD_A])
    import_file(qtbot, dialog, good)  # the reader process is up and kept for the next file
    before = drafts(store)
    # Seconds to parse: the formula sends it to openpyxl (calamine reads these strings in a blink).
    slow = bombs.shared_strings(tmp_path / "slow.xlsx", 300_000, distinct=True, formula=True)
    monkeypatch.setattr(reader_process, "STALL_SECONDS", 0.3)
    import_file(qtbot, dialog, slow)
    text = dialog.message_label.text()
    assert "slow.xlsx" in text and "0.3秒" in text and "停止" in text
    assert text == QCoreApplication.translate(
        "SpreadsheetFile",
        "Reading {name} was stopped after {seconds} seconds without progress, far longer than a staff list "
        "takes. Copy the staff rows into a new workbook, save it, and try again.",
    ).format(name="slow.xlsx", seconds="0.3")
    assert drafts(store) == before
    dialog.grab().save(str(artifacts / "import-reader-stopped.png"))
    monkeypatch.undo()
    import_file(qtbot, dialog, good)
    assert len(drafts(store)) == len(before) + 1
