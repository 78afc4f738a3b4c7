"""The agency's routes as (method, path) pairs, told apart by what they depend on: a route whose FastAPI
dependencies include auth.any_session (directly, or through auth.unit_session or auth.agent_session) needs
a session; every other route is public. A new route is sorted by how it is written: no list to keep."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.dependencies.models import Dependant

from ssclient.agency.app import api_routes
from ssclient.agency.auth import any_session

Route = tuple[str, str]


def session_routes() -> list[Route]:
    """Every route that takes a session, in a stable order; the others are public."""
    return sorted(
        (method, route.path)
        for route in api_routes()
        if any_session in _calls(route.dependant)
        for method in route.methods or ()
    )


def _calls(dependant: Dependant) -> set[Callable[..., Any] | None]:
    """What the route (or dependency) calls before it runs, all the way down."""
    calls: set[Callable[..., Any] | None] = set()
    for dependency in dependant.dependencies:
        calls.add(dependency.call)
        calls |= _calls(dependency)
    return calls
