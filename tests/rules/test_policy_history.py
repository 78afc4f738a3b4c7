"""Policy tables by pooling area and month: the table in force is picked by period, back pay included."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from ssclient.domain.enums import InsuranceType, PersonStatus
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import PolicyError, default_policy, parse_policy
from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import Policy
from ssclient.policy.serialize import policy_from_json, policy_to_json
from ssclient.rules.payment import BackPayRequest, compute_payments
from tests.rules.test_policy_loader import SHIPPED

P = InsuranceType.PENSION


def next_year(policy: Policy, employer_rate: str = "0.15") -> Policy:
    pension = dataclasses.replace(policy[P], employer_rate=Decimal(employer_rate))
    return dataclasses.replace(
        policy,
        id="next",
        year=2027,
        in_force_from=Period(2027, 1),
        insurances={**policy.insurances, P: pension},
    )


def test_the_shipped_table_names_its_area_and_first_month() -> None:
    policy = default_policy()
    assert policy.area == "示例统筹地区（非官方）" and policy.starts == Period(2026, 1)
    assert policy.illustrative
    assert "not an official regulation" in policy.window_origin.source
    again = policy_from_json(policy_to_json(policy))
    assert (again.area, again.in_force_from) == (policy.area, policy.in_force_from)


def test_the_table_in_force_is_picked_by_month() -> None:
    first = default_policy()
    history = PolicyHistory.of([next_year(first), first])
    assert history.in_force(Period(2026, 12)) is first
    assert history.in_force(Period(2027, 1)).id == "next"
    assert history.in_force(Period(2030, 6)).id == "next"
    assert history.in_force(Period(2020, 1)) is first  # nothing older is known
    replaced = history.with_table(next_year(first, "0.14"))
    assert replaced.in_force(Period(2027, 1))[P].employer_rate == Decimal("0.14")
    assert len(replaced.tables) == 2


def test_tables_of_different_areas_or_the_same_month_make_no_history() -> None:
    first = default_policy()
    with pytest.raises(PolicyError, match="different pooling areas"):
        PolicyHistory.of([first, dataclasses.replace(next_year(first), area="杭州市")])
    with pytest.raises(PolicyError, match="2026-01"):
        PolicyHistory.of([first, dataclasses.replace(first, id="again")])


def test_back_pay_uses_the_table_in_force_in_the_month_it_covers() -> None:
    first = default_policy()
    history = PolicyHistory.of([first, next_year(first)])
    entry = RosterEntry(
        "P1", "某", PersonStatus.ACTIVE, Decimal("10000.00"), Period(2027, 1), insurances=(P,)
    )
    lines = compute_payments([entry], history, Period(2027, 1), backpay=[BackPayRequest("P1", P, 1)])
    by_month = {str(line.for_period or line.period): line.employer_amount for line in lines}
    assert by_month == {"2027-01": Decimal("1500.00"), "2026-12": Decimal("1600.00")}


def test_a_bad_first_month_is_refused_with_the_key() -> None:
    bad = SHIPPED.replace('in_force_from = "2026-01"', 'in_force_from = "2026-13"')
    with pytest.raises(PolicyError, match=r"meta\.in_force_from"):
        parse_policy(bad)
