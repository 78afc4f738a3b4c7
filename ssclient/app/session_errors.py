"""Which failures are answers rather than bugs: the agency refused, could not be reached or ended the
session, or the store said what is wrong with the data file.

Told apart without importing the modules that raise them: only an already-imported module can have
raised one of its errors, and looking it up keeps httpx and SQLAlchemy off the start-up path.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:
    from ssclient.store.errors import StoreError
    from ssclient.sync.results import AgencyError, AgencyUnreachable, SessionExpired


def agency_refused(exc: BaseException) -> TypeGuard[AgencyError]:
    """The agency answered and refused (SessionExpired included)."""
    api = sys.modules.get("ssclient.sync.results")
    return api is not None and isinstance(exc, api.AgencyError)


def agency_unreachable(exc: BaseException) -> TypeGuard[AgencyUnreachable]:
    api = sys.modules.get("ssclient.sync.results")
    return api is not None and isinstance(exc, api.AgencyUnreachable)


def session_expired(exc: BaseException) -> TypeGuard[SessionExpired]:
    api = sys.modules.get("ssclient.sync.results")
    return api is not None and isinstance(exc, api.SessionExpired)


def store_refused(exc: BaseException) -> TypeGuard[StoreError]:
    """The store said, in its catalogue of messages, what is wrong with the data file (a read-only folder,
    a damaged file); other StoreErrors are bugs."""
    store = sys.modules.get("ssclient.store.errors")
    return store is not None and isinstance(exc, store.StoreError) and bool(exc.code)
