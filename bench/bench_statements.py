"""The monthly statements of 10,000 people: time to write the PDF (a page each) and the CSV, as the payment
details window does, with its progress reports and its Cancel.

A real agency on a free loopback port (its SQLite file in a temp folder) holds a unit that insured 10,000
people and an approved payment declaration of the period for them, both submitted through the API as a unit
would (about 6 s: 5 add declarations of 2,000 people, then one payment declaration of 40,000 lines). The time
is `Statements.write`'s own path: the payment details read page by page over HTTP, the declared wages from the
declaration's record, the PDF and the CSV written, in Chinese as the window writes them.

The progress callback stands for the window's (`TaskControl.advance`): it notes when it is called, and raises
the window's TaskCancelled once Cancel was asked for. The figures: the calls, the longest time without one
(from the start to the first call and from the last call to the end included; a report (0, 0) turns the
dialog busy, animated on its own, while the write reads or saves), and the longest between two counted ones.
A second write is cancelled from another thread half-way through, as the Cancel button does; the time from
the request to the write giving up is printed, and the folder is checked for leftovers (the files are written
atomically).

Target: at most 20 s for the 10,000 statements (the scale issue's). The progress figures have no target of
their own: they say how often the bar moves, and how long the dialog shows busy instead.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise
from pathlib import Path

from pypdf import PdfReader

from bench.bench_agency import _NAMES, logged_in, person_id
from ssclient.agency.server import start_agency
from ssclient.app.statements import StatementFiles, Statements
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.domain.declaration import Declaration, DeclarationLine
from ssclient.domain.enums import DeclarationType
from ssclient.domain.period import Period
from ssclient.domain.roster import Unit
from ssclient.gui.i18n import CHINESE, load_translations
from ssclient.gui.workers import TaskCancelled
from ssclient.rules.payment import compute_payments
from ssclient.sync.api import AgencyClient

PEOPLE = 10_000
PER_ADD = 2_000  # the agency takes at most 2,000 personnel lines a declaration
PERIOD = Period(2026, 11)
TARGET_SECONDS = 20.0


@dataclass
class Watch:
    """The progress callback's side: when it was called, and the Cancel request it obeys."""

    cancel: threading.Event = field(default_factory=threading.Event)
    calls: list[tuple[float, int, int]] = field(default_factory=list)  # when, done, total
    requested_at: float | None = None

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((time.perf_counter(), done, total))
        if self.cancel.is_set():  # as TaskControl.advance: Cancel heard at the next report
            raise TaskCancelled

    def request_cancel(self) -> None:
        self.requested_at = time.perf_counter()
        self.cancel.set()

    def longest_gap(self, started: float, ended: float) -> tuple[float, str]:
        """The longest time without a report, and after which report it came."""
        moments = [(started, "the start"), *((at, f"report ({d:,}, {t:,})") for at, d, t in self.calls)]
        gaps = zip(moments, [*(at for at, _d, _t in self.calls), ended], strict=True)
        seconds, after = max((later - at, label) for (at, label), later in gaps)
        return seconds, after

    def longest_counted_gap(self) -> float:
        """The longest time between two reports with a count (people drawn): the bar itself moving."""
        counted = [at for at, _done, total in self.calls if total > 0]
        return max((later - at for at, later in pairwise(counted)), default=0.0)


def seed(client: AgencyClient) -> Unit:
    """PEOPLE people insured, then the period's payment declaration for all of them, approved."""
    for number in range(PEOPLE // PER_ADD):
        lines = [
            DeclarationLine(
                id_number=person_id(index),
                name=_NAMES[index % len(_NAMES)],
                hukou_type="11",
                # Some under the base floor and some over the ceiling: their statements say the wage.
                wage_base=f"{4000 + (index * 37) % 30_000}.00",
                migrant_worker="否",
                migrant_insurance="否",
            )
            for index in range(number * PER_ADD, (number + 1) * PER_ADD)
        ]
        _approved(client, Declaration(DeclarationType.ADD, PERIOD, lines), f"bench-add-{number:04d}")
    unit = client.profile()
    payments = compute_payments(
        client.roster(), client.policy().policy, PERIOD, industry_class=unit.industry_class
    )
    _approved(client, Declaration(DeclarationType.PAYMENT, PERIOD, payments=payments), "bench-payment-0001")
    return unit


def _approved(client: AgencyClient, declaration: Declaration, key: str) -> None:
    if not client.submit(declaration, key).approved:
        raise RuntimeError(f"the seed's declaration {key} was rejected")


@dataclass(frozen=True)
class Timed:
    written: StatementFiles | None  # None when cancelled
    started: float  # perf_counter
    ended: float
    cpu: float  # CPU seconds of this process: the client and the agency's threads

    @property
    def seconds(self) -> float:
        return self.ended - self.started


def timed_write(write: Callable[[], StatementFiles]) -> Timed:
    started, cpu = time.perf_counter(), time.process_time()
    try:
        written: StatementFiles | None = write()
    except TaskCancelled:
        written = None
    return Timed(written, started, time.perf_counter(), time.process_time() - cpu)


def main() -> None:
    logging.getLogger("uvicorn").setLevel(logging.WARNING)
    tr = load_translations(CHINESE).translate
    with tempfile.TemporaryDirectory(prefix="ssclient-bench-statements-") as folder:
        home = Path(folder)
        agency = start_agency(
            f"sqlite:///{home / 'agency.sqlite3'}", FixedClock(datetime(2026, 11, 10, 9, 0, tzinfo=CHINA_TZ))
        )
        try:
            client, _unit_code = logged_in(agency.url, "性能测试有限公司", "91110108000000001A")
            with client:
                started = time.perf_counter()
                unit = seed(client)
                seconds = time.perf_counter() - started
                print(
                    f"   seeded {PEOPLE:,} people and their payment through the API in {seconds:.1f} s",
                    flush=True,
                )
                statements = Statements(client)
                out = home / "statements"
                out.mkdir()
                watch = Watch()
                timed = timed_write(lambda: statements.write(unit, PERIOD, out, tr=tr, progress=watch))
                report_write(timed, watch)

                cancelled = home / "cancelled"
                cancelled.mkdir()
                watch = Watch()
                timer = threading.Timer(timed.seconds / 2, watch.request_cancel)
                timer.start()
                timed = timed_write(lambda: statements.write(unit, PERIOD, cancelled, tr=tr, progress=watch))
                timer.cancel()
                report_cancel(timed, watch, cancelled)
        finally:
            agency.stop()


def report_write(timed: Timed, watch: Watch) -> None:
    written = timed.written
    assert written is not None
    pages = len(PdfReader(written.pdf).pages)
    gap, after = watch.longest_gap(timed.started, timed.ended)
    verdict = "ok" if timed.seconds <= TARGET_SECONDS else "OVER TARGET"
    print(
        f"   monthly statements of {written.people:,} people: {pages:,} PDF pages "
        f"({written.pdf.stat().st_size / 1e6:.1f} MB) and the CSV ({written.csv.stat().st_size / 1e6:.1f} MB) "
        f"in {timed.seconds:.1f} s  (target <= {TARGET_SECONDS:.0f} s) {verdict}",
        flush=True,
    )
    print(f"   CPU: {timed.cpu:.1f} s, client and agency together", flush=True)
    print(
        f"   progress: {len(watch.calls):,} reports, none for at most {gap:.2f} s, after {after}", flush=True
    )
    print(
        f"   while people are counted: none for at most {watch.longest_counted_gap() * 1000:.0f} ms; a report "
        "(0, 0) shows the dialog busy while the details and the wages are read and the files saved",
        flush=True,
    )
    print(f"   (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)", flush=True)


def report_cancel(timed: Timed, watch: Watch, folder: Path) -> None:
    if watch.requested_at is None or timed.written is not None:
        print("   Cancel: the write ended before Cancel was asked for", flush=True)
        return
    left = sorted(path.name for path in folder.iterdir())
    stopped = timed.ended - watch.requested_at
    verdict = "ok" if not left else "NOT OK: a file was left"
    print(
        f"   Cancel half-way: stopped {stopped:.2f} s after the request, "
        f"{len(watch.calls):,} reports before; files left: {', '.join(left) or 'none'} {verdict}",
        flush=True,
    )


if __name__ == "__main__":
    main()
