""" "Save template…" and the menu entries the main window adds."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationType
from ssclient.gui.context import AppContext
from ssclient.gui.imports.actions import import_actions
from ssclient.gui.imports.import_dialog import ImportDialog
from ssclient.gui.imports.kinds import IMPORT_KINDS
from ssclient.gui.imports.template_action import save_template_with_message, write_template
from ssclient.gui.main_window import MainWindow
from ssclient.io.templates import DATA_SHEET, header_text, template_fields
from tests.support.file_dialogs import Answer


@pytest.mark.parametrize("kind", IMPORT_KINDS, ids=[k.value for k in IMPORT_KINDS])
def test_each_type_gets_its_template(kind: DeclarationType, tmp_path: Path) -> None:
    path = tmp_path / f"{kind.value}.xlsx"
    assert write_template(kind, path) is None
    book = load_workbook(path, read_only=True)
    headers = next(book[DATA_SHEET].iter_rows(max_row=1, values_only=True))
    book.close()
    assert list(headers) == [header_text(field, kind) for field in template_fields(kind)]


def test_a_template_that_cannot_be_written_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "template.xlsx"
    problem = write_template(DeclarationType.ADD, missing)
    assert problem is not None and str(missing.parent) in problem
    assert "does not exist" in problem
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    assert "folder" in (write_template(DeclarationType.ADD, folder) or "")

    shown: list[str] = []

    def read_and_close_the_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close_the_box)
    assert save_template_with_message(DeclarationType.ADD, missing) is None
    assert shown == [problem]
    assert not missing.parent.exists()


def test_the_main_window_offers_import_and_templates_in_the_business_menu(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    business = window.findChild(QMenu, "businessMenu")
    assert isinstance(business, QMenu)
    names = [action.objectName() for action in business.actions()]
    assert names[-2:] == ["importSpreadsheet", "saveTemplate"]
    templates = window.actions_by_name["saveTemplate"].menu()
    assert isinstance(templates, QMenu)
    templates.aboutToShow.emit()
    entries = [entry.objectName() for entry in templates.actions() if isinstance(entry, QAction)]
    assert entries == [f"saveTemplate_{kind.value}" for kind in IMPORT_KINDS]
    templates.aboutToShow.emit()
    assert len(templates.actions()) == len(IMPORT_KINDS), "filled once"

    window.actions_by_name["importSpreadsheet"].trigger()
    dialogs = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and not dialogs[0].isModal()
    dialogs[0].close()


def test_import_actions_for_any_window(qtbot: QtBot, ctx: AppContext) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    actions = import_actions(ctx, host)
    assert [action.objectName() for action in actions] == ["importSpreadsheet", "saveTemplate"]
    assert all(action.parent() is host or action.menu() is not None for action in actions)


def test_saving_a_template_from_the_menu_says_where_it_went(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    templates = window.actions_by_name["saveTemplate"].menu()
    assert isinstance(templates, QMenu)
    templates.aboutToShow.emit()
    entry = templates.findChild(QAction, f"saveTemplate_{DeclarationType.ADD.value}")
    assert isinstance(entry, QAction)

    folder = tmp_path / "templates"
    folder.mkdir()
    Answer(folder / "新增")
    entry.trigger()
    assert (folder / "新增.xlsx").is_file()
    said = window.statusBar().currentMessage()
    assert str(folder / "新增.xlsx") in said and "Import from spreadsheet…" in said

    window.statusBar().clearMessage()
    Answer(None)  # cancelled: nothing said, nothing written
    entry.trigger()
    assert window.statusBar().currentMessage() == ""
    assert [path.name for path in folder.iterdir()] == ["新增.xlsx"]
