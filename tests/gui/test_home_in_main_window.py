"""After log-in the main window opens on the month (the home page), and its next step is one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationType
from ssclient.gui.documents.editor import DocumentEditor
from ssclient.gui.shell import Shell
from tests.gui.test_main_window import _logged_in as logged_in
from tests.support.agency import AgencyUnit


def test_the_main_window_opens_on_the_month_and_its_next_step_opens_the_form(
    qtbot: QtBot, shell: Shell, unit: AgencyUnit, artifacts: Path
) -> None:
    window = logged_in(qtbot, shell, unit)
    home = window.home
    assert window.pages.currentWidget() is home
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10_000)
    assert home.heading.text() == "Period 2026-11"
    # The unit was just registered: nobody is insured yet, so there is no payment to declare.
    assert home.next_label.text() == "Next: nobody is insured by this unit yet. Add the employees to insure."
    assert home.next_button.text() == "Add personnel"
    QApplication.processEvents()
    assert window.grab().save(str(artifacts / "main-window-home.png"))

    qtbot.mouseClick(home.next_button, Qt.MouseButton.LeftButton)
    assert window.tabs.count() == 1
    editor = window.tabs.currentWidget()
    assert isinstance(editor, DocumentEditor) and editor.kind is DeclarationType.ADD
    assert window.pages.currentWidget() is window.tabs
