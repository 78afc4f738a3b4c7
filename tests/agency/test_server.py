"""Starting and stopping the agency in-process leaves nothing behind."""

from __future__ import annotations

import socket
import stat
import threading
from pathlib import Path

import pytest

from ssclient.agency.server import AgencyStartError, start_agency
from ssclient.domain.clock import FixedClock
from ssclient.sync.api import AgencyClient
from tests.support.agency import AGENCY_START, register_unit


def test_stop_ends_the_thread_and_closes_the_port(tmp_path: Path) -> None:
    before = set(threading.enumerate())
    agency = start_agency(f"sqlite:///{tmp_path / 'agency.sqlite3'}", FixedClock(AGENCY_START))
    assert agency.url.startswith("http://127.0.0.1:") and agency.port > 0
    with socket.create_connection(("127.0.0.1", agency.port)):
        pass
    agency.stop()
    agency.stop()  # idempotent
    assert set(threading.enumerate()) <= before
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", agency.port)):
        pass


def test_a_port_in_use_is_a_clear_start_error(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(AgencyStartError) as refused:
            start_agency(f"sqlite:///{tmp_path / 'agency.sqlite3'}", FixedClock(AGENCY_START), port=port)
    assert str(port) in str(refused.value)


def test_a_database_that_cannot_be_opened_is_a_clear_start_error(tmp_path: Path) -> None:
    with pytest.raises(AgencyStartError) as refused:
        start_agency(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'agency.sqlite3'}")
    assert "database" in str(refused.value)


def test_the_listening_socket_says_it_is_tcp_so_answers_are_not_delayed_by_nagle() -> None:
    from ssclient.agency.server import listen_on

    with listen_on("127.0.0.1", 0) as listener:
        # asyncio disables Nagle's algorithm only on connections of sockets whose protocol is TCP.
        assert listener.proto == socket.IPPROTO_TCP


def test_the_database_file_is_private_to_its_owner(tmp_path: Path) -> None:
    shared = tmp_path / "old.sqlite3"
    shared.touch(mode=0o644)
    shared.chmod(0o644)
    for path in (tmp_path / "training-agency.sqlite3", shared):
        agency = start_agency(f"sqlite:///{path}", FixedClock(AGENCY_START))
        try:
            with AgencyClient(agency.url, retries=0) as client:
                register_unit(client)  # writes: the journal files appear beside it
            files = list(tmp_path.glob(f"{path.name}*"))
            assert len(files) > 1
            assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {f.name: 0o600 for f in files}
        finally:
            agency.stop()
