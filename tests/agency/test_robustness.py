"""Bad input over the wire: strict models, bounded bodies, JSON errors everywhere, nothing logged secret."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from ssclient.agency.app import openapi_document
from ssclient.agency.schemas import FILLED_PATTERN, MAX_BODY_BYTES, MAX_ID, MAX_LINES, TEXT_PATTERN
from ssclient.agency.server import AgencyStartError, RunningAgency, start_agency
from ssclient.domain.clock import FixedClock
from ssclient.sync.api import AgencyClient
from tests.support.agency import (
    AGENCY_START,
    DATABASES,
    AgencyUnit,
    make_id_number,
    module_agency,
    register_unit,
)

API = "/api/v1"


# Nothing here moves the clock or depends on another test's records: one agency and unit serve the module.
@pytest.fixture(scope="module", params=DATABASES)
def agency(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningAgency]:
    yield from module_agency(request, tmp_path_factory)


@pytest.fixture(scope="module")
def unit(agency: RunningAgency) -> Iterator[AgencyUnit]:
    with AgencyClient(agency.url, retries=0) as client:
        yield register_unit(client)


@pytest.fixture
def http(agency: RunningAgency, unit: AgencyUnit) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {unit.client.token}"}
    with httpx.Client(base_url=agency.url + API, headers=headers) as client:
        yield client


def line(**changes: Any) -> dict[str, Any]:
    return {
        "id_number": make_id_number(1),
        "name": "张三",
        "hukou_type": "11",
        "wage_base": "6500",
        "migrant_worker": "否",
        "migrant_insurance": "否",
        **changes,
    }


def submit(http: httpx.Client, body: Any, key: str = "key-robust-1") -> httpx.Response:
    # json.dumps escapes as JSON allows ("\udcff"), so that even text Python cannot encode gets sent.
    headers = {"Idempotency-Key": key, "Content-Type": "application/json"}
    return http.post("/declarations", content=json.dumps(body), headers=headers)


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    if status < 400:
        return body
    assert body["code"] == code and isinstance(body["message"], str) and body["message"]
    return body


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"wage_base": 6500}, "lines[0].wage_base"),  # a number is not the text of an amount
        ({"migrant_worker": False}, "lines[0].migrant_worker"),
        ({"backpay": {"pension": "1"}}, "lines[0].backpay.pension"),  # "1" is not 1
        ({"backpay": {"pension": True}}, "lines[0].backpay.pension"),  # true is not 1
        ({"backpay": {"pension": 1.5}}, "lines[0].backpay.pension"),
        ({"backpay": {"dental": 1}}, "lines[0].backpay.dental"),
        ({"salary": "1"}, "lines[0].salary"),  # unknown fields are refused
    ],
)
def test_request_models_are_strict(http: httpx.Client, changes: dict[str, Any], field: str) -> None:
    response = submit(http, {"type": "add", "period": "2026-11", "lines": [line(**changes)]})
    body = assert_error(response, 422, "VALIDATION_FAILED")
    assert any(f["field"].startswith(field) for f in body["findings"]), body


def test_a_whole_number_written_with_a_point_is_an_integer(http: httpx.Client) -> None:
    response = submit(
        http,
        {"type": "add", "period": "2026-11", "lines": [line(backpay={"pension": 0.0})]},
        key="key-point-1",
    )
    assert response.status_code == 201, response.text


def test_half_a_surrogate_pair_is_no_text(http: httpx.Client, agency: RunningAgency) -> None:
    body = assert_error(
        submit(http, {"type": "add", "period": "2026-11", "lines": [line(), line(name="张\udcff")]}),
        422,
        "VALIDATION_FAILED",
    )
    assert "lines[1].name" in body["message"]
    with httpx.Client(base_url=agency.url + API) as client:
        login = client.post(
            "/sessions",
            content=b'{"unit_code": "\\udcff", "password": "x"}',
            headers={"Content-Type": "application/json"},
        )
        assert assert_error(login, 422, "VALIDATION_FAILED")["findings"][0]["field"] == "unit_code"


def test_false_is_not_zero_and_text_is_not_a_number(agency: RunningAgency) -> None:
    with httpx.Client(base_url=agency.url + API) as client:
        for body in (
            {"unit_code": 170000000, "password": "x"},
            {"unit_code": "170000000", "password": False},
        ):
            assert_error(client.post("/sessions", json=body), 422, "VALIDATION_FAILED")
        assert_error(client.get("/declarations/abc"), 401, "NOT_AUTHENTICATED")


def test_payment_amounts_must_be_decimal_strings(http: httpx.Client) -> None:
    payment = {
        "id_number": make_id_number(1),
        "name": "张三",
        "insurance": "pension",
        "period": "2026-11",
        "base": "6500.00",
        "employer_amount": 1040.0,
        "employee_amount": "520.00",
    }
    body = assert_error(
        submit(http, {"type": "payment", "period": "2026-11", "payments": [payment]}),
        422,
        "VALIDATION_FAILED",
    )
    assert body["findings"][0]["field"] == "payments[0].employer_amount"
    payment["employer_amount"] = "1e3"
    assert_error(
        submit(http, {"type": "payment", "period": "2026-11", "payments": [payment]}),
        422,
        "VALIDATION_FAILED",
    )


def test_the_idempotency_key_is_required_and_bounded(http: httpx.Client) -> None:
    body = {"type": "add", "period": "2026-11", "lines": [line()]}
    missing = http.post("/declarations", json=body)
    assert assert_error(missing, 422, "VALIDATION_FAILED")["findings"][0]["field"] == "Idempotency-Key"
    assert_error(submit(http, body, key="short"), 422, "VALIDATION_FAILED")
    assert_error(submit(http, body, key="x" * 129), 422, "VALIDATION_FAILED")


def test_lines_per_declaration_are_bounded(http: httpx.Client) -> None:
    body = {"type": "add", "period": "2026-11", "lines": [line()] * (MAX_LINES + 1)}
    assert_error(submit(http, body), 422, "VALIDATION_FAILED")


def test_an_oversized_body_is_413_json(http: httpx.Client) -> None:
    padding = "x" * (MAX_BODY_BYTES + 1)
    response = http.post(
        "/declarations",
        content=padding,
        headers={"Idempotency-Key": "key-robust-1", "Content-Type": "application/json"},
    )
    assert_error(response, 413, "BODY_TOO_LARGE")


def test_an_oversized_chunked_body_is_413_json(http: httpx.Client) -> None:
    chunk = b"x" * (1024 * 1024)

    def chunks() -> Iterator[bytes]:
        for _ in range(MAX_BODY_BYTES // len(chunk) + 2):
            yield chunk

    response = http.post(
        "/declarations",
        content=chunks(),
        headers={"Idempotency-Key": "key-robust-1", "Content-Type": "application/json"},
    )
    assert_error(response, 413, "BODY_TOO_LARGE")


@pytest.mark.parametrize(
    ("method", "path", "content", "status", "code"),
    [
        ("POST", "/declarations", b"{not json", 422, "VALIDATION_FAILED"),
        ("POST", "/declarations", b"[]", 422, "VALIDATION_FAILED"),
        ("POST", "/declarations", "\udcff".encode("utf-8", "surrogatepass"), 422, "VALIDATION_FAILED"),
        ("GET", "/nowhere", None, 404, "NOT_FOUND"),
        ("PUT", "/roster", None, 405, "METHOD_NOT_ALLOWED"),
        ("GET", "/declarations/0", None, 422, "VALIDATION_FAILED"),
        ("GET", "/declarations/99999999999999999999999", None, 422, "VALIDATION_FAILED"),
        ("GET", "/declarations/2147483648", None, 422, "VALIDATION_FAILED"),  # past a 32-bit id
        ("GET", "/declarations/2147483647", None, 404, "NOT_FOUND"),
        ("POST", "/declarations/2147483647/revoke", None, 404, "NOT_FOUND"),
        ("GET", "/declarations?person=%00", None, 422, "VALIDATION_FAILED"),
        ("GET", "/payments?person=a%00b", None, 422, "VALIDATION_FAILED"),
        ("GET", "/declarations/424242", None, 404, "NOT_FOUND"),
        ("GET", "/declarations?limit=0", None, 422, "VALIDATION_FAILED"),
        ("GET", "/declarations?period_from=2026-13", None, 422, "VALIDATION_FAILED"),
        ("GET", "/declarations?period_from=0691-12", None, 422, "VALIDATION_FAILED"),
        ("GET", "/payments?person=%ED%B3%BF", None, 200, ""),
        ("GET", "/declarations?status=draft", None, 422, "VALIDATION_FAILED"),
        ("GET", "/declarations/by-key/%00%00%00%00%00%00%00%00", None, 422, "VALIDATION_FAILED"),
    ],
)
def test_every_error_is_json_with_a_code(
    http: httpx.Client, method: str, path: str, content: bytes | None, status: int, code: str
) -> None:
    headers = {"Idempotency-Key": "key-robust-1", "Content-Type": "application/json"}
    assert_error(http.request(method, path, content=content, headers=headers), status, code)


def test_a_declaration_with_nonsense_text_gets_findings_not_an_error(http: httpx.Client) -> None:
    odd = line(
        id_number="１１０１０１",
        name="\U0001f600" * 20,
        wage_base="NaN",
        hukou_type="\n",
        migrant_worker="可能",
        effective_period="9999-99",
    )
    response = submit(
        http,
        {"type": "base_change", "period": "2026-11", "lines": [odd, line(wage_base="-1e9")]},
        key="key-nonsense-1",
    )
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "rejected"
    infinite = submit(
        http,
        {"type": "add", "period": "2026-11", "lines": [line(wage_base="Infinity")]},
        key="key-nonsense-2",
    )
    assert infinite.json()["status"] == "rejected"


def test_passwords_and_tokens_are_not_logged(
    agency: RunningAgency, unit: AgencyUnit, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    token = unit.client.login(unit.unit_code, unit.password).token
    unit.client.roster()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert unit.password not in logged and token not in logged


NUL_BODIES = [
    ("POST", "/units", {"name": "甲\x00", "uscc": "x", "tax_number": "x", "contact": "王", "password": "x"}),
    ("POST", "/sessions", {"unit_code": "170000000\x00", "password": "x"}),
    ("POST", "/sessions", {"unit_code": "170000000", "password": "pass\x00word"}),
    ("POST", "/units/me/password", {"old_password": "\x00", "new_password": "Train2026ok"}),
    ("PATCH", "/units/me", {"phone": "010\x00"}),
    ("POST", "/declarations", {"type": "add", "period": "2026-11", "lines": [line(name="张\x00三")]}),
    ("POST", "/declarations", {"type": "add", "period": "2026-11", "lines": [line(id_number="\x00")]}),
    ("POST", "/declarations", {"type": "add", "period": "2026-11", "replaces_serial": "SB\x00"}),
]


@pytest.mark.parametrize(("method", "path", "body"), NUL_BODIES)
def test_a_nul_character_anywhere_is_a_422(
    http: httpx.Client, method: str, path: str, body: dict[str, Any]
) -> None:
    headers = {"Idempotency-Key": "key-nul-0001", "Content-Type": "application/json"}
    response = http.request(method, path, content=json.dumps(body), headers=headers)
    assert_error(response, 422, "VALIDATION_FAILED")


def test_options_names_every_method_of_the_address(http: httpx.Client) -> None:
    options = http.options("/units/me")
    assert options.status_code == 204
    assert set(options.headers["Allow"].split(", ")) == {"GET", "HEAD", "PATCH", "OPTIONS"}
    refused = http.put("/units/me", json={})
    assert_error(refused, 405, "METHOD_NOT_ALLOWED")
    assert set(refused.headers["Allow"].split(", ")) == {"GET", "HEAD", "PATCH", "OPTIONS"}
    assert_error(http.options("/nowhere"), 404, "NOT_FOUND")


@pytest.mark.allow_log_warnings
def test_an_unexpected_error_is_logged_in_a_few_lines(
    agency: RunningAgency, http: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    # A roster table the database no longer has: the one kind of failure a request cannot cause.
    with agency.state.engine.begin() as connection:
        connection.execute(text("ALTER TABLE roster RENAME TO roster_away"))
    try:
        with caplog.at_level(logging.ERROR):
            for _ in range(3):
                assert_error(http.get("/roster"), 500, "INTERNAL")
    finally:
        with agency.state.engine.begin() as connection:
            connection.execute(text("ALTER TABLE roster_away RENAME TO roster"))
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 3 and all(r.name == "ssclient.agency.errors" for r in errors)
    for record in errors:
        text_logged = record.getMessage()
        assert "GET /api/v1/roster" in text_logged and record.exc_info is None
        assert len(text_logged) < 2000 and "The above exception" not in text_logged, text_logged
        assert "routes.py" in text_logged, text_logged


def test_the_start_up_error_does_not_show_the_database_password() -> None:
    with pytest.raises(AgencyStartError) as refused:
        start_agency("postgresql+psycopg://agency:s3cret-Pw@127.0.0.1:1/agency", FixedClock(AGENCY_START))
    assert "s3cret-Pw" not in str(refused.value)
    assert "***" in str(refused.value) and "127.0.0.1" in str(refused.value)


def test_the_document_says_what_the_agency_refuses() -> None:
    document = openapi_document()
    schemas = document["components"]["schemas"]
    register = schemas["RegisterIn"]["properties"]
    assert {register[name]["pattern"] for name in ("name", "uscc", "tax_number", "contact")} == {
        FILLED_PATTERN
    }
    assert register["password"]["minLength"] == 1
    assert schemas["ProfileUpdateIn"]["properties"]["name"]["pattern"] == FILLED_PATTERN
    assert schemas["LineIn"]["properties"]["name"]["pattern"] == TEXT_PATTERN
    months = schemas["LineIn"]["properties"]["backpay"]["additionalProperties"]
    assert months["type"] == "integer" and months["maximum"] == 120
    login = document["paths"]["/api/v1/sessions"]["post"]["responses"]
    assert "429" in login and "423" not in login
    revoke = document["paths"]["/api/v1/declarations/{declaration_id}/revoke"]["post"]
    assert revoke["parameters"][0]["schema"]["maximum"] == MAX_ID
