"""Texts the document windows share: document titles, status names, findings in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssclient.domain.enums import DeclarationStatus, DeclarationType
from ssclient.domain.findings import Finding
from ssclient.io.messages import render_finding as _render


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def render_finding(item: Finding) -> str:
    """A finding's message in the language the application speaks (its installed catalogues)."""
    return _render(item, QCoreApplication.translate)


def document_title(kind: DeclarationType) -> str:
    titles = {
        DeclarationType.ADD: _tr("Add personnel"),
        DeclarationType.RENEWAL: _tr("Renew personnel"),
        DeclarationType.INTERRUPTION: _tr("Interrupt personnel"),
        DeclarationType.BASE_CHANGE: _tr("Contribution base"),
        DeclarationType.PAYMENT: _tr("Payment declaration"),
    }
    return titles[kind]


def status_name(status: DeclarationStatus) -> str:
    names = {
        DeclarationStatus.DRAFT: _tr("Draft"),
        DeclarationStatus.CHECKED: _tr("Checked"),
        DeclarationStatus.PENDING: _tr("Waiting to be sent"),
        DeclarationStatus.SUBMITTED: _tr("Submitted"),
        DeclarationStatus.APPROVED: _tr("Approved"),
        DeclarationStatus.REJECTED: _tr("Rejected"),
        DeclarationStatus.REVOKED: _tr("Revoked"),
    }
    return names[status]
