"""The plumbing under the agency's typed calls: one HTTP session with the agency, its token, retries where
repeating is safe, the audit trail's recorder, and the agency's refusals raised as AgencyError.

`AgencyTransport` holds no calls of its own: `ssclient.sync.api.AgencyClient` puts the agency's calls on it,
one area per mixin (a new area of the API is a new `ssclient/sync/api_<area>.py` whose class derives from
`AgencyTransport`, and AgencyClient derives from it too).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Self
from urllib.parse import quote

import httpx

from ssclient.sync.decoding import error_from
from ssclient.sync.exchanges import Exchange, Recorder, audited_action, reference_of
from ssclient.sync.results import AgencyProtocolError, AgencyUnreachable

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=3.0)
# Answers worth asking again: the agency (or a proxy before it) is restarting or overloaded.
_RETRY_STATUSES = frozenset({502, 503, 504})


class AgencyTransport:
    """The HTTP session with one agency, under its calls.

    `base_url` is the agency's root (``http://127.0.0.1:8765``); `transport` lets a caller swap the
    network layer (httpx transports). `retries` is how many times a safe request is repeated after a
    network failure or a 502/503/504, waiting `backoff`, 2×`backoff`, 4×`backoff`... in between.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        retries: int = 2,
        backoff: float = 0.3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url + API_PREFIX, timeout=timeout, transport=transport, follow_redirects=False
        )
        self._retries = max(0, retries)
        self._backoff = backoff
        self._sleep = sleep
        self._token: str | None = None
        # Told of every exchange the audit trail keeps (ssclient.sync.exchanges), e.g. to store it.
        self.recorder: Recorder | None = None

    # --- lifecycle and session ----------------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def token(self) -> str | None:
        return self._token

    @token.setter
    def token(self, value: str | None) -> None:
        """Set after login (login does it itself); None forgets the session."""
        self._token = value

    # --- requests -------------------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        auth: bool = True,
        expect: tuple[int, ...] = (200,),
    ) -> Any:
        response = self._request(method, path, json=json, params=params, auth=auth, retry=method == "GET")
        return self._answer(response, expect)

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
        retry: bool = False,
    ) -> httpx.Response:
        all_headers = dict(headers or {})
        if auth and self._token is not None:
            all_headers["Authorization"] = f"Bearer {self._token}"
        attempts = 1 + (self._retries if retry else 0)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                with self._network_errors():
                    response = self._http.request(method, path, json=json, params=params, headers=all_headers)
            except AgencyUnreachable:
                if last:
                    raise
            else:
                if response.status_code not in _RETRY_STATUSES or last:
                    self._record(method, path, response)
                    return response
            delay = self._backoff * (2**attempt)
            log.info("agency request %s %s failed; retrying in %.1f s", method, path, delay)
            self._sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _record(self, method: str, path: str, response: httpx.Response) -> None:
        action = audited_action(method, path) if self.recorder is not None else None
        if action is None or self.recorder is None:
            return
        request = response.request
        reference = reference_of(path, request.headers)
        exchange = Exchange(
            action, reference, method, path, response.status_code, request.content, response.content
        )
        try:
            self.recorder(exchange)
        except Exception:  # the answer still counts; the trail's gap is in the log, with why
            log.exception("the audit trail could not record %s %s", method, path)

    @contextmanager
    def _network_errors(self) -> Iterator[None]:
        try:
            yield
        except httpx.TimeoutException as exc:
            raise AgencyUnreachable(
                f"The agency at {self.base_url} did not answer in time. Check the connection and try "
                "again; documents waiting to be declared stay in the outbox."
            ) from exc
        except httpx.TransportError as exc:
            raise AgencyUnreachable(
                f"The agency at {self.base_url} cannot be reached ({type(exc).__name__}). Check the network "
                "and the agency address in Settings; documents waiting to be declared stay in the outbox."
            ) from exc

    def _answer(self, response: httpx.Response, expect: tuple[int, ...]) -> Any:
        if response.status_code in expect:
            if response.status_code == 204:
                return None
            try:
                return response.json()
            except ValueError as exc:
                raise AgencyProtocolError(
                    response.status_code, "BAD_ANSWER", "The agency's answer is not JSON."
                ) from exc
        raise error_from(response, session_call=bool(response.request.headers.get("Authorization")))


def path_segment(text: str) -> str:
    """`text` as one segment of a URL path: every character that could end or change it escaped."""
    return quote(text, safe="")
