"""The agency keeps the amounts it approved, normalised by its policy (Decimal, to the policy's quantum),
and its records give those back, not the text the client sent."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import httpx

from ssclient.agency.server import RunningAgency
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.rules.payment import compute_payments
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, declaration, person_line


def record_json(agency: RunningAgency, unit: AgencyUnit, declaration_id: int) -> dict[str, object]:
    """The record exactly as the agency sends it."""
    headers = {"Authorization": f"Bearer {unit.client.token}"}
    answer = httpx.get(f"{agency.url}/api/v1/declarations/{declaration_id}", headers=headers)
    assert answer.status_code == 200, answer.text
    data: dict[str, object] = answer.json()
    return data


def short(amount: Decimal) -> Decimal:
    """The amount without trailing zeros after the point, in plain notation."""
    text = f"{amount:f}"
    return Decimal(text.rstrip("0").rstrip(".") if "." in text else text)


def test_a_base_sent_as_typed_comes_back_as_approved(agency: RunningAgency, unit: AgencyUnit) -> None:
    lines = (person_line(1, base="5000"), person_line(2, base="6,500.5"), person_line(3, base=" ７２００ "))
    result = unit.client.submit(declaration(DeclarationType.ADD, *lines), "add-0001")
    assert result.approved, result.findings
    sent = record_json(agency, unit, result.declaration_id)["lines"]
    assert [line["wage_base"] for line in sent] == ["5000.00", "6500.50", "7200.00"]  # type: ignore[attr-defined]
    record = unit.client.declaration(result.declaration_id)
    assert [line.wage_base for line in record.lines] == ["5000.00", "6500.50", "7200.00"]
    assert {str(entry.base) for entry in unit.client.roster()} == {"5000.00", "6500.50", "7200.00"}


def test_payment_amounts_come_back_as_approved(agency: RunningAgency, unit: AgencyUnit) -> None:
    added = unit.client.submit(declaration(DeclarationType.ADD, person_line(1, base="6500")), "add-0001")
    assert added.approved, added.findings
    policy = unit.client.policy().policy
    computed = compute_payments(unit.client.roster(), policy, CURRENT_PERIOD)
    # The same amounts written without trailing zeros ("6500", "13.5"): equal as Decimals, so approved.
    sent = [
        replace(
            line,
            base=short(line.base),
            employer_amount=short(line.employer_amount),
            employee_amount=short(line.employee_amount),
        )
        for line in computed
    ]
    assert any(str(line.base) == "6500" for line in sent)
    result = unit.client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=sent), "pay-0001"
    )
    assert result.approved, result.findings
    payments = record_json(agency, unit, result.declaration_id)["payments"]
    for line in payments:  # type: ignore[attr-defined]
        for name in ("base", "employer_amount", "employee_amount"):
            assert Decimal(line[name]).as_tuple().exponent == -2, (name, line[name])
