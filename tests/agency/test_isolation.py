"""Isolation, as a property over real HTTP: for every route of the agency that takes a session (a new route
is covered as it appears) and every kind of caller — the unit's administrator, an operator with each one
permission, an agent with a mandate, without one and with a withdrawn one, another unit's administrator —
the caller reads and writes only within its rights: 404 for a unit it cannot see, 403 for a right it lacks,
nothing of a unit it may not see in any answer, and nothing changed in that unit."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import partial
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ssclient.agency.access import ROUTE_NEEDS, Need
from ssclient.agency.server import RunningAgency
from ssclient.domain.enums import DeclarationType
from ssclient.domain.permissions import Permission, holds
from ssclient.sync.api import AgencyClient, declaration_to_json
from tests.support.agency import (
    CURRENT_PERIOD,
    DATABASES,
    AgencyUnit,
    declaration,
    make_id_number,
    module_agency,
    person_line,
    register_unit,
)
from tests.support.agents import AgencyAgent, log_in_agent
from tests.support.operators import OPERATOR_PASSWORD, log_in_operator
from tests.support.routes import session_routes

API = "/api/v1"
UNIT_HEADER = "X-Unit-Code"


class Expect(Enum):
    ALLOWED = "allowed"
    FORBIDDEN = "403"
    NOT_VISIBLE = "404"


# The routes a session reaches without access.ROUTE_NEEDS deciding (they serve the session itself), and
# who may call them: every session ("own"), every session of the unit it may see ("unit"), agents only.
SESSION_ROUTES = {
    ("DELETE", f"{API}/sessions/current"): "own",
    ("POST", f"{API}/units/me/password"): "own",
    ("GET", f"{API}/agents/me/units"): "agent",
}
UNIT_NOT_VISIBLE = {"UNIT_NOT_FOUND", "MANDATE_WITHDRAWN"}
REFUSED = {"PERMISSION_DENIED", "ADMINISTRATOR_ONLY", "AGENTS_ONLY"}


@dataclass
class Role:
    """A caller: its HTTP client (its token; every request names unit A) and what it may do in the unit it
    acts for (`permissions` None: it acts for none, A does not exist for it); `in_a` whether that unit is A
    (another unit's administrator acts for its own). `sees` are the units whose data it may read."""

    name: str
    http: httpx.Client
    relogin: Callable[[], str]
    permissions: frozenset[Permission] | None
    agent: bool = False
    administrator: bool = False
    in_a: bool = True
    sees: set[str] = field(default_factory=set)


@dataclass
class World:
    unit_a: AgencyUnit
    roles: list[Role]
    markers: dict[str, list[str]]  # per unit code: texts that only that unit's data contains
    path_values: dict[str, str]
    snapshot: Callable[[], str]


def test_every_session_route_is_decided() -> None:
    """A new route is in ROUTE_NEEDS or named here with who may call it: the property then covers it."""
    assert set(session_routes()) == set(ROUTE_NEEDS) | set(SESSION_ROUTES)


def expected(role: Role, method: str, path: str) -> Expect:
    who = SESSION_ROUTES.get((method, path))
    if who == "own":
        return Expect.ALLOWED
    if who == "agent":
        return Expect.ALLOWED if role.agent else Expect.FORBIDDEN
    if role.permissions is None:
        return Expect.NOT_VISIBLE
    need = ROUTE_NEEDS[(method, path)]
    if need is Need.ANY:
        return Expect.ALLOWED
    if need is Need.ADMINISTRATOR:
        return Expect.ALLOWED if role.administrator else Expect.FORBIDDEN
    # The submission sent here is a personnel declaration: it needs DECLARE.
    needed = Permission.DECLARE if need is Need.BY_SUBMISSION else need
    assert isinstance(needed, Permission)
    return Expect.ALLOWED if holds(role.permissions, needed) else Expect.FORBIDDEN


_keys = itertools.count(1)


def request_of(world: World, method: str, path: str) -> tuple[str, dict[str, Any] | None, dict[str, str]]:
    url = path.removeprefix(API).format(**world.path_values)
    headers = {"Idempotency-Key": f"isolation-{next(_keys)}"}
    body: dict[str, Any] | None = None
    if path == f"{API}/declarations" and method == "POST":
        body = declaration_to_json(declaration(DeclarationType.ADD, person_line(50 + next(_keys))))
    elif method in {"POST", "PUT", "PATCH"}:
        body = {}  # refused as malformed where a body is required; an empty change changes nothing
    return url, body, headers


def client_for(agency: RunningAgency, token: str | None, named: AgencyUnit) -> httpx.Client:
    # Every caller names unit A: an agent's request works on the unit it names, a unit's session ignores it.
    assert token is not None
    headers = {"Authorization": f"Bearer {token}", UNIT_HEADER: named.unit_code}
    return httpx.Client(base_url=agency.url + API, headers=headers)


@pytest.fixture(scope="module", params=DATABASES)
def agency(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningAgency]:
    yield from module_agency(request, tmp_path_factory)


@pytest.fixture(scope="module")
def world(agency: RunningAgency) -> Iterator[World]:
    clients: list[AgencyClient] = []
    roles: list[Role] = []
    try:
        yield _world(agency, clients, roles)
    finally:
        for role in roles:
            role.http.close()
        for client in clients:
            client.close()


def _world(agency: RunningAgency, clients: list[AgencyClient], roles: list[Role]) -> World:
    clients += [AgencyClient(agency.url, retries=0), AgencyClient(agency.url, retries=0)]
    unit_a = register_unit(clients[0], name="甲单位示例有限公司")
    unit_b = register_unit(clients[1], name="乙单位示例有限公司")
    markers: dict[str, list[str]] = {}
    values: dict[str, str] = {}
    for seq, unit, name in ((1, unit_a, "甲单位"), (2, unit_b, "乙单位")):
        verdict = unit.client.submit(
            declaration(DeclarationType.ADD, person_line(seq)), f"isolation-seed-{seq}"
        )
        assert verdict.approved, verdict.findings
        markers[unit.unit_code] = [
            unit.unit_code,
            unit.uscc,
            make_id_number(seq),
            str(verdict.serial_number),
            name,
        ]
        if unit is unit_a:
            values = {
                "declaration_id": str(verdict.declaration_id),
                "serial_number": str(verdict.serial_number),
                "key": "isolation-seed-1",
                "login": "op-query",
                "period": str(CURRENT_PERIOD),
                "agent_code": "190000000",  # no such agent: withdrawing it changes no one's rights
            }
    roles += _unit_roles(agency, unit_a, unit_b)
    roles += _operator_roles(agency, unit_a, clients)
    roles += _agent_roles(agency, unit_a, unit_b, clients)
    admin_a = roles[0].http

    def snapshot() -> str:
        parts = [admin_a.get(p).text for p in ("/units/me", "/operators", "/mandates", "/roster")]
        parts.append(admin_a.get("/declarations", params={"limit": "1000"}).text)
        return "\n".join(parts)

    return World(unit_a, roles, markers, values, snapshot)


def _unit_login(unit: AgencyUnit) -> str:
    unit.client.login(unit.unit_code, unit.password)
    return unit.client.token or ""


def _operator_login(client: AgencyClient, unit_code: str, login: str) -> str:
    client.login_operator(unit_code, login, OPERATOR_PASSWORD)
    return client.token or ""


def _agent_login(agent: AgencyAgent) -> str:
    agent.relogin()
    return agent.client.token or ""


def _unit_roles(agency: RunningAgency, a: AgencyUnit, b: AgencyUnit) -> list[Role]:
    every = frozenset(Permission)
    administrator = Role(
        "administrator", client_for(agency, a.client.token, a), partial(_unit_login, a), every
    )
    administrator.administrator, administrator.sees = True, {a.unit_code}
    other = Role("other unit", client_for(agency, b.client.token, a), partial(_unit_login, b), every)
    other.administrator, other.in_a, other.sees = True, False, {b.unit_code}
    return [administrator, other]


def _operator_roles(agency: RunningAgency, a: AgencyUnit, clients: list[AgencyClient]) -> list[Role]:
    roles = []
    for permission in Permission:
        login = f"op-{permission.value.replace('_', '-')}"
        operator = log_in_operator(a, login, [permission])
        clients.append(operator.client)
        relogin = partial(_operator_login, operator.client, a.unit_code, login)
        http = client_for(agency, operator.client.token, a)
        roles.append(
            Role(f"operator ({permission.value})", http, relogin, frozenset({permission}), sees={a.unit_code})
        )
    return roles


def _agent_roles(
    agency: RunningAgency, a: AgencyUnit, b: AgencyUnit, clients: list[AgencyClient]
) -> list[Role]:
    roles = []
    for kind in ("mandated", "not mandated", "withdrawn"):
        agent = log_in_agent(agency.url)
        clients.append(agent.client)
        if kind != "not mandated":
            a.client.grant_mandate(agent.agent_code)
        if kind == "withdrawn":
            a.client.withdraw_mandate(agent.agent_code)
        b.client.grant_mandate(agent.agent_code)  # mandated by B: still no way into A
        mandated = kind == "mandated"
        permissions = frozenset(Permission) - {Permission.MANAGE_OPERATORS} if mandated else None
        http = client_for(agency, agent.client.token, a)
        role = Role(
            f"agent ({kind})", http, partial(_agent_login, agent), permissions, agent=True, in_a=mandated
        )
        role.sees = {a.unit_code, b.unit_code} if mandated else {b.unit_code}
        roles.append(role)
    return roles


# Each example sends every route as every caller, in an order drawn anew (what one caller did changes what
# the next finds: a revoked record, a logged-out session); a failure names the route and the caller, so the
# sequence is not shrunk (each try would send it all again).
@settings(
    max_examples=2,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_caller_reads_or_writes_beyond_its_rights(world: World, data: st.DataObject) -> None:
    pairs = [(route, role) for route in session_routes() for role in world.roles]
    for (method, path), role in data.draw(st.permutations(pairs), label="order"):
        check(world, role, method, path)


def check(world: World, role: Role, method: str, path: str) -> None:
    expect = expected(role, method, path)
    url, body, headers = request_of(world, method, path)
    before = world.snapshot()

    response = role.http.request(method, url, json=body, headers=headers)

    answer = response.json() if response.content else {}
    code = answer.get("code") if isinstance(answer, dict) else None
    where = f"{role.name}: {method} {path} -> {response.status_code} {code}"
    assert response.status_code < 500, where
    if expect is Expect.NOT_VISIBLE:
        assert (response.status_code, code in UNIT_NOT_VISIBLE) == (404, True), where
    elif expect is Expect.FORBIDDEN:
        assert (response.status_code, code in REFUSED) == (403, True), where
    else:
        assert response.status_code != 401, where
        assert code not in REFUSED | UNIT_NOT_VISIBLE, where
    # Nothing of a unit the caller may not see, in any answer.
    text = json.dumps(answer, ensure_ascii=False)
    for unit_code, texts in world.markers.items():
        if unit_code not in role.sees:
            assert not [t for t in texts if t in text], where
    # Nothing written in unit A by a caller without the right to.
    if expect is not Expect.ALLOWED or not role.in_a:
        assert world.snapshot() == before, where
    if (method, path) == ("DELETE", f"{API}/sessions/current") and response.status_code == 204:
        role.http.headers["Authorization"] = f"Bearer {role.relogin()}"
