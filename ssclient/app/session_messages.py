"""Messages for the windows of the session: a finding's text in the user's language (the rulebook's
catalogue, ssclient.io.messages), through the translate function the window passes."""

from __future__ import annotations

from ssclient.io.messages import finding_templates
from ssclient.io.messages import render_finding as render_finding


def has_template(code: str) -> bool:
    """Whether the catalogue has a message for findings of this code (else a finding keeps its own)."""
    return code in finding_templates()
