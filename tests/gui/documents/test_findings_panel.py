"""The findings panel lists a Check's findings however many there are (a 90,000-line document the roster no
longer fits has one on every line): each row names its line and person, the severity in its colour, the
whole message as the tooltip, and Enter or a double-click goes to the finding's field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType, Severity
from ssclient.domain.findings import Finding
from ssclient.domain.period import Period
from ssclient.gui.documents.findings_panel import FindingsPanel
from ssclient.gui.findings_text import finding_text

LINES = 5_000
DOCUMENT = 7
ERROR_RED = QColor("#c0392b")


def test_every_finding_of_a_large_check_is_listed_and_goes_to_its_field(qtbot: QtBot) -> None:
    people = [DeclarationLine(f"11010119900101{n:04d}", f"职工{n}") for n in range(LINES)]
    document = Declaration(DeclarationType.ADD, Period(2026, 11), people)
    found = [
        (
            DOCUMENT,
            "Add personnel 2026-11",
            Finding("BASE_NOT_POSITIVE", Severity.ERROR, f"lines[{n}].wage_base", ""),
        )
        for n in range(LINES)
    ]
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    panel.show_findings(found, finding_text, declarations={DOCUMENT: document})

    assert panel.row_count() == LINES and panel.caption_text() == ""
    model = panel.view.model()
    last = LINES - 1
    assert [model.index(last, column).data() for column in range(5)] == [
        "Error",
        "Add personnel 2026-11",
        str(LINES),
        f"职工{last}",
        "Declared wage base",
    ]
    message = model.index(last, 5).data()
    assert message == "The declared wage must be more than zero."
    assert model.index(last, 1).data(Qt.ItemDataRole.ToolTipRole) == message
    assert model.index(last, 0).data(Qt.ItemDataRole.ForegroundRole) == ERROR_RED

    # The line column fits the last line's number, not only the first rows' (which the view sizes by).
    assert panel.view.columnWidth(2) >= panel.view.sizeHintForIndex(model.index(last, 2)).width()

    panel.view.scrollToBottom()
    with qtbot.waitSignal(panel.activated) as went:
        panel.view.doubleClicked.emit(model.index(last, 3))
    assert went.args == [DOCUMENT, f"lines[{last}].wage_base"]

    panel.show_findings([], finding_text)
    assert panel.row_count() == 0 and panel.caption_text() == "No problems found."


def test_enter_goes_to_a_finding_and_tab_leaves_the_list(qtbot: QtBot) -> None:
    """As in the draft box, where the buttons come next: Tab goes on to them, not from cell to cell."""
    window = QWidget()
    qtbot.addWidget(window)
    panel = FindingsPanel(window)
    after = QPushButton("Next", window)
    layout = QVBoxLayout(window)
    layout.addWidget(panel)
    layout.addWidget(after)
    found = Finding("BASE_NOT_POSITIVE", Severity.ERROR, "lines[0].wage_base", "")
    panel.show_findings(
        [(DOCUMENT, "Add personnel", found), (DOCUMENT, "Add personnel", found)], finding_text
    )
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    panel.view.setCurrentIndex(panel.view.model().index(1, 0))
    with qtbot.waitSignal(panel.activated) as went:  # Enter goes to the finding's field, as a double-click
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert went.args == [DOCUMENT, "lines[0].wage_base"]
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
