"""Every refusal is an ApiError: a documented status and a JSON body {code, message[, findings]}.

FastAPI's own validation errors, unknown routes, wrong methods and anything unexpected are turned into the
same shape, so a client never has to read a second format and no input produces a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ssclient.agency.schemas import ErrorOut, FindingOut
from ssclient.domain.findings import Finding
from ssclient.rules.messages import finding

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        findings: Sequence[Finding] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.findings = list(findings)
        self.headers = headers


def error_response(
    status: int,
    code: str,
    message: str,
    findings: Sequence[Finding] = (),
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ErrorOut(code=code, message=message, findings=[FindingOut.of(f) for f in findings])
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def error_responses(*pairs: tuple[int, str]) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorOut, "description": text} for status, text in pairs}


# Documented on every route (a route adds its own refusals).
COMMON_ERRORS = error_responses(
    (413, "The body is larger than the agency accepts (BODY_TOO_LARGE)."),
    (422, "The request does not have the documented shape (VALIDATION_FAILED); `findings` names the fields."),
)
SESSION_ERRORS = error_responses(
    (401, "No session, or it expired (NOT_AUTHENTICATED, SESSION_EXPIRED): log in again."),
    (403, "The initial password must be changed first (PASSWORD_CHANGE_REQUIRED)."),
)
NOT_FOUND = error_responses((404, "No such record for this unit (NOT_FOUND)."))


_HTTP_ERRORS = {
    404: ("NOT_FOUND", "There is nothing at this address."),
    405: ("METHOD_NOT_ALLOWED", "This address does not accept that method."),
    413: ("BODY_TOO_LARGE", "The request is larger than the agency accepts."),
    422: ("VALIDATION_FAILED", "The request body could not be read as JSON text."),
}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.findings, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        findings = [_validation_finding(e) for e in exc.errors()[:50]]
        first = findings[0] if findings else None
        message = f"{first.field}: {first.message}" if first else "The request is not valid."
        return error_response(422, "VALIDATION_FAILED", message, findings)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        status = exc.status_code
        if status == 400:
            # FastAPI's "error parsing the body" (not UTF-8, say): a request of the wrong shape like any other.
            status = 422
        code, message = _HTTP_ERRORS.get(status, (f"HTTP_{status}", str(exc.detail)))
        return error_response(status, code, message, headers=dict(exc.headers) if exc.headers else None)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The path only: query strings and bodies may hold personal data.
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "INTERNAL", "The agency could not process the request. Try again later.")


def _validation_finding(error: Any) -> Finding:
    location = [str(part) for part in error.get("loc", ())]
    if location and location[0] in ("body", "query", "path", "header"):
        location = location[1:]
    path = ""
    for part in location:
        path += f"[{part}]" if part.isdigit() else (f".{part}" if path else part)
    return finding("REQUEST_INVALID", path, type=str(error.get("type", "")))
