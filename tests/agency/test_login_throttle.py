"""Log-in throttling over real HTTP: counted in the database, the same for known and unknown unit codes,
paused per unit code and address with growing pauses, lifted by elapsed time even when the date is fixed."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from ssclient.agency.server import RunningAgency, start_agency
from ssclient.agency.throttle import LIMITS, PAIR
from ssclient.domain.clock import FixedClock
from ssclient.sync.api import AgencyClient, AgencyError
from tests.support.agency import AGENCY_START, AgencyUnit, register_unit

WRONG = "Wrong2026pw"
TRIES = LIMITS[PAIR]


def log_in(url: str, unit_code: str, password: str, address: str = "127.0.0.1") -> httpx.Response:
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(base_url=url, transport=transport, timeout=60) as client:
        return client.post("/api/v1/sessions", json={"unit_code": unit_code, "password": password})


def answer(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json().get("code", "")


def test_five_wrong_passwords_pause_log_in_for_a_minute_then_longer(
    agency: RunningAgency, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    for _ in range(TRIES):
        assert answer(log_in(agency.url, unit.unit_code, WRONG)) == (401, "LOGIN_FAILED")
    paused = log_in(agency.url, unit.unit_code, unit.password)  # even the right password waits
    assert answer(paused) == (429, "UNIT_LOCKED")
    assert paused.headers["Retry-After"] == "60"
    assert "until 09:01 (Beijing time)" in paused.json()["message"]

    agency_clock.advance(timedelta(minutes=1))
    for _ in range(TRIES):
        assert answer(log_in(agency.url, unit.unit_code, WRONG)) == (401, "LOGIN_FAILED")
    second = log_in(agency.url, unit.unit_code, unit.password)
    assert answer(second) == (429, "UNIT_LOCKED") and second.headers["Retry-After"] == "120"

    agency_clock.advance(timedelta(minutes=2))
    assert log_in(agency.url, unit.unit_code, unit.password).status_code == 201
    # The right password made the next pause the shortest again.
    for _ in range(TRIES):
        log_in(agency.url, unit.unit_code, WRONG)
    assert log_in(agency.url, unit.unit_code, WRONG).headers["Retry-After"] == "60"


def test_an_occasional_typo_never_adds_up_to_a_pause(
    agency: RunningAgency, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    for _ in range(TRIES * 2):
        assert answer(log_in(agency.url, unit.unit_code, WRONG)) == (401, "LOGIN_FAILED")
        assert log_in(agency.url, unit.unit_code, unit.password).status_code == 201
        agency_clock.advance(timedelta(minutes=16))


def test_an_unknown_unit_code_is_answered_exactly_like_a_known_one(
    agency: RunningAgency, unit: AgencyUnit
) -> None:
    known = [answer(log_in(agency.url, unit.unit_code, WRONG)) for _ in range(TRIES + 2)]
    unknown = [answer(log_in(agency.url, "170000000", WRONG)) for _ in range(TRIES + 2)]
    assert known == unknown == [(401, "LOGIN_FAILED")] * TRIES + [(429, "UNIT_LOCKED")] * 2


def test_a_guesser_at_another_address_does_not_lock_the_accountant_out(
    agency: RunningAgency, unit: AgencyUnit
) -> None:
    for _ in range(TRIES + 3):
        log_in(agency.url, unit.unit_code, WRONG, address="127.0.0.2")
    assert answer(log_in(agency.url, unit.unit_code, WRONG, address="127.0.0.2")) == (429, "UNIT_LOCKED")
    assert log_in(agency.url, unit.unit_code, unit.password).status_code == 201


def burst(url: str, passwords: list[str], unit_code: str) -> list[tuple[int, str]]:
    """All at once: every request waits at a barrier, then they go out together."""
    start = threading.Barrier(len(passwords))

    def one(password: str) -> tuple[int, str]:
        start.wait()
        return answer(log_in(url, unit_code, password))

    with ThreadPoolExecutor(len(passwords)) as pool:
        return list(pool.map(one, passwords))


def test_a_burst_of_fifty_wrong_passwords_checks_at_most_five(
    agency: RunningAgency, unit: AgencyUnit
) -> None:
    answers = Counter(burst(agency.url, [WRONG] * 50, unit.unit_code))
    assert answers[(401, "LOGIN_FAILED")] <= TRIES
    assert answers[(401, "LOGIN_FAILED")] + answers[(429, "UNIT_LOCKED")] == 50
    # The right password after the burst waits for the pause like any other.
    assert answer(log_in(agency.url, unit.unit_code, unit.password)) == (429, "UNIT_LOCKED")


def test_a_right_password_inside_a_burst_opens_no_second_round_of_guesses(
    agency: RunningAgency, unit: AgencyUnit
) -> None:
    passwords = [WRONG] * 25 + [unit.password] + [WRONG] * 24
    answers = burst(agency.url, passwords, unit.unit_code)
    assert answers.count((401, "LOGIN_FAILED")) <= TRIES
    # It gets in only as one of the round's attempts; after them it waits like the guesses.
    assert answers[25] in ((201, ""), (429, "UNIT_LOCKED"))


@pytest.fixture
def frozen_date_agency(tmp_path: Path) -> Iterator[tuple[RunningAgency, FixedClock]]:
    """An agency whose business date stands still (as `serve --today` does) while elapsed time runs."""
    elapsed = FixedClock(AGENCY_START)
    running = start_agency(
        f"sqlite:///{tmp_path / 'agency.sqlite3'}", FixedClock(AGENCY_START), timer=elapsed
    )
    try:
        yield running, elapsed
    finally:
        running.stop()


def test_a_fixed_business_date_does_not_freeze_a_pause(
    frozen_date_agency: tuple[RunningAgency, FixedClock],
) -> None:
    agency, elapsed = frozen_date_agency
    with AgencyClient(agency.url, retries=0) as client:
        unit = register_unit(client)
        for _ in range(TRIES):
            with pytest.raises(AgencyError):
                client.login(unit.unit_code, WRONG)
        with pytest.raises(AgencyError) as paused:
            client.login(unit.unit_code, unit.password)
        assert paused.value.code == "UNIT_LOCKED"
        elapsed.advance(timedelta(minutes=1))
        assert client.login(unit.unit_code, unit.password).unit_code == unit.unit_code
        assert client.policy().calendar.today == AGENCY_START.date()
