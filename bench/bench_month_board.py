"""The month board over 200 units: time from opening the window to every unit's line on screen.

200 units' stores in a temp folder (SSCLIENT_HOME points there, as the tests do), each a copy of one store
made through the store's own API and then given its own unit code, with a mix of the month's states:
drafts, documents waiting in the outbox, rejected ones, the payment declared or not. The window opens, the
board reads every store on a worker (read only), and the time runs until the rows are painted.

Target: under 1 s.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

from bench.qt import application
from ssclient.domain.clock import Clock

UNITS = 200
TARGET_SECONDS = 1.0
PERIOD_TEXT = "2026-11"
# (type, status) of the template's documents of the period; each unit then changes some statuses.
_DOCUMENTS = [("add", "draft"), ("add", "approved"), ("interruption", "pending"), ("payment", "approved")]
_VARIANTS = ["draft", "rejected", "submitted", "approved"]
# The payment declaration's lines: this many people, one line per insurance type each (the board sums
# them for the late fee).
_PAID_PEOPLE = 50


def _template(folder: Path, clock: Clock) -> Path:
    """One unit's store, written through the store's API (the schema and values exactly as it writes)."""
    from ssclient.domain.declaration import Declaration, DeclarationLine, PaymentLine
    from ssclient.domain.enums import DeclarationStatus, DeclarationType, InsuranceType
    from ssclient.domain.period import Period
    from ssclient.domain.roster import Unit
    from ssclient.policy import default_policy
    from ssclient.policy.serialize import policy_to_json
    from ssclient.store import Store

    path = folder / "template.sqlite3"
    with Store.open(path, clock=clock) as store:
        store.save_unit(Unit("100000000", "模板单位", "91330106MA2XXXXXX1", "330106123456789"))
        store.save_policy_json("100000000", policy_to_json(default_policy()), clock.now())
        line = DeclarationLine(
            id_number="110101199003070012", name="张三", hukou_type="11", wage_base="5000.00"
        )
        payments = [
            PaymentLine(f"11010119900307{n:04d}", "张三", kind, Period(2026, 11), Decimal("5000.00"),
                        Decimal("250.00"), Decimal("100.00"))
            for n in range(_PAID_PEOPLE)
            for kind in InsuranceType
        ]  # fmt: skip
        for number, (kind, status) in enumerate(_DOCUMENTS):
            lines = [] if kind == "payment" else [line]
            declaration = Declaration(DeclarationType(kind), Period(2026, 11), lines)
            if kind == "payment":
                declaration.payments = payments
            declaration_id = store.create_draft("100000000", declaration)
            if status != "draft":
                store.enqueue(declaration_id, f"key-{number}")
            if status == "approved":
                store.set_status(declaration_id, DeclarationStatus.APPROVED, serial_number=f"SB{number}")
    return path


def _unit_store(template: Path, target: Path, code: str, index: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    with contextlib.closing(sqlite3.connect(target)) as connection, connection:
        for table in ("units", "roster_persons", "declarations", "audit_entries"):
            connection.execute(f"UPDATE {table} SET unit_code = ?", (code,))
        connection.execute("UPDATE units SET name = ?", (f"性能测试单位{index:03d}有限公司",))
        connection.execute("UPDATE declarations SET serial_number = ? || serial_number", (code,))
        # The first document takes one of the month's states, so the board has something to sort.
        connection.execute("UPDATE declarations SET status = ? WHERE id = 1", (_VARIANTS[index % 4],))


def _seed(clock: Clock) -> None:
    from ssclient.app.units import UnitFolders

    units = UnitFolders.for_agency("https://bench.example.gov.cn", clock)
    with tempfile.TemporaryDirectory(prefix="ssclient-bench-template-") as scratch:
        template = _template(Path(scratch), clock)
        for index in range(UNITS):
            code = f"{170_000_000 + index}"
            _unit_store(template, units.root / code / "store.sqlite3", code, index)
            units.used(code, f"性能测试单位{index:03d}有限公司")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ssclient-bench-board-") as folder:
        previous = os.environ.get("SSCLIENT_HOME")
        os.environ["SSCLIENT_HOME"] = folder
        try:
            _run(Path(folder))
        finally:
            if previous is None:
                os.environ.pop("SSCLIENT_HOME", None)
            else:
                os.environ["SSCLIENT_HOME"] = previous


def _run(folder: Path) -> None:
    from ssclient.domain.clock import CHINA_TZ, FixedClock
    from ssclient.gui.app_settings import AppSettings
    from ssclient.gui.context import AppContext
    from ssclient.gui.units.month_board import MonthBoard

    app = application()
    clock = FixedClock(datetime(2026, 11, 10, 9, 30, tzinfo=CHINA_TZ))
    started = time.perf_counter()
    _seed(clock)
    print(f"   {UNITS} units' stores made in {time.perf_counter() - started:.1f} s")
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.agency_url = "https://bench.example.gov.cn"
    ctx = AppContext(settings, clock=clock)

    started = time.perf_counter()
    board = MonthBoard(ctx)
    board.show()
    loop = QEventLoop()
    board.tree.model().rowsInserted.connect(lambda *_: QTimer.singleShot(0, loop.quit))
    QTimer.singleShot(30_000, loop.quit)
    board.refresh()
    loop.exec()
    app.processEvents()  # the rows painted
    elapsed = time.perf_counter() - started
    shown = board.tree.topLevelItemCount()
    verdict = "ok" if elapsed <= TARGET_SECONDS and shown == UNITS else "OVER TARGET"
    first = board.rows[0] if board.rows else None
    print(
        f"   month board of {shown} units on screen in {elapsed:.3f} s  (target <= {TARGET_SECONDS:.1f} s) "
        f"{verdict}; first: {first.unit_code if first else '-'} ({first.attention.name if first else '-'})"
    )
    board.close()
    app.processEvents()


if __name__ == "__main__":
    main()
