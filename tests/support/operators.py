"""Operators of a test unit: created by its administrator over real HTTP, logged in on their own client
with the initial password changed (the state an operator works in)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ssclient.domain.permissions import Permission
from ssclient.sync.api import AgencyClient
from tests.support.agency import AgencyUnit

INITIAL_PASSWORD = "Start2026go"
OPERATOR_PASSWORD = "Clerk2026ok"


@dataclass
class AgencyOperator:
    unit_code: str
    login: str
    password: str
    client: AgencyClient


def create_operator(
    unit: AgencyUnit, login: str, permissions: Iterable[Permission], name: str = "王芳"
) -> None:
    unit.client.create_operator(login, name, INITIAL_PASSWORD, list(permissions))


def log_in_operator(
    unit: AgencyUnit, login: str, permissions: Iterable[Permission], *, name: str = "王芳"
) -> AgencyOperator:
    """Create the operator, log it in on a new client and change its initial password (the caller closes
    the client)."""
    create_operator(unit, login, permissions, name)
    client = AgencyClient(unit.client.base_url, retries=0)
    client.login_operator(unit.unit_code, login, INITIAL_PASSWORD)
    client.change_password(INITIAL_PASSWORD, OPERATOR_PASSWORD)
    return AgencyOperator(unit.unit_code, login, OPERATOR_PASSWORD, client)
