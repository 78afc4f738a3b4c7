"""The person form of an add offers back pay: a new hire whose first month passed is declared with it."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.gui.documents.person_form import PersonLineForm, backpay_field
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions


def test_an_add_form_offers_back_pay_and_its_line_carries_it(qtbot: QtBot) -> None:
    form = PersonLineForm(
        DeclarationType.ADD, default_policy(), default_regions(), lambda: date(2026, 11, 10)
    )
    qtbot.addWidget(form)
    form.show()
    pension = form.combo(backpay_field(InsuranceType.PENSION))
    assert pension.isVisibleTo(form)
    pension.setCurrentIndex(pension.findData(1))
    assert form.line().backpay == {InsuranceType.PENSION: 1}


def test_an_interruption_form_offers_none(qtbot: QtBot) -> None:
    form = PersonLineForm(
        DeclarationType.INTERRUPTION, default_policy(), default_regions(), lambda: date(2026, 11, 10)
    )
    qtbot.addWidget(form)
    form.show()
    assert not form.combo(backpay_field(InsuranceType.PENSION)).isVisibleTo(form)
    assert form.line().backpay == {}
