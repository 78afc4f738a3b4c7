"""`ssclient --self-test`: prove an installation works, without showing a window.

Each check exercises one thing a broken bundle or a machine missing a library would get wrong: the Qt
platform plugin the desktop will use, every module of the program, every form, translation and policy file,
the region data, a spreadsheet read by the import's reader process, the keyring backends, the draft store,
the local agency, one submission round trip through the client and the outbox, and the PDF receipt of what
was approved. The summary has one line per check (OK or FAIL, the time it took, what it found or why it
failed) and the exit status is 0 only when every check passed. Everything the checks create lives in a
temporary folder that is removed at the end; the user's own data is never opened.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ssclient import __version__, assets
from ssclient.selftest_core import Check, CheckFailed, Outcome, Workspace, desktop_platform, qt_warnings
from ssclient.selftest_platform import check_files, check_windows
from ssclient.selftest_roundtrip import (
    check_agency,
    check_in_two_processes,
    check_receipt,
    check_round_trip,
    check_spreadsheet_import,
    check_store,
)

__all__ = ["Check", "CheckFailed", "Outcome", "Workspace", "check_platform_plugin", "run_self_test"]

log = logging.getLogger(__name__)

PASSED, FAILED = 0, 1


# --- Qt --------------------------------------------------------------------------------------------


def _application() -> object:
    """The running QApplication, or a new one on the offscreen platform so that no window can appear."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if sys.platform == "win32":
            # The offscreen platform reads font files from a folder, by default one Qt no longer ships
            # (it warns, failing the forms check); Windows keeps its fonts in %WINDIR%\Fonts.
            windows = os.environ.get("WINDIR", r"C:\Windows")
            os.environ.setdefault("QT_QPA_FONTDIR", str(Path(windows) / "Fonts"))
        app = QApplication(["ssclient", "--self-test"])
    return app


def check_platform_plugin(workspace: Workspace) -> str:
    # Loading the plugin library resolves every system library it needs (libxcb-*, libxkbcommon, EGL...)
    # without connecting to a display, so a machine missing one fails here instead of at first start.
    from PySide6.QtCore import QCoreApplication, QPluginLoader

    name = workspace.desktop_platform
    patterns = (f"libq{name}.so", f"q{name}.dll", f"libq{name}.dylib")
    candidates = [
        Path(folder) / "platforms" / pattern
        for folder in QCoreApplication.libraryPaths()
        for pattern in patterns
    ]
    found = [path for path in candidates if path.is_file()]
    if not found:
        raise CheckFailed(
            f"the Qt platform plugin '{name}' is not installed (looked in "
            f"{', '.join(QCoreApplication.libraryPaths()) or 'no plugin folder'})"
        )
    loader = QPluginLoader(str(found[0]))
    if not loader.load():
        raise CheckFailed(
            f"the Qt platform plugin '{name}' cannot load: {loader.errorString()} — "
            "install the system libraries listed in the installer's dependencies"
        )
    return f"'{name}' loads ({found[0].name})"


def _bundled(folder: Path, pattern: str, what: str) -> list[Path]:
    """The files in `folder` matching `pattern`: a bundle that lost them all fails the check here."""
    files = sorted(folder.glob(pattern))
    if not files:
        raise CheckFailed(f"no {what} found in {folder}")
    return files


def check_forms(_: Workspace) -> str:
    from ssclient.gui.forms import FormError, load_form

    forms = _bundled(assets.root() / "ui", "*.ui", "Qt Designer forms")
    with qt_warnings() as warnings:
        for path in forms:
            try:
                load_form(path.name).deleteLater()
            except FormError as error:  # it says which file and why
                raise CheckFailed(str(error)) from error
            if warnings:
                raise CheckFailed(f"form {path.name} makes Qt warn: {warnings[0]}")
    return f"{len(forms)} forms load"


def check_translations(_: Workspace) -> str:
    from PySide6.QtCore import QTranslator

    folder = assets.resource("translations")
    files = _bundled(folder, "*.qm", "compiled translations (*.qm)")
    if not any("zh_CN" in path.name for path in files):
        raise CheckFailed(f"the Simplified Chinese translation (*zh_CN*.qm) is missing from {folder}")
    for path in files:
        translator = QTranslator()
        if not translator.load(str(path)):
            raise CheckFailed(f"translation {path.name} does not load")
        if translator.isEmpty():
            raise CheckFailed(f"translation {path.name} is empty")
    return f"{len(files)} translations load ({', '.join(p.stem for p in files)})"


def check_policies(_: Workspace) -> str:
    from ssclient.policy import PolicyError, load_policy

    files = _bundled(assets.resource("policy"), "*.toml", "policy files")
    try:
        names = [load_policy(path).id for path in files]
    except PolicyError as error:  # it names the file and the key
        raise CheckFailed(str(error)) from error
    return f"{len(files)} policy files load ({', '.join(names)})"


def check_modules(_: Workspace) -> str:
    """Every module of the program imports: in a bundle, a missing hidden import fails here, not in use."""
    import importlib
    import pkgutil

    import ssclient

    names = [
        module.name
        for module in pkgutil.walk_packages(ssclient.__path__, "ssclient.")
        if ".migrations" not in module.name  # Alembic runs those scripts itself (the store check)
    ]
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as error:
            raise CheckFailed(f"module {name} does not import: {error}") from error
    if len(names) < 10:
        raise CheckFailed(
            f"only {len(names)} modules of the program were found; the installation is incomplete"
        )
    return f"{len(names)} modules import"


# The keyring backends that keep passwords securely on each platform, and what they need.
_SECURE_KEYRING_MODULES = {
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
    "win32": ("keyring.backends.Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("keyring.backends.macOS",),
}


def check_keyring(_: Workspace) -> str:
    """The secure keyring backends are installed; whether one is running here is reported, not required:
    without one the program works and only "Remember password" is off."""
    import importlib

    from ssclient.gui.credentials import keyring_status

    needed = _SECURE_KEYRING_MODULES.get("linux" if sys.platform.startswith("linux") else sys.platform, ())
    for name in needed:
        try:
            importlib.import_module(name)
        except ImportError as error:
            raise CheckFailed(f"the keyring module {name} is missing: {error}") from error
    status = keyring_status()
    if status.available:
        return f"secure keyring in use ({status.backend_name})"
    return f"no secure keyring here ({status.reason}); 'Remember password' stays off"


def check_regions(_: Workspace) -> str:
    from ssclient.policy.regions import Regions

    regions = Regions.load(assets.resource("regions"))
    sizes = {
        "provinces": len(regions.provinces),
        "cities": len(regions.cities),
        "counties": len(regions.counties),
    }
    empty = [kind for kind, size in sizes.items() if size == 0]
    if empty:
        raise CheckFailed(f"the region data has no {' and no '.join(empty)}")
    orphans = [c.code for c in regions.cities.values() if c.parent not in regions.provinces]
    if orphans:
        raise CheckFailed(f"cities without a province in the region data, e.g. {orphans[0]}")
    return ", ".join(f"{size} {kind}" for kind, size in sizes.items())


def default_checks() -> list[Check]:
    return [
        Check("Qt platform", check_platform_plugin),
        Check("modules", check_modules),
        Check("forms", check_forms),
        Check("translations", check_translations),
        Check("policy", check_policies),
        Check("regions", check_regions),
        Check("spreadsheet import", check_spreadsheet_import),
        Check("check in 2 parts", check_in_two_processes),
        Check("keyring", check_keyring),
        Check("store", check_store),
        Check("agency", check_agency),
        Check("submit round trip", check_round_trip),
        Check("PDF receipt", check_receipt),
        Check("windows", check_windows),
        Check("files", check_files),
    ]


# --- running -----------------------------------------------------------------------------------------


def _run_one(check: Check, workspace: Workspace) -> Outcome:
    started = time.perf_counter()
    try:
        detail = check.run(workspace)
        ok = True
    except CheckFailed as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # the reason goes to the summary; the traceback only to the log
        log.error("self-test check %r failed:\n%s", check.name, traceback.format_exc())
        detail, ok = f"{type(exc).__name__}: {exc}", False
    return Outcome(check.name, ok, time.perf_counter() - started, detail)


def _output() -> TextIO:
    """Where the summary goes: stdout, or on Windows a windowed build's parent console."""
    if sys.stdout is not None:
        with contextlib.suppress(AttributeError, ValueError):
            sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]
        return sys.stdout
    if sys.platform == "win32":
        import ctypes

        # A windowed (GUI-subsystem) program has no stdout; borrow the console it was started from.
        if ctypes.windll.kernel32.AttachConsole(-1):
            return Path("CONOUT$").open("w", encoding="utf-8", errors="replace")
    return Path(os.devnull).open("w", encoding="utf-8")  # nothing to print to; the exit status remains


class _Printer:
    """Prints the summary line by line; a reader that goes away (`| head`, `| more` quit early) only ends
    the printing, not the checks, and leaves no traceback: the exit status still tells the result."""

    def __init__(self, out: TextIO) -> None:
        self._out: TextIO | None = out

    def __call__(self, text: str) -> None:
        if self._out is None:
            return
        try:
            print(text, file=self._out, flush=True)
        except BrokenPipeError:
            if self._out is sys.stdout:  # or Python reports the pipe again when it flushes at exit
                with contextlib.suppress(OSError, ValueError):
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            self._out = None


def run_self_test(checks: Sequence[Check] | None = None, out: TextIO | None = None) -> int:
    """Run every check, print the summary, return 0 when all passed and 1 otherwise."""
    say = _Printer(out or _output())
    # Unexpected errors' tracebacks go to the program's log file, never to the screen; a caller that set up
    # logging already (the tests, the GUI) keeps its own.
    log_file = None
    if not logging.getLogger().handlers:
        from ssclient.logsetup import setup_file_logging

        log_file = setup_file_logging()
    where = f"bundle in {assets.root()}" if getattr(sys, "frozen", False) else f"source in {assets.root()}"
    say(f"ssclient {__version__} self-test ({where})")
    started = time.perf_counter()
    desktop_platform_name = desktop_platform()  # before _application() switches this process to offscreen
    _application()
    outcomes: list[Outcome] = []
    # A file still held open (on Windows by an antivirus, say) must not turn the summary into a traceback.
    with tempfile.TemporaryDirectory(prefix="ssclient-selftest-", ignore_cleanup_errors=True) as folder:
        workspace = Workspace(Path(folder), desktop_platform_name)
        try:
            for check in checks if checks is not None else default_checks():
                outcome = _run_one(check, workspace)
                outcomes.append(outcome)
                say(outcome.line())
        finally:
            workspace.close()
    failed = [o for o in outcomes if not o.ok]
    total = time.perf_counter() - started
    if failed:
        names = ", ".join(o.name for o in failed)
        say(f"self-test FAILED ({len(failed)} of {len(outcomes)} checks: {names}) in {total:.1f} s")
        if log_file is not None:
            say(f"(details of unexpected errors are in {log_file})")
        return FAILED
    say(f"self-test passed: {len(outcomes)} checks in {total:.1f} s")
    return PASSED
