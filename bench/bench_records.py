"""The declaration records query opened on 100,000 records: time to the first rows on screen.

A real agency on a free loopback port (its SQLite file in a temp folder) holds 100,000 records of one
unit, written straight into its database (submitting them one by one would take long and measure the
review, not the query). The records window opens as the user opens it, and the time runs until its
first page of rows is in the view. Then one more page as the user scrolls to the end, and the first rows
again after sorting by a column (the agency sorts; nothing else is loaded).

Target: first rows within 0.5 s, opened or sorted.
"""

from __future__ import annotations

import json
import logging
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from sqlalchemy import insert, select

from bench.qt import application
from ssclient.agency.db import DeclarationRow, UnitRow
from ssclient.agency.server import RunningAgency, start_agency
from ssclient.domain.clock import FixedClock
from ssclient.gui.app_settings import AppSettings
from ssclient.gui.context import AppContext
from ssclient.gui.records.records_window import DeclarationRecordsWindow
from ssclient.store import Store
from ssclient.sync.api import AgencyClient

RECORDS = 100_000
TARGET_SECONDS = 0.5
PASSWORD = "Bench2026pw"
_TYPES = ("add", "renewal", "interruption", "base_change", "payment")
_NAMES = ["张三", "李四", "王五"]


def seed(agency: RunningAgency, unit_code: str, count: int) -> None:
    """`count` approved records of the unit, as the agency stores them."""
    with agency.state.engine.begin() as connection:
        unit_id = connection.scalar(select(UnitRow.id).where(UnitRow.unit_code == unit_code))
        batch = []
        paid: set[str] = set()  # the agency keeps one approved payment per period: later ones are revoked
        for index in range(count):
            month = 1 + index % 12
            kind, period = _TYPES[index % len(_TYPES)], f"{2018 + index * 9 // count}-{month:02d}"
            status = "revoked" if kind == "payment" and period in paid else "approved"
            if kind == "payment":
                paid.add(period)
            batch.append(
                {
                    "unit_id": unit_id,
                    "idempotency_key": f"bench-{index}",
                    "body_hash": f"{index:064d}",
                    "type": kind,
                    "period": period,
                    "status": status,
                    "serial_number": f"SB{index:016d}",
                    "submitted_at": datetime(2026, 1, 1, tzinfo=UTC),
                    "line_count": 3,
                    "people": json.dumps(_NAMES, ensure_ascii=False),
                    "body": "{}",
                    "findings": "[]",
                }
            )
            if len(batch) == 10_000:
                connection.execute(insert(DeclarationRow), batch)
                batch = []
        if batch:
            connection.execute(insert(DeclarationRow), batch)


def wait_for(signal: object, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main() -> None:
    logging.getLogger("uvicorn").setLevel(logging.WARNING)
    app = application()
    with tempfile.TemporaryDirectory(prefix="ssclient-bench-records-") as folder:
        clock = FixedClock(date(2026, 11, 10))
        agency = start_agency(f"sqlite:///{Path(folder) / 'agency.sqlite3'}", clock)
        try:
            with AgencyClient(agency.url, retries=0) as client:
                uscc = "91110108000000001A"
                registration = client.register(
                    name="性能测试有限公司", uscc=uscc, tax_number=uscc, contact="测试", password=uscc
                )
                client.login(registration.unit_code, uscc)
                client.change_password(uscc, PASSWORD)
                started = time.perf_counter()
                seed(agency, registration.unit_code, RECORDS)
                print(f"   seeded {RECORDS:,} records in {time.perf_counter() - started:.1f} s")
                settings = AppSettings(
                    QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
                )
                # The window keeps the rows the agency sends in the unit's local store, as after a log-in.
                store = Store.open(Path(folder) / "store.sqlite3", clock=clock)
                ctx = AppContext(settings, clock=clock, agency=client, store=store)
                ctx.set_unit(client.profile())

                started = time.perf_counter()
                window = DeclarationRecordsWindow(ctx)
                window.resize(1100, 700)
                window.show()
                wait_for(window.model.loaded)
                app.processEvents()  # the rows painted
                first = time.perf_counter() - started
                shown = window.model.rowCount()
                verdict = "ok" if first <= TARGET_SECONDS else "OVER TARGET"
                print(
                    f"   records window on {window.model.total:,} records: first {shown} rows in {first:.3f} s"
                    f"  (target <= {TARGET_SECONDS:.1f} s) {verdict}"
                )
                started = time.perf_counter()
                window.table.scrollToBottom()
                app.processEvents()
                if window.model.busy:
                    wait_for(window.model.loaded)
                print(
                    f"   scrolled to the end: {window.model.rowCount()} rows after "
                    f"{time.perf_counter() - started:.3f} s"
                )
                for column, order in ((2, Qt.SortOrder.DescendingOrder), (0, Qt.SortOrder.AscendingOrder)):
                    title = window.model.headerData(column, Qt.Orientation.Horizontal)
                    started = time.perf_counter()
                    window.table.sortByColumn(column, order)  # as a click on its header: the agency sorts
                    wait_for(window.model.loaded)
                    app.processEvents()
                    sorted_first = time.perf_counter() - started
                    verdict = "ok" if sorted_first <= TARGET_SECONDS else "OVER TARGET"
                    print(
                        f"   sorted by {title} ({order.name}): first {window.model.rowCount()} rows in "
                        f"{sorted_first:.3f} s  (target <= {TARGET_SECONDS:.1f} s) {verdict}"
                    )
                window.close()
                window.deleteLater()
                store.close()
                app.processEvents()
        finally:
            agency.stop()


if __name__ == "__main__":
    main()
