"""What an operator of a unit may do: a closed vocabulary shared by the agency, which enforces it, and the
client, which hides what an operator may not do. The values are stable: they are stored and sent over the
wire.

A unit's administrator (who logs in with the unit code alone) holds every permission. Every permission
lets its holder read the unit's records, roster and payments as well, so "query" alone is the operator who
may only look.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Permission(StrEnum):
    DRAFT = "draft"  # write drafts on this computer and import them
    DECLARE = "declare"  # submit personnel declarations (add, renewal, interruption, base change)
    REVOKE = "revoke"  # revoke approved declarations and submit revisions of them
    PAYMENT = "payment"  # submit the payment declaration (费款申报)
    QUERY = "query"  # read records, roster and payment details only
    MANAGE_OPERATORS = "manage_operators"  # create operators, set their permissions, disable them


# The finding of an agency's refusal (403 PERMISSION_DENIED); its parameter `permission` is the wire value.
PERMISSION_MISSING = "PERMISSION_MISSING"

ALL_PERMISSIONS: frozenset[Permission] = frozenset(Permission)

# The order a list or a check box column shows them in.
PERMISSION_ORDER: tuple[Permission, ...] = (
    Permission.DRAFT,
    Permission.DECLARE,
    Permission.REVOKE,
    Permission.PAYMENT,
    Permission.QUERY,
    Permission.MANAGE_OPERATORS,
)


def holds(granted: Iterable[Permission], needed: Permission) -> bool:
    """Whether `granted` allows what `needed` names: reading (QUERY) comes with any permission."""
    have = frozenset(granted)
    return needed in have or (needed is Permission.QUERY and bool(have))


def permissions_from_wire(values: Iterable[str]) -> frozenset[Permission]:
    """The permissions named by their wire values; an unknown value is left out (a newer agency's)."""
    known = {p.value: p for p in Permission}
    return frozenset(known[v] for v in values if v in known)


def permissions_to_wire(permissions: Iterable[Permission]) -> list[str]:
    """The wire values in the order of PERMISSION_ORDER (a stable text to store and compare)."""
    have = frozenset(permissions)
    return [p.value for p in PERMISSION_ORDER if p in have]
