"""The payment form under the bundled Shanghai table, with the agency working by the same table: the
amounts follow its figures (the wage held to its floor), the agency approves them, and the form's note says
which of the table's figures are illustrative."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ssclient import assets
from ssclient.agency.server import start_agency
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.policy import load_policy
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from tests.gui.records.conftest import add_declaration, add_line, submit
from tests.gui.records.test_contribution_forms import ZHANG, compute, new_payment_form
from tests.support.agency import CURRENT_PERIOD, register_unit


def test_the_payment_form_computes_with_the_shanghai_table_and_lists_its_illustrative_figures(
    qtbot: QtBot, tmp_path: Path, agency_clock: FixedClock, store: Store
) -> None:
    policy = load_policy(assets.resource("policy", "shanghai-2026-07.toml"))
    running = start_agency(f"sqlite:///{tmp_path / 'shanghai.sqlite3'}", agency_clock, policy=policy)
    try:
        with AgencyClient(running.url, retries=0) as client:
            unit = register_unit(client)
            assert submit(unit, add_declaration(add_line(ZHANG, "张三", "6000.00"))).approved
            settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
            ctx = AppContext(settings, clock=agency_clock, store=store, agency=client, policy=policy)
            profile = client.profile()
            store.save_unit(profile)
            ctx.set_unit(profile)
            form = new_payment_form(qtbot, ctx)
            note = form.policy_note
            assert note.isVisible() and note.text() == "Illustrative policy (not official)"
            assert note.toolTip().startswith("上海市 2026 年度")
            assert "Illustrative figures (15 of 25):\nContribution base: average wage\n" in note.toolTip()
            compute(qtbot, form)
            pension = next(x for x in form.model.lines() if x.insurance is InsuranceType.PENSION)
            # 6000.00 is below Shanghai's floor of 7546: 7546 × 16 % = 1207.36, × 8 % = 603.68.
            assert (pension.base, pension.employer_amount, pension.employee_amount) == (
                Decimal("7546.00"),
                Decimal("1207.36"),
                Decimal("603.68"),
            )
            paid = submit(
                unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=form.model.lines())
            )
            assert paid.approved, paid.findings
    finally:
        running.stop()
