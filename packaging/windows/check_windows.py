"""The Windows half of `make installer-check`: the installer that `make installer-windows` made, under Wine.

In a fresh Wine prefix whose user folder is `C:\\users\\王 芳` (a Chinese user name with a space, so the
program's folder and %LOCALAPPDATA% both carry one):
1. the installer's size next to its target; a silent install (`/S`), then the installed folder's size, the
   Start-menu and desktop shortcuts named 社会保险网上申报, and the entry in the installed programs;
2. the installed `ssclient.exe --self-test` (the same checks as on Linux, plus the windows it draws, saved
   as screenshots into test-artifacts/);
3. the installed client started as a user starts it (offscreen): its local training agency comes up; an
   install over it while it runs is refused; then it is stopped;
4. an upgrade by an installer of a higher version: the user's store and the agency's data untouched;
5. the uninstaller: the program folder, shortcuts and entry gone, the user's data still there.

    python3 packaging/windows/check_windows.py      (run by `make installer-check`)

Stdlib only; one line per finding; exit status 1 on any failure.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import wineenv

ROOT = Path(__file__).resolve().parents[2]
PREFIX = wineenv.prefix_path("check")
ARTIFACTS = ROOT / "test-artifacts"
INSTALLER_TARGET_MB = 60
INSTALLED_TARGET_MB = 150
MB = 10**6  # Windows Explorer shows binary units but calls them MB; both are printed
USER = "王 芳"
APP_NAME = "社会保险网上申报"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ssclient"
GUI_READY = re.compile(r"local training agency at http://127\.0\.0\.1:\d+")
STORE_FIXTURE = ROOT / "tests" / "fixtures" / "store-0.1.0.sqlite3"


class Report:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def check(self, condition: bool, text: str) -> bool:
        print(f"{'OK  ' if condition else 'FAIL'}  [windows] {text}", flush=True)
        if not condition:
            self.failures.append(text)
        return condition


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Machine:
    """The Windows machine under test: a Wine prefix whose user is 王 芳."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.user_dir = prefix / "drive_c" / "users" / USER
        self.local_appdata = self.user_dir / "AppData" / "Local"
        self.program = self.local_appdata / "Programs" / "ssclient"
        self.data = self.local_appdata / "ssclient"
        self.env = wineenv.environment(prefix)

    def make(self) -> float:
        # Windows 7 first, to see the installer refuse it; check_old_windows then makes it Windows 10.
        seconds = wineenv.make_prefix(self.prefix, windows_version="win7")
        # Point the user's folders at C:\users\王 芳 (as a Chinese Windows account names them).
        self.local_appdata.mkdir(parents=True)
        for sub in ("Desktop", "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"):
            (self.user_dir / sub).mkdir(parents=True, exist_ok=True)
        folders = {
            "Local AppData": r"AppData\Local",
            "AppData": r"AppData\Roaming",
            "Desktop": "Desktop",
            "Programs": r"AppData\Roaming\Microsoft\Windows\Start Menu\Programs",
            "Personal": "Documents",
        }
        for name, sub in folders.items():
            for key in ("User Shell Folders", "Shell Folders"):
                self.wine(
                    "reg",
                    "add",
                    rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\{key}",
                    "/v",
                    name,
                    "/t",
                    "REG_SZ",
                    "/d",
                    rf"C:\users\{USER}\{sub}",
                    "/f",
                    what=f"reg add {name}",
                )
        # Wine passes no QT_* variable of Linux's environment to Windows programs; the user's environment
        # in the registry reaches them. The client runs offscreen, reading fonts from Windows' font folder.
        for name, value in (("QT_QPA_PLATFORM", "offscreen"), ("QT_QPA_FONTDIR", r"C:\windows\Fonts")):
            self.wine(
                "reg", "add", r"HKCU\Environment", "/v", name, "/d", value, "/f", what=f"reg add {name}"
            )
        wineenv.stop(self.prefix)
        return seconds

    def wine(
        self, *args: str, what: str, check: bool = True, timeout: float = 600
    ) -> subprocess.CompletedProcess[str]:
        return wineenv.run(
            self.prefix, ["wine", *args], what=what, env=self.env, check=check, timeout=timeout
        )

    def wait_idle(self) -> None:
        """Wait until every program in the prefix has ended (an NSIS uninstaller re-launches itself)."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=False, timeout=300)

    def exe(self) -> str:
        return wineenv.windows_path(self.program / "ssclient.exe")

    def registry_value(self, name: str) -> str | None:
        """A value of the uninstall entry (exported to a UTF-16 file: `reg query` prints in the ANSI code
        page, which turns Chinese into question marks in an English prefix)."""
        exported = self.prefix / "drive_c" / "uninstall-entry.reg"
        exported.unlink(missing_ok=True)
        self.wine(
            "reg",
            "export",
            UNINSTALL_KEY,
            wineenv.windows_path(exported),
            "/y",
            what="reg export",
            check=False,
        )
        if not exported.is_file():
            return None
        text = exported.read_bytes().decode("utf-16")
        match = re.search(rf'^"{name}"=(?:"(.*)"|dword:(\w+))\r?$', text, re.MULTILINE)
        if not match:
            return None
        return (
            match.group(1).replace('\\"', '"').replace("\\\\", "\\")
            if match.group(1) is not None
            else match.group(2)
        )

    def shortcuts(self) -> list[Path]:
        return [p for p in self.user_dir.rglob(f"{APP_NAME}.lnk")]


def check_old_windows(report: Report, machine: Machine, installer: Path) -> None:
    result = machine.wine(wineenv.windows_path(installer), "/S", what="install on Windows 7", check=False)
    machine.wait_idle()
    report.check(
        result.returncode == 3 and not machine.program.exists(),
        f"on Windows 7 the installer refuses (exit {result.returncode}, nothing installed)",
    )
    wineenv.set_windows_version(machine.prefix, "win10")
    wineenv.stop(machine.prefix)


def install(report: Report, machine: Machine, installer: Path, label: str) -> bool:
    started = time.perf_counter()
    result = machine.wine(wineenv.windows_path(installer), "/S", what=f"{label} install", check=False)
    machine.wait_idle()
    return report.check(
        result.returncode == 0 and (machine.program / "ssclient.exe").is_file(),
        f"{label}: silent install of {installer.name} into C:\\users\\{USER}\\AppData\\Local\\Programs\\ssclient "
        f"(exit {result.returncode}, {time.perf_counter() - started:.0f} s)",
    )


def check_installed(report: Report, machine: Machine, version: str) -> None:
    manifest = (machine.program / "ssclient.exe").read_bytes()
    report.check(
        re.search(rb"<longPathAware[^>]*>true</longPathAware>", manifest) is not None,
        "ssclient.exe declares itself long-path aware (paths over 260 characters where Windows allows them)",
    )
    size = tree_bytes(machine.program)
    report.check(
        size <= INSTALLED_TARGET_MB * MB,
        f"installed folder: {size / MB:.1f} MB ({size / 2**20:.1f} MiB), target <= {INSTALLED_TARGET_MB} MB",
    )
    links = sorted(str(p.relative_to(machine.user_dir)) for p in machine.shortcuts())
    report.check(
        len(links) == 2
        and any("Desktop" in link for link in links)
        and any("Start Menu" in link for link in links),
        f"shortcuts named {APP_NAME}: {', '.join(links) or 'none'}",
    )
    shown = machine.registry_value("DisplayName"), machine.registry_value("DisplayVersion")
    uninstall = machine.registry_value("UninstallString") or ""
    report.check(
        shown == (APP_NAME, version) and "uninstall.exe" in uninstall,
        f"installed programs list: {shown[0]} {shown[1]}, uninstaller {uninstall or 'missing'}",
    )


def self_test(report: Report, machine: Machine) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    machine.env["SSCLIENT_SELFTEST_SCREENSHOTS"] = wineenv.windows_path(ARTIFACTS)
    started = time.perf_counter()
    result = machine.wine(machine.exe(), "--self-test", what="self-test", check=False, timeout=600)
    machine.wait_idle()
    del machine.env["SSCLIENT_SELFTEST_SCREENSHOTS"]
    for line in result.stdout.splitlines():
        print(f"      | {line}")
    report.check(
        result.returncode == 0 and "self-test passed" in result.stdout,
        f"installed ssclient.exe --self-test: exit {result.returncode} in {time.perf_counter() - started:.0f} s",
    )
    shots = sorted(ARTIFACTS.glob("windows-*.png"))
    report.check(
        len(shots) >= 2, f"screenshots: {', '.join(p.name for p in shots) or 'none'} in test-artifacts/"
    )


def windows_differences(report: Report, machine: Machine) -> None:
    """Two copies on one store and the Credential Locker, by the build's Windows Python (wine_checks.py)."""
    python = ROOT / "build" / "windows" / "python" / "python.exe"
    script = Path(__file__).with_name("wine_checks.py")
    command = [wineenv.windows_path(python), wineenv.windows_path(script)]
    result = machine.wine(*command, what="wine_checks.py", check=False, timeout=600)
    machine.wait_idle()
    lines = [line for line in result.stdout.splitlines() if line.startswith(("OK", "FAIL"))]
    for line in lines:
        report.check(line.startswith("OK"), line.split(None, 1)[1])
    report.check(
        result.returncode == 0 and len(lines) == 2, f"Windows-side checks ran (exit {result.returncode})"
    )


def gui_start(report: Report, machine: Machine, newer: Path) -> None:
    """Start the client as a user does; while it runs an install must be refused; then stop it."""
    log = machine.data / "Logs" / "ssclient.log"
    offset = log.stat().st_size if log.is_file() else 0  # the self-test wrote there before
    started = time.perf_counter()
    process = subprocess.Popen(
        ["wine", machine.exe()],
        env=machine.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )
    ready = False
    while time.perf_counter() - started < 180 and process.poll() is None:
        if log.is_file() and GUI_READY.search(log.read_bytes()[offset:].decode("utf-8", errors="replace")):
            ready = True
            break
        time.sleep(0.5)
    up = time.perf_counter() - started
    refused = machine.wine(wineenv.windows_path(newer), "/S", what="install while running", check=False)
    still_old = machine.registry_value("DisplayVersion")
    # `_?=` runs the uninstaller in place (otherwise it copies itself away and its exit status is lost).
    uninstaller = wineenv.windows_path(machine.program / "uninstall.exe")
    in_place = "_?=" + wineenv.windows_path(machine.program)
    kept = machine.wine(uninstaller, "/S", in_place, what="uninstall while running", check=False)
    machine.wine("taskkill", "/f", "/im", "ssclient.exe", what="taskkill", check=False)
    try:
        output, _ = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    machine.wait_idle()
    text = log.read_bytes()[offset:].decode("utf-8", errors="replace") if log.is_file() else ""
    errors = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line]
    traceback = [line for line in output.splitlines() if "Traceback" in line]
    report.check(
        ready and not errors and not traceback,
        f"client started as a user starts it: local training agency up after {up:.0f} s, stopped"
        + ("" if ready else " — it never logged that its agency was up")
        + (f"; logged: {errors[0]}" if errors else "")
        + (f"; output: {traceback[0]}" if traceback else ""),
    )
    # NSIS's uninstaller exits 0 even when its un.onInit aborts, so what it left behind is what tells.
    entry = machine.registry_value("DisplayName")
    report.check(
        refused.returncode == 2 and (machine.program / "ssclient.exe").is_file() and entry is not None,
        f"an install and an uninstall while the client runs are refused (installer exit {refused.returncode}, "
        f"version stays {still_old}; uninstaller exit {kept.returncode}, program and entry still there)",
    )


def upgrade_and_uninstall(report: Report, machine: Machine, newer: Path, new_version: str) -> None:
    # The user's store as the first release wrote it, and the training agency's data from the start above.
    store = machine.data / "ssclient.sqlite3"
    shutil.copy2(STORE_FIXTURE, store)
    user_files = {path: sha256(path) for path in machine.data.glob("*.sqlite3")}
    if install(report, machine, newer, f"upgrade to {new_version}"):
        check_installed(report, machine, new_version)
    intact = all(path.is_file() and sha256(path) == digest for path, digest in user_files.items())
    report.check(
        intact, f"after the upgrade the user's data is intact: {', '.join(p.name for p in user_files)}"
    )

    started = time.perf_counter()
    result = machine.wine(
        wineenv.windows_path(machine.program / "uninstall.exe"), "/S", what="uninstall", check=False
    )
    machine.wait_idle()
    report.check(
        result.returncode == 0
        and not machine.program.exists()
        and not machine.shortcuts()
        and machine.registry_value("DisplayName") is None,
        f"uninstall: program folder, shortcuts and installed-programs entry gone "
        f"(exit {result.returncode}, {time.perf_counter() - started:.0f} s"
        + (f"; left: {sorted(p.name for p in machine.program.iterdir())}" if machine.program.exists() else "")
        + ")",
    )
    kept = all(path.is_file() and sha256(path) == digest for path, digest in user_files.items())
    report.check(
        kept, f"after the uninstall the user's data is still in {machine.data.relative_to(machine.prefix)}"
    )


def main() -> int:
    started = time.perf_counter()
    report = Report()
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "ssclient" / "__init__.py").read_text()).group(1)  # type: ignore[union-attr]
    installer = ROOT / "dist" / f"ssclient-{version}-setup.exe"
    if not installer.is_file():
        sys.exit(f"check_windows: no {installer.relative_to(ROOT)}; run `make installer-windows` first")
    # The upgrade's installer: the same bundle under a higher version, quickly compressed (a test artifact).
    new_version = f"{version}.1"
    newer = ROOT / "build" / "windows" / f"ssclient-{new_version}-setup.exe"
    made = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("build_windows.py")),
            "--installer-only",
            "--version",
            new_version,
            "--compressor",
            "zlib",
            "--output",
            str(newer),
        ],
        check=False,
    )
    if made.returncode != 0:
        sys.exit("check_windows: making the higher version's installer failed")
    size = installer.stat().st_size
    report.check(
        size <= INSTALLER_TARGET_MB * MB,
        f"installer {installer.name}: {size / MB:.1f} MB ({size / 2**20:.1f} MiB), target <= {INSTALLER_TARGET_MB} MB",
    )
    machine = Machine(PREFIX)
    print(f"      Wine prefix for user {USER} made in {machine.make():.0f} s", flush=True)
    try:
        check_old_windows(report, machine, installer)
        if install(report, machine, installer, version):
            check_installed(report, machine, version)
            self_test(report, machine)
            windows_differences(report, machine)
            gui_start(report, machine, newer)
            upgrade_and_uninstall(report, machine, newer, new_version)
    finally:
        wineenv.stop(machine.prefix)
    seconds = time.perf_counter() - started
    built = ROOT / "build" / "windows" / "build-seconds.txt"
    if built.is_file():
        build_seconds = int(built.read_text(encoding="utf-8"))
        print(
            f"Windows part: build {build_seconds / 60:.1f} min + check {seconds / 60:.1f} min = "
            f"{(build_seconds + seconds) / 60:.1f} min (budget 15 min)"
        )
    if report.failures:
        print(f"installer-check (Windows) FAILED: {len(report.failures)} problem(s) in {seconds:.0f} s")
        return 1
    print(f"installer-check (Windows) passed in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
