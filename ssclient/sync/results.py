"""Everything the agency answers and refuses with, in one import: the errors (`ssclient.sync.errors`),
the answers (`ssclient.sync.answers`, read through `ssclient.sync.decoding`) and what the client sends
(`ssclient.sync.encoding`)."""

from __future__ import annotations

from ssclient.domain.verdict import Verdict
from ssclient.policy.window import WindowState
from ssclient.sync.answers import (
    AgencyInfo,
    DeclarationRecord,
    LoginResult,
    Page,
    PaymentDetail,
    PaymentReport,
    PolicyInfo,
    RecordSummary,
    Registration,
    RosterAnswer,
)
from ssclient.sync.decoding import (
    findings_from_json,
    payment_line_from_json,
    roster_entry_from_json,
    unit_from_json,
)
from ssclient.sync.encoding import DeclarationQuery, RecordSort, declaration_to_json, payment_line_to_json
from ssclient.sync.errors import AgencyError, AgencyProtocolError, AgencyUnreachable, SessionExpired

__all__ = [
    "AgencyError",
    "AgencyInfo",
    "AgencyProtocolError",
    "AgencyUnreachable",
    "DeclarationQuery",
    "DeclarationRecord",
    "LoginResult",
    "Page",
    "PaymentDetail",
    "PaymentReport",
    "PolicyInfo",
    "RecordSort",
    "RecordSummary",
    "Registration",
    "RosterAnswer",
    "SessionExpired",
    "Verdict",
    "WindowState",
    "declaration_to_json",
    "findings_from_json",
    "payment_line_from_json",
    "payment_line_to_json",
    "roster_entry_from_json",
    "unit_from_json",
]
