"""The one place that decides whether a session may do something for a unit.

Every route that needs a session names what it needs in ROUTE_NEEDS, and `auth.unit_session` checks it
before the handler runs; a route not named there is refused to every operator (a new route is closed until
someone decides who may call it). The submission is the one route whose need depends on what is sent (a
payment, a personnel declaration, a revision): its handler asks `check_submission`.

A unit's own sessions (its administrator, its operators) act for that unit only. An agent acts for every
unit whose mandate to it is in force, naming the unit in each request (header X-Unit-Code); a unit it holds
no mandate from does not exist for it (404), and it holds every permission but managing operators. Granting
and withdrawing mandates is the unit's administrator's alone.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from ssclient.agency.errors import ApiError
from ssclient.domain.enums import Severity
from ssclient.domain.findings import Finding
from ssclient.domain.permissions import PERMISSION_MISSING, Permission, holds
from ssclient.rules.messages import MESSAGES

if TYPE_CHECKING:
    from ssclient.agency.auth import Caller


class Need(Enum):
    ANY = "any session"  # every session of the unit (the profile the client opens a session with)
    BY_SUBMISSION = "by submission"  # the handler decides from the body (check_submission)
    ADMINISTRATOR = "the unit's administrator"  # the unit log-in itself: no operator, no agent


# What a mandate lets an agent do for the unit: the work, not managing the unit's people.
AGENT_PERMISSIONS = frozenset(Permission) - {Permission.MANAGE_OPERATORS}


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
    ("GET", f"{_PREFIX}/declarations/by-serial/{{serial_number}}/roster-before"): _P.QUERY,
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
    # Mandates: who may act for the unit from outside it is the administrator's decision alone.
    ("GET", f"{_PREFIX}/mandates"): Need.ADMINISTRATOR,
    ("POST", f"{_PREFIX}/mandates"): Need.ADMINISTRATOR,
    ("DELETE", f"{_PREFIX}/mandates/{{agent_code}}"): Need.ADMINISTRATOR,
}


def allowed(caller: Caller, needed: Permission | None, unit_id: int | None = None) -> bool:
    """May `caller` do what `needed` names (None: anything a session may) for the unit `unit_id` (None: its
    own, or for an agent the one its request names)? A unit's session acts for its own unit only, an agent
    for the units whose mandate is in force; an operator holds the permissions given, an agent
    AGENT_PERMISSIONS."""
    unit = caller.unit_id if unit_id is None else unit_id
    if caller.agent_id is not None:
        if unit not in caller.mandated:
            return False
    elif unit != caller.unit_id:
        return False
    return needed is None or holds(caller.permissions, needed)


def require(caller: Caller, needed: Permission) -> None:
    """Refuse with 403 PERMISSION_DENIED, naming the permission, unless `caller` holds `needed`."""
    if not allowed(caller, needed):
        raise denied(needed, agent=caller.agent_id is not None)


def check_route(caller: Caller, method: str, route: str) -> None:
    """Whether `caller` may call this route at all (see ROUTE_NEEDS); an agent first whether it may see
    the unit its request names."""
    if not allowed(caller, None):
        raise not_visible(caller)
    need = ROUTE_NEEDS.get((method, route))
    if need is Need.ADMINISTRATOR or (need is None and caller.agent_id is not None):
        if caller.operator_id is not None or caller.agent_id is not None:
            raise administrator_only()
        return
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


def not_visible(caller: Caller) -> ApiError:
    """The refusal of a unit the agent holds no mandate from: as if it did not exist, unless the unit
    withdrew one (the agent knew the unit; it is told why its work stops)."""
    if caller.unit_id in caller.withdrawn:
        return ApiError(404, "MANDATE_WITHDRAWN", MESSAGES["MANDATE_WITHDRAWN"])
    if not caller.unit_code:
        return ApiError(
            404,
            "UNIT_NOT_FOUND",
            "No unit with a mandate for you is named: choose one of the units that mandated you.",
        )
    return ApiError(404, "UNIT_NOT_FOUND", MESSAGES["UNIT_NOT_FOUND"])


def administrator_only() -> ApiError:
    return ApiError(
        403,
        "ADMINISTRATOR_ONLY",
        "Only the unit's administrator (the unit's own log-in) can do this; ask the administrator.",
    )


def denied(needed: Permission, *, agent: bool = False) -> ApiError:
    """The refusal: its finding carries the permission's wire value, for the client to name it in the
    user's language."""
    message = (
        f"An agent's mandate does not cover the permission \u201c{needed.value}\u201d: the unit's "
        "administrator or its own operators do this."
        if agent
        else f"This operator does not have the permission \u201c{needed.value}\u201d. Ask the unit's "
        "administrator (or an operator who manages operators) to grant it."
    )
    missing = Finding(PERMISSION_MISSING, Severity.ERROR, "permission", message, {"permission": needed.value})
    return ApiError(403, "PERMISSION_DENIED", message, [missing])
