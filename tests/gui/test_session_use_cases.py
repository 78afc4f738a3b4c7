"""The session's use cases without a window: the controller the shell runs on workers, and the log-in
steps, against the real agency over HTTP and a real store file."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from sqlalchemy import event

from ssclient.agency.server import RunningAgency
from ssclient.app.backups import BackupKind, Backups
from ssclient.app.session import SessionController
from ssclient.app.session_login import OfflineRefused, SessionLogin, agency_key
from ssclient.app.units import UnitFolders
from ssclient.domain.clock import FixedClock
from ssclient.domain.enums import DeclarationType
from ssclient.store import Store
from tests.support.agency import AgencyUnit, declaration, person_line


def test_a_session_opens_refreshes_the_roster_and_ends(
    agency: RunningAgency, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    controller = SessionController(agency_clock, agency.url)
    connection = controller.reach(agency.url)
    assert connection.client.base_url == agency.url
    client = connection.client
    SessionLogin.online(client, unit.unit_code, unit.password)

    session = controller.open(client, None, unit.unit_code)
    try:
        assert session.unit.unit_code == unit.unit_code and session.pending == 0 and session.notice is None
        assert session.store.unit(unit.unit_code) == session.unit  # kept for an offline log-in
        assert session.store.policy_json(unit.unit_code) is not None
        assert controller.store_path(session.store, unit.unit_code) == Path(session.store.path)
        # The unit's own store, in its own folder.
        assert controller.store_path(None, unit.unit_code) == controller.units.store_path(unit.unit_code)
        assert Path(session.store.path).parent.name == unit.unit_code
        backups = Backups(Path(session.store.path), agency_clock).listed()
        assert [b.kind for b in backups] == [BackupKind.DAILY]  # the day's first copy as the session opened

        # Another workstation declares someone: the roster is taken in as the next session starts.
        unit.client.submit(declaration(DeclarationType.ADD, person_line(1, "张三")), "session-use-case-key")
        assert controller.refresh_roster(client, session.store, unit.unit_code) == 1
        assert len(session.store.roster(unit.unit_code)) == 1
    finally:
        controller.end(client, lambda: None)
        controller.close_store(session.store)
    assert not controller.local_agency.running


def test_a_log_out_during_the_roster_refresh_closes_the_store_after_the_refresh(
    agency: RunningAgency, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    controller = SessionController(agency_clock, agency.url)
    store = controller.open(unit.client, None, unit.unit_code).store
    unit.client.submit(declaration(DeclarationType.ADD, person_line(1, "张三")), "refresh-during-log-out")
    closer = threading.Thread(target=store.close)  # the log-out, then another unit's log-in, on a worker

    def logged_out_as_the_answer_arrived(*_: object) -> None:  # the refresh's first write
        closer.start()
        assert store.transactions.close_waiting.wait(timeout=10)

    event.listen(store.engine, "before_cursor_execute", logged_out_as_the_answer_arrived, once=True)
    assert controller.refresh_roster(unit.client, store, unit.unit_code) == 1
    closer.join(timeout=10)

    assert not closer.is_alive()
    reopened = Store.open(Path(store.path), clock=agency_clock)
    try:  # the refresh was written whole before the store closed
        assert len(reopened.roster(unit.unit_code)) == 1
    finally:
        reopened.close()


def test_a_roster_refresh_that_starts_after_its_session_ended_does_nothing(
    agency: RunningAgency, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    controller = SessionController(agency_clock, agency.url)
    store = controller.open(unit.client, None, unit.unit_code).store
    store.close()  # the log-out, then another unit's log-in, before a worker was free for the refresh

    assert (
        controller.refresh_roster(unit.client, store, unit.unit_code) is None
    )  # and nothing logged as an error


def test_offline_the_session_opens_from_what_the_last_online_log_in_stored(
    agency: RunningAgency, unit: AgencyUnit, agency_clock: FixedClock
) -> None:
    controller = SessionController(agency_clock, agency.url)
    online = controller.open(unit.client, None, unit.unit_code)
    online.store.close()

    offline_client = controller.offline_client(agency.url)
    session = controller.open(offline_client, None, unit.unit_code, offline=True)
    try:
        assert session.unit == online.unit and session.policy == online.policy
    finally:
        session.store.close()
        offline_client.close()


def test_offline_log_in_checks_the_password_of_the_last_online_log_in(
    user_dirs: Path, agency_clock: FixedClock
) -> None:
    real = UnitFolders.for_agency("https://sb.example.gov.cn", agency_clock)
    login = SessionLogin(real, agency_key("https://sb.example.gov.cn"), agency_clock)
    assert login.offline("170000001", "Train2026ok") == OfflineRefused(never_online=True)
    login.remember_for_offline("170000001", "Train2026ok")
    assert login.offline("170000001", "Wrong2026pw") == OfflineRefused()
    agency_clock.advance(timedelta(minutes=1))  # past the pause after a wrong password
    accepted = login.offline("170000001", "Train2026ok")
    assert not isinstance(accepted, OfflineRefused) and accepted.unit_code == "170000001"
    # Another agency's verifier is another one: the training agency's password is not the real one.
    other = SessionLogin(UnitFolders.for_agency("", agency_clock), agency_key(""), agency_clock)
    assert other.offline("170000001", "Train2026ok") == OfflineRefused(never_online=True)
    # Each unit's verifier is its own, in its own folder: gone when the unit is removed from this computer.
    assert (real.folder("170000001") / "offline-login.json").is_file()
    assert login.offline("170000002", "Train2026ok") == OfflineRefused(never_online=True)
    real.remove("170000001")
    assert login.offline("170000001", "Train2026ok") == OfflineRefused(never_online=True)
    assert login.offline("../170000001", "Train2026ok") == OfflineRefused(never_online=True)
