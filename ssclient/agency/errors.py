"""Every refusal is an ApiError: a documented status and a JSON body {code, message[, findings]}.

FastAPI's own validation errors, unknown routes, wrong methods and anything unexpected are turned into the
same shape, so a client never has to read a second format and no input produces a traceback.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Iterator, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
    (
        403,
        "The initial password must be changed first (PASSWORD_CHANGE_REQUIRED), or an operator lacks the "
        "permission the call needs (PERMISSION_DENIED; the finding PERMISSION_MISSING names it).",
    ),
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
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code
        if status == 400:
            # FastAPI's "error parsing the body" (not UTF-8, say): a request of the wrong shape like any other.
            status = 422
        headers = dict(exc.headers) if exc.headers else {}
        if status == 405:
            # Starlette names the methods of the first route at the address; an address has one per method.
            headers["Allow"] = _allowed_methods(request)
            if request.method == "OPTIONS":
                return Response(status_code=204, headers=headers)
        code, message = _HTTP_ERRORS.get(status, (f"HTTP_{status}", str(exc.detail)))
        return error_response(status, code, message, headers=headers or None)


def _allowed_methods(request: Request) -> str:
    path = request.url.path
    methods = {"OPTIONS"}
    for route in every_route(request.app.router.routes):
        pattern = getattr(route, "path_regex", None)
        if pattern is not None and pattern.match(path):
            methods |= set(getattr(route, "methods", None) or ())
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def every_route(routes: Sequence[Any]) -> Iterator[Any]:
    """Every route, those of included routers too (FastAPI may keep an included router as one entry)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from every_route(inner.routes)
        else:
            yield route


def _validation_finding(error: Any) -> Finding:
    location = [str(part) for part in error.get("loc", ())]
    if location and location[0] in ("body", "query", "path", "header"):
        location = location[1:]
    path = ""
    for part in location:
        path += f"[{part}]" if part.isdigit() else (f".{part}" if path else part)
    return finding("REQUEST_INVALID", path, type=str(error.get("type", "")))


class CatchUnexpected:
    """Anything unexpected becomes the usual JSON 500, logged in one line with the few frames where it
    happened. Outside FastAPI's own handlers, so that nothing re-raises it to the server to log again."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            log_unexpected(scope.get("method", ""), scope.get("path", ""), exc)
            if not started:
                answer = error_response(
                    500, "INTERNAL", "The agency could not process the request. Try again later."
                )
                await answer(scope, receive, send)


# A database's error text holds the statement and its values (personal data): its first line only, bounded.
_SUMMARY_CHARS = 300
_FRAMES = 6


def log_unexpected(method: str, path: str, exc: BaseException) -> None:
    """The path only (query strings and bodies may hold personal data), what went wrong in a line, and the
    last few frames: a few hundred bytes, not the whole chain of a database error."""
    first_line = (str(exc).strip().splitlines() or [""])[0][:_SUMMARY_CHARS]
    stack = traceback.extract_tb(exc.__traceback__)
    # The agency's own frames say where; the last one says what failed.
    own = [frame for frame in stack[:-1] if f"ssclient{os.sep}agency" in frame.filename]
    frames = "".join(traceback.format_list([*own[-_FRAMES:], *stack[-1:]])).rstrip()
    log.error("unexpected error on %s %s: %s: %s\n%s", method, path, type(exc).__name__, first_line, frames)
