"""Nothing blocks the agency's event loop: while a large submission is being reviewed (held in the middle of
its review, its unit's turn taken in the database), /health answers, and so does another unit whose session
lookup has to write (on SQLite it waits for the review's write to end, in a worker thread, not on the loop)."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

from ssclient.agency.server import RunningAgency
from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import DeclarationType
from ssclient.sync.api import AgencyClient
from tests.support.agency import AgencyUnit, declaration, person_line, register_unit

# A bound on waiting for the other threads, so that a broken agency fails the test instead of hanging it.
WAIT_SECONDS = 60
LARGE = 1000


def test_health_answers_while_a_large_submission_is_reviewed(
    agency: RunningAgency, agency_clock: FixedClock, unit: AgencyUnit
) -> None:
    reviewing, release = threading.Event(), threading.Event()

    def hold() -> None:
        reviewing.set()
        release.wait(WAIT_SECONDS)

    agency.state.while_reviewing = hold
    large = declaration(DeclarationType.ADD, *(person_line(n) for n in range(LARGE)))
    answers: dict[str, Any] = {}
    submitting = threading.Thread(
        target=lambda: answers.update(submitted=unit.client.submit(large, "large-0001"))
    )
    with AgencyClient(agency.url, retries=0) as other_client, AgencyClient(agency.url, retries=0) as probe:
        other = register_unit(other_client, name="乙公司")
        renewing = threading.Thread(target=lambda: answers.update(roster=other.client.roster()))
        submitting.start()
        try:
            assert reviewing.wait(WAIT_SECONDS), "the submission never reached its review"
            # Past half the session's lifetime: the other unit's next call renews its session (a write).
            agency_clock.advance(timedelta(hours=1, minutes=30))
            renewing.start()
            health = probe.health()
            assert health.training
            assert "submitted" not in answers  # still held in its review
        finally:
            release.set()
            submitting.join(WAIT_SECONDS)
            if renewing.ident is not None:
                renewing.join(WAIT_SECONDS)
    assert answers["submitted"].approved, answers["submitted"].findings[:3]
    assert answers["roster"] == []
    assert len(unit.client.roster()) == LARGE
