"""The operators' words in the user's language: each permission's name and what it allows, why an action
is not offered, and the agency's refusals about operators (their codes looked up, see gui.errors)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ssclient.domain.enums import DeclarationType
from ssclient.domain.permissions import PERMISSION_ORDER, Permission

if TYPE_CHECKING:
    from ssclient.app.operators import SessionAccess


def permission_name(permission: Permission) -> str:
    names: dict[Permission, Callable[[], str]] = {
        Permission.DRAFT: lambda: QCoreApplication.translate("Operators", "Draft"),
        Permission.DECLARE: lambda: QCoreApplication.translate("Operators", "Declare"),
        Permission.REVOKE: lambda: QCoreApplication.translate("Operators", "Revoke and revise"),
        Permission.PAYMENT: lambda: QCoreApplication.translate("Operators", "Payment"),
        Permission.QUERY: lambda: QCoreApplication.translate("Operators", "Query only"),
        Permission.MANAGE_OPERATORS: lambda: QCoreApplication.translate("Operators", "Manage operators"),
    }
    return names[permission]()


def permission_help(permission: Permission) -> str:
    helps: dict[Permission, Callable[[], str]] = {
        Permission.DRAFT: lambda: QCoreApplication.translate(
            "Operators", "Write personnel and contribution base drafts, and import them."
        ),
        Permission.DECLARE: lambda: QCoreApplication.translate(
            "Operators", "Declare personnel and contribution base documents to the agency."
        ),
        Permission.REVOKE: lambda: QCoreApplication.translate(
            "Operators", "Revoke approved declarations, and (with Declare) revise them."
        ),
        Permission.PAYMENT: lambda: QCoreApplication.translate(
            "Operators", "Draft and declare the monthly payment declaration."
        ),
        Permission.QUERY: lambda: QCoreApplication.translate(
            "Operators", "Read records, payment details and the roster; every permission includes this."
        ),
        Permission.MANAGE_OPERATORS: lambda: QCoreApplication.translate(
            "Operators",
            "Create operators, set their permissions, disable them, reset their passwords, and edit the unit's "
            "information.",
        ),
    }
    return helps[permission]()


def permission_list(permissions: Iterable[Permission]) -> str:
    """The permissions' names, in their order; "Query only" only when it is the only one (every other
    permission includes it: beside them it read as if the operator could only look)."""
    have = frozenset(permissions)
    if have - {Permission.QUERY}:
        have -= {Permission.QUERY}
    return QCoreApplication.translate("Operators", ", ").join(
        permission_name(p) for p in PERMISSION_ORDER if p in have
    )


def missing_text(permission: Permission) -> str:
    """Why an action is not offered: the permission it needs, and who can grant it."""
    return QCoreApplication.translate(
        "Operators", "You need the permission “%1” for this. Ask the unit's administrator to grant it."
    ).replace("%1", permission_name(permission))


def administrator_name() -> str:
    return QCoreApplication.translate("Operators", "Administrator (unit log-in)")


def submitted_by_header() -> str:
    return QCoreApplication.translate("Operators", "Submitted by")


def submitter_text(login: str) -> str:
    """Who submitted a record: the operator's log-in name, an agent (by its code), or the unit's
    administrator."""
    from ssclient.gui.mandates.texts import agent_submitter

    return agent_submitter(login) or login or QCoreApplication.translate("Operators", "Administrator")


def refusal_text(code: str, permission: str = "") -> str | None:
    """The agency's refusal about operators or permissions in the user's language; None for other codes."""
    if code == "PERMISSION_DENIED":
        known = {p.value: p for p in Permission}
        if permission in known:
            return QCoreApplication.translate(
                "Operators",
                "The agency refused: this operator does not have the permission “%1”. Ask the unit's "
                "administrator to grant it.",
            ).replace("%1", permission_name(known[permission]))
        return QCoreApplication.translate(
            "Operators", "The agency refused: this operator does not have the permission for this."
        )
    texts: dict[str, Callable[[], str]] = {
        "OPERATOR_LOGIN_TAKEN": lambda: QCoreApplication.translate(
            "Operators",
            "This unit already has an operator with this log-in name. Choose another log-in name.",
        ),
        "OPERATOR_LOGIN_INVALID": lambda: QCoreApplication.translate(
            "Operators",
            "A log-in name has 2 to 40 letters, digits, dots, dashes or underscores, and starts with a letter "
            "or a digit.",
        ),
        "OPERATOR_NAME_REQUIRED": lambda: QCoreApplication.translate(
            "Operators", "Enter the operator's name."
        ),
        "OPERATOR_PERMISSIONS_REQUIRED": lambda: QCoreApplication.translate(
            "Operators",
            "Give the operator at least one permission (“Query only” lets an operator only look).",
        ),
        "OWN_MANAGEMENT": lambda: QCoreApplication.translate(
            "Operators",
            "You cannot disable yourself or take away your own permission to manage operators. The unit's "
            "administrator or another operator who manages operators can.",
        ),
        "OPERATOR_LOGIN_FAILED": lambda: QCoreApplication.translate(
            "Operators", "The unit code, the operator's log-in name or the password is wrong."
        ),
        "OPERATOR_DISABLED": lambda: QCoreApplication.translate(
            "Operators", "This operator is disabled. Ask the unit's administrator to enable it."
        ),
    }
    text = texts.get(code)
    return text() if text is not None else None


def edit_refused(access: SessionAccess, kind: DeclarationType) -> str:
    """Why a draft of `kind` opens read-only for this session ("" when it may be changed)."""
    if access.may_edit(kind):
        return ""
    return missing_text(Permission.PAYMENT if kind is DeclarationType.PAYMENT else Permission.DRAFT)


def revoke_refused(access: SessionAccess) -> str:
    """Why Revoke and Revise are not offered to this session ("" when they may be)."""
    return "" if access.may(Permission.REVOKE) else missing_text(Permission.REVOKE)
