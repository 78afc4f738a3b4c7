"""The statements spreadsheet splits out each line's fixed-charge part only where a table sets one, with the
table of the line's own month (a back payment's too), and says the charge in the reader's language."""

from __future__ import annotations

import csv
import dataclasses
from decimal import Decimal
from pathlib import Path

from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.io.fixed_charges import fixed_charge_notes, fixed_columns
from ssclient.io.statements import write_statements_csv
from ssclient.policy import default_policy, parse_policy
from ssclient.policy.history import PolicyHistory
from ssclient.rules.payment import BackPayRequest, compute_payments
from tests.io.test_receipts import NOV, UNIT, ZHANG
from tests.rules.test_payment_independent import with_fixed_charge

MEDICAL = InsuranceType.MEDICAL


def rows(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))


def test_a_history_without_fixed_charges_adds_no_columns(tmp_path: Path) -> None:
    history = PolicyHistory((default_policy(),))
    assert fixed_columns(history) == [] and fixed_charge_notes(default_policy()) == []
    roster = [RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6000.00"), NOV)]
    lines = compute_payments(roster, history, NOV)
    write_statements_csv(UNIT, NOV, lines, tmp_path / "with.csv", history=history)
    write_statements_csv(UNIT, NOV, lines, tmp_path / "without.csv")
    assert rows(tmp_path / "with.csv") == rows(tmp_path / "without.csv")


def test_each_line_takes_the_charge_of_its_own_months_table(tmp_path: Path) -> None:
    # October without the charge, November with it: the back-paid October line has no fixed part.
    charged = dataclasses.replace(parse_policy(with_fixed_charge()), id="charged", in_force_from=NOV)
    history = PolicyHistory.of([default_policy(), charged])
    roster = [RosterEntry(ZHANG, "张三", PersonStatus.ACTIVE, Decimal("6000.00"), Period(2026, 1))]
    lines = compute_payments(roster, history, NOV, backpay=[BackPayRequest(ZHANG, MEDICAL, 1)])
    write_statements_csv(UNIT, NOV, lines, tmp_path / "s.csv", history=history)
    medical = [
        (row[6], row[8], row[-2], row[-1]) for row in rows(tmp_path / "s.csv") if row[5].startswith("medical")
    ]
    assert medical == [("2026-11", "123.00", "3.00", "1.00"), ("2026-10", "120.00", "0.00", "0.00")]
    chinese = {"Of which fixed charge, employee": "其中定额缴费（个人）"}
    assert (
        fixed_columns(history, lambda _context, source: chinese.get(source, source))[0]
        == "其中定额缴费（个人）"
    )
