"""What can go wrong with the local store, said so that a user knows what to do.

Every failure the store reports is a `StoreError` (or a subclass), so the GUI catches one type; the
database driver's own exceptions never leave the store. `str()` is the English message; a StoreError
made from a code of STORE_MESSAGES also speaks the user's language: `text(tr)` with a translate function
(context, source) → text, as ssclient.io's messages do (the GUI passes Qt's; the catalogue is translated
in resources/translations/findings_*.ts, context "StoreError").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

# Translate(context, source text) → the text in the user's language.
Translate = Callable[[str, str], str]

STORE_CONTEXT = "StoreError"

STORE_MESSAGES: dict[str, str] = {
    "STORE_NOT_A_STORE": "The file {path} is not an ssclient data file (it is damaged or is some other kind of "
    "file). It was left untouched. Move it aside, or restore one of the backups saved next to it, and start "
    "the program again.",
    "STORE_DAMAGED_CONTENT": "Part of the data file {path} is damaged: a saved value cannot be read back (the "
    "file may have been cut short by a full disk or a crash). Nothing was changed. Close the program, keep a "
    "copy of the file, and restore the newest backup saved next to it if there is one; otherwise ask for "
    "help with the copy.",
    "STORE_SCHEMA_TOO_NEW": "The data file {path} was written by a newer version of ssclient (schema "
    "{revision}). It was left untouched. Install the newer version of the program to open it.",
    "STORE_READ_ONLY": "The data file {path} cannot be written (read-only file, folder or disk). Nothing was "
    "saved. Make the file and its folder writable for your user, then try again.",
    "STORE_FOLDER_READ_ONLY": "The folder {folder} that holds the data file is read-only, so nothing can be "
    "saved there. The data file itself is not damaged: do not move or delete it. Make the folder writable "
    "for your user, then start the program again.",
    "STORE_DISK_FULL": "The disk holding {path} is full or failing. Nothing was saved; what was saved before "
    "is intact. Free some space on that disk, then try again.",
    "STORE_IN_USE": "The data file {path} is in use by another program (another ssclient window?). Nothing "
    "was saved. Close the other program, then try again.",
    "STORE_CANNOT_OPEN": "The data file {path} cannot be opened. Check that its folder exists and is writable "
    "for your user, then start the program again.",
    "STORE_CANNOT_CREATE": "The data file {path} cannot be created or opened ({reason}). Check that its folder "
    "exists and is writable for your user, then start the program again.",
    "STORE_DATABASE_ERROR": "The data file {path} reported an error ({reason}). Nothing was saved; what was "
    "saved before is intact. If this happens again, restore a backup saved next to the file.",
    "STORE_DOCUMENT_NOT_EDITABLE": "Document #{id} cannot be edited: the agency has it now (it was declared, "
    "perhaps from the draft box or another window). Nothing was saved. An approved record can be revised or "
    "revoked from the records instead.",
    "STORE_DOCUMENT_NOT_DELETABLE": "Document #{id} cannot be deleted: the agency has it now (it was declared, "
    "perhaps from the draft box or another window). Nothing was deleted. An approved record can be revoked "
    "from the records instead.",
    "STORE_DOCUMENT_NOT_CHECKABLE": "Document #{id} cannot be checked again: the agency has it now (it was "
    "declared, perhaps from another window). Its answer shows in the records.",
    "STORE_EMPTY_SET_ASIDE": "The data file {path} was empty (0 bytes): the computer may have stopped, or the "
    "disk been full, while it was written. It was kept as {kept} and a new, empty data file was started. If "
    "you have a copy of your drafts, put it in place of the new file while the program is closed.",
}


def english(context: str, source: str) -> str:
    """The identity translation: the source texts are English."""
    return source


class StoreError(Exception):
    """A problem with the local data file or a request the store refuses; `str()` is the user's message
    in English, `text(tr)` in the user's language."""

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        self.code = code
        self.params = {name: str(value) for name, value in params.items()}
        super().__init__(self.text() if code else message)

    def text(self, tr: Translate = english) -> str:
        return render(self.code, self.params, tr) if self.code else str(self)


@dataclass(frozen=True, slots=True)
class StoreNotice:
    """Something the user must know about the file though the store opened (an empty file kept aside)."""

    code: str
    params: dict[str, str]

    def text(self, tr: Translate = english) -> str:
        return render(self.code, self.params, tr)


def render(code: str, params: dict[str, str], tr: Translate = english) -> str:
    """The message of `code` in the language `tr` speaks, its parameters filled in."""
    source = STORE_MESSAGES[code]
    try:
        return tr(STORE_CONTEXT, source).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return source.format(**params)


class StoreClosedError(StoreError):
    """The store was closed (its session ended) before this call: a program error, unless the work was of
    a session that ended meanwhile and has nothing left to do."""

    def __init__(self) -> None:
        super().__init__("The local store was closed; open it again.")


class NotFoundError(StoreError):
    """The declaration, outbox item or unit asked for is not in the store."""


class InvalidTransitionError(StoreError):
    """A declaration cannot move to the status asked for, or cannot be edited or deleted in its status."""


class SchemaTooNewError(StoreError):
    """The data file was written by a newer version of the program."""


class DamagedValueError(StoreError):
    """A value read from the file cannot be what was written (raised by the column types, which do not
    know the file; the store says which file: damaged_content)."""


def not_a_store(path: Path) -> StoreError:
    return StoreError(code="STORE_NOT_A_STORE", path=path)


def damaged_content(path: Path) -> StoreError:
    return StoreError(code="STORE_DAMAGED_CONTENT", path=path)


def schema_too_new(path: Path, revision: str) -> SchemaTooNewError:
    return SchemaTooNewError(code="STORE_SCHEMA_TOO_NEW", path=path, revision=revision)


def folder_read_only(folder: Path) -> StoreError:
    return StoreError(code="STORE_FOLDER_READ_ONLY", folder=folder)


def empty_file_set_aside(path: Path, kept: Path) -> StoreNotice:
    return StoreNotice("STORE_EMPTY_SET_ASIDE", {"path": str(path), "kept": str(kept)})


def cannot_create(path: Path, error: OSError) -> StoreError:
    return StoreError(code="STORE_CANNOT_CREATE", path=path, reason=error.strerror or error)


def from_database_error(error: SQLAlchemyError | sqlite3.Error, path: Path) -> StoreError:
    """Turn a driver error into a message naming the cause and the remedy."""
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).lower()
    if "not a database" in text:
        return not_a_store(path)
    if "malformed" in text:
        return damaged_content(path)
    if "readonly" in text or "read-only" in text:
        return StoreError(code="STORE_READ_ONLY", path=path)
    if "disk is full" in text or "disk i/o" in text or "full" in text.split():
        return StoreError(code="STORE_DISK_FULL", path=path)
    if "locked" in text or "busy" in text:
        return StoreError(code="STORE_IN_USE", path=path)
    if "unable to open" in text:
        return StoreError(code="STORE_CANNOT_OPEN", path=path)
    return StoreError(code="STORE_DATABASE_ERROR", path=path, reason=original)
