"""The agency's web application: routes, error handling, body limit, and its shared state."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from ssclient import __version__
from ssclient.agency.auth import UNIT_NOT_VISIBLE
from ssclient.agency.errors import CatchUnexpected, every_route, install_error_handlers
from ssclient.agency.limits import BodySizeLimit
from ssclient.agency.routes import private, public
from ssclient.agency.routes_agents import agents_router
from ssclient.agency.routes_infochange import router as info_change_router
from ssclient.agency.routes_operators import operators_router
from ssclient.agency.routes_paying import paying
from ssclient.agency.routes_policy import router as policy_routes
from ssclient.agency.routes_revisions import router as revisions_router
from ssclient.agency.schema import make_engine
from ssclient.agency.schemas import MAX_BODY_BYTES
from ssclient.agency.schemas_agents import UNIT_HEADER
from ssclient.agency.state import AgencyState
from ssclient.domain.clock import Clock, SystemClock, today
from ssclient.domain.period import Period
from ssclient.policy import default_policy
from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import Policy
from ssclient.policy.regions import default_regions


def build_state(
    db_url: str,
    clock: Clock | None = None,
    policy: Policy | None = None,
    *,
    training: bool = True,
    timer: Clock | None = None,
    history: PolicyHistory | None = None,
) -> AgencyState:
    """The agency's state; `timer` (for durations) defaults to `clock` (see AgencyState). Given a
    `history`, its table in force today is the policy published as current unless `policy` is given."""
    clock = clock or SystemClock()
    if history is not None and policy is None:
        policy = history.in_force(Period.of(today(clock)))
    return AgencyState(
        engine=make_engine(db_url),
        clock=clock,
        history=history,
        policy=policy or default_policy(),
        regions=default_regions(),
        timer=timer or clock,
        training=training,
        name="Training agency (local)" if training else "Agency",
    )


def create_app(state: AgencyState, *, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    app = _application(max_body_bytes)
    app.state.agency = state
    return app


def openapi_document() -> dict[str, Any]:
    """The API's OpenAPI document, as served at /openapi.json (no database needed)."""
    return _application(MAX_BODY_BYTES).openapi()


def api_routes() -> list[APIRoute]:
    """The API's routes as served, each with what it depends on (no database needed)."""
    return [
        route for route in every_route(_application(MAX_BODY_BYTES).routes) if isinstance(route, APIRoute)
    ]


def _document_unit_refusals(app: FastAPI) -> None:
    """Every route a unit's session calls (those taking auth.unit_session, which documents the header
    X-Unit-Code) answers 404 to an agent for a unit it may not see: said in its OpenAPI responses, beside
    the route's own 404 if it has one."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = build()
        for operations in schema["paths"].values():
            for operation in operations.values():
                parameters = operation.get("parameters", [])
                if not any(p.get("in") == "header" and p.get("name") == UNIT_HEADER for p in parameters):
                    continue
                known = operation["responses"].get("404")
                operation["responses"]["404"] = {
                    "description": f"{known['description']} {UNIT_NOT_VISIBLE}"
                    if known
                    else UNIT_NOT_VISIBLE,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}},
                }
        return schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to shape the document


def _application(max_body_bytes: int) -> FastAPI:
    app = FastAPI(
        title="Social insurance agency (mock)",
        version=__version__,
        description="Registration, sessions, declarations reviewed at once, records, roster and payments. "
        "Every error is a JSON body {code, message[, findings]}.",
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    install_error_handlers(app)
    app.include_router(public)
    app.include_router(private)
    app.include_router(paying)
    app.include_router(policy_routes)
    app.include_router(operators_router)
    app.include_router(info_change_router)
    app.include_router(revisions_router)
    app.include_router(agents_router)
    _document_unit_refusals(app)
    app.add_middleware(BodySizeLimit, limit=max_body_bytes)
    app.add_middleware(CatchUnexpected)
    return app
