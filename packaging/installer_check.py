"""`make installer-check`: prove the bundle and the .deb that `make installer` made actually work.

1. the sizes of the unpacked bundle and of the .deb, next to their targets (over target fails);
2. the bundle's `ssclient --self-test`, offscreen, with HOME and SSCLIENT_HOME in a temp folder;
3. the .deb unpacked with `dpkg -x` into a temp folder, its `usr/bin/ssclient --self-test` run the same way,
   and the client itself started from there offscreen (up with its local agency, no error, clean exit);
4. the package itself: root-owned files with Debian's permissions, the menu entry and its icon, and a
   `Depends:` that names the package of every system library the bundle loads.

Stdlib only, so it runs with any Python 3.11; prints one line per finding and exits 1 on any failure.
"""

from __future__ import annotations

import configparser
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ssclient"
# Qt 6.8's Linux wheel carries its own ICU (libicudata and friends, 36 MiB unpacked): the price of one Qt
# release on both platforms (packaging/README.md). The .deb users download stays within its 50 MiB.
BUNDLE_TARGET_MIB = 145
DEB_TARGET_MIB = 50
SELF_TEST_TIMEOUT_S = 300
GUI_START_TIMEOUT_S = 90
# What the client logs once it is up with its local training agency (ssclient.app.training_agency).
GUI_READY = re.compile(r"local training agency at http://127\.0\.0\.1:\d+")
MIB = 2**20  # sizes as `du -h` and file managers on Linux count them ("M"); decimal MB are shown beside

# glibc's libraries all come from libc6.
LIBC = re.compile(r"^(libc|libm|libdl|libpthread|librt|libresolv|libutil|ld-linux[-\w]*)\.so")


class Report:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def ok(self, text: str) -> None:
        print(f"OK    {text}", flush=True)

    def fail(self, text: str) -> None:
        print(f"FAIL  {text}", flush=True)
        self.failures.append(text)

    def check(self, condition: bool, text: str) -> None:
        (self.ok if condition else self.fail)(text)


def the_deb() -> Path:
    debs = sorted((ROOT / "dist").glob("ssclient_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        sys.exit("installer_check: no dist/ssclient_*.deb; run `make installer` first")
    return debs[-1]


def tree_bytes(folder: Path) -> int:
    """The unpacked size: every file's own size, links not followed (what dpkg's Installed-Size counts)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_sizes(report: Report, deb: Path) -> None:
    bundle = tree_bytes(BUNDLE)
    package = deb.stat().st_size
    report.check(
        bundle <= BUNDLE_TARGET_MIB * MIB,
        f"bundle unpacked: {bundle / MIB:.1f} MiB ({bundle / 1e6:.1f} MB decimal), target <= {BUNDLE_TARGET_MIB} MiB",
    )
    report.check(
        package <= DEB_TARGET_MIB * MIB,
        f".deb: {package / MIB:.1f} MiB ({package / 1e6:.1f} MB decimal, {deb.name}), target <= {DEB_TARGET_MIB} MiB",
    )


def user_environment(scratch: Path, name: str) -> tuple[Path, dict[str, str]]:
    """A fresh home folder and an environment that points every user directory into it, Qt offscreen."""
    home = scratch / f"home-{name}"
    (home / "runtime").mkdir(parents=True, mode=0o700)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "SSCLIENT_"))}
    env.update(
        HOME=str(home),
        SSCLIENT_HOME=str(home / "ssclient"),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(home / "runtime"),
    )
    return home, env


def run_self_test(report: Report, program: Path, label: str, scratch: Path) -> None:
    _, env = user_environment(scratch, f"selftest-{label.split()[0]}")
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [str(program), "--self-test"],
            env=env,
            cwd=scratch,
            capture_output=True,
            text=True,
            timeout=SELF_TEST_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        report.fail(f"self-test of the {label} did not finish in {SELF_TEST_TIMEOUT_S} s")
        return
    seconds = time.perf_counter() - started
    for line in result.stdout.splitlines():
        print(f"      | {line}")
    for line in result.stderr.splitlines():
        print(f"      ! {line}")
    report.check(
        result.returncode == 0,
        f"self-test of the {label} ({program.relative_to(scratch) if program.is_relative_to(scratch) else program}): "
        f"exit {result.returncode} in {seconds:.1f} s",
    )
    if "self-test passed" not in result.stdout and result.returncode == 0:
        report.fail(f"self-test of the {label} exited 0 without its summary line")


def run_gui_start(report: Report, program: Path, scratch: Path) -> None:
    """Start the installed client as a user does (no arguments), offscreen: it must come up with its local
    training agency, log no error, and close cleanly when asked to (SIGTERM, as at logout/shutdown)."""
    home, env = user_environment(scratch, "gui")
    log = home / "ssclient" / "log" / "ssclient.log"
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(program)], env=env, cwd=scratch, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    ready = False
    while time.perf_counter() - started < GUI_START_TIMEOUT_S and process.poll() is None:
        if log.is_file() and GUI_READY.search(log.read_text(encoding="utf-8", errors="replace")):
            ready = True
            break
        time.sleep(0.25)
    up_after = time.perf_counter() - started
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
        report.fail("the client did not close within 30 s of SIGTERM")
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    errors = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line]
    problems = [line for line in stderr.splitlines() if "Traceback" in line or "Error" in line]
    report.check(
        ready and process.returncode == 0 and not errors and not problems,
        f"client started from the unpacked .deb, local agency up after {up_after:.1f} s, closed with exit "
        f"{process.returncode}"
        + ("" if ready else " — it never logged that its agency was up")
        + (f"; logged: {errors[0]}" if errors else "")
        + (f"; stderr: {problems[0]}" if problems else ""),
    )


def deb_field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def depends_packages(deb: Path) -> set[str]:
    names = set()
    for group in deb_field(deb, "Depends").split(","):
        for alternative in group.split("|"):
            names.add(alternative.split("(")[0].strip())
    return names


def needed_sonames(folder: Path) -> dict[str, str]:
    """Each shared library the bundle's ELF files need but do not carry, with one file that needs it."""
    carried = {p.name for p in folder.rglob("*.so*")}
    needed: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink() or not (".so" in path.name or os.access(path, os.X_OK)):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False)
        for soname in re.findall(r"Shared library: \[([^\]]+)\]", dynamic.stdout):
            if soname not in carried:
                needed.setdefault(soname, str(path.relative_to(folder)))
    return needed


def package_of(soname: str) -> tuple[str, str]:
    """The Debian package that ships a library, and how that was found."""
    if LIBC.match(soname):
        return "libc6", "glibc"
    found = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True, check=False)
    for line in found.stdout.splitlines():
        package = line.split(":")[0].strip()
        if not package.endswith("-dev"):
            return package, "dpkg -S"
    # Not installed here: Debian names a library package after its soname (policy 8.1), e.g.
    # libxcb-icccm.so.4 -> libxcb-icccm4, libfoo-1.so.0 -> libfoo-1-0.
    match = re.match(r"^(lib.+?)\.so\.(\d+)", soname)
    if not match:
        return soname, "unknown"
    stem, number = match.groups()
    return (f"{stem}-{number}" if stem[-1].isdigit() else f"{stem}{number}").lower(), "soname convention"


def check_depends(report: Report, deb: Path, unpacked: Path) -> None:
    declared = depends_packages(deb)
    missing = []
    for soname, user in sorted(needed_sonames(unpacked / "opt" / "ssclient").items()):
        package, how = package_of(soname)
        if package.split(":")[0] not in declared:
            missing.append(f"{soname} ({package}, by {how}; needed by {user})")
    report.check(
        not missing,
        "Depends names every system library the bundle loads"
        + (": missing " + "; ".join(missing) if missing else f" ({len(declared)} packages)"),
    )


def check_contents(report: Report, deb: Path, unpacked: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    not_root = [line for line in listing if line.split()[1] != "root/root"]
    report.check(
        not not_root,
        f"all {len(listing)} entries owned by root/root" + (f": not {not_root[0]}" if not_root else ""),
    )
    executables = [line.split()[-1] for line in listing if line.startswith("-") and "x" in line.split()[0]]
    bad_modes = [
        line for line in listing if line[0] in "-d" and line.split()[0][1:] not in ("rwxr-xr-x", "rw-r--r--")
    ]
    report.check(
        executables == ["./opt/ssclient/ssclient"] and not bad_modes,
        "permissions: directories 755, files 644, only /opt/ssclient/ssclient executable"
        + (
            f" (executables: {executables}; odd modes: {bad_modes[:2]})"
            if executables != ["./opt/ssclient/ssclient"] or bad_modes
            else ""
        ),
    )
    link = unpacked / "usr" / "bin" / "ssclient"
    report.check(
        link.is_symlink() and link.resolve() == (unpacked / "opt" / "ssclient" / "ssclient").resolve(),
        "/usr/bin/ssclient links to /opt/ssclient/ssclient",
    )
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys such as Name[zh_CN] keep case
    entry.read(unpacked / "usr" / "share" / "applications" / "ssclient.desktop", encoding="utf-8")
    section = entry["Desktop Entry"] if entry.has_section("Desktop Entry") else {}
    icon = section.get("Icon", "")
    icons = list((unpacked / "usr" / "share" / "icons" / "hicolor").glob(f"*/apps/{icon}.*")) if icon else []
    report.check(
        section.get("Exec") == "ssclient"
        and section.get("Type") == "Application"
        and bool(icons)
        and "Name[zh_CN]" in section,
        f"menu entry: Exec=ssclient, Icon={icon} ({len(icons)} icon files), Chinese name",
    )


def main() -> int:
    started = time.perf_counter()
    report = Report()
    if not (BUNDLE / "ssclient").is_file():
        sys.exit("installer_check: no dist/ssclient/ssclient; run `make installer` first")
    deb = the_deb()
    check_sizes(report, deb)
    with tempfile.TemporaryDirectory(prefix="ssclient-installer-check-") as folder:
        scratch = Path(folder)
        run_self_test(report, BUNDLE / "ssclient", "bundle in dist/", scratch)
        unpacked = scratch / "deb-root"
        subprocess.run(["dpkg", "-x", str(deb), str(unpacked)], check=True)
        run_self_test(report, unpacked / "usr" / "bin" / "ssclient", "unpacked .deb", scratch)
        run_gui_start(report, unpacked / "usr" / "bin" / "ssclient", scratch)
        check_contents(report, deb, unpacked)
        check_depends(report, deb, unpacked)
    seconds = time.perf_counter() - started
    if report.failures:
        print(f"installer-check FAILED: {len(report.failures)} problem(s) in {seconds:.0f} s")
        return 1
    print(f"installer-check passed in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
