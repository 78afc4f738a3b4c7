"""What one declaration may hold: the agency refuses more, so the client's rulebook says so before sending
(the bounds are the agency's own, ssclient.agency.schemas)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from ssclient.agency import schemas
from ssclient.domain.declaration import (
    MAX_PAYMENT_LINES,
    MAX_PERSONNEL_LINES,
    Declaration,
    DeclarationLine,
    PaymentLine,
)
from ssclient.domain.enums import DeclarationType, InsuranceType
from ssclient.rules import RuleContext, check_declaration
from ssclient.rules.payment import check_payment_declaration
from tests.rules.conftest import PERIOD
from tests.rules.idgen import make_id


def people(count: int) -> list[DeclarationLine]:
    """`count` different working-age people, valid in every field."""
    born = date(1980, 1, 1)
    numbers = (make_id(born + timedelta(days=n // 1000), sequence=n % 1000) for n in range(count))
    return [DeclarationLine(number, "张三", "11", "6500.00", "否", "否") for number in numbers]


def test_the_client_knows_the_bounds_the_agency_enforces() -> None:
    assert schemas.MAX_LINES == MAX_PERSONNEL_LINES
    assert schemas.DeclarationIn.model_fields["payments"].metadata[0].max_length == MAX_PAYMENT_LINES


def test_a_declaration_of_more_people_than_the_agency_takes_is_an_error(ctx: RuleContext) -> None:
    full = Declaration(DeclarationType.ADD, PERIOD, people(MAX_PERSONNEL_LINES + 1))
    found = [f for f in check_declaration(full, ctx) if f.field == "lines"]
    assert [(f.code, f.is_error) for f in found] == [("DECLARATION_TOO_LARGE", True)]
    assert found[0].message == (
        "One declaration holds at most 2,000 people and this one has 2,001: the agency would refuse it. Split the "
        "people into several documents (an import from a spreadsheet does so by itself, and the annual base window "
        "when the document is opened there and saved again)."
    )
    full.lines.pop()
    assert check_declaration(full, ctx) == []


def test_a_payment_of_more_lines_than_the_agency_takes_is_an_error_before_any_comparison(
    ctx: RuleContext,
) -> None:
    line = PaymentLine(make_id(), "张三", InsuranceType.PENSION, PERIOD, Decimal("6500.00"),
                       Decimal("1040.00"), Decimal("520.00"))  # fmt: skip
    payment = Declaration(DeclarationType.PAYMENT, PERIOD, payments=[line] * (MAX_PAYMENT_LINES + 1))
    assert [(f.code, f.field) for f in check_payment_declaration(payment, ctx)] == [
        ("PAYMENT_TOO_LARGE", "payments")
    ]
