"""Moving a unit to a new computer: one archive file holding a consistent copy of the store and the
user's settings (never a password), optionally encrypted with a passphrase.

The archive is a zip: `manifest.json` (what it is, whose data, when, by which version) and either the
plain parts (`store.sqlite3`, `settings.json`) or `payload.bin`, those parts zipped and encrypted with
AES-256-GCM under a key derived from the passphrase with scrypt; the manifest is authenticated with it,
so a changed manifest fails like a wrong passphrase. Reading one never changes anything: importing is a
restore (`ssclient.store.restore`) of the store it holds.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from ssclient.store.backup import copy_store
from ssclient.store.restore import UNITS_QUERY, BackupContents, BackupError, verify

FORMAT = "ssclient-archive"
VERSION = 1
SUFFIX = ".ssarchive"
MANIFEST, STORE, SETTINGS, PAYLOAD = "manifest.json", "store.sqlite3", "settings.json", "payload.bin"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_SALT_BYTES, _NONCE_BYTES = 16, 12


class ArchiveProblem(StrEnum):
    NOT_AN_ARCHIVE = "not_an_archive"  # not a zip, or a zip of something else
    DAMAGED = "damaged"  # cut short or changed
    TOO_NEW = "too_new"  # made by a newer version of the program
    PASSPHRASE_NEEDED = "passphrase_needed"
    WRONG_PASSPHRASE = "wrong_passphrase"
    OTHER_UNIT = "other_unit"  # this computer already holds another unit's data


class ArchiveError(Exception):
    def __init__(self, problem: ArchiveProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}{': ' + detail if detail else ''}")
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Archive:
    """What an archive holds, read and checked, ready to import."""

    unit_code: str
    created_at: datetime
    encrypted: bool
    settings: dict[str, str]
    contents: BackupContents  # the store's own summary (documents, roster, outbox)
    store_file: Path  # the store, unpacked into a temporary folder (deleted by `discard`)

    def discard(self) -> None:
        shutil.rmtree(self.store_file.parent, ignore_errors=True)


def export_archive(
    store_path: Path,
    target: Path,
    *,
    unit_code: str,
    settings: dict[str, str],
    now: datetime,
    passphrase: str = "",
    program_version: str = "",
) -> Path:
    """Write the archive to `target` (complete or not at all). Returns `target`."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / STORE
        copy_store(store_path, copy)
        parts = {STORE: copy.read_bytes(), SETTINGS: json.dumps(settings, ensure_ascii=False).encode()}
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "unit_code": unit_code,
        "created_at": now.isoformat(),
        "program_version": program_version,
        "encrypted": bool(passphrase),
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    if passphrase:
        parts = {PAYLOAD: _encrypt(_zip(parts), passphrase, manifest_bytes)}
    _write_whole(target, _zip({MANIFEST: manifest_bytes, **parts}))
    return target


def read_archive(source: Path, passphrase: str = "", local_units: tuple[str, ...] = ()) -> Archive:
    """Read and check `source`; raises ArchiveError saying why it cannot be imported.

    `local_units`: the units whose data this computer holds already; another unit's archive is refused
    (each computer's store serves the units it already has)."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as error:
        raise ArchiveError(_unreadable(source), str(error)) from error
    with archive:
        try:
            manifest_bytes = archive.read(MANIFEST)
            manifest = _manifest(manifest_bytes)
        except (KeyError, ValueError, zipfile.BadZipFile) as error:
            raise ArchiveError(ArchiveProblem.NOT_AN_ARCHIVE, str(error)) from error
        if manifest["encrypted"] and not passphrase:
            raise ArchiveError(ArchiveProblem.PASSPHRASE_NEEDED)
        try:
            store_bytes, settings_bytes = _parts(archive, manifest, manifest_bytes, passphrase)
        except (KeyError, ValueError, zipfile.BadZipFile, zlib.error, OSError) as error:
            raise ArchiveError(ArchiveProblem.DAMAGED, str(error)) from error
    unit_code = str(manifest["unit_code"])
    if local_units and unit_code not in local_units:
        raise ArchiveError(ArchiveProblem.OTHER_UNIT, ", ".join(local_units))
    return _unpack(store_bytes, settings_bytes, manifest, unit_code)


def _parts(
    archive: zipfile.ZipFile, manifest: dict[str, Any], manifest_bytes: bytes, passphrase: str
) -> tuple[bytes, bytes]:
    if not manifest["encrypted"]:
        return archive.read(STORE), archive.read(SETTINGS)
    inner = _decrypt(archive.read(PAYLOAD), passphrase, manifest_bytes)
    with zipfile.ZipFile(io.BytesIO(inner)) as plain:
        return plain.read(STORE), plain.read(SETTINGS)


def _unreadable(source: Path) -> ArchiveProblem:
    """A file that is no zip at all is foreign; one that starts like a zip was cut short or damaged."""
    try:
        with source.open("rb") as file:
            return ArchiveProblem.DAMAGED if file.read(4) == b"PK\x03\x04" else ArchiveProblem.NOT_AN_ARCHIVE
    except OSError:
        return ArchiveProblem.NOT_AN_ARCHIVE


def _unpack(store_bytes: bytes, settings_bytes: bytes, manifest: dict[str, Any], unit_code: str) -> Archive:
    folder = Path(tempfile.mkdtemp(prefix="ssclient-import-"))
    store_file = folder / STORE
    store_file.write_bytes(store_bytes)
    try:
        contents = verify(store_file, unit_code)
        settings = json.loads(settings_bytes.decode())
    except (BackupError, ValueError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise ArchiveError(ArchiveProblem.DAMAGED, str(error)) from error
    return Archive(
        unit_code=unit_code,
        created_at=datetime.fromisoformat(manifest["created_at"]),
        encrypted=bool(manifest["encrypted"]),
        settings={str(k): str(v) for k, v in settings.items()} if isinstance(settings, dict) else {},
        contents=contents,
        store_file=store_file,
    )


def local_units(store_path: Path) -> tuple[str, ...]:
    """The units whose data the store at `store_path` holds (none when it does not exist yet). Read
    through SQLite as the program reads it, write-ahead log included: the store may be open."""
    if not store_path.is_file() or store_path.stat().st_size == 0:
        return ()
    try:
        with contextlib.closing(sqlite3.connect(store_path)) as db:
            return tuple(row[0] for row in db.execute(UNITS_QUERY))
    except sqlite3.Error:
        return ()


def _manifest(data: bytes) -> dict[str, Any]:
    manifest = json.loads(data.decode())
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(ArchiveProblem.NOT_AN_ARCHIVE)
    if int(manifest.get("version", 0)) > VERSION:
        raise ArchiveError(ArchiveProblem.TOO_NEW, str(manifest.get("program_version", "")))
    return manifest


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, **_SCRYPT).derive(passphrase.encode())


def _encrypt(data: bytes, passphrase: str, manifest: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    return salt + nonce + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, manifest)


def _decrypt(blob: bytes, passphrase: str, manifest: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = blob[:_SALT_BYTES], blob[_SALT_BYTES : _SALT_BYTES + _NONCE_BYTES]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, blob[_SALT_BYTES + _NONCE_BYTES :], manifest)
    except InvalidTag:
        raise ArchiveError(ArchiveProblem.WRONG_PASSPHRASE) from None


def _write_whole(target: Path, data: bytes) -> None:
    """Under a temporary name, then renamed: a full disk leaves no half archive behind."""
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def import_archive(archive: Archive, store_path: Path, now: datetime) -> Path | None:
    """Make the archive's store this computer's store (a restore: the current one, if it holds data, is
    kept as a backup first, and returned). The unpacked copy is deleted either way."""
    from ssclient.store.restore import restore

    try:
        return restore(store_path, archive.store_file, now, archive.unit_code)
    finally:
        archive.discard()
