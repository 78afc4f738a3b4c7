"""The typed client against the real agency: results, errors, retries only where safe, timeouts."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ssclient.agency.server import RunningAgency, start_agency
from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import DeclarationType
from ssclient.policy import default_policy
from ssclient.sync.api import (
    AgencyClient,
    AgencyError,
    AgencyProtocolError,
    AgencyUnreachable,
    SessionExpired,
)
from tests.support.agency import AgencyUnit, declaration, person_line, register_unit


class Sleeps:
    """Stands in for time.sleep in the client: records the backoff, and may act between attempts."""

    def __init__(self, between: object = None) -> None:
        self.delays: list[float] = []
        self.between = between

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if callable(self.between):
            self.between()


def test_public_calls_give_typed_results(agency_client: AgencyClient) -> None:
    info = agency_client.health()
    assert info.training and info.name
    published = agency_client.policy()
    assert published.policy == default_policy()
    assert published.policy_json["base"]["illustrative"] is True
    assert str(published.calendar.period) == "2026-11" and published.calendar.days_left == 4


def test_a_stopped_agency_is_unreachable_and_gets_is_retried_with_backoff(agency: RunningAgency) -> None:
    sleeps = Sleeps()
    with AgencyClient(agency.url, retries=3, backoff=0.5, sleep=sleeps) as client:
        agency.stop()
        with pytest.raises(AgencyUnreachable) as unreachable:
            client.policy()
    assert sleeps.delays == [0.5, 1.0, 2.0]
    assert agency.url in unreachable.value.message and "outbox" in unreachable.value.message


def test_a_login_is_not_repeated(agency: RunningAgency) -> None:
    sleeps = Sleeps()
    with AgencyClient(agency.url, retries=3, sleep=sleeps) as client:
        agency.stop()
        with pytest.raises(AgencyUnreachable):
            client.login("170000000", "whatever1")
    assert sleeps.delays == []


def test_a_submission_is_retried_with_its_key_until_the_agency_is_back(
    tmp_path: Path, agency_clock: FixedClock
) -> None:
    db_url = f"sqlite:///{tmp_path / 'agency.sqlite3'}"
    first = start_agency(db_url, agency_clock)
    port = first.port
    restarted: list[RunningAgency] = []
    with AgencyClient(
        first.url,
        retries=2,
        backoff=0.01,
        sleep=Sleeps(
            lambda: restarted.append(start_agency(db_url, agency_clock, port=port)) if not restarted else None
        ),
    ) as client:
        try:
            unit = register_unit(client)
            first.stop()
            result = client.submit(declaration(DeclarationType.ADD, person_line(1)), "retry-key-1")
            assert result.approved and not result.replayed
            assert client.declarations().total == 1
            assert unit.unit_code == client.profile().unit_code
        finally:
            first.stop()
            for agency in restarted:
                agency.stop()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A socket that accepts connections and never answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def test_an_agency_that_does_not_answer_times_out(silent_server: str) -> None:
    with (
        AgencyClient(silent_server, timeout=0.2, retries=0) as client,
        pytest.raises(AgencyUnreachable) as late,
    ):
        client.health()
    assert "did not answer in time" in late.value.message


class _NotTheAgency(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html>proxy login page</html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads the client's answer, not the server's log."""


@pytest.fixture
def not_the_agency() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NotTheAgency)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_something_else_at_the_address_is_a_protocol_error(not_the_agency: str) -> None:
    with AgencyClient(not_the_agency, retries=0) as client, pytest.raises(AgencyProtocolError) as wrong:
        client.policy()
    assert wrong.value.code == "BAD_ANSWER"


def test_refusals_carry_status_code_and_message(agency_client: AgencyClient, unit: AgencyUnit) -> None:
    with pytest.raises(AgencyError) as missing:
        agency_client.declaration(999)
    assert (missing.value.status, missing.value.code) == (404, "NOT_FOUND")
    assert not isinstance(missing.value, SessionExpired)
    agency_client.token = "forged"
    with pytest.raises(SessionExpired) as expired:
        agency_client.roster()
    assert expired.value.code == "NOT_AUTHENTICATED"


def test_ending_a_forgotten_session_leaves_the_next_log_in_on_the_same_client_alone(
    agency: RunningAgency,
) -> None:
    """Logging out forgets the token at once and ends that session later (on a worker): a unit logging
    in on the same client meanwhile keeps its own session."""
    with AgencyClient(agency.url, retries=0) as client, AgencyClient(agency.url, retries=0) as other:
        register_unit(client)
        second = register_unit(other, name="宁波乙贸易有限公司")
        old = client.token
        assert old is not None
        client.token = None  # what the log-out does on the GUI thread
        client.login(second.unit_code, second.password)
        client.end_session(old)  # what its worker does afterwards
        assert client.profile().unit_code == second.unit_code
        with AgencyClient(agency.url, retries=0) as stale:
            stale.token = old
            with pytest.raises(SessionExpired):
                stale.roster()
        client.end_session(old)  # ended already: nothing to say
        assert client.profile().unit_code == second.unit_code


def test_records_come_back_as_domain_objects(agency_client: AgencyClient, unit: AgencyUnit) -> None:
    sent = declaration(DeclarationType.ADD, person_line(1, "张三"), person_line(2, "李四"))
    sent.lines[1].province = "河北省"
    result = agency_client.submit(sent, "domain-key-1")
    record = agency_client.declaration(result.declaration_id)
    assert list(record.lines) == sent.lines
    assert record.summary.serial_number == result.serial_number
    assert record.summary.type is DeclarationType.ADD and record.payments == ()
