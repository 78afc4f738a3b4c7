"""A finding's message in the user's language, through the translators the app installed (the catalogue
H1 keeps for findings, context "Finding"); codes the catalogue does not know keep their own text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssclient.app.session_messages import render_finding
from ssclient.domain.findings import Finding


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def finding_text(item: Finding) -> str:
    return render_finding(item, _translate)
