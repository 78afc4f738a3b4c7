"""Finding codes only the agency uses, with their English templates (the client shows the message it
receives when its own catalogue lacks the code)."""

from __future__ import annotations

from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding

AGENCY_MESSAGES: dict[str, str] = {
    "CONTACT_REQUIRED": "Enter the contact person.",
    "PAYMENT_ALREADY_DECLARED": "The payment for {period} is already declared (serial number {serial}); "
    "revise that record instead.",
    "LINES_NOT_ALLOWED": "A payment declaration carries payment lines, not personnel lines.",
    "PAYMENTS_NOT_ALLOWED": "Only a payment declaration carries payment lines.",
    "PAYMENT_PERIOD": "A payment line of this declaration must be for {expected}, not {value}.",
}


def agency_finding(
    code: str, field: str = "", severity: Severity = Severity.ERROR, **params: object
) -> Finding:
    text_params = {k: str(v) for k, v in params.items()}
    return Finding(code, severity, field, AGENCY_MESSAGES[code].format(**text_params), text_params)
