"""Run the agency in this process, on a loopback port, in a background thread.

For tests and for the desktop client's local training agency. Importing this module is cheap: FastAPI,
SQLAlchemy and uvicorn load only when `start_agency` is called (the client calls it off the GUI thread).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ssclient.domain.clock import Clock

if TYPE_CHECKING:
    from ssclient.agency.state import AgencyState
    from ssclient.policy.history import PolicyHistory
    from ssclient.policy.model import Policy

log = logging.getLogger(__name__)

# How long start_agency waits for the server to accept connections, and stop for it to finish.
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


class AgencyStartError(RuntimeError):
    """The agency could not start (the port is taken, the database cannot be opened...)."""


@dataclass
class RunningAgency:
    """A started agency: `url` is its root (http://127.0.0.1:PORT); `stop()` shuts it down cleanly."""

    url: str
    clock: Clock
    state: AgencyState
    _server: Any
    _thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        """Finish open requests, close the listening socket and the database; idempotent."""
        self._server.should_exit = True
        self._thread.join(STOP_TIMEOUT)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(STOP_TIMEOUT)
        self.state.engine.dispose()

    def __enter__(self) -> RunningAgency:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def start_agency(
    db_url: str,
    clock: Clock | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    policy: Policy | None = None,
    training: bool = True,
    timer: Clock | None = None,
    history: PolicyHistory | None = None,
) -> RunningAgency:
    """Start the agency on `host:port` (0 = a free port) with its database at `db_url` (an SQLAlchemy URL
    such as ``sqlite:////path/agency.sqlite3``) and return once it accepts connections. `clock` defaults
    to the system clock, `timer` (session lifetimes, log-in pauses) to `clock`. Raises AgencyStartError
    when it cannot start."""
    import uvicorn

    from ssclient.agency.app import build_state, create_app
    from ssclient.domain.clock import SystemClock

    clock = clock or SystemClock()
    try:
        state = build_state(db_url, clock, policy, training=training, timer=timer, history=history)
    except Exception as exc:  # SQLAlchemy raises many kinds; the caller needs one, with the reason
        raise AgencyStartError(cannot_open(db_url, exc)) from None
    config = uvicorn.Config(
        create_app(state),
        host=host,
        port=port,
        loop="asyncio",
        access_log=False,  # request lines may carry personal data; tokens travel in headers, never logged
        log_config=None,
        lifespan="off",
        timeout_graceful_shutdown=5,
    )
    try:
        listener = listen_on(host, port)
    except OSError as exc:
        state.engine.dispose()
        raise AgencyStartError(f"the agency cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    ready = threading.Event()
    server = _make_server(config, ready)
    thread = threading.Thread(
        target=_serve, args=(server, listener), name=f"agency-{host}:{port}", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not ready.wait(0.05):
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(STOP_TIMEOUT)
            listener.close()
            state.engine.dispose()
            raise AgencyStartError(f"the agency could not start on {host}:{port} (see the log)")
    bound_port = listener.getsockname()[1]
    url_host = f"[{host}]" if ":" in host else host
    return RunningAgency(f"http://{url_host}:{bound_port}", clock, state, server, thread)


def cannot_open(db_url: str, exc: Exception) -> str:
    """Why the database cannot be opened, without its password (neither in the URL nor in the driver's
    message) and without the driver's long tail of SQL and links."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db_url)
        shown, password = url.render_as_string(hide_password=True), url.password
    except ArgumentError:
        shown, password = "(not a database URL)", None
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    text = " ".join(line.strip() for line in reason[:3])
    if password:
        text = text.replace(str(password), "***")
    return f"cannot open the agency database {shown}: {text[:500]}"


def listen_on(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a taken port is a clear error in the caller's thread."""
    # IPPROTO_TCP spelled out: asyncio turns Nagle's algorithm off only on sockets that say they are TCP,
    # and with it on every answer waits ~40 ms for the client's delayed ACK.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
    except OSError:
        listener.close()
        raise
    return listener


def _serve(server: Any, listener: socket.socket) -> None:
    try:
        server.run(sockets=[listener])
    except BaseException:  # uvicorn exits with SystemExit on fatal errors; keep it in the log, not a crash
        log.exception("the agency stopped on an error")
    finally:
        listener.close()


def _make_server(config: Any, ready: threading.Event) -> Any:
    """uvicorn's server, telling the starting thread once it listens (built here to keep imports lazy)."""
    import uvicorn

    class _Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started:
                ready.set()

    return _Server(config)
