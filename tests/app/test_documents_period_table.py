"""The draft box checks each personnel document with the policy table in force in its period, from the
agency's history cached in the store (offline too): a wage above one year's ceiling is within the next's."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path

import pytest

from ssclient.app.contributions import Contributions
from ssclient.app.documents import Documents
from ssclient.app.shared_roster import SharedRoster
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.domain.roster import RosterEntry
from ssclient.policy import default_policy
from ssclient.policy.history import PolicyHistory
from ssclient.policy.regions import default_regions
from ssclient.policy.serialize import history_to_json
from ssclient.rules import RuleContext
from ssclient.store import Store
from tests.app.test_documents import TODAY, UNIT, ZHANG_SAN, person


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store.sqlite3", clock=FixedClock(TODAY))
    opened.save_unit(UNIT)
    first = default_policy()  # ceiling 24,000.00
    raised = dataclasses.replace(
        first, id="raised", in_force_from=Period(2026, 11), base_ceiling=Decimal("30000.00")
    )
    opened.save_policy_history_json(UNIT.unit_code, history_to_json(PolicyHistory.of([first, raised])))
    yield opened
    opened.close()


def documents(store: Store) -> Documents:
    policy, regions = default_policy(), default_regions()  # the session's table: the older one

    def rules(roster: Mapping[str, RosterEntry] | None = None, *, declaring: bool = False) -> RuleContext:
        return RuleContext(policy, regions, TODAY.date(), roster=roster, declaring=declaring)

    contributions = Contributions(store, None, UNIT.unit_code, FixedClock(TODAY), policy, 1, rules)
    return Documents(store, None, UNIT.unit_code, FixedClock(TODAY), rules, contributions, SharedRoster())


@pytest.mark.parametrize(("period", "capped"), [(Period(2026, 11), False), (Period(2026, 10), True)])
def test_a_document_is_checked_with_its_periods_table(store: Store, period: Period, capped: bool) -> None:
    use_case = documents(store)
    saved = use_case.save(Declaration(DeclarationType.ADD, period, [person(ZHANG_SAN, "张三", "27000.00")]))
    assert saved.id is not None
    (result,) = use_case.check([saved.id], lambda summary: f"#{summary.id}", declaring=False)
    codes = [f.code for f in result.findings]
    assert ("BASE_ABOVE_CEILING" in codes) is capped
    if capped:
        (warning,) = [f for f in result.findings if f.code == "BASE_ABOVE_CEILING"]
        assert warning.params["limit"] in ("24000.00", "24,000.00")
