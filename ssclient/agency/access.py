"""The one place that decides whether a session may do something for a unit.

Every route that needs a session names what it needs in ROUTE_NEEDS, and `auth.unit_session` checks it
before the handler runs; a route not named there is refused to every operator (a new route is closed until
someone decides who may call it). The submission is the one route whose need depends on what is sent (a
payment, a personnel declaration, a revision): its handler asks `check_submission`.

`allowed` is where a later kind of session (an agent working under a unit's mandate) adds its rule: today a
session acts only for its own unit.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from ssclient.agency.errors import ApiError
from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding
from ssclient.domain.permissions import PERMISSION_MISSING, Permission, holds

if TYPE_CHECKING:
    from ssclient.agency.auth import Caller


class Need(Enum):
    ANY = "any session"  # every session of the unit (the profile the client opens a session with)
    BY_SUBMISSION = "by submission"  # the handler decides from the body (check_submission)


_P = Permission
_PREFIX = "/api/v1"
ROUTE_NEEDS: dict[tuple[str, str], Permission | Need] = {
    ("GET", f"{_PREFIX}/units/me"): Need.ANY,
    ("PATCH", f"{_PREFIX}/units/me"): _P.MANAGE_OPERATORS,
    ("POST", f"{_PREFIX}/declarations"): Need.BY_SUBMISSION,
    ("GET", f"{_PREFIX}/declarations"): _P.QUERY,
    ("GET", f"{_PREFIX}/declarations/by-key/{{key}}"): _P.QUERY,
    ("GET", f"{_PREFIX}/declarations/{{declaration_id}}"): _P.QUERY,
    ("GET", f"{_PREFIX}/declarations/{{declaration_id}}/changes"): _P.QUERY,
    ("POST", f"{_PREFIX}/declarations/{{declaration_id}}/revoke"): _P.REVOKE,
    ("GET", f"{_PREFIX}/roster"): _P.QUERY,
    ("GET", f"{_PREFIX}/payments"): _P.QUERY,
    ("GET", f"{_PREFIX}/sessions/current"): Need.ANY,
    ("GET", f"{_PREFIX}/operators"): _P.MANAGE_OPERATORS,
    ("POST", f"{_PREFIX}/operators"): _P.MANAGE_OPERATORS,
    ("PATCH", f"{_PREFIX}/operators/{{login}}"): _P.MANAGE_OPERATORS,
    ("POST", f"{_PREFIX}/operators/{{login}}/password"): _P.MANAGE_OPERATORS,
    # Paying: seeing the agreement and the months is a query; registering one and paying are payment's.
    ("GET", f"{_PREFIX}/paying/agreement"): _P.QUERY,
    ("PUT", f"{_PREFIX}/paying/agreement"): _P.PAYMENT,
    ("GET", f"{_PREFIX}/paying/months"): _P.QUERY,
    ("POST", f"{_PREFIX}/paying/months/{{period}}/collect"): _P.PAYMENT,
}


def allowed(caller: Caller, needed: Permission | None, unit_id: int | None = None) -> bool:
    """May `caller` do what `needed` names (None: anything a session may) for the unit `unit_id` (None: its
    own)? A session acts for its own unit only; within it, an operator holds the permissions given."""
    if unit_id is not None and unit_id != caller.unit_id:
        return False
    return needed is None or holds(caller.permissions, needed)


def require(caller: Caller, needed: Permission) -> None:
    """Refuse with 403 PERMISSION_DENIED, naming the permission, unless `caller` holds `needed`."""
    if not allowed(caller, needed):
        raise denied(needed)


def check_route(caller: Caller, method: str, route: str) -> None:
    """Whether `caller` may call this route at all (see ROUTE_NEEDS)."""
    need = ROUTE_NEEDS.get((method, route))
    if need is None:
        if caller.operator_id is not None:  # a route nobody decided on: the administrator's alone
            raise denied(Permission.MANAGE_OPERATORS)
        return
    if isinstance(need, Permission):
        require(caller, need)


def submission_needs(declaration_type: str, revision: bool) -> list[Permission]:
    """What a submission needs: the payment declaration PAYMENT, the others DECLARE; a revision (it
    replaces an approved record) REVOKE as well."""
    needs = [Permission.PAYMENT if declaration_type == "payment" else Permission.DECLARE]
    if revision:
        needs.append(Permission.REVOKE)
    return needs


def check_submission(caller: Caller, declaration_type: str, revision: bool) -> None:
    for needed in submission_needs(declaration_type, revision):
        require(caller, needed)


def denied(needed: Permission) -> ApiError:
    """The refusal: its finding carries the permission's wire value, for the client to name it in the
    user's language."""
    message = (
        f"This operator does not have the permission \u201c{needed.value}\u201d. Ask the unit's "
        "administrator (or an operator who manages operators) to grant it."
    )
    missing = Finding(PERMISSION_MISSING, Severity.ERROR, "permission", message, {"permission": needed.value})
    return ApiError(403, "PERMISSION_DENIED", message, [missing])
