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
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ssclient import __version__, assets
from ssclient.domain.clock import CHINA_TZ, FixedClock
from ssclient.selftest_platform import check_files, check_windows

if TYPE_CHECKING:
    from ssclient.domain.declaration import Declaration
    from ssclient.domain.roster import Unit
    from ssclient.store import Store

log = logging.getLogger(__name__)

PASSED, FAILED = 0, 1


# The longest the spreadsheet check waits for the reader process (it needs well under a second).
READER_SECONDS = 60


class CheckFailed(Exception):
    """A check's reason for failing, worded for the person reading the summary."""


@dataclass
class Workspace:
    """What the checks share: a temporary folder, and what earlier checks started for later ones."""

    folder: Path
    desktop_platform: str = field(default_factory=lambda: _desktop_platform())
    cleanups: list[Callable[[], None]] = field(default_factory=list)
    # Set by the store and agency checks for the round trip; None when that check failed.
    store: Store | None = None
    agency_url: str | None = None
    # The round trip's approved document and its unit, for the receipt.
    approved: tuple[int, Unit] | None = None

    def close(self) -> None:
        while self.cleanups:
            cleanup = self.cleanups.pop()
            try:
                cleanup()
            except Exception:  # a failed cleanup must not hide the summary
                log.exception("self-test cleanup failed")


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Workspace], str]  # returns what it found; raises CheckFailed (or anything) on failure


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    seconds: float
    detail: str

    def line(self) -> str:
        return f"{'OK  ' if self.ok else 'FAIL'}  {self.name:<18} {self.seconds:6.2f} s  {self.detail}"


# --- Qt --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _qt_warnings() -> Iterator[list[str]]:
    """Collect Qt's warnings while a check runs: a form that makes Qt warn is broken."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    messages: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            messages.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)


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


def _desktop_platform() -> str:
    """The Qt platform plugin the client will use on this desktop (what QT_QPA_PLATFORM asks for first)."""
    requested = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    return "xcb"


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


def check_forms(_: Workspace) -> str:
    from ssclient.gui.forms import FormError, load_form

    folder = assets.root() / "ui"
    forms = sorted(folder.glob("*.ui"))
    if not forms:
        raise CheckFailed(f"no Qt Designer forms found in {folder}")
    with _qt_warnings() as warnings:
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
    files = sorted(folder.glob("*.qm"))
    if not files:
        raise CheckFailed(f"no compiled translations (*.qm) found in {folder}")
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

    folder = assets.resource("policy")
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise CheckFailed(f"no policy files found in {folder}")
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


# --- the store, the agency, one submission ------------------------------------------------------------

UNIT_NAME = "自检示例有限公司"  # "self-test example company"
PERSON_NAME = "自检员"


def _clock() -> FixedClock:
    """A day inside the default policy's declaration window, so the round trip passes on any real day."""
    from ssclient.policy import default_policy

    policy = default_policy()
    return FixedClock(datetime(policy.year, 6, policy.window_first_day, 9, 0, tzinfo=CHINA_TZ))


def _add_declaration() -> Declaration:
    """An add-personnel document with one person that passes the rulebook."""
    from stdnum.cn import ric

    from ssclient.domain.declaration import Declaration, DeclarationLine
    from ssclient.domain.enums import DeclarationType
    from ssclient.domain.period import Period
    from ssclient.policy import default_policy

    policy = default_policy()
    body = "110101199001010" + f"{secrets.randbelow(100):02d}"
    line = DeclarationLine(
        id_number=body + ric.calc_check_digit(body + "0"),
        name=PERSON_NAME,
        hukou_type="11",
        wage_base=str(policy.base_floor),
        migrant_worker="否",
        migrant_insurance="否",
    )
    return Declaration(DeclarationType.ADD, Period(policy.year, 6), [line])


def check_spreadsheet_import(workspace: Workspace) -> str:
    """A filled-in template read by the spreadsheet reader process, as the import window reads it: openpyxl,
    the templates and starting that process (multiprocessing in a frozen build) work."""
    from openpyxl import load_workbook

    from ssclient.domain.enums import DeclarationType
    from ssclient.io.errors import ReadCancelled
    from ssclient.io.reader_process import open_in_child, shut_down
    from ssclient.io.templates import DATA_SHEET, save_template, template_fields

    kind = DeclarationType.ADD
    person = _add_declaration().lines[0]
    path = save_template(workspace.folder / "template.xlsx", kind)
    book = load_workbook(path)
    for column, name in enumerate(template_fields(kind), start=1):
        book[DATA_SHEET].cell(row=2, column=column, value=getattr(person, name) or None)
    book.save(path)
    workspace.cleanups.append(shut_down)
    deadline = time.monotonic() + READER_SECONDS  # a reader that hangs fails the check, not the self-test
    try:
        with open_in_child(path, kind, cancelled=lambda: time.monotonic() > deadline) as sheet:
            reader = sheet.process_id
            lines = [row.line for row in sheet.rows()]
    except ReadCancelled:
        raise CheckFailed(
            f"the reader process did not read a one-row file within {READER_SECONDS} s"
        ) from None
    if lines != [person]:
        raise CheckFailed(f"the filled-in template read back as {lines!r}, not the person written into it")
    return f"a filled-in template read back by the reader process (pid {reader})"


def check_store(workspace: Workspace) -> str:
    from ssclient.store import Store, StoreError
    from ssclient.store.migrate import SCHEMA_HEAD

    try:
        store = Store.open(workspace.folder / "store" / "ssclient.sqlite3", clock=_clock())
    except StoreError as error:  # worded for the user, e.g. migrations missing from the installation
        raise CheckFailed(str(error)) from error
    workspace.cleanups.append(store.close)
    draft = _add_declaration()
    saved = store.get_declaration(store.create_draft("selftest", draft))
    if [line.to_dict() for line in saved.lines] != [line.to_dict() for line in draft.lines]:
        raise CheckFailed("a draft saved to the store came back different")
    workspace.store = store
    return f"schema {SCHEMA_HEAD}; a draft saved and read back"


def check_agency(workspace: Workspace) -> str:
    from ssclient.agency.server import start_agency
    from ssclient.sync.api import AgencyClient

    folder = workspace.folder / "agency"
    folder.mkdir()
    running = start_agency(f"sqlite:///{folder / 'agency.sqlite3'}", _clock())
    workspace.cleanups.append(running.stop)
    with AgencyClient(running.url, retries=0) as client:
        info = client.health()
    if not info.training:
        raise CheckFailed("the local agency does not call itself a training agency")
    workspace.agency_url = running.url
    return f"local training agency answers on {running.url}"


def check_round_trip(workspace: Workspace) -> str:
    """Register, log in, change the initial password, declare the draft through the outbox, get approved."""
    from stdnum.cn import uscc

    from ssclient.app.documents_outbox import StoreOutboxPort
    from ssclient.domain.enums import DeclarationStatus
    from ssclient.sync.api import AgencyClient
    from ssclient.sync.outbox import Outbox

    store = workspace.store
    if workspace.agency_url is None or store is None:
        raise CheckFailed("needs the store and the agency, and one of them failed above")

    body = f"91110108{secrets.randbelow(10**9):09d}"
    code = body + uscc.calc_check_digit(body)
    password = f"Self{secrets.token_hex(4)}7test"
    client = AgencyClient(workspace.agency_url, retries=0)
    workspace.cleanups.append(client.close)
    registration = client.register(
        name=UNIT_NAME, uscc=code, tax_number=code, contact="王会计", password=code
    )
    login = client.login(registration.unit_code, code)
    if not login.must_change_password:
        raise CheckFailed("the agency did not ask for the initial password to be changed")
    client.change_password(code, password)
    client.login(registration.unit_code, password)
    unit = client.profile()
    store.save_unit(unit)
    outbox = Outbox(StoreOutboxPort(store), client, registration.unit_code, _clock())
    draft = _add_declaration()
    draft_id = store.create_draft(registration.unit_code, draft)
    outbox.enqueue(draft_id)
    report = outbox.run(force=True)
    if not report.reached_agency:
        raise CheckFailed(f"the agency could not be reached: {report.unreachable}")
    if len(report.delivered) != 1:
        raise CheckFailed(f"expected one verdict from the agency, got {len(report.delivered)}")
    delivery = report.delivered[0]
    if not delivery.approved:
        reasons = "; ".join(f"{f.code} {f.field}" for f in delivery.findings) or "no findings given"
        raise CheckFailed(f"the agency rejected the declaration: {reasons}")
    summary = store.summary(draft_id)
    if summary.status is not DeclarationStatus.APPROVED or summary.serial_number != delivery.serial_number:
        raise CheckFailed(f"the store holds the document as {summary.status.value}, not approved")
    if draft.lines[0].id_number not in store.roster(registration.unit_code):
        raise CheckFailed("the approved person is not in the local roster")
    workspace.approved = (draft_id, unit)
    return f"unit {registration.unit_code} registered; declaration approved, serial {delivery.serial_number}"


def check_receipt(workspace: Workspace) -> str:
    """The approved declaration's PDF receipt: reportlab, its Chinese font and Pillow work in this build."""
    from ssclient.io.receipts import write_receipt_pdf

    if workspace.approved is None or workspace.store is None:
        raise CheckFailed("needs the approved declaration of the round trip, which failed above")
    declaration_id, unit = workspace.approved
    summary = workspace.store.summary(declaration_id)
    path = workspace.folder / "receipt.pdf"
    approved_at = summary.decided_at or summary.updated_at
    write_receipt_pdf(workspace.store.get_declaration(declaration_id), unit, approved_at, path)
    content = path.read_bytes()
    if not content.startswith(b"%PDF-") or b"%%EOF" not in content[-64:]:
        raise CheckFailed(f"the receipt written to {path.name} is not a complete PDF")
    return f"receipt PDF written ({len(content):,} bytes)"


def default_checks() -> list[Check]:
    return [
        Check("Qt platform", check_platform_plugin),
        Check("modules", check_modules),
        Check("forms", check_forms),
        Check("translations", check_translations),
        Check("policy", check_policies),
        Check("regions", check_regions),
        Check("spreadsheet import", check_spreadsheet_import),
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
    desktop_platform = _desktop_platform()  # before _application() switches this process to offscreen
    _application()
    outcomes: list[Outcome] = []
    # A file still held open (on Windows by an antivirus, say) must not turn the summary into a traceback.
    with tempfile.TemporaryDirectory(prefix="ssclient-selftest-", ignore_cleanup_errors=True) as folder:
        workspace = Workspace(Path(folder), desktop_platform)
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
