"""Planning a submission: the verdict on one declaration and everything storing it will write, from what was
read of the unit beforehand. Pure: no database and no clock (the time is given), so that every verdict can be
tested on any day; `loading` reads what it needs and `storing` writes what it decides.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ssclient.agency.review import ReviewData, review
from ssclient.agency.roster import Snapshot, apply_declaration, entry_from_state, to_cents
from ssclient.domain.clock import CHINA_TZ
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
from ssclient.domain.findings import Finding, has_errors
from ssclient.domain.identity import normalize_id_number
from ssclient.domain.money import parse_amount
from ssclient.domain.period import Period
from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import Policy
from ssclient.policy.regions import Regions
from ssclient.rules.payment import BackPayRequest
from ssclient.rules.person import normalize_name

# How many names a summary lists ("张三, 李四, 王五 and 97 more").
_PEOPLE_SHOWN = 3
_JOINING = (DeclarationType.ADD, DeclarationType.RENEWAL)
# The amounts of a payment line that the agency stores as it approved them.
_PAYMENT_AMOUNTS = ("base", "employer_amount", "employee_amount", "wage")


@dataclass(frozen=True, slots=True)
class Replaced:
    """The approved record a revision replaces: its id and the roster entries as they were before it."""

    id: int
    roster_before: dict[str, Snapshot | None]


@dataclass(frozen=True, slots=True)
class UnitState:
    """What the agency knew of the unit when the submission's turn came.

    `current`: the unit's roster states of the people on the declaration and of those the replaced record
    changed (for a payment declaration, the whole roster). `elsewhere`: those of them actively insured by
    another unit. `payment_declared_as`: the serial of an approved payment declaration for the same period,
    other than the replaced one."""

    current: dict[str, Snapshot]
    elsewhere: frozenset[str] = frozenset()
    industry_class: int = 1
    replaced: Replaced | None = None
    payment_declared_as: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """The verdict and what storing it writes. `body`: the submission as stored, the amounts of an approved
    one as the agency approved them. `changes`: the roster entries to write (new or changed);
    `roster_before`: those entries as they were, kept with the record so that revoking it can put them back."""

    approved: bool
    findings: list[Finding]
    submitted_at: datetime
    day: date
    people: dict[str, str]
    line_count: int
    body: str
    changes: dict[str, Snapshot] = field(default_factory=dict)
    roster_before: dict[str, Snapshot | None] | None = None
    existing: frozenset[str] = frozenset()
    payments: list[dict[str, Any]] = field(default_factory=list)

    @property
    def status(self) -> str:
        return (DeclarationStatus.APPROVED if self.approved else DeclarationStatus.REJECTED).value


@dataclass(frozen=True, slots=True)
class Rulebook:
    """The agency's standing references: its policy and regions, and its tables by month."""

    policy: Policy
    regions: Regions
    history: PolicyHistory | None = None


def plan_submission(
    declaration: Declaration, body: str, unit: UnitState, rulebook: Rulebook, now: datetime
) -> Plan:
    """Judge `declaration` (received as the canonical `body`) against the unit as it was, at `now`."""
    day = now.astimezone(CHINA_TZ).date()
    people = people_of(declaration)
    is_payment = declaration.type is DeclarationType.PAYMENT
    # The roster as it will be once the replaced record is revoked: the new one is judged against that.
    replaced_before = unit.replaced.roster_before if unit.replaced else {}
    virtual: dict[str, Snapshot | None] = {**unit.current, **replaced_before}
    data = ReviewData(
        policy=rulebook.policy,
        regions=rulebook.regions,
        history=rulebook.history,
        today=day,
        roster={number: entry_from_state(number, s) for number, s in virtual.items() if s is not None},
        insured_elsewhere=frozenset(unit.elsewhere & people.keys() if declaration.type in _JOINING else ()),
        industry_class=unit.industry_class,
        backpay=backpay_granted(virtual, declaration.period) if is_payment else (),
        payment_declared_as=unit.payment_declared_as if is_payment else None,
    )
    findings = review(declaration, data)
    # A payment has a line per person, insurance type and month: its count is of people.
    line_count = len(people) if is_payment else len(declaration.lines)
    if has_errors(findings):
        return Plan(False, findings, now, day, people, line_count, body)
    changes = apply_declaration(declaration.type, declaration.period, declaration.lines, virtual)
    return Plan(
        True,
        findings,
        now,
        day,
        people,
        line_count,
        approved_body(declaration, body, rulebook.policy),
        changes=changes,
        roster_before={number: virtual.get(number) for number in changes},
        existing=frozenset(number for number, s in virtual.items() if s is not None),
        payments=_payment_rows(declaration) if is_payment else [],
    )


def people_of(declaration: Declaration) -> dict[str, str]:
    """ID number → name of everyone on the declaration, in order, once each."""
    people: dict[str, str] = {}
    sources = (
        ((p.id_number, p.name) for p in declaration.payments)
        if declaration.type is DeclarationType.PAYMENT
        else ((line.id_number, line.name) for line in declaration.lines)
    )
    for raw_number, raw_name in sources:
        number = normalize_id_number(raw_number)
        if number and number not in people:
            people[number] = normalize_name(raw_name)
    return people


def shown_people(people: dict[str, str]) -> list[str]:
    """The names a record's summary lists."""
    return list(people.values())[:_PEOPLE_SHOWN]


def backpay_granted(states: dict[str, Snapshot | None], period: Period) -> list[BackPayRequest]:
    """The back payments this period's renewals granted, which the period's payment must include."""
    requests = []
    for number, state in states.items():
        if state is not None and state["renewed_in"] == str(period):
            for insurance, months in json.loads(state["backpay"]).items():
                requests.append(BackPayRequest(number, InsuranceType(insurance), int(months)))
    return requests


def approved_body(declaration: Declaration, body: str, policy: Policy) -> str:
    """The submission with its amounts as the agency approved them: parsed and quantised by the policy's
    rounding ("5000" → "5000.00"), so that the records show the figure approved, not the text sent. Text
    that is no amount (an interruption's empty base) stays as it is."""
    form = _approved_form(-int(policy.rounding_quantum.as_tuple().exponent))
    if all(form.fullmatch(text) for text in _amount_texts(declaration)):
        return body  # the usual case: sent as approved
    content = json.loads(body)
    for line in content["lines"]:
        line["wage_base"] = _normalised(line["wage_base"], policy)
    for payment in content["payments"]:
        for name in _PAYMENT_AMOUNTS:
            if payment.get(name) is not None:
                payment[name] = _normalised(payment[name], policy)
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"))


@functools.cache
def _approved_form(places: int) -> re.Pattern[str]:
    """An amount written as the agency approves it (no leading zero, the policy's decimals), or none."""
    decimals = rf"\.[0-9]{{{places}}}" if places > 0 else ""
    return re.compile(rf"(?:(?:0|[1-9][0-9]*){decimals})?")


def _amount_texts(declaration: Declaration) -> Iterator[str]:
    for line in declaration.lines:
        yield line.wage_base
    for payment in declaration.payments:
        yield from (str(payment.base), str(payment.employer_amount), str(payment.employee_amount))
        if payment.wage is not None:
            yield str(payment.wage)


def _normalised(text: str, policy: Policy) -> str:
    try:
        return str(policy.round(parse_amount(text)))
    except ValueError:
        return text


def _payment_rows(declaration: Declaration) -> list[dict[str, Any]]:
    """The payment amounts of an approved payment declaration, as rows of the payments table."""
    return [
        {
            "period": str(line.period),
            "for_period": str(line.for_period or line.period),
            "id_number": normalize_id_number(line.id_number)[:40],
            "name": normalize_name(line.name)[:60],
            "insurance": line.insurance.value,
            "base_cents": to_cents(line.base),
            "employer_cents": to_cents(line.employer_amount),
            "employee_cents": to_cents(line.employee_amount),
        }
        for line in declaration.payments
    ]
