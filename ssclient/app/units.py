"""The units used on this computer. Each has a folder of its own holding its store file, the store's backups
and its offline log-in verifier, so that one unit's data never appears in another's windows, statements,
exports or backups (they all read the one store file the session opened).

Layout: `paths.units_dir()/<unit code>/store.sqlite3` for the agency in the settings, the training agency's
units under `paths.units_dir(training=True)`. The list the log-in window shows (name, last used) is
`units.json` beside the folders. A store of the layout before units (one `ssclient.sqlite3` for all) is
split into it on first start: each unit found in it gets a copy holding only its data, its backups split
likewise; the old file and its backups are kept, untouched apart from the file's new name.

Everything here reads or writes files: call it from a worker. The store's modules (SQLAlchemy, argon2)
load inside the methods: the log-in window, the first window, names this module on its way up.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ssclient import paths
from ssclient.app.session_login import LOCAL_AGENCY_KEY
from ssclient.domain.clock import china_time

if TYPE_CHECKING:
    from ssclient.domain.clock import Clock
    from ssclient.store import Store

log = logging.getLogger(__name__)

STORE_FILE = "store.sqlite3"
LIST_FILE = "units.json"
# The suffix the single store of the layout before units gets once split (kept, never deleted).
SPLIT_SUFFIX = ".before-units"
# A unit code names a folder: letters, digits, "-" and "_" only, so no code reaches outside its own.
_UNIT_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
# Folders and files of a unit: the owner's only (as the store's own files).
OWNER_ONLY_DIR = 0o700
OWNER_ONLY_FILE = 0o600
# One migration or list change at a time (the log-in window and the session may both ask on workers).
_LOCK = threading.RLock()


class InvalidUnitCode(ValueError):
    """The text cannot be a unit code (it would name a folder outside the units' own)."""


@dataclass(frozen=True)
class KnownUnit:
    """A unit used on this computer: its code, name ("" until it logged in once) and last log-in."""

    unit_code: str
    name: str
    last_used: datetime | None


def valid_unit_code(unit_code: str) -> bool:
    return _UNIT_CODE.fullmatch(unit_code) is not None


class UnitFolders:
    """The units of one agency kind (the training agency's or the real one's) under `root`; `legacy_store`
    is the single store of the layout before units, split into the units' folders on first use."""

    def __init__(self, root: Path, legacy_store: Path, clock: Clock, *, training: bool) -> None:
        self.root = root
        self.legacy_store = legacy_store
        self.clock = clock
        self.training = training

    @classmethod
    def for_agency(cls, agency_url: str, clock: Clock) -> UnitFolders:
        """The units of the agency in the settings ("" = the local training agency)."""
        from ssclient.app.training_agency import training_store_path
        from ssclient.store.database import default_path

        training = not agency_url
        legacy = training_store_path() if training else default_path()
        return cls(paths.units_dir(training=training), legacy, clock, training=training)

    # --- where a unit's files are -------------------------------------------------------------------------
    def folder(self, unit_code: str) -> Path:
        if not valid_unit_code(unit_code):
            raise InvalidUnitCode(unit_code)
        return self.root / unit_code

    def store_path(self, unit_code: str) -> Path:
        """The unit's store file (the single store of before is split first, so nothing is left behind)."""
        self.migrate()
        return self.folder(unit_code) / STORE_FILE

    def unit_of(self, store_path: Path) -> str | None:
        """Whose store `store_path` is (None: not a unit's store of these units)."""
        folder = store_path.parent
        if store_path.name == STORE_FILE and folder.parent == self.root and valid_unit_code(folder.name):
            return folder.name
        return None

    @property
    def removed_dir(self) -> Path:
        """Where the backup of a removed unit is kept (outside the units' folders, which removal deletes)."""
        return self.root.parent / f"removed-{self.root.name}"

    # --- the list -------------------------------------------------------------------------------------
    def listed(self) -> list[KnownUnit]:
        """The units used here, the most recently used first (then by code); a folder holding a store
        that the list does not name (copied in by hand) is listed too, without a name."""
        with _LOCK:
            self.migrate()
            known = self._read_list()
            if self.root.is_dir():
                for folder in self.root.iterdir():
                    stored = (folder / STORE_FILE).is_file()
                    if stored and folder.name not in known and valid_unit_code(folder.name):
                        known[folder.name] = {}
        units = [
            KnownUnit(code, str(entry.get("name", "")), _moment(entry.get("last_used")))
            for code, entry in known.items()
        ]
        never = datetime.min.replace(tzinfo=UTC)
        units.sort(key=lambda unit: unit.unit_code)
        units.sort(key=lambda unit: unit.last_used or never, reverse=True)
        return units

    def used(self, unit_code: str, name: str) -> None:
        """A session of the unit opened: list it (or update its name) as used now."""
        with _LOCK:
            known = self._read_list()
            known[unit_code] = {"name": name, "last_used": self.clock.now().isoformat()}
            self._write_list(known)

    def remove(self, unit_code: str, store: Store | None = None) -> Path | None:
        """Take the unit off this computer: a backup of its store first (in `removed_dir`; returned, None
        when it had no store), then its folder (store, backups, offline verifier) and its line in the list.
        `store`: the unit's store if it is still open (after a log-out), closed first."""
        from ssclient.store.backup import copy_store

        folder = self.folder(unit_code)
        if store is not None:
            store.close()
        with _LOCK:
            self.migrate()
            kept = None
            file = folder / STORE_FILE
            if file.is_file() and file.stat().st_size > 0:
                stamp = china_time(self.clock.now()).strftime("%Y%m%d-%H%M%S")
                self.removed_dir.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
                kept = self.removed_dir / f"{unit_code}-{stamp}.sqlite3"
                copy_store(file, kept)
            if folder.is_dir():
                shutil.rmtree(folder)
            known = self._read_list()
            if known.pop(unit_code, None) is not None:
                self._write_list(known)
        log.info("removed a unit from this computer; its data kept in %s", kept)
        return kept

    def _read_list(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads((self.root / LIST_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:  # damaged: the folders still list the units, without names
            log.info("the list of units could not be read: %s", error)
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            code: entry for code, entry in data.items() if valid_unit_code(code) and isinstance(entry, dict)
        }

    def _write_list(self, known: dict[str, dict[str, Any]]) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
        fd, temporary = tempfile.mkstemp(dir=self.root, prefix=LIST_FILE, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(known, file, ensure_ascii=False, indent=1)
            Path(temporary).chmod(OWNER_ONLY_FILE)
            Path(temporary).replace(self.root / LIST_FILE)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
            raise

    # --- the layout before units ----------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Split the single store of before (if it is still there) into the units' folders, with its
        backups and offline verifiers; returns the units it held. Nothing is deleted: the old file is kept
        under a new name (SPLIT_SUFFIX), its backups where they are."""
        from ssclient.store.backup import units_in
        from ssclient.store.offline_login import move_to_unit_folders

        with _LOCK:
            moved = move_to_unit_folders(self.legacy_store.parent, self._verifier_folder)
            if moved:
                log.info("moved %d offline log-in verifier(s) into the units' folders", moved)
            legacy = self.legacy_store
            if not legacy.is_file() or legacy.stat().st_size == 0:
                return []
            held = units_in(legacy)
            known = self._read_list()
            used_at = datetime.fromtimestamp(legacy.stat().st_mtime).astimezone().isoformat()
            for code, name in held.items():
                if not valid_unit_code(code):
                    log.warning("a unit code in the old data file cannot name a folder; its data stays there")
                    continue
                self._split_unit(code)
                known.setdefault(code, {"name": name, "last_used": used_at})
            self._write_list(known)
            kept = legacy.with_name(legacy.name + SPLIT_SUFFIX)
            if kept.exists():  # split before (a tool wrote a new one since): neither is ever overwritten
                kept = kept.with_name(f"{kept.name}-{self.clock.now().strftime('%Y%m%dT%H%M%S%f')}")
            legacy.replace(kept)
            for extra in ("-wal", "-shm"):
                side = legacy.with_name(legacy.name + extra)
                if side.exists():
                    side.replace(kept.with_name(kept.name + extra))
            log.info(
                "split the data file into %d unit folder(s); the old file is kept as %s", len(held), kept
            )
            return list(held)

    def _split_unit(self, unit_code: str) -> None:
        from ssclient.store.backup import copy_unit_store, list_backups

        folder = self.root / unit_code
        folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
        target = folder / STORE_FILE
        if not target.exists():
            copy_unit_store(self.legacy_store, target, unit_code)
        for backup in list_backups(self.legacy_store):  # each copy split too: its name says when and why
            copy = folder / (STORE_FILE + backup.path.name[len(self.legacy_store.name) :])
            if copy.exists():
                continue
            try:
                copy_unit_store(backup.path, copy, unit_code)
            except (OSError, sqlite3.Error) as error:  # a damaged old copy: it stays where it was
                log.info("an old backup could not be split: %s", error)

    def _verifier_folder(self, agency_key: str, unit_code: str) -> Path | None:
        if (agency_key == LOCAL_AGENCY_KEY) != self.training or not valid_unit_code(unit_code):
            return None
        return self.root / unit_code


def _moment(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
