"""The register dialog driven from the keyboard as an accountant fills it: Tab from field to field, Enter
to register; and the example credit code it offers passes its own check."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ssclient.gui.context import AppContext
from ssclient.gui.register import RegisterDialog
from ssclient.rules.unit import check_uscc
from ssclient.sync.api import AgencyClient
from tests.support.agency import make_uscc

ENTER = Qt.Key.Key_Return


def _type_in_focused(qtbot: QtBot, dialog: RegisterDialog, field: str, text: str) -> None:
    """Type into the field that has the focus (reached with Tab), as the user does."""
    edit = dialog.edits[field]
    assert edit.hasFocus(), f"Tab did not reach the {field} field"
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only: Chinese arrives as an input method would bring it
        edit.insert(text)
        edit.textEdited.emit(edit.text())


def test_enter_in_a_field_registers_instead_of_closing(
    qtbot: QtBot, ctx: AppContext, agency_client: AgencyClient, artifacts: Path
) -> None:
    ctx.agency = agency_client
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.edits["name"].setFocus()
    qtbot.waitUntil(dialog.edits["name"].hasFocus)
    code = make_uscc()
    for field, text in (
        ("name", "回车有限公司"),
        ("uscc", code),
        ("tax_number", code),
        ("contact", "王会计"),
    ):
        _type_in_focused(qtbot, dialog, field, text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    dialog.industry_class.setCurrentIndex(dialog.industry_class.findData(2))
    dialog.edits["contact"].setFocus()
    qtbot.keyClick(dialog.edits["contact"], ENTER)  # passwords still empty: told, not closed
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.errors["password"].text(), (dialog.message.text(), dialog.focusWidget())
    assert "Correct the fields" in dialog.message.text()
    assert dialog.edits["name"].text() == "回车有限公司"  # nothing typed is lost

    dialog.edits["password"].setFocus()
    _type_in_focused(qtbot, dialog, "password", "Enter2026key")
    qtbot.keyClick(dialog.edits["password"], Qt.Key.Key_Tab)
    _type_in_focused(qtbot, dialog, "confirm", "Enter2026key")
    qtbot.keyClick(dialog.edits["confirm"], ENTER)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.isVisible()
    assert re.fullmatch(r"170\d{6}", dialog.unit_code_value.text())
    dialog.grab().save(str(artifacts / "register-done-by-enter.png"))

    qtbot.keyClick(dialog.focusWidget() or dialog, ENTER)  # on the done page Enter means "Log in now"
    assert dialog.result() == RegisterDialog.DialogCode.Accepted


def test_the_example_credit_code_is_a_valid_one(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    example = re.search(r"[0-9A-Z]{18}", dialog.edits["uscc"].placeholderText())
    assert example is not None, dialog.edits["uscc"].placeholderText()
    assert check_uscc(example.group()) == []


def test_fields_stay_put_as_messages_appear_and_go(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    below = dialog.edits["tax_number"]
    before = below.mapTo(dialog, below.rect().topLeft())
    qtbot.keyClicks(dialog.edits["uscc"], "9111")  # too short: the message appears under the field
    assert dialog.errors["uscc"].text()
    QApplication.processEvents()
    assert below.mapTo(dialog, below.rect().topLeft()) == before
    dialog.edits["uscc"].clear()
    qtbot.keyClicks(dialog.edits["uscc"], make_uscc())  # right: the message goes
    assert not dialog.errors["uscc"].text()
    QApplication.processEvents()
    assert below.mapTo(dialog, below.rect().topLeft()) == before


def test_the_chosen_industry_class_is_shown_whole_in_its_tooltip(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    explanation = dialog.industry_class.toolTip()
    assert "71" in explanation  # the document the classes come from

    dialog.industry_class.setCurrentIndex(3)

    chosen = dialog.industry_class.currentText()
    assert chosen.startswith("Class 4") and len(chosen) > 60  # longer than the field shows
    assert dialog.industry_class.toolTip() == f"{chosen}\n\n{explanation}"
