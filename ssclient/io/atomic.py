"""Write a file so that it is either complete or not there: a temp file beside it, then an atomic rename.

A full disk, a failed conversion or a Cancel halfway leaves the previous file (if any) untouched and no
half-written file behind. Failures the user can do something about come out as `WriteError`, whose
message says what went wrong and what to do.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

# Called as work goes on with (done, total); it may raise (a Cancel) to abandon the file.
Progress = Callable[[int, int], None]

WRITE_CONTEXT = "FileWrite"
WRITE_MESSAGES: dict[str, str] = {
    "WRITE_NO_FOLDER": "The folder {folder} does not exist; choose an existing folder.",
    "WRITE_NO_PERMISSION": "You may not write {name} in {folder}; choose another folder.",
    "WRITE_DISK_FULL": "The disk is full, so {name} was not written; free some space or choose another "
    "disk, then try again.",
    "WRITE_IS_FOLDER": "{name} is a folder; choose a file name.",
    "WRITE_TOO_MANY_ROWS": "{name} would have more than {limit} rows, more than Excel holds; export to .csv "
    "instead.",
    "WRITE_WRONG_TYPE": "{name} must end in {suffixes}.",
    "WRITE_FAILED": "{name} could not be written ({reason}); choose another folder and try again.",
}


class WriteError(Exception):
    """A file that could not be written; nothing was changed on disk."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(WRITE_MESSAGES[code].format(**self.params))


@contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces `path` at once, on any exception it vanishes.

    The file is readable by its owner only (mkstemp's mode): statements and exports hold ID numbers and
    wages.
    """
    folder = path.parent
    if not folder.is_dir():
        raise WriteError("WRITE_NO_FOLDER", folder=folder)
    if path.is_dir():
        raise WriteError("WRITE_IS_FOLDER", name=path.name)
    try:
        handle_fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _write_error(exc, path) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle_fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except OSError as exc:
        with suppress(OSError):
            temp.unlink()
        raise _write_error(exc, path) from exc
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise


def _write_error(exc: OSError, path: Path) -> WriteError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return WriteError("WRITE_DISK_FULL", name=path.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteError("WRITE_NO_PERMISSION", name=path.name, folder=path.parent)
    if exc.errno == errno.EISDIR:
        return WriteError("WRITE_IS_FOLDER", name=path.name)
    return WriteError("WRITE_FAILED", name=path.name, reason=exc.strerror or type(exc).__name__)
