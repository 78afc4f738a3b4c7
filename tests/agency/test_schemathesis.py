"""Property-based requests from the agency's own OpenAPI document, on SQLite and PostgreSQL: no 5xx, and
every answer (status, content type, body, headers) as documented. Bounded so that the suite stays fast; the
seed is drawn anew each run and printed (AGENCY_FUZZ_SEED=<seed> replays a run)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, seed, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ssclient.agency.app import openapi_document
from ssclient.agency.server import RunningAgency
from ssclient.sync.api import AgencyClient
from tests.support.agency import DATABASES, module_agency, register_unit

if TYPE_CHECKING:
    # schemathesis names the type of its OpenAPI cases for type checkers only.
    from schemathesis.specs.openapi.schemas import OpenApiCase

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


SEED = int(os.environ.get("AGENCY_FUZZ_SEED") or secrets.randbelow(2**32))


def announce(config: pytest.Config, line: str) -> None:
    """A line on the terminal, whatever pytest captures."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(line)


@pytest.fixture(scope="module", params=DATABASES)
def running(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[RunningAgency, str]]:
    announce(
        request.config,
        f"agency fuzzing ({request.param}) with seed {SEED}; AGENCY_FUZZ_SEED={SEED} replays it",
    )
    for agency in module_agency(request, tmp_path_factory):
        with AgencyClient(agency.url, retries=0) as client:
            register_unit(client)
            token = client.token
        assert token is not None
        yield agency, token


def test_the_served_document_is_the_one_tested(running: tuple[RunningAgency, str]) -> None:
    with httpx.Client(base_url=running[0].url) as client:
        assert client.get("/openapi.json").json() == openapi_document()


# The document is the app's own (what /openapi.json serves, checked above), loaded at collection so that each
# operation is its own test; the requests go over HTTP to the running agency.
# Logging out would end the session the other operations are tested with.
schema = schemathesis.openapi.from_dict(openapi_document()).exclude(
    method="DELETE", path="/api/v1/sessions/current"
)


@schema.parametrize()
@seed(SEED)
@settings(
    # AGENCY_FUZZ_EXAMPLES=500 for a deeper run by hand; the suite keeps it short.
    max_examples=int(os.environ.get("AGENCY_FUZZ_EXAMPLES", "10")),
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_agency_answers_as_documented(case: OpenApiCase, running: tuple[RunningAgency, str]) -> None:
    agency, token = running
    try:
        case.call_and_validate(
            base_url=agency.url, headers={"Authorization": f"Bearer {token}"}, checks=CHECKS
        )
    except Exception as failure:
        failure.add_note(f"replay with AGENCY_FUZZ_SEED={SEED}")
        raise
