"""The unit's profile and the agency policy cached for offline checks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ssclient.domain.clock import FixedClock
from ssclient.domain.roster import Unit
from ssclient.store import CachedPolicy, NotFoundError, Store
from tests.store.conftest import UNIT

PROFILE = Unit(
    unit_code=UNIT,
    name="杭州示例科技有限公司",
    uscc="91330106MA2XXXXXX1",
    tax_number="330106123456789",
    contact="王会计",
    phone="0571-81812345",
    industry_class=3,
    extra={"region": "330106"},
)


def test_a_unit_profile_round_trips_and_updates(store: Store) -> None:
    assert store.unit(UNIT) is None

    store.save_unit(PROFILE)
    assert store.unit(UNIT) == PROFILE

    moved = Unit(UNIT, "杭州示例科技有限公司", PROFILE.uscc, PROFILE.tax_number, phone="0571-80000000")
    store.save_unit(moved)
    assert store.unit(UNIT) == moved


def test_the_cached_policy_survives_a_profile_update(store: Store, clock: FixedClock) -> None:
    store.save_unit(PROFILE)
    text = '{"year": 2026, "pension": {"employer": "0.16"}}'

    store.save_policy_json(UNIT, text, clock.now())
    store.save_unit(PROFILE)

    assert store.policy_json(UNIT) == CachedPolicy(text, clock.now())
    later = clock.now() + timedelta(days=1)
    store.save_policy_json(UNIT, "{}", later)
    assert store.policy_json(UNIT) == CachedPolicy("{}", later)


def test_no_policy_is_cached_before_one_is_saved(store: Store) -> None:
    assert store.policy_json(UNIT) is None
    store.save_unit(PROFILE)
    assert store.policy_json(UNIT) is None


def test_a_policy_needs_its_unit(store: Store, clock: FixedClock) -> None:
    with pytest.raises(NotFoundError, match="save its profile first"):
        store.save_policy_json(UNIT, "{}", clock.now())
