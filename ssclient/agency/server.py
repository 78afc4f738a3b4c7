"""Run the agency in this process, on a loopback port, in a background thread.

For tests and for the desktop client's local training agency. Importing this module is cheap: FastAPI,
SQLAlchemy and uvicorn load only when `start_agency` is called (the client calls it off the GUI thread).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ssclient.domain.clock import Clock

if TYPE_CHECKING:
    from ssclient.agency.state import AgencyState
    from ssclient.policy.model import Policy

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
) -> RunningAgency:
    """Start the agency on `host:port` (0 = a free port) with its database at `db_url` (an SQLAlchemy URL
    such as ``sqlite:////path/agency.sqlite3``) and return once it accepts connections. `clock` defaults
    to the system clock. Raises AgencyStartError when it cannot start."""
    import uvicorn

    from ssclient.agency.app import build_state, create_app
    from ssclient.domain.clock import SystemClock

    clock = clock or SystemClock()
    try:
        state = build_state(db_url, clock, policy, training=training)
    except Exception as exc:  # SQLAlchemy raises many kinds; the caller needs one, with the reason
        raise AgencyStartError(f"cannot open the agency database {db_url}: {exc}") from exc
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
    ready = threading.Event()
    server = _make_server(config, ready)
    thread = threading.Thread(target=server.run, name=f"agency-{host}:{port}", daemon=True)
    thread.start()
    while not ready.wait(0.05):
        if not thread.is_alive():
            state.engine.dispose()
            raise AgencyStartError(f"the agency could not listen on {host}:{port} (see the log)")
    bound_port = server.servers[0].sockets[0].getsockname()[1]
    return RunningAgency(f"http://{host}:{bound_port}", clock, state, server, thread)


def _make_server(config: Any, ready: threading.Event) -> Any:
    """uvicorn's server, telling the starting thread once it listens (built here to keep imports lazy)."""
    import uvicorn

    class _Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started:
                ready.set()

    return _Server(config)
