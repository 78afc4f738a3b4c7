"""Start-up: seconds from process start to the log-in window shown, next to a bare PySide6 window on the
same machine (target ratio <= 1.25; it was 1.5); and log-in -> main window with a 10,000-person roster in
the store (target 1 s) and with a 100,000-person one (target 0.5 s).

Each start is a fresh process (median of several); the app reports the moment its window is up through
SSCLIENT_STARTUP_PROBE (see ssclient.gui.app). The log-in figure runs in this process against a real
agency on a loopback port.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

RUNS = 15
TARGET_RATIO = 1.25
# (people in the store, target seconds from the log-in click to the main window shown)
LOGIN_SIZES = ((10_000, 1.0), (100_000, 0.5))

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
app = QApplication(sys.argv)
window = QWidget()
QLabel("bare", window)
window.show()
def report():
    print(f"ssclient-shown {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def _time_to_shown(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("ssclient-shown "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no window reported by {command[-1]!r}: {done.stderr.strip()[-500:]}")


def startup_figures(home: Path) -> tuple[list[float], list[float]]:
    """Times to shown of the bare window and of the app, runs interleaved so that load on the machine
    falls on both alike."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.update(SSCLIENT_HOME=str(home), SSCLIENT_STARTUP_PROBE="1")
    # As installed (pip and the bundle ship compiled bytecode): cache it, outside the source tree, even
    # where the environment says not to write it; the warm-up runs fill the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    app_command = [sys.executable, "-m", "ssclient.cli"]
    _time_to_shown(bare_command, env)  # warm the file cache for both, fairly
    _time_to_shown(app_command, env)
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(_time_to_shown(bare_command, env))
        app.append(_time_to_shown(app_command, env))
    return bare, app


def login_to_main_window(home: Path, roster_size: int) -> float:
    """Log in through the real log-in window; seconds from the click to the main window shown."""
    home.mkdir(parents=True, exist_ok=True)
    os.environ["SSCLIENT_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from bench.qt import application, wait_until
    from ssclient.agency.server import start_agency
    from ssclient.domain.clock import CHINA_TZ, FixedClock
    from ssclient.domain.enums import PersonStatus
    from ssclient.domain.period import Period
    from ssclient.domain.roster import RosterEntry
    from ssclient.gui.app_settings import AppSettings
    from ssclient.gui.context import AppContext
    from ssclient.gui.shell import Shell
    from ssclient.store import Store
    from ssclient.sync.api import AgencyClient

    application()
    clock = FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ))
    agency = start_agency(f"sqlite:///{home / 'agency.sqlite3'}", clock)
    try:
        with AgencyClient(agency.url) as client:
            uscc = "91110108000000001A"
            registration = client.register(
                name="基准测试有限公司", uscc=uscc, tax_number=uscc, contact="王", password=uscc
            )
            client.login(registration.unit_code, uscc)
            client.change_password(uscc, "Bench2026ok")
        unit_code = registration.unit_code
        with Store.open(clock=clock) as store:
            store.replace_roster(
                unit_code,
                (
                    RosterEntry(
                        id_number=f"110105199001{index:05d}X",
                        name=f"职工{index}",
                        status=PersonStatus.ACTIVE,
                        base=Decimal(6000 + index % 5000),
                        since=Period(2026, 1),
                    )
                    for index in range(roster_size)
                ),
            )
        settings = AppSettings()
        settings.agency_url = agency.url
        ctx = AppContext(settings, clock=clock)
        shell = Shell(ctx)
        login = shell.start()

        wait_until(login.login_button.isEnabled)
        login.unit_code.setText(unit_code)
        login.password.setText("Bench2026ok")
        started = time.perf_counter()
        login.login_button.click()
        wait_until(lambda: shell.main_window is not None and shell.main_window.isVisible())
        elapsed = time.perf_counter() - started
        shell.exit()
        shell.shutdown()
        return elapsed
    finally:
        agency.stop()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ssclient-bench-") as folder:
        bare, app = startup_figures(Path(folder) / "startup")
        # Runs are interleaved in pairs, so a pair sees the same load on a shared machine; the median of
        # the pairs' ratios is the figure. The fastest runs show the cost on an idle machine.
        ratio = statistics.median(a / b for a, b in zip(app, bare, strict=True))
        verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
        print(
            f"   bare PySide6 window shown: {statistics.median(bare):.3f} s median, {min(bare):.3f} s fastest"
        )
        print(
            f"   ssclient log-in window shown: {statistics.median(app):.3f} s median, {min(app):.3f} s fastest"
        )
        print(
            f"   ratio (median of {RUNS} interleaved pairs): {ratio:.2f}  (target <= {TARGET_RATIO}) {verdict}"
        )
        print(f"   ratio of the fastest runs: {min(app) / min(bare):.2f}")
        for size, target in LOGIN_SIZES:
            seconds = login_to_main_window(Path(folder) / f"login-{size}", size)
            verdict = "ok" if seconds <= target else "OVER TARGET"
            print(
                f"   log-in -> main window, {size:,} people in the store: {seconds:.3f} s"
                f"  (target <= {target:.1f} s) {verdict}"
            )


if __name__ == "__main__":
    main()
