"""Personal data never goes to the log: searches, submissions, the outbox, refusals and unexpected errors
are run with the program's log file at INFO, and the file holds no name and no ID number afterwards."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import pytest

from ssclient import logsetup
from ssclient.app.documents_outbox import StoreOutboxPort
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration
from ssclient.domain.enums import DeclarationType
from ssclient.gui.errors import user_message
from ssclient.rules.payment import compute_payments
from ssclient.store import Store
from ssclient.sync.outbox import Outbox
from ssclient.sync.results import AgencyError, DeclarationQuery
from tests.support.agency import CURRENT_PERIOD, AgencyUnit, declaration, make_id_number, person_line

NAMES = ("欧阳娜娜", "司马光明")
ID_NUMBERS = (make_id_number(71), make_id_number(72))


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The program's own file logging, as the client sets it up at start."""
    root = logging.getLogger()
    level = root.level
    quiet = {name: logging.getLogger(name).level for name in logsetup.QUIET_LOGGERS}
    path = logsetup.setup_file_logging()
    yield path
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    for name, previous in quiet.items():
        logging.getLogger(name).setLevel(previous)


def assert_private(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text, "nothing was logged: the test proves nothing"
    # As written, and as a web address carries them (%E6%AC%A7…).
    names = (*NAMES, *(quote(name) for name in NAMES), quote(NAMES[0][:2]))
    for secret in (*names, *ID_NUMBERS, *(number[-8:] for number in ID_NUMBERS)):
        assert secret not in text, f"{secret} reached the log:\n{text}"


@pytest.mark.allow_log_warnings  # the unexpected error below is logged as an error, on purpose
def test_searches_and_submissions_leave_no_name_or_id_number_in_the_log(
    log_file: Path, unit: AgencyUnit, tmp_path: Path, agency_clock: FixedClock
) -> None:
    client = unit.client
    added = client.submit(
        declaration(
            DeclarationType.ADD, person_line(71, NAMES[0]), person_line(72, NAMES[1], base="5000.00")
        ),
        "privacy-add",
    )
    assert added.approved, added.findings
    payments = compute_payments(client.roster(), client.policy().policy, CURRENT_PERIOD)
    assert client.submit(
        Declaration(DeclarationType.PAYMENT, CURRENT_PERIOD, payments=payments),
        "privacy-pay",
    ).approved

    for person in (*NAMES, *ID_NUMBERS, NAMES[0][:2], ID_NUMBERS[0][-6:]):
        assert client.declarations(DeclarationQuery(person=person)).total >= 1
        report = client.payments(person=person)
        assert report.total_count >= 1 and report.totals.total > Decimal(0)

    # The outbox: a document the agency refuses outright (it replaces a record that does not exist).
    store = Store.open(tmp_path / "store.sqlite3", clock=agency_clock)
    try:
        store.save_unit(client.profile())
        refused = declaration(DeclarationType.ADD, person_line(71, NAMES[0]), replaces="SB0000000000000000")
        draft = store.create_draft(unit.unit_code, refused)
        outbox = Outbox(StoreOutboxPort(store), client, unit.unit_code, agency_clock)
        outbox.enqueue(draft)
        assert len(outbox.run().delivered) == 1
    finally:
        store.close()

    # A refusal quoting a person, and an unexpected error whose text holds an ID number.
    user_message(AgencyError(422, "VALIDATION_FAILED", f"The roster has {ID_NUMBERS[0]} under {NAMES[1]}."))
    try:
        raise KeyError(ID_NUMBERS[1])
    except KeyError as error:
        logging.getLogger("ssclient.test").error("lookup failed", exc_info=error)

    assert_private(log_file)
    text = log_file.read_text(encoding="utf-8")
    assert "VALIDATION_FAILED" in text and "KeyError" in text  # what helps a developer is still there


def test_redact_keeps_serial_numbers_and_times() -> None:
    line = (
        "GET http://127.0.0.1:8765/api/v1/payments?person=%E6%AC%A7 serial SB2026112000000003 at 2026-11-20"
    )
    assert (
        logsetup.redact(line)
        == "GET http://127.0.0.1:8765/api/v1/payments?… serial SB2026112000000003 at 2026-11-20"
    )
    assert logsetup.redact(f"id {ID_NUMBERS[0]}.") == "id ******************."
