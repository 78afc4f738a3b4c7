"""The agency's refusals about operators and permissions, for gui.errors to say in the user's language."""

from __future__ import annotations

from ssclient.domain.permissions import PERMISSION_MISSING
from ssclient.gui.mandates.texts import mandate_refusal
from ssclient.gui.operators.texts import refusal_text


def operator_refusal(exc: BaseException, code: str) -> str | None:
    """The text for a refusal with this code, or None when it is not about operators, agents or
    mandates."""
    permission = next(
        (
            str(f.params.get("permission", ""))
            for f in getattr(exc, "findings", ())
            if getattr(f, "code", "") == PERMISSION_MISSING
        ),
        "",
    )
    return refusal_text(code, permission) or mandate_refusal(code)
