"""A finding's message in the user's language, through the translators the app installed: the findings'
catalogue (context "Finding"), or, for the agency's refusal of a whole document kept as its finding, the
text the refusal has in a message box. A code neither knows keeps the message it came with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssclient.app.session_messages import has_template, render_finding
from ssclient.domain.findings import Finding
from ssclient.gui.errors import refused_finding_text


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def finding_text(item: Finding) -> str:
    if not has_template(item.code):
        refused = refused_finding_text(item)
        if refused is not None:
            return refused
    return render_finding(item, _translate)
