"""People insured since January 2026 (the bundled policy's first month), for the annual base's tests: the
agency's clock is taken back to January to add them, then forward to AGENCY_START again."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from tests.support.agency import AGENCY_START, AgencyUnit, person_line

JANUARY = Period(2026, 1)
_keys = itertools.count(1)


@contextmanager
def january(clock: FixedClock) -> Iterator[None]:
    """The agency's clock inside January's declaration window, then back at AGENCY_START."""
    clock.set(datetime(2026, 1, 12, 9, 0, tzinfo=CHINA_TZ))
    try:
        yield
    finally:
        clock.set(AGENCY_START)


def insure_in_january(unit: AgencyUnit, clock: FixedClock, people: list[tuple[int, str, str]]) -> None:
    """Add (id sequence, name, base) people in January, declared inside January's window."""
    lines = [person_line(seq, name, base) for seq, name, base in people]
    with january(clock):
        result = unit.client.submit(
            Declaration(DeclarationType.ADD, JANUARY, lines), f"january-{next(_keys)}"
        )
        assert result.approved, result.findings
    unit.relogin()
