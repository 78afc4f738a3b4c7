"""Operators: who is logged in for the unit and what they may do, and the unit's operators managed at the
agency (for a session that may manage operators).

`SessionAccess` is what the windows ask before they offer an action; the agency decides again on every
call, so a window that offered too much is refused there, never obeyed. Offline, the permissions known at
the last online log-in apply (kept with the offline verifier, ssclient.store.offline_login).

The calls of `Operators` go over the network: run them on a worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ssclient.domain.enums import DeclarationType
from ssclient.domain.permissions import ALL_PERMISSIONS, Permission, holds
from ssclient.rules.passwords import check_new_password as check_new_password

if TYPE_CHECKING:
    from ssclient.sync.api import AgencyClient
    from ssclient.sync.api_operators import OperatorInfo as OperatorInfo


@dataclass(frozen=True, slots=True)
class SessionAccess:
    """The session's operator ("" for the unit's administrator, who may do everything) and permissions."""

    operator: str = ""
    permissions: frozenset[Permission] = ALL_PERMISSIONS

    @property
    def is_administrator(self) -> bool:
        return not self.operator

    def may(self, needed: Permission) -> bool:
        return holds(self.permissions, needed)

    def may_edit(self, kind: DeclarationType) -> bool:
        """May this session change a draft of `kind` on this computer (the payment: whoever declares it)?"""
        return self.may(Permission.PAYMENT if kind is DeclarationType.PAYMENT else Permission.DRAFT)

    def may_declare(self, kind: DeclarationType, *, revision: bool = False) -> bool:
        """May this session submit a declaration of `kind` (a revision of an approved record too)?"""
        needed = Permission.PAYMENT if kind is DeclarationType.PAYMENT else Permission.DECLARE
        return self.may(needed) and (not revision or self.may(Permission.REVOKE))


ADMINISTRATOR = SessionAccess()


def access_of(operator: str, permissions: Iterable[Permission]) -> SessionAccess:
    """The access of a log-in: the administrator's whole for "" (whatever was sent), else the operator's."""
    return ADMINISTRATOR if not operator else SessionAccess(operator, frozenset(permissions))


class Operators:
    """The unit's operators at the agency: list, create, change permissions, disable, reset a password."""

    def __init__(self, agency: AgencyClient) -> None:
        self.agency = agency

    def list(self) -> list[OperatorInfo]:
        return self.agency.operators()

    def create(self, login: str, name: str, password: str, permissions: Iterable[Permission]) -> OperatorInfo:
        return self.agency.create_operator(login.strip(), name.strip(), password, list(permissions))

    def set_permissions(self, login: str, permissions: Iterable[Permission]) -> OperatorInfo:
        return self.agency.update_operator(login, permissions=list(permissions))

    def set_enabled(self, login: str, enabled: bool) -> OperatorInfo:
        """Disabling ends the operator's sessions at once (their next request is refused)."""
        return self.agency.update_operator(login, enabled=enabled)

    def reset_password(self, login: str, password: str) -> None:
        """A new initial password, which the operator changes at the next log-in; its sessions end."""
        self.agency.reset_operator_password(login, password)
