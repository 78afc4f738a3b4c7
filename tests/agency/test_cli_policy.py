"""`ssclient-agency serve --policy` (the agency's tables) and `ssclient-agency set-class` (the agency's staff
change a unit's work-injury industry class), as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from ssclient.agency.cli import build_parser, main
from ssclient.agency.db import UnitRow
from ssclient.agency.server import RunningAgency
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.policy import default_policy
from ssclient.rules.payment import compute_payments
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, declaration, person_line


def test_serve_takes_one_policy_file_per_table(tmp_path: Path) -> None:
    args = build_parser().parse_args(["serve", "--policy", "2026.toml", "--policy", "2027.toml"])
    assert args.policy == [Path("2026.toml"), Path("2027.toml")]


def test_serve_refuses_a_bad_policy_file_with_its_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[meta]\nid = "x"\n', encoding="utf-8")
    assert main(["serve", "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}", "--policy", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "the policy tables cannot be used" in err and "bad.toml" in err and "Traceback" not in err


def test_set_class_changes_the_class_every_later_payment_uses(
    agency: RunningAgency, unit: AgencyUnit, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set-class", unit.unit_code, "5", "--db", str(agency.state.engine.url)]) == 0
    assert f"Unit {unit.unit_code} is now in work-injury industry class 5." in capsys.readouterr().out
    assert unit.client.profile().industry_class == 5


@pytest.mark.parametrize("value", ["0", "9", "三", "1.5"])
def test_set_class_refuses_a_class_outside_1_to_8(
    agency: RunningAgency, unit: AgencyUnit, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    assert main(["set-class", unit.unit_code, value, "--db", str(agency.state.engine.url)]) == 2
    assert "a whole number from 1 to 8" in capsys.readouterr().err
    assert unit.client.profile().industry_class == 1


def test_set_class_names_an_unknown_unit(agency: RunningAgency, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["set-class", "170999999", "3", "--db", str(agency.state.engine.url)]) == 2
    assert "no unit has the code '170999999'" in capsys.readouterr().err


def test_a_class_outside_1_to_8_kept_in_the_database_refuses_the_payment_not_class_1(
    agency: RunningAgency, unit: AgencyUnit
) -> None:
    assert unit.client.submit(
        declaration(DeclarationType.ADD, person_line(42, "张四二")), "zero-add-0001"
    ).approved
    with agency.state.engine.begin() as db:  # as an older tool may have left it
        db.execute(update(UnitRow).where(UnitRow.unit_code == unit.unit_code).values(industry_class=0))
    lines = compute_payments(unit.client.roster(), default_policy(), CURRENT_PERIOD)
    refused = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines), "zero-pay-0001"
    )
    assert [(f.field, f.code) for f in refused.findings] == [("industry_class", "INDUSTRY_CLASS_INVALID")]
