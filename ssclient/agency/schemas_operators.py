"""The wire format of a unit's operators (/api/v1/operators, /api/v1/sessions/operator,
/api/v1/sessions/current)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from ssclient.agency.schemas import TEXT_PATTERN, _StrictText

# The wire values of ssclient.domain.permissions.Permission (a test keeps the two equal).
PermissionName = Literal["draft", "declare", "revoke", "payment", "query", "manage_operators"]


def _text(limit: int, default: Any = ...) -> Any:
    return Field(default, max_length=limit, json_schema_extra={"pattern": TEXT_PATTERN})


class OperatorIn(_StrictText):
    """A new operator. `password` is the initial one: the operator changes it at the first log-in."""

    login: str = _text(40)
    name: str = _text(60)
    password: str = _text(128)
    permissions: list[PermissionName] = Field(max_length=10)


class OperatorUpdateIn(_StrictText):
    """What changes (a field left out stays). Disabling ends the operator's sessions at once."""

    name: str | None = _text(60, None)
    permissions: list[PermissionName] | None = Field(default=None, max_length=10)
    enabled: bool | None = None


class OperatorPasswordIn(_StrictText):
    """A new initial password set by a manager: the operator's sessions end, and the operator changes it at
    the next log-in."""

    password: str = _text(128)


class OperatorOut(BaseModel):
    login: str
    name: str
    permissions: list[PermissionName]
    enabled: bool
    must_change_password: bool
    created_at: datetime


class OperatorListOut(BaseModel):
    items: list[OperatorOut]


class OperatorLoginIn(_StrictText):
    unit_code: str = _text(20)
    login: str = _text(40)
    password: str = _text(128)


class SessionOut(BaseModel):
    """Who a session is: the unit, the operator ("" for the unit's administrator) and what it may do."""

    unit_code: str
    operator: str
    operator_name: str
    permissions: list[PermissionName]
    must_change_password: bool


class OperatorLoginOut(SessionOut):
    token: str
    expires_at: datetime
