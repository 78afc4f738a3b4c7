"""The local draft store: the unit's profile and cached policy, its roster, documents with their lines,
payments and findings, and the outbox, in one SQLite file. See `Store` and its repositories."""

from ssclient.store.documents import TRANSITIONS
from ssclient.store.errors import (
    InvalidTransitionError,
    NotFoundError,
    SchemaTooNewError,
    StoreClosedError,
    StoreError,
    StoreNotice,
)
from ssclient.store.records import (
    EDITABLE_STATUSES,
    CachedPolicy,
    DocumentSort,
    DocumentSummary,
    FindingSource,
    OutboxItem,
    OutboxState,
    PaymentRecord,
    RosterPage,
)
from ssclient.store.store import Store

__all__ = [
    "EDITABLE_STATUSES",
    "TRANSITIONS",
    "CachedPolicy",
    "DocumentSort",
    "DocumentSummary",
    "FindingSource",
    "InvalidTransitionError",
    "NotFoundError",
    "OutboxItem",
    "OutboxState",
    "PaymentRecord",
    "RosterPage",
    "SchemaTooNewError",
    "Store",
    "StoreClosedError",
    "StoreError",
    "StoreNotice",
]
