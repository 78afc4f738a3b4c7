"""Agency throughput: 100-line declarations submitted and reviewed per second by one client over loopback.

The agency runs as its own process (`ssclient-agency serve`, as a real agency would) with its SQLite file
in a temp folder; one AgencyClient sends add declarations one after another, each with 100 new people (all
approved, so the roster grows as it would). Then the records query on 100,000 declarations.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, timedelta
from pathlib import Path

from sqlalchemy import select, text
from stdnum.cn import ric

from ssclient.agency.db import DECLARATION_PEOPLE, DECLARATIONS, UNITS, insert_many
from ssclient.agency.server import start_agency
from ssclient.agency.state import AgencyState
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.period import Period
from ssclient.sync.api import AgencyClient, DeclarationQuery, RecordSort

LINES = 100
WARMUP = 5
MEASURED = 100
TARGET_PER_SECOND = 100.0
RECORDS = 100_000
QUERY_TARGET_SECONDS = 0.1
# Each query timed this many times, the median kept: one run on a shared machine says more of its neighbours.
TIMED_RUNS = 3
_NAMES = ("张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十", "欧阳娜娜", "买买提·艾力")


def person_id(index: int) -> str:
    """A distinct valid ID number per index: a birth day per 1,000 people (from 1985), a sequence within it."""
    born = date(1985, 1, 1) + timedelta(days=index // 1000)  # of working age in 2026
    body = f"110101{born:%Y%m%d}{index % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def add_declaration(number: int) -> Declaration:
    lines = [
        DeclarationLine(
            id_number=person_id(number * LINES + i),
            name=_NAMES[i % len(_NAMES)],
            hukou_type="11",
            wage_base=f"{6000 + i}.00",
            migrant_worker="否",
            migrant_insurance="否",
        )
        for i in range(LINES)
    ]
    return Declaration(DeclarationType.ADD, Period(2026, 11), lines)


BENCH_PASSWORD = "Bench2026pw"


def logged_in(url: str, name: str, uscc: str) -> tuple[AgencyClient, str]:
    """A bench unit registered at the agency at `url` (its own password, no forced change) and logged in:
    the client (the caller closes it) and the unit's code."""
    client = AgencyClient(url, retries=0)
    registration = client.register(
        name=name, uscc=uscc, tax_number=uscc, contact="测试", password=BENCH_PASSWORD
    )
    client.login(registration.unit_code, BENCH_PASSWORD)
    return client, registration.unit_code


def run(folder: Path) -> tuple[float, float | None]:
    """Declarations per second (wall clock), and the CPU seconds each took in client and agency together
    (the figure to read when other programs share the machine; None where /proc is not available)."""
    command = [
        sys.executable, "-m", "ssclient.agency.cli", "serve", "--port", "0",
        "--db", f"sqlite:///{folder / 'agency.sqlite3'}", "--today", "2026-11-10",
    ]  # fmt: skip
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as agency:
        try:
            assert agency.stdout is not None
            found = re.search(r"http://[0-9.]+:[0-9]+", agency.stdout.readline())
            if found is None:
                raise RuntimeError("the agency did not start")
            client, _unit_code = logged_in(found.group(0), "性能测试有限公司", "91110108000000001A")
            with client:
                documents = [add_declaration(n) for n in range(WARMUP + MEASURED)]
                for n in range(WARMUP):
                    submit_one(client, documents[n], f"bench-{n:08d}")
                started, cpu_started = time.perf_counter(), _cpu_seconds(agency.pid)
                for n in range(WARMUP, WARMUP + MEASURED):
                    submit_one(client, documents[n], f"bench-{n:08d}")
                elapsed, cpu_ended = time.perf_counter() - started, _cpu_seconds(agency.pid)
        finally:
            agency.send_signal(signal.SIGINT)
            agency.wait(timeout=30)
    cpu = None if cpu_started is None or cpu_ended is None else (cpu_ended - cpu_started) / MEASURED
    return MEASURED / elapsed, cpu


def _cpu_seconds(agency_pid: int) -> float | None:
    """CPU seconds used so far by this process and the agency process (Linux /proc), else None."""
    try:
        fields = Path(f"/proc/{agency_pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return time.process_time() + (int(fields[11]) + int(fields[12])) / ticks


def submit_one(client: AgencyClient, document: Declaration, key: str) -> None:
    result = client.submit(document, key)
    if not result.approved:
        raise RuntimeError(f"declaration {key} was rejected: {[f.code for f in result.findings][:5]}")


def query_times(db_url: str) -> dict[str, float]:
    """Seconds for the records query over HTTP, by criteria, on a unit with RECORDS declarations."""
    agency = start_agency(db_url, FixedClock(date(2026, 11, 10)))
    try:
        client, unit_code = logged_in(agency.url, "查询测试有限公司", "91110108000000002D")
        with client:
            _seed_records(agency.state, unit_code)
            criteria = {
                "newest page": DeclarationQuery(limit=100),
                "deep page": DeclarationQuery(offset=90_000, limit=100),
                "by status": DeclarationQuery(status=DeclarationStatus.REJECTED, limit=100),
                "by period range": DeclarationQuery(period_from=Period(2020, 1), period_to=Period(2020, 12)),
                "by type": DeclarationQuery(type=DeclarationType.INTERRUPTION, limit=100),
                "by person (ID)": DeclarationQuery(person=person_id(4242)),
                "by person (name)": DeclarationQuery(person="买买提·艾力"),
                "sorted by period": DeclarationQuery(sort=RecordSort.PERIOD, descending=True),
                "sorted by serial, deep page": DeclarationQuery(sort=RecordSort.SERIAL_NUMBER, offset=90_000),
                "by status, sorted by period": DeclarationQuery(
                    status=DeclarationStatus.APPROVED, sort=RecordSort.PERIOD
                ),
                # About 70,000 are approved (repeated payments of a period are revoked in the seed).
                "by status, sorted by period, deep page": DeclarationQuery(
                    status=DeclarationStatus.APPROVED, sort=RecordSort.PERIOD, offset=60_000
                ),
                "by person (name), sorted by serial": DeclarationQuery(
                    person="买买提·艾力", sort=RecordSort.SERIAL_NUMBER, descending=True
                ),
                "by type, sorted by submission": DeclarationQuery(
                    type=DeclarationType.PAYMENT, sort=RecordSort.SUBMITTED_AT, descending=True
                ),
            }
            times = {}
            for label, query in criteria.items():
                client.declarations(query)  # warm the database's caches, as a user scrolling would
                runs = []
                for _ in range(TIMED_RUNS):
                    started = time.perf_counter()
                    page = client.declarations(query)
                    runs.append(time.perf_counter() - started)
                times[label] = statistics.median(runs)
                if page.total == 0:
                    raise RuntimeError(f"the query {label} found nothing")
    finally:
        agency.stop()
    return times


def _seed_records(state: AgencyState, unit_code: str) -> None:
    """RECORDS declarations of two people each, written straight into the agency's tables."""
    with state.sessions() as db:
        unit_id = db.execute(select(UNITS.c.id).where(UNITS.c.unit_code == unit_code)).scalar_one()
        submitted = state.clock.now().astimezone(UTC).replace(tzinfo=None)
        kinds = [kind.value for kind in DeclarationType]
        declarations, people = [], []
        paid: set[str] = set()
        for number in range(1, RECORDS + 1):
            rejected = number % 10 == 0
            kind, period = kinds[number % len(kinds)], str(Period(2017, 1).add_months(number % 120))
            # One approved payment per period, as the agency keeps it: the others were revised (revoked).
            status = (
                "rejected" if rejected else "revoked" if kind == "payment" and period in paid else "approved"
            )
            if kind == "payment" and status == "approved":
                paid.add(period)
            declarations.append(
                {
                    "id": number,
                    "unit_id": unit_id,
                    "idempotency_key": f"seed-{number:09d}",
                    "body_hash": "-",
                    "type": kind,
                    "period": period,
                    "status": status,
                    "serial_number": None if rejected else f"SB{number:014d}",
                    "submitted_at": submitted,
                    "line_count": 2,
                    "people": '["张三", "李四"]',
                    "body": '{"lines": [], "payments": []}',
                    "findings": "[]",
                    "submitted_by": "",
                }
            )
            for offset in (0, 1):
                index = (number * 2 + offset) % 50_000
                people.append(
                    {
                        "declaration_id": number,
                        "unit_id": unit_id,
                        "id_number": person_id(index),
                        "name": _NAMES[index % len(_NAMES)],
                    }
                )
        insert_many(db, DECLARATIONS, declarations)
        insert_many(db, DECLARATION_PEOPLE, people)
        db.commit()
    if state.engine.dialect.name == "postgresql":
        # What autovacuum does soon after a bulk load: the planner learns of the new rows.
        with state.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM (ANALYZE) declarations, declaration_people"))


def main() -> None:
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        rate, cpu = run(Path(folder))
        verdict = "ok" if rate >= TARGET_PER_SECOND else "BELOW TARGET"
        print(
            f"   agency review: {rate:.1f} declarations/s of {LINES} lines each, one client over loopback "
            f"(target >= {TARGET_PER_SECOND:.0f}/s) {verdict}",
            flush=True,
        )
        if cpu is not None:
            print(
                f"   CPU per declaration, client and agency together: {cpu * 1000:.1f} ms "
                f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)",
                flush=True,
            )
        print_query_times(query_times(f"sqlite:///{Path(folder) / 'records.sqlite3'}"), "SQLite")


def print_query_times(times: dict[str, float], database: str) -> None:
    for label, seconds in times.items():
        verdict = "ok" if seconds <= QUERY_TARGET_SECONDS else "ABOVE TARGET"
        print(
            f"   records query on {RECORDS:,} declarations ({database}), {label}: {seconds * 1000:.0f} ms "
            f"(target <= {QUERY_TARGET_SECONDS * 1000:.0f} ms) {verdict}",
            flush=True,
        )


if __name__ == "__main__":
    main()
