"""The unit-information change declares another work-injury industry class (1–8): the agency keeps it and
both sides compute every later payment at it; a class outside 1–8 is refused with the rules' message."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.gui.context import AppContext
from ssclient.gui.unit_info import UnitInfoDialog
from ssclient.policy import default_policy
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from ssclient.sync.api import AgencyError
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, declaration, person_line

SHOTS = Path("/tmp/shots/policy")


def test_a_new_class_is_saved_at_the_agency_and_used_by_the_next_payment(
    qtbot: QtBot, ctx: AppContext, unit: AgencyUnit, artifacts: Path, tmp_path: Path
) -> None:
    added = declaration(DeclarationType.ADD, person_line(41, "施四一", base="10000.00"))
    assert unit.client.submit(added, "class-add-0001").approved
    ctx.agency = unit.client
    ctx.store = Store.open(tmp_path / "unit.sqlite3", clock=ctx.clock)
    ctx.set_unit(unit.client.profile())
    dialog = UnitInfoDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen_industry_class() == 1 and dialog.industry_class.count() == 8
    dialog.industry_class.setCurrentIndex(dialog.industry_class.findData(6))
    with qtbot.waitSignal(ctx.signals.unit_changed, timeout=10_000):
        dialog.save()
    assert unit.client.profile().industry_class == 6
    assert ctx.unit is not None and ctx.unit.industry_class == 6
    assert dialog.message.text() == "Saved at the agency. Payments computed from now on use industry class 6."
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "unit-information-class.png"))
    dialog.grab().save(str(artifacts / "unit-information-class.png"))

    # The client computes at class 6 (1.3 %), and the agency approves exactly that.
    lines = ctx.contributions.compute(CURRENT_PERIOD).lines
    injury = next(line for line in lines if line.insurance is InsuranceType.WORK_INJURY)
    assert injury.employer_amount == Decimal("130.00")
    at_class_1 = compute_payments(unit.client.roster(), default_policy(), CURRENT_PERIOD)
    refused = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=at_class_1), "class-pay-0001"
    )
    assert [(f.code, f.params["expected"]) for f in refused.findings] == [("PAYMENT_MISMATCH", "130.00")]
    paid = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines), "class-pay-0002"
    )
    assert paid.approved, paid.findings
    ctx.store.close()


@pytest.mark.parametrize("industry_class", [0, 9])
def test_the_agency_refuses_a_class_outside_1_to_8_and_keeps_the_old_one(
    unit: AgencyUnit, industry_class: int
) -> None:
    with pytest.raises(AgencyError) as refused:
        unit.client.update_profile(industry_class=industry_class)
    assert [(f.field, f.code) for f in refused.value.findings] == [
        ("industry_class", "INDUSTRY_CLASS_INVALID")
    ]
    assert unit.client.profile().industry_class == 1
