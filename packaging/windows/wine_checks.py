"""What differs on Windows, checked by Windows CPython under Wine (run by check_windows.py, not by hand).

Runs the program's own modules from the source tree with the build's Windows Python (build/windows/python,
which has every pinned wheel) in the check's prefix, as user 王 芳:
- two copies of the program on one store: two processes write drafts into the same file at once (Windows
  file locking under SQLite's WAL), then every draft is there and SQLite finds the file intact; while one
  copy holds the file in a write, the other's save fails with the store's message, and nothing is lost;
- the keyring: keyring's Windows backend (Credential Locker) is the one the program would use, and a
  password saved through the program's credentials module reads back and is forgotten again.

Prints one line per check (OK/FAIL) and exits 1 when one failed.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

DRAFTS_EACH = 15
UNIT = "170000001"


def _declaration() -> object:
    from stdnum.cn import ric

    from ssclient.domain.declaration import Declaration, DeclarationLine
    from ssclient.domain.enums import DeclarationType
    from ssclient.domain.period import Period

    body = "11010119900101001"
    line = DeclarationLine(
        id_number=body + ric.calc_check_digit(body + "0"),
        name="王芳",
        hukou_type="11",
        wage_base="5000",
        migrant_worker="否",
        migrant_insurance="否",
    )
    return Declaration(DeclarationType.ADD, Period(2026, 6), [line])


def write_drafts(path: str, start: object) -> None:
    """One copy of the program: open the store and save drafts, as fast as it can."""
    from ssclient.store import Store

    start.wait()  # type: ignore[attr-defined]  # both copies begin together
    with Store.open(Path(path)) as store:
        for _ in range(DRAFTS_EACH):
            store.create_draft(UNIT, _declaration())  # type: ignore[arg-type]


def hold_write(path: str, holding: object, release: object) -> None:
    """A copy in the middle of a long write: an open write transaction on the file."""
    connection = sqlite3.connect(path, timeout=30)
    connection.execute("BEGIN IMMEDIATE")
    holding.set()  # type: ignore[attr-defined]
    release.wait(120)  # type: ignore[attr-defined]
    connection.rollback()
    connection.close()


def check_two_copies(folder: Path) -> str:
    from ssclient.store import Store, StoreError

    path = folder / "两个 副本" / "ssclient.sqlite3"
    path.parent.mkdir()
    Store.open(path).close()  # created and migrated once, as the first start does
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    copies = [context.Process(target=write_drafts, args=(str(path), start)) for _ in range(2)]
    for copy in copies:
        copy.start()
    start.set()
    for copy in copies:
        copy.join(300)
    if any(copy.exitcode != 0 for copy in copies):
        raise AssertionError(f"a copy failed while the other wrote (exit {[c.exitcode for c in copies]})")

    holding, release = context.Event(), context.Event()
    holder = context.Process(target=hold_write, args=(str(path), holding, release))
    holder.start()
    holding.wait(120)
    with Store.open(path) as store:
        try:
            store.create_draft(UNIT, _declaration())  # type: ignore[arg-type]
            message = ""
        except StoreError as error:
            message = str(error)
        release.set()
        holder.join(120)
        count = store.count_declarations(UNIT)
    integrity = sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0]
    if count != 2 * DRAFTS_EACH or integrity != "ok":
        raise AssertionError(f"{count} drafts of {2 * DRAFTS_EACH}, integrity {integrity}")
    if "in use by another program" not in message:
        raise AssertionError(f"a save while another copy writes said {message!r}")
    return (
        f"two copies saved {count} drafts into one store at once, file intact; a save while the other "
        f"copy wrote was refused: '{message[:60]}...'"
    )


def check_keyring() -> str:
    import keyring

    from ssclient.gui import credentials

    status = credentials.keyring_status()
    if not status.available or "Windows" not in status.backend_name:
        raise AssertionError(f"keyring: {status}")
    agency = "http://127.0.0.1:1"
    if not credentials.save_password(agency, UNIT, "Secret-密码-7"):
        raise AssertionError("the password was not saved")
    read = credentials.load_password(agency, UNIT)
    credentials.forget_password(agency, UNIT)
    gone = credentials.load_password(agency, UNIT)
    if read != "Secret-密码-7" or gone is not None:
        raise AssertionError(f"read back {read!r}, after forgetting {gone!r}")
    return f"password saved in, read from and removed from {type(keyring.get_keyring()).__name__}"


def main() -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="ssclient-wine-checks-") as folder:
        checks = {"two copies": lambda: check_two_copies(Path(folder)), "keyring": check_keyring}
        for name, check in checks.items():
            started = time.perf_counter()
            try:
                detail, ok = check(), True
            except Exception as error:
                detail, ok = f"{type(error).__name__}: {error}", False
            failed += not ok
            print(f"{'OK  ' if ok else 'FAIL'}  {name:<12} {time.perf_counter() - started:5.1f} s  {detail}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
