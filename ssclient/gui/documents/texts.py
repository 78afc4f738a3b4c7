"""Texts the document windows share: document titles, status names, interruption reasons, findings in the
user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssclient.domain.declaration import INTERRUPTION_REASONS
from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.io.messages import render_finding as _render


def render_finding(item: Finding) -> str:
    """A finding's message in the language the application speaks (its installed catalogues)."""
    return _render(item, QCoreApplication.translate)


def document_title(kind: DeclarationType) -> str:
    titles = {
        DeclarationType.ADD: QCoreApplication.translate("Documents", "Add personnel"),
        DeclarationType.RENEWAL: QCoreApplication.translate("Documents", "Renew personnel"),
        DeclarationType.INTERRUPTION: QCoreApplication.translate("Documents", "Interrupt personnel"),
        DeclarationType.BASE_CHANGE: QCoreApplication.translate("Documents", "Contribution base"),
        DeclarationType.PAYMENT: QCoreApplication.translate("Documents", "Payment declaration"),
    }
    return titles[kind]


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
