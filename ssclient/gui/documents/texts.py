"""Texts the document windows share: document titles, status names, interruption reasons, findings in the
user's language."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QObject

from ssclient.app.documents import DocumentSummary
from ssclient.domain.declaration import INTERRUPTION_REASONS
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.gui.annual_base import annual_base_title
from ssclient.gui.findings_text import finding_text

# How many first names a document's name shows.
_NAMES_SHOWN = 3


def render_finding(item: Finding) -> str:
    """A finding's message in the language the application speaks (its installed catalogues)."""
    return finding_text(item)


def document_title(kind: DeclarationType) -> str:
    titles = {
        DeclarationType.ADD: QCoreApplication.translate("Documents", "Add personnel"),
        DeclarationType.RENEWAL: QCoreApplication.translate("Documents", "Renew personnel"),
        DeclarationType.INTERRUPTION: QCoreApplication.translate("Documents", "Interrupt personnel"),
        DeclarationType.BASE_CHANGE: QCoreApplication.translate("Documents", "Contribution base"),
        DeclarationType.PAYMENT: QCoreApplication.translate("Documents", "Payment declaration"),
        DeclarationType.ANNUAL_BASE: annual_base_title(),
        DeclarationType.INFO_CHANGE: QCoreApplication.translate("Documents", "Personnel information change"),
    }
    return titles[kind]


def document_name(summary: DocumentSummary, zone: tzinfo | None) -> str:
    """A name that tells two documents of the same type and period apart: "Add personnel 2026-11
    (张三、李四…; 5 people, 11-20 09:30)" — the first names, how many people, when it last changed; an
    imported draft's note first ("staff.xlsx 3/46; 张三…"), as the drafts of one file may differ in nothing
    else."""
    shown = summary.names[:_NAMES_SHOWN]
    people = "、".join(shown)
    # The store counts a payment's people (not its line per person, insurance type and month).
    if summary.line_count > len(shown):
        people += "…"
    people = _CountedTexts().people(people, summary.line_count)
    note = document_note(summary)
    if note:
        people = QCoreApplication.translate("Documents", "%1; %2").replace("%1", note).replace("%2", people)
    changed = summary.updated_at.astimezone(zone).strftime("%m-%d %H:%M")
    return (
        QCoreApplication.translate("Documents", "%1 %2 (%3, %4)")
        .replace("%1", document_title(summary.type))
        .replace("%2", str(summary.period))
        .replace("%3", people)
        .replace("%4", changed)
    )


def document_note(summary: DocumentSummary) -> str:
    """What tells a document apart from others like it: an imported draft's file and place ("staff.xlsx
    3/46"), a revision's record ("replaces SB…")."""
    notes = [summary.note] if summary.note else []
    if summary.replaces_serial:
        replaces = QCoreApplication.translate("Documents", "replaces %1")
        notes.append(replaces.replace("%1", summary.replaces_serial))
    return " ".join(notes)


class _CountedTexts(QObject):
    """Counted texts: Qt's lupdate finds the plural forms of `tr` calls only."""

    def people(self, names: str, count: int) -> str:
        if names:
            return self.tr("%1; %n person(s)", "", count).replace("%1", names)
        return self.tr("%n person(s)", "", count)


def status_name(status: DeclarationStatus) -> str:
    names = {
        DeclarationStatus.DRAFT: QCoreApplication.translate("Documents", "Draft"),
        DeclarationStatus.CHECKED: QCoreApplication.translate("Documents", "Checked"),
        DeclarationStatus.PENDING: QCoreApplication.translate("Documents", "Waiting to be sent"),
        DeclarationStatus.SUBMITTED: QCoreApplication.translate("Documents", "Submitted"),
        DeclarationStatus.APPROVED: QCoreApplication.translate("Documents", "Approved"),
        DeclarationStatus.REJECTED: QCoreApplication.translate("Documents", "Rejected"),
        DeclarationStatus.REVOKED: QCoreApplication.translate("Documents", "Revoked"),
    }
    return names[status]


def reason_names() -> dict[str, str]:
    """The interruption reasons the program offers: as stored (the agency's words) → as shown."""
    shown = (
        QCoreApplication.translate("Documents", "Left the company"),
        QCoreApplication.translate("Documents", "Retired"),
        QCoreApplication.translate("Documents", "Contract ended"),
        QCoreApplication.translate("Documents", "Deceased"),
        QCoreApplication.translate("Documents", "Transferred to another unit"),
    )
    return dict(zip(INTERRUPTION_REASONS, shown, strict=True))


def reason_text(stored: str) -> str:
    """An interruption reason as shown: an offered one in the user's language, any other as typed."""
    return reason_names().get(stored, stored)
