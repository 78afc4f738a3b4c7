"""What can go wrong talking to the agency: it refused (AgencyError and its kinds), or it did not answer."""

from __future__ import annotations

from collections.abc import Sequence

from ssclient.domain.findings import Finding


class AgencyError(Exception):
    """The agency answered and refused: `status` is the HTTP status, `code` a stable reason such as
    ``USCC_TAKEN`` or ``REVOKE_WINDOW_CLOSED``, `message` a sentence for the user. `findings` holds the
    per-field problems when the agency gives them (registration and validation errors)."""

    def __init__(self, status: int, code: str, message: str, findings: Sequence[Finding] = ()) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.findings = tuple(findings)


class SessionExpired(AgencyError):
    """401 on a call that needs a session: the token is missing, wrong or expired; log in again."""


class AgencyProtocolError(AgencyError):
    """The answer does not have the documented shape (a wrong URL, a proxy page, another version)."""


class AgencyUnreachable(Exception):
    """No answer: the agency cannot be reached or took too long. `message` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
