"""`ssclient-agency serve`: run the mock agency as a standalone HTTP service."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ssclient import paths
from ssclient.agency.bank_cli import add_bank_commands, run_bank
from ssclient.domain.clock import Clock, FixedClock, SystemClock

if TYPE_CHECKING:
    from ssclient.policy.history import PolicyHistory

DEFAULT_PORT = 8765


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ssclient-agency", description="The mock social insurance agency.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help="run the agency's HTTP service (JSON under /api/v1)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 = any)"
    )
    serve.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help="SQLAlchemy database URL (default: a SQLite file in the user's data directory)",
    )
    serve.add_argument(
        "--today",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="fix the agency's business date (for demos and tests; sessions and log-in pauses still run in "
        "real time); default: the real date",
    )
    serve.add_argument("--real", action="store_true", help="do not announce itself as a training agency")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="serve with N processes sharing the port and the database (PostgreSQL; default 1)",
    )
    add_bank_commands(commands, _day)
    serve.add_argument(
        "--policy",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a policy table (TOML, resources/policy/README.md) of the agency's pooling area; repeat it "
        "for each table of its history (each in force from its meta.in_force_from); default: the bundled one",
    )
    set_class = commands.add_parser(
        "set-class", help="change a unit's work-injury industry class (1–8) in the agency's database"
    )
    set_class.add_argument("unit_code", help="the unit code (the unit's username)")
    set_class.add_argument("industry_class", help="the new class, a whole number from 1 to 8")
    set_class.add_argument("--db", default=None, metavar="URL", help="SQLAlchemy database URL (as serve)")
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from exc


def default_db_url() -> str:
    return f"sqlite:///{paths.data_dir() / 'agency.sqlite3'}"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    db_url = args.db or default_db_url()
    if args.command == "bank":
        return run_bank(args, db_url)
    if args.command == "set-class":
        return set_class(db_url, args.unit_code, args.industry_class)
    history = _history(args.policy)
    if history is None and args.policy:
        return 2
    if args.workers > 1:
        from ssclient.agency.workers import serve_workers

        return serve_workers(
            args.host,
            args.port,
            db_url,
            args.today,
            training=not args.real,
            workers=args.workers,
            policies=args.policy,
        )
    clock: Clock = FixedClock(args.today) if args.today else SystemClock()
    return serve(args.host, args.port, db_url, clock, training=not args.real, history=history)


def _history(files: list[Path]) -> PolicyHistory | None:
    """The tables given with --policy as a history; None (the reason printed) when one is bad."""
    if not files:
        return None
    from ssclient.policy.history import history_from_files
    from ssclient.policy.model import PolicyError

    try:
        return history_from_files(files)
    except PolicyError as exc:
        print(f"ssclient-agency: the policy tables cannot be used: {exc}", file=sys.stderr)
        return None


def set_class(db_url: str, unit_code: str, value: str) -> int:
    from ssclient.agency.industry import IndustryClassRefused, set_industry_class
    from ssclient.agency.schema import make_engine
    from ssclient.agency.server import cannot_open

    try:
        engine = make_engine(db_url)
    except Exception as exc:  # SQLAlchemy raises many kinds; the reason is what matters
        print(f"ssclient-agency: {cannot_open(db_url, exc)}", file=sys.stderr)
        return 2
    try:
        industry_class = set_industry_class(engine, unit_code, value)
    except IndustryClassRefused as exc:
        print(f"ssclient-agency: not changed: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"Unit {unit_code.strip()} is now in work-injury industry class {industry_class}.", flush=True)
    return 0


def serve(
    host: str,
    port: int,
    db_url: str,
    clock: Clock,
    *,
    training: bool = True,
    history: PolicyHistory | None = None,
) -> int:
    from ssclient.agency.server import AgencyStartError, start_agency

    try:
        # The date may be fixed; elapsed time is always real, or a session would never expire.
        agency = start_agency(
            db_url, clock, host, port, training=training, timer=SystemClock(), history=history
        )
    except AgencyStartError as exc:
        print(f"ssclient-agency: {exc}", file=sys.stderr)
        return 2
    print(
        f"Agency listening on {agency.url} (OpenAPI at {agency.url}/openapi.json); Ctrl+C stops it.",
        flush=True,
    )
    try:
        agency._thread.join()
    except KeyboardInterrupt:
        print("Stopping.", flush=True)
    finally:
        agency.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
