"""A policy with a fixed monthly charge (大额医疗, illustrative amounts): the payment form computes it into
the medical lines and says it under the totals; the agency approves exactly that; the receipt and the
employees' statements say it too."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ssclient.agency.server import start_agency
from ssclient.app.statements import Receipts, Statements
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.policy import parse_policy
from ssclient.store import Store
from ssclient.sync.api import AgencyClient
from tests.gui.records.conftest import add_line, snapshot, submit
from tests.gui.records.test_contribution_forms import ZHANG, compute, new_payment_form
from tests.gui.records.test_payments_and_roster import open_payments
from tests.rules.test_payment_independent import with_fixed_charge
from tests.support.agency import CURRENT_PERIOD, register_unit

SHOTS = Path("/tmp/shots/policy")
NOTE = (
    "medical includes 大额医疗互助资金（示例） (Major-illness mutual aid (illustrative)): 1.00 from the employer "
    "and 3.00 from the employee, per person and month. Illustrative figures, not official: Illustrative fixed "
    "monthly charge"
)


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_fixed_charge_is_computed_said_and_approved(
    qtbot: QtBot, tmp_path: Path, agency_clock: FixedClock, store: Store, artifacts: Path
) -> None:
    policy = parse_policy(with_fixed_charge())
    running = start_agency(f"sqlite:///{tmp_path / 'city.sqlite3'}", agency_clock, policy=policy)
    try:
        with AgencyClient(running.url, retries=0) as client:
            unit = register_unit(client)
            added = Declaration(DeclarationType.ADD, CURRENT_PERIOD, [add_line(ZHANG, "张三", "6000.00")])
            assert submit(unit, added).approved
            settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
            ctx = AppContext(settings, clock=agency_clock, store=store, agency=client, policy=policy)
            profile = client.profile()
            store.save_unit(profile)
            ctx.set_unit(profile)
            form = new_payment_form(qtbot, ctx)
            assert form.fixed_charge_note.isVisible() and form.fixed_charge_note.text() == NOTE
            compute(qtbot, form)
            medical = next(x for x in form.model.lines() if x.insurance is InsuranceType.MEDICAL)
            assert (medical.employer_amount, medical.employee_amount) == (
                Decimal("481.00"),
                Decimal("123.00"),
            )
            assert form.total_labels[InsuranceType.MEDICAL.value].text() == "604.00"
            SHOTS.mkdir(parents=True, exist_ok=True)
            snapshot(form, SHOTS, "payment-form-fixed-charge.png")
            snapshot(form, artifacts, "payment-form-fixed-charge.png")
            paid = submit(
                unit, Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=form.model.lines())
            )
            assert paid.approved, paid.findings

            record = next(s for s in client.declarations().items if s.serial_number == paid.serial_number)
            receipt = Receipts(client, agency_clock).write(record.id, profile, tmp_path / "receipt.pdf")
            assert NOTE in text_of(receipt)
            files = Statements(client).write(profile, CURRENT_PERIOD, tmp_path)
            assert files.people == 1 and NOTE in text_of(files.pdf)
            # The spreadsheet splits each line's fixed part out, as numbers (the total row leaves it blank).
            rows = list(csv.reader(files.csv.read_text(encoding="utf-8-sig").splitlines()))
            assert rows[0][-2:] == ["Of which fixed charge, employee", "Of which fixed charge, employer"]
            assert [(row[5], row[-2], row[-1]) for row in rows[1:]] == [
                ("pension", "0.00", "0.00"),
                ("medical", "3.00", "1.00"),
                ("unemployment", "0.00", "0.00"),
                ("work injury", "0.00", "0.00"),
                ("Total", "", ""),
            ]
            # Query → Payment details exports the same split beside the amounts the table shows.
            window = open_payments(qtbot, ctx)
            exported = tmp_path / "payment-details.csv"
            with qtbot.waitSignal(window.export_to(exported).ended, timeout=10_000):
                pass
            rows = list(csv.reader(exported.read_text(encoding="utf-8-sig").splitlines()))
            assert rows[0][-3:] == [
                "Serial number",
                "Of which fixed charge, employee",
                "Of which fixed charge, employer",
            ]
            assert sorted((row[4], row[6], row[-2], row[-1]) for row in rows[1:]) == [
                ("medical", "123.00", "3.00", "1.00"),
                ("pension", "480.00", "0.00", "0.00"),
                ("unemployment", "30.00", "0.00", "0.00"),
                ("work injury", "0.00", "0.00", "0.00"),
            ]
    finally:
        running.stop()
