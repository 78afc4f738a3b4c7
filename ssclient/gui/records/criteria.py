"""The search criteria the records and payment-details windows share: a period range, a person (ID number
or name) with the Search button, and the red line under the criteria that says what is wrong with them.

Each window makes these pieces in the order its criteria run (the order Tab follows) and lays them out its
own way; Enter in any of the fields searches, as the button does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ssclient.domain.period import Period

PeriodRange = tuple[Period | None, Period | None]


def period_range_edits(parent: QWidget, search: Callable[[], None]) -> tuple[QLineEdit, QLineEdit]:
    """The first and the last period of the range (either may stay empty)."""
    edits = (QLineEdit(parent), QLineEdit(parent))
    for edit in edits:
        edit.setMaximumWidth(140)
        edit.setPlaceholderText(QCoreApplication.translate("Records", "e.g. 2026-01"))
        edit.setClearButtonEnabled(True)
        edit.returnPressed.connect(search)
    return edits


def person_search(parent: QWidget, search: Callable[[], None], width: int) -> tuple[QLineEdit, QPushButton]:
    """The person field (at least `width` pixels wide) and the Search button beside it."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(QCoreApplication.translate("Records", "Part of an ID number or name"))
    edit.setMinimumWidth(width)
    edit.setClearButtonEnabled(True)
    edit.returnPressed.connect(search)
    button = QPushButton(QCoreApplication.translate("Records", "Search"), parent)
    button.setObjectName("searchButton")
    button.clicked.connect(search)
    return edit, button


def criteria_error_label(parent: QWidget) -> QLabel:
    """The line that says what is wrong with the criteria; hidden while nothing is."""
    label = QLabel(parent)
    label.setObjectName("criteriaError")
    label.setStyleSheet("color: #d4380d;")
    label.hide()
    return label


def read_period_range(first: QLineEdit, last: QLineEdit, error: QLabel) -> PeriodRange | None:
    """The periods typed (None for an empty field), hiding `error`; or None with the problem shown in
    `error` when a period cannot be read or the range runs backwards."""
    periods: list[Period | None] = []
    for edit in (first, last):
        text = edit.text().strip()
        try:
            periods.append(Period.parse(text) if text else None)
        except ValueError:
            _show(error, unreadable_period_text(text))
            return None
    start, end = periods
    if start is not None and end is not None and start > end:
        _show(
            error, QCoreApplication.translate("Records", "The first period must not be after the last one.")
        )
        return None
    error.hide()
    return start, end


def unreadable_period_text(text: str) -> str:
    """What is wrong with `text` typed as a period."""
    return QCoreApplication.translate("Records", "A period looks like 2026-01, not %1.").replace("%1", text)


def _show(error: QLabel, text: str) -> None:
    error.setText(text)
    error.show()
