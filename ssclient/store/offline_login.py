"""The offline log-in's verifiers: after each online log-in the client keeps, per agency, unit and operator
(the unit's administrator is the operator ""), the permissions the agency gave and an argon2id hash of the password with its own salt (never the password, never reversible), so that the user
can log in with the same password while the agency cannot be reached.

Wrong passwords are limited as the agency limits them: each failure makes the next try wait longer
(1, 2, 4, 8 seconds), and the fifth in a row locks offline log-in for 15 minutes. Times come from the
caller. The file is owner-only and replaced whole on every change.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ssclient.domain.permissions import (
    ALL_PERMISSIONS,
    Permission,
    permissions_from_wire,
    permissions_to_wire,
)
from ssclient.store.database import OWNER_ONLY_DIR, OWNER_ONLY_FILE

FILENAME = "offline-login.json"
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
_HASHER = PasswordHasher()  # argon2id with a fresh random salt per hash (argon2-cffi's defaults)


class OfflineRefusal(StrEnum):
    NEVER_ONLINE = "never_online"  # no online log-in of this unit on this computer yet
    WRONG_PASSWORD = "wrong_password"
    LOCKED = "locked"  # too many wrong passwords: wait until `until`


class OfflineLoginError(Exception):
    def __init__(self, refusal: OfflineRefusal, until: datetime | None = None) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.until = until


@dataclass(frozen=True)
class OfflineLogin:
    """A successful offline log-in: the unit, when it last logged in online, the operator ("" for the
    unit's administrator) and the permissions the agency gave at that log-in."""

    unit_code: str
    online_at: datetime
    operator: str = ""
    permissions: frozenset[Permission] = ALL_PERMISSIONS


def remember(
    folder: Path,
    agency_key: str,
    unit_code: str,
    password: str,
    now: datetime,
    operator: str = "",
    permissions: Iterable[Permission] = ALL_PERMISSIONS,
) -> None:
    """After an online log-in (or a password change): keep a new verifier for the unit's operator."""
    entries = _read(folder)
    entries[_key(agency_key, unit_code, operator)] = {
        "hash": _HASHER.hash(password),
        "online_at": now.isoformat(),
        "failures": 0,
        "retry_at": None,
        "permissions": permissions_to_wire(permissions),
    }
    _write(folder, entries)


def forget(folder: Path, agency_key: str, unit_code: str, operator: str = "") -> None:
    entries = _read(folder)
    if entries.pop(_key(agency_key, unit_code, operator), None) is not None:
        _write(folder, entries)


def can_log_in_offline(folder: Path, agency_key: str, unit_code: str, operator: str = "") -> bool:
    return _key(agency_key, unit_code, operator) in _read(folder)


def operators(folder: Path, agency_key: str, unit_code: str) -> list[str]:
    """The operators of the unit who logged in online on this computer (the administrator not among them)."""
    prefix = f"{_key(agency_key, unit_code)}/"
    return sorted(key.removeprefix(prefix) for key in _read(folder) if key.startswith(prefix))


def verify(
    folder: Path, agency_key: str, unit_code: str, password: str, now: datetime, operator: str = ""
) -> OfflineLogin:
    """Check `password` against the verifier of the unit's operator; raises OfflineLoginError when it
    cannot log in."""
    entries = _read(folder)
    entry = entries.get(_key(agency_key, unit_code, operator))
    if entry is None:
        raise OfflineLoginError(OfflineRefusal.NEVER_ONLINE)
    retry_at = datetime.fromisoformat(entry["retry_at"]) if entry.get("retry_at") else None
    if retry_at is not None and now < retry_at:
        raise OfflineLoginError(OfflineRefusal.LOCKED, retry_at)
    try:
        _HASHER.verify(entry["hash"], password)
    except (VerificationError, InvalidHashError):
        failures = int(entry.get("failures", 0)) + 1
        wait = LOCKOUT if failures >= MAX_FAILURES else timedelta(seconds=2 ** (failures - 1))
        entry.update(failures=0 if failures >= MAX_FAILURES else failures, retry_at=(now + wait).isoformat())
        _write(folder, entries)
        if failures >= MAX_FAILURES:
            raise OfflineLoginError(OfflineRefusal.LOCKED, now + wait) from None
        raise OfflineLoginError(OfflineRefusal.WRONG_PASSWORD) from None
    if entry.get("failures") or entry.get("retry_at"):
        entry.update(failures=0, retry_at=None)
        _write(folder, entries)
    # A verifier kept before operators existed is the administrator's: every permission.
    granted = permissions_from_wire(entry["permissions"]) if "permissions" in entry else ALL_PERMISSIONS
    return OfflineLogin(unit_code, datetime.fromisoformat(entry["online_at"]), operator, granted)


def move_to_unit_folders(folder: Path, unit_folder: Callable[[str, str], Path | None]) -> int:
    """Move the verifiers kept in `folder` (one file for all units, before each unit had a folder) into
    the folder `unit_folder(agency_key, unit_code)` names; one it names None for stays. A verifier already
    in the unit's folder is newer and wins. Returns how many moved."""
    entries = _read(folder)
    moved = 0
    for key in list(entries):
        agency_key, _, unit_code = key.rpartition("|")
        target = unit_folder(agency_key, unit_code) if agency_key else None
        if target is None:
            continue
        theirs = _read(target)
        theirs.setdefault(key, entries[key])
        _write(target, theirs)
        del entries[key]
        moved += 1
    if moved:
        if entries:
            _write(folder, entries)
        else:
            (folder / FILENAME).unlink(missing_ok=True)
    return moved


def _key(agency_key: str, unit_code: str, operator: str = "") -> str:
    """The administrator's key is the one of before operators existed; an operator's names it after a
    slash (a unit code has none)."""
    return f"{agency_key}|{unit_code}/{operator}" if operator else f"{agency_key}|{unit_code}"


def _read(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / FILENAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        # Unreadable or damaged: offline log-in starts over (the next online log-in writes it anew).
        return {}
    return data if isinstance(data, dict) else {}


def _write(folder: Path, entries: dict[str, Any]) -> None:
    write_json(folder, FILENAME, entries)


def write_json(folder: Path, filename: str, data: dict[str, Any]) -> None:
    """Replace `folder`/`filename` whole with `data` as JSON, owner-only (the folder made if needed)."""
    folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=filename, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(data, file, ensure_ascii=False, indent=1)
        Path(temporary).chmod(OWNER_ONLY_FILE)
        Path(temporary).replace(folder / filename)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
