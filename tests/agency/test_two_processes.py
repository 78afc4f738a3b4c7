"""Two agency server processes on one database (a SQLite file, a PostgreSQL database), raced: the database
alone keeps one payment per unit and period, one successor per record and one revocation."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationStatus, DeclarationType, PersonStatus
from ssclient.rules.payment import compute_payments
from ssclient.sync.api import AgencyClient, AgencyError, DeclarationRecord, Verdict
from tests.support.agency import (
    CURRENT_PERIOD,
    DATABASES,
    AgencyUnit,
    database_url,
    declaration,
    drop_database,
    person_line,
    register_unit,
)

ADD = DeclarationType.ADD


def serve(db_url: str) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "ssclient.agency.cli", "serve", "--port", "0", "--db", db_url]
    command += ["--today", "2026-11-20"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    banner = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+", banner)
    if not found:
        process.kill()
        pytest.fail(f"the agency did not start: {banner}{process.stderr.read()}")
    return process, found.group(0)


@pytest.fixture(scope="module", params=DATABASES)
def servers(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    url = database_url(request.param, tmp_path_factory.mktemp("shared"), request)
    # One after the other: the first creates the tables.
    first, first_url = serve(url)
    try:
        second, second_url = serve(url)
    except BaseException:
        first.kill()
        first.communicate()
        raise
    try:
        yield first_url, second_url
    finally:
        for process in (first, second):
            process.terminate()
            _, log = process.communicate(timeout=30)
            assert "Traceback" not in log and "ERROR" not in log, log
        drop_database(url, request)


@pytest.fixture
def shared_unit(servers: tuple[str, str]) -> Iterator[AgencyUnit]:
    with AgencyClient(servers[0], retries=0) as client:
        yield register_unit(client)


def race(servers: tuple[str, str], token: str, calls: list[Callable[[AgencyClient], Any]]) -> list[Any]:
    """Each call on its own thread, alternating between the two servers, all released at once; the answer
    or the AgencyError of each, in order."""
    start = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int) -> None:
        with AgencyClient(servers[index % 2], retries=0, timeout=60) as client:
            client.token = token
            start.wait()
            try:
                results[index] = calls[index](client)
            except AgencyError as refused:
                results[index] = refused

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def submitting(document: Declaration, key: str) -> Callable[[AgencyClient], Verdict]:
    return lambda client: client.submit(document, key)


def revoking(declaration_id: int) -> Callable[[AgencyClient], DeclarationRecord]:
    return lambda client: client.revoke(declaration_id)


def approved(results: list[Any]) -> list[Verdict]:
    return [r for r in results if isinstance(r, Verdict) and r.approved]


def test_the_same_payment_under_different_keys_is_approved_once(
    servers: tuple[str, str], shared_unit: AgencyUnit
) -> None:
    client = shared_unit.client
    # Enough people that a review takes a while: time for the other process to review the same period.
    people = declaration(ADD, *(person_line(seq) for seq in range(100, 160)))
    assert client.submit(people, "add-for-payment").approved
    lines = compute_payments(client.roster(), client.policy().policy, CURRENT_PERIOD)
    document = Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=lines)
    token = client.token
    assert token is not None
    results = race(servers, token, [submitting(document, f"pay-key-{i}") for i in range(8)])
    assert len(approved(results)) == 1, results
    for result in results:
        if isinstance(result, Verdict) and not result.approved:
            assert {f.code for f in result.findings} == {"PAYMENT_ALREADY_DECLARED"}
        elif isinstance(result, AgencyError):
            assert (result.status, result.code) == (503, "CONCURRENT_CHANGE")
    assert client.payments(period_from=CURRENT_PERIOD, period_to=CURRENT_PERIOD).total_count == len(lines)


def test_a_record_is_revoked_or_replaced_once(servers: tuple[str, str], shared_unit: AgencyUnit) -> None:
    client = shared_unit.client
    token = client.token
    assert token is not None
    for seq in range(10, 14):  # people no other test's unit insures
        original = client.submit(declaration(ADD, person_line(seq)), f"original-{seq}")
        serial = original.serial_number
        assert serial is not None
        revision = declaration(ADD, person_line(seq, base="7000.00"), replaces=serial)
        other_revision = declaration(ADD, person_line(seq, base="7100.00"), replaces=serial)
        results = race(
            servers,
            token,
            [
                submitting(revision, f"revise-a-{seq}"),
                submitting(other_revision, f"revise-b-{seq}"),
                revoking(original.declaration_id),
            ],
        )
        succeeded = approved(results) + [r for r in results[2:] if not isinstance(r, AgencyError)]
        assert len(succeeded) == 1, results
        record = client.declaration(original.declaration_id).summary
        assert record.status is DeclarationStatus.REVOKED
        successors = [r for r in approved(results) if r.serial_number == record.replaced_by_serial]
        assert len(successors) == (1 if record.replaced_by_serial else 0)
        roster = {entry.id_number: entry for entry in client.roster()}
        person = person_line(seq).id_number
        if successors:
            assert roster[person].status is PersonStatus.ACTIVE
        else:
            assert person not in roster
