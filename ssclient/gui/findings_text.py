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


# What a form says of a document nobody has worked on yet: true, but not the user's mistake until they
# press Save (a new base change has nobody on it; a person just picked for correction has nothing corrected).
_UNTIL_SAVE = frozenset({"DECLARATION_EMPTY", "INFO_UNCHANGED"})


def shown_before_save(findings: list[Finding], save_pressed: bool) -> list[Finding]:
    """The findings a form shows: all of them once Save was pressed, before that not the ones of a document
    not yet worked on (the form's own line says what to do)."""
    return findings if save_pressed else [f for f in findings if f.code not in _UNTIL_SAVE]
