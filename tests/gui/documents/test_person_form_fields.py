"""The person form's fields for issue 13: back pay on an add (a new hire whose first month passed), the ID
type with a passport holder's nationality, and a woman's retirement category."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import DeclarationLine
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.gui.documents.person_fields import backpay_field
from ssclient.gui.documents.person_form import PersonLineForm
from ssclient.policy import default_policy
from ssclient.policy.regions import default_regions
from tests.gui.documents.conftest import snapshot
from tests.rules.idgen import make_id


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


def add_form(qtbot: QtBot) -> PersonLineForm:
    form = PersonLineForm(
        DeclarationType.ADD, default_policy(), default_regions(), lambda: date(2026, 11, 10)
    )
    qtbot.addWidget(form)
    form.resize(460, 760)
    form.show()
    return form


def test_a_passport_asks_the_nationality_and_the_line_keeps_both(qtbot: QtBot, artifacts: Path) -> None:
    form = add_form(qtbot)
    nationality = form.line_edit("nationality")
    assert not nationality.isVisibleTo(form)  # a resident ID card, the default, needs none
    id_type = form.combo("id_type")
    id_type.setCurrentIndex(id_type.findData("passport"))
    assert nationality.isVisibleTo(form)
    qtbot.keyClicks(nationality, "GBR")
    women = form.combo("womens_category")
    women.setCurrentIndex(women.findData("cadre"))
    line = form.line()
    assert (line.id_type, line.nationality, line.womens_category) == ("passport", "GBR", "cadre")
    snapshot(form, artifacts, "person_form_passport.png")


def test_a_saved_line_shows_its_identity_fields_again(qtbot: QtBot) -> None:
    form = add_form(qtbot)
    form.set_line(
        DeclarationLine(
            "E1234567", "John Smith", id_type="护照", nationality="美国", womens_category="女职工"
        )
    )
    line = form.line()
    assert (line.id_type, line.nationality, line.womens_category) == ("passport", "美国", "worker")
    form.set_line(DeclarationLine("110105199003071233", "张三"))
    assert form.line().id_type == "" and not form.line_edit("nationality").isVisibleTo(form)


def test_birth_date_and_sex_follow_the_id_type_and_todays_regions(qtbot: QtBot) -> None:
    """As the rulebook reads the number: a county newer than stdnum's list (in today's region list), and a
    Taiwan resident's permit under its own type. The walk showed the hint "once the ID number is valid"
    beside an insured person whose number every check accepts."""
    form = add_form(qtbot)
    number = form.line_edit("id_number")
    number.setText(make_id(date(1998, 3, 2), region="410571", sequence=44))  # 安阳高新技术产业开发区
    assert form.identity_label.text() == "Born 1998-03-02, female"
    permit = make_id(date(1985, 6, 1), region="830000", sequence=11)
    number.setText(permit)
    assert "once the ID number is valid" in form.identity_label.text()  # a permit is no resident ID card
    id_type = form.combo("id_type")
    id_type.setCurrentIndex(id_type.findData("hmt_residence"))
    assert form.identity_label.text() == "Born 1985-06-01, male"
    id_type.setCurrentIndex(id_type.findData("passport"))
    assert form.identity_label.text() == ""  # a passport number says neither
