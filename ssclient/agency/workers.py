"""Several agency processes on one listening socket: `ssclient-agency serve --workers N`.

uvicorn's supervisor starts N worker processes (spawned: each builds its own application, database engine
and thread pool through `application_from_environment`), starts another when one dies and stops them all on
Ctrl+C or SIGTERM. The processes share nothing but the database, which keeps what must hold across them
(one record per idempotency key, a unit's reviews taking turns: see `db.lock_unit`). PostgreSQL is the
database for this; SQLite works too, with one writer at a time.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ssclient.domain.clock import Clock, FixedClock, SystemClock

if TYPE_CHECKING:
    from fastapi import FastAPI

# How the supervisor tells its spawned workers what to serve.
ENV_DB = "SSCLIENT_AGENCY_DB"
ENV_TODAY = "SSCLIENT_AGENCY_TODAY"
ENV_REAL = "SSCLIENT_AGENCY_REAL"
# The --policy files, joined by os.pathsep; empty: the bundled table.
ENV_POLICIES = "SSCLIENT_AGENCY_POLICIES"
_FACTORY = "ssclient.agency.workers:application_from_environment"


def application_from_environment() -> FastAPI:
    """One worker's application, with the database, business date and name its supervisor set."""
    from ssclient.agency.app import build_state, create_app
    from ssclient.policy.history import history_from_files

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    today = os.environ.get(ENV_TODAY)
    clock: Clock = FixedClock(date.fromisoformat(today)) if today else SystemClock()
    training = os.environ.get(ENV_REAL) != "1"
    # The date may be fixed; elapsed time is always real, or a session would never expire.
    files = [Path(name) for name in os.environ.get(ENV_POLICIES, "").split(os.pathsep) if name]
    history = history_from_files(files) if files else None
    return create_app(
        build_state(os.environ[ENV_DB], clock, training=training, timer=SystemClock(), history=history)
    )


def serve_workers(
    host: str,
    port: int,
    db_url: str,
    today: date | None,
    *,
    training: bool,
    workers: int,
    policies: Sequence[Path] = (),
) -> int:
    """Run `workers` agency processes on `host:port` until stopped; the exit status."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from ssclient.agency.schema import make_engine
    from ssclient.agency.server import cannot_open, listen_on

    try:
        # The tables made (or brought up to date) once, here, before the workers open the database together.
        make_engine(db_url).dispose()
    except Exception as exc:  # SQLAlchemy raises many kinds; the reason is what matters
        print(f"ssclient-agency: {cannot_open(db_url, exc)}", file=sys.stderr)
        return 2
    try:
        listener = listen_on(host, port)
        # Listening from now on: a request that comes before the workers are up waits in the backlog.
        listener.listen(2048)
    except OSError as exc:
        print(f"ssclient-agency: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    os.environ[ENV_DB] = db_url
    os.environ[ENV_TODAY] = today.isoformat() if today else ""
    os.environ[ENV_REAL] = "" if training else "1"
    os.environ[ENV_POLICIES] = os.pathsep.join(str(path) for path in policies)
    bound = listener.getsockname()[1]
    config = uvicorn.Config(
        _FACTORY,
        factory=True,
        host=host,
        port=bound,
        workers=workers,
        loop="asyncio",
        access_log=False,  # request lines may carry personal data
        log_config=None,
        lifespan="off",
        timeout_graceful_shutdown=5,
    )
    url = f"http://{f'[{host}]' if ':' in host else host}:{bound}"
    print(f"Agency listening on {url} with {workers} processes; Ctrl+C stops it.", flush=True)
    try:
        Multiprocess(config, sockets=[listener]).run()
    finally:
        listener.close()
    return 0
