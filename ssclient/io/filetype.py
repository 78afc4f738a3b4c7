"""What a file really is, from its first bytes rather than its name."""

from __future__ import annotations

import stat
from enum import StrEnum
from pathlib import Path

from ssclient.io.errors import UnusableFile

# The largest workbook read at all (its parsers hold much of it in memory); a personnel sheet of 200,000
# rows is far below it.
MAX_FILE_BYTES = 64 * 1024 * 1024
# The largest text file: it is read a piece at a time (ssclient.io.csv_source), so its size costs time,
# not memory; `ssclient check` reads up to a million rows, some 100 MB.
MAX_TEXT_BYTES = 512 * 1024 * 1024

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE container with this stream; its directory stores names in UTF-16.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
_XLSX_SUFFIXES = {".xlsx", ".xlsm"}


class Kind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def sniff(path: Path) -> Kind:
    """The kind of spreadsheet in `path`, or UnusableFile saying why it is none."""
    name = path.name
    try:
        status = path.stat()
        # Only a regular file is opened: a pipe or a device would block the read or never end.
        if stat.S_ISDIR(status.st_mode):
            raise UnusableFile("FILE_FOLDER", name=name)
        if not stat.S_ISREG(status.st_mode):
            raise UnusableFile("FILE_NOT_REGULAR", name=name)
        size = status.st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise UnusableFile("FILE_MISSING", name=str(path)) from None
    except PermissionError:
        raise UnusableFile("FILE_UNREADABLE", name=name, reason="permission denied") from None
    except OSError as exc:
        raise UnusableFile("FILE_UNREADABLE", name=name, reason=exc.strerror or type(exc).__name__) from None
    if size == 0:
        raise UnusableFile("FILE_EMPTY", name=name)
    suffix = path.suffix.lower()
    text = suffix in _TEXT_SUFFIXES and not head.startswith((_ZIP, _OLE))
    limit = MAX_TEXT_BYTES if text else MAX_FILE_BYTES
    if size > limit:
        raise UnusableFile("FILE_TOO_LARGE", name=name, size=size // (1024 * 1024),
                           limit=limit // (1024 * 1024))  # fmt: skip
    if head.startswith(_OLE):
        raise UnusableFile("FILE_ENCRYPTED" if _is_encrypted(path) else "FILE_XLS", name=name)
    if head.startswith(_ZIP):
        if suffix in _XLSX_SUFFIXES | _TEXT_SUFFIXES:
            return Kind.XLSX
        raise UnusableFile("FILE_TYPE_UNSUPPORTED", name=name)
    if suffix in _XLSX_SUFFIXES or suffix == ".xls":
        raise UnusableFile("FILE_NOT_XLSX", name=name)
    if suffix in _TEXT_SUFFIXES:
        return Kind.CSV
    raise UnusableFile("FILE_TYPE_UNSUPPORTED", name=name)


def _is_encrypted(path: Path) -> bool:
    # The OLE directory sits anywhere in the file, but an encrypted workbook is read whole when opened
    # anyway; the size limit above bounds this.
    return _ENCRYPTED_STREAM in path.read_bytes()
