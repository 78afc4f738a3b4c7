"""The agency's refusals about operators and permissions, for gui.errors to say in the user's language."""

from __future__ import annotations

from collections.abc import Sequence

from ssclient.domain.findings import Finding
from ssclient.domain.permissions import PERMISSION_MISSING
from ssclient.gui.mandates.texts import mandate_refusal
from ssclient.gui.operators.texts import refusal_text


def operator_refusal(code: str, findings: Sequence[Finding] = ()) -> str | None:
    """The text for a refusal with this code (and its findings), or None when it is not about operators,
    agents or mandates."""
    permission = next(
        (str(f.params.get("permission", "")) for f in findings if f.code == PERMISSION_MISSING), ""
    )
    return refusal_text(code, permission) or mandate_refusal(code)
