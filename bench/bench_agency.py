"""Agency throughput: 100-line declarations submitted and reviewed per second by one client over loopback.

A real agency on a free loopback port with its SQLite file in a temp folder, one AgencyClient sending add
declarations one after another, each with 100 new people (all approved, so the roster grows as it would).
"""

from __future__ import annotations

import logging
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from stdnum.cn import ric

from ssclient.agency.server import start_agency
from ssclient.domain.clock import FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.sync.api import AgencyClient

LINES = 100
WARMUP = 5
MEASURED = 100
TARGET_PER_SECOND = 100.0
_NAMES = ("张三", "李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十", "欧阳娜娜", "买买提·艾力")


def person_id(index: int) -> str:
    """A distinct valid ID number per index: a birth day per 1,000 people, a sequence within it."""
    born = date(1970, 1, 1) + timedelta(days=index // 1000)
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


def run(folder: Path) -> float:
    clock = FixedClock(date(2026, 11, 10))
    agency = start_agency(f"sqlite:///{folder / 'agency.sqlite3'}", clock)
    try:
        with AgencyClient(agency.url, retries=0) as client:
            registration = client.register(
                name="性能测试有限公司",
                uscc="91110108000000001A",
                tax_number="91110108000000001A",
                contact="测试",
                password="Bench2026pw",
            )
            client.login(registration.unit_code, "Bench2026pw")
            documents = [add_declaration(n) for n in range(WARMUP + MEASURED)]
            for n in range(WARMUP):
                _submit(client, documents[n], n)
            started = time.perf_counter()
            for n in range(WARMUP, WARMUP + MEASURED):
                _submit(client, documents[n], n)
            elapsed = time.perf_counter() - started
    finally:
        agency.stop()
    return MEASURED / elapsed


def _submit(client: AgencyClient, document: Declaration, number: int) -> None:
    result = client.submit(document, f"bench-{number:08d}")
    if not result.approved:
        raise RuntimeError(f"declaration {number} was rejected: {[f.code for f in result.findings][:5]}")


def main() -> None:
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        rate = run(Path(folder))
    verdict = "ok" if rate >= TARGET_PER_SECOND else "BELOW TARGET"
    print(
        f"   agency review: {rate:.1f} declarations/s of {LINES} lines each, one client over loopback "
        f"(target >= {TARGET_PER_SECOND:.0f}/s) {verdict}",
        flush=True,
    )


if __name__ == "__main__":
    main()
