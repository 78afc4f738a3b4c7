"""What can go wrong with the local store, said so that a user knows what to do.

Every failure the store reports is a `StoreError` (or a subclass), so the GUI catches one type and shows
`str(error)`; the database driver's own exceptions never leave the store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError


class StoreError(Exception):
    """A problem with the local data file or a request the store refuses; `str()` is the user's message."""


class NotFoundError(StoreError):
    """The declaration, outbox item or unit asked for is not in the store."""


class InvalidTransitionError(StoreError):
    """A declaration cannot move to the status asked for, or cannot be edited or deleted in its status."""


class SchemaTooNewError(StoreError):
    """The data file was written by a newer version of the program."""


def not_a_store(path: Path) -> StoreError:
    return StoreError(
        f"The file {path} is not an ssclient data file (it is damaged or is some other kind of file). "
        "It was left untouched. Move it aside, or restore one of the backups saved next to it, "
        "and start the program again."
    )


def schema_too_new(path: Path, revision: str) -> SchemaTooNewError:
    return SchemaTooNewError(
        f"The data file {path} was written by a newer version of ssclient (schema {revision}). "
        "It was left untouched. Install the newer version of the program to open it."
    )


def from_database_error(error: SQLAlchemyError | sqlite3.Error, path: Path) -> StoreError:
    """Turn a driver error into a message naming the cause and the remedy."""
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).lower()
    if "not a database" in text or "malformed" in text:
        return not_a_store(path)
    if "readonly" in text or "read-only" in text:
        return StoreError(
            f"The data file {path} cannot be written (read-only file, folder or disk). Nothing was saved. "
            "Make the file and its folder writable for your user, then try again."
        )
    if "disk is full" in text or "disk i/o" in text or "full" in text.split():
        return StoreError(
            f"The disk holding {path} is full or failing. Nothing was saved; what was saved before is intact. "
            "Free some space on that disk, then try again."
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            f"The data file {path} is in use by another program (another ssclient window?). Nothing was saved. "
            "Close the other program, then try again."
        )
    if "unable to open" in text:
        return StoreError(
            f"The data file {path} cannot be opened. Check that its folder exists and is writable for your "
            "user, then start the program again."
        )
    return StoreError(
        f"The data file {path} reported an error ({original}). Nothing was saved; what was saved before is "
        "intact. If this happens again, restore a backup saved next to the file."
    )
