"""The agency's calls for a unit's operators: an operator's log-in, who the session is, and managing the
unit's operators (for a session that may manage operators; others are refused 403 PERMISSION_DENIED)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from ssclient.domain.permissions import Permission, permissions_from_wire, permissions_to_wire
from ssclient.sync import decoding as d
from ssclient.sync.answers import LoginResult
from ssclient.sync.transport import AgencyTransport


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    """One operator of the unit as the agency keeps it (never its password)."""

    login: str
    name: str
    permissions: frozenset[Permission]
    enabled: bool
    must_change_password: bool
    created_at: datetime

    @classmethod
    def from_json(cls, data: Any) -> OperatorInfo:
        data = d.obj(data, "operator")
        return cls(
            d.get(data, "login", str),
            d.get(data, "name", str),
            permissions_from_wire(map(str, d.items(data, "permissions"))),
            d.get(data, "enabled", bool),
            d.get(data, "must_change_password", bool),
            d.moment(data, "created_at"),
        )


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """Who the session is: the operator ("" for the unit's administrator) and what it may do."""

    unit_code: str
    operator: str
    operator_name: str
    permissions: frozenset[Permission]
    must_change_password: bool

    @classmethod
    def from_json(cls, data: Any) -> SessionInfo:
        data = d.obj(data, "session")
        return cls(
            d.get(data, "unit_code", str),
            d.get(data, "operator", str),
            d.get(data, "operator_name", str),
            permissions_from_wire(map(str, d.items(data, "permissions"))),
            d.get(data, "must_change_password", bool),
        )


class OperatorCalls(AgencyTransport):
    def login_operator(self, unit_code: str, login: str, password: str) -> LoginResult:
        """Log in as an operator of the unit; the token is kept for the following calls. Refusals: 401
        LOGIN_FAILED, 403 OPERATOR_DISABLED, 429 UNIT_LOCKED (as the unit's log-in)."""
        body = {"unit_code": unit_code, "login": login, "password": password}
        data = self._call("POST", "/sessions/operator", json=body, auth=False, expect=(201,))
        result = LoginResult.from_json(data)
        self._token = result.token
        return result

    def current_session(self) -> SessionInfo:
        return SessionInfo.from_json(self._call("GET", "/sessions/current"))

    def operators(self) -> list[OperatorInfo]:
        """The unit's operators, by log-in name."""
        return [OperatorInfo.from_json(item) for item in d.items(self._call("GET", "/operators"), "items")]

    def create_operator(
        self, login: str, name: str, password: str, permissions: Iterable[Permission]
    ) -> OperatorInfo:
        """Refusals: 409 OPERATOR_LOGIN_TAKEN; 422 OPERATOR_LOGIN_INVALID, OPERATOR_NAME_REQUIRED,
        OPERATOR_PERMISSIONS_REQUIRED, or VALIDATION_FAILED with the password's finding."""
        body = {
            "login": login,
            "name": name,
            "password": password,
            "permissions": permissions_to_wire(permissions),
        }
        return OperatorInfo.from_json(self._call("POST", "/operators", json=body, expect=(201,)))

    def update_operator(
        self,
        login: str,
        *,
        name: str | None = None,
        permissions: Iterable[Permission] | None = None,
        enabled: bool | None = None,
    ) -> OperatorInfo:
        """Change what is given. Refusals: 404 NOT_FOUND; 409 OWN_MANAGEMENT (an operator disabling itself
        or dropping its own permission to manage operators)."""
        body: dict[str, Any] = {}
        if name is not None:
            body["name"] = name
        if permissions is not None:
            body["permissions"] = permissions_to_wire(permissions)
        if enabled is not None:
            body["enabled"] = enabled
        return OperatorInfo.from_json(self._call("PATCH", f"/operators/{_segment(login)}", json=body))

    def reset_operator_password(self, login: str, password: str) -> None:
        """A new initial password: the operator's sessions end; it is changed at the next log-in."""
        self._call(
            "POST", f"/operators/{_segment(login)}/password", json={"password": password}, expect=(204,)
        )


def _segment(text: str) -> str:
    return quote(text, safe="")
