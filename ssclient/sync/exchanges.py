"""The exchanges with the agency that the audit trail keeps: submissions (a revision is one too), the
answers found again by key, and revokes — with the exact bytes sent and received. Log-ins and password
changes are never among them: their bytes hold a password."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote


@dataclass(frozen=True)
class Exchange:
    action: str  # submit, answer, revoke
    # What the exchange is about: the idempotency key of a submission or of an answer asked for again,
    # the declaration of a revoke.
    reference: str
    method: str
    path: str
    status: int
    request: bytes
    response: bytes


# (method, path pattern under the API prefix) → the action it is.
_AUDITED = (
    ("POST", re.compile(r"/declarations"), "submit"),
    ("GET", re.compile(r"/declarations/by-key/[^/]+"), "answer"),
    ("POST", re.compile(r"/declarations/\d+/revoke"), "revoke"),
)

Recorder = Callable[[Exchange], None]


def reference_of(path: str, headers: Mapping[str, str]) -> str:
    """The idempotency key sent with a submission, else the last segment of the path (a key, an id)."""
    key = headers.get("idempotency-key")
    if key:
        return key
    segments = [s for s in path.split("/") if s and s != "revoke"]
    return unquote(segments[-1]) if len(segments) > 1 else ""


def audited_action(method: str, path: str) -> str | None:
    """The audit action of a request, or None when the audit trail does not keep it."""
    for audited_method, pattern, action in _AUDITED:
        if method == audited_method and pattern.fullmatch(path):
            return action
    return None
