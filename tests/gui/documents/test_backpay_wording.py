"""The back-payment box says what the months are for: a late-declared new hire's missed months on an add,
the months before the renewal on a renewal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationType
from ssclient.gui.documents.person_form import PersonLineForm
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions


@pytest.mark.parametrize(
    ("kind", "said", "not_said"),
    [
        (DeclarationType.ADD, "since the person was hired, before this one", "renewal"),
        (DeclarationType.RENEWAL, "before this renewal", "hired"),
    ],
)
def test_the_back_payment_box_speaks_of_the_document_kind(
    qtbot: QtBot, kind: DeclarationType, said: str, not_said: str
) -> None:
    form = PersonLineForm(kind, default_policy(), default_regions(), lambda: date(2026, 11, 20))
    qtbot.addWidget(form)
    hint = form.findChild(QLabel, "backpayHint")
    assert hint is not None
    assert said in hint.text() and not_said not in hint.text()
    assert "medical: up to 3 month" in hint.text()
