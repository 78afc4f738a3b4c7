"""Sessions slide while the accountant works: each request renews a session past half its lifetime, so it
ends only after a whole lifetime without a request (DESIGN: sessions no longer end mid-work)."""

from __future__ import annotations

import pytest

from ssclient.agency.state import TOKEN_LIFETIME
from ssclient.domain.clock import FixedClock
from ssclient.sync.api import AgencyClient
from ssclient.sync.results import SessionExpired
from tests.support.agency import AgencyUnit


def test_a_session_in_use_slides_and_an_idle_one_ends(
    agency_client: AgencyClient, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    for _ in range(4):  # four times three quarters of a lifetime: three lifetimes of steady work
        agency_clock.advance(TOKEN_LIFETIME * 3 / 4)
        agency_client.profile()
    agency_clock.advance(TOKEN_LIFETIME)
    with pytest.raises(SessionExpired):
        agency_client.profile()
