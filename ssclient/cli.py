"""Command line entry point: `ssclient` opens the desktop client; subcommands do the rest."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ssclient import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ssclient",
        description="Declare employees' social insurance to the agency. Without a command, opens the client.",
    )
    parser.add_argument("--version", action="version", version=f"ssclient {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check the installation without showing a window, then exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="check a spreadsheet (.csv or .xlsx) of personnel lines before importing it",
        description="Check every row of a personnel spreadsheet with the rulebook and the default policy.",
    )
    check.add_argument("file", help="the .csv (UTF-8 or GB18030) or .xlsx file to check")
    check.add_argument("--json", action="store_true", help="print one JSON object instead of lines")
    check.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        default=None,
        help="language of the messages (default: the system's)",
    )
    check.add_argument(
        "--type",
        choices=IMPORT_TYPES,
        default="add",
        help="the declaration the sheet is for, which decides its columns (default: add); personnel "
        "information changes are not imported: correct each person in the program (Business → Personnel "
        "information change)",
    )
    check.add_argument(
        "--period",
        type=_period,
        default=None,
        metavar="YYYY-MM",
        help="the declaration period that decides ages, retirement and the policy (default: the current one)",
    )
    audit = commands.add_parser(
        "audit",
        help="check the audit trail of submissions, answers and revokes",
        description="Recompute the audit trail's hash chain and name the first entry that was changed.",
    )
    audit.add_argument("action", choices=["verify"], help="verify: check the whole chain")
    audit.add_argument("--store", default=None, help="the data file (default: the one the client uses)")
    return parser


def verify_audit(store: str | None) -> int:
    """0: the chain is intact; 1: it is broken (the first broken entry is named); 2: no data file."""
    from pathlib import Path

    from ssclient.store import StoreError
    from ssclient.store.audit import AuditTrail
    from ssclient.store.database import default_path

    path = Path(store) if store else default_path()
    if not path.is_file():
        print(f"No data file at {path}.", file=sys.stderr)
        return 2
    trail = AuditTrail(path)
    try:
        check = trail.verify()
    except StoreError as error:
        print(str(error), file=sys.stderr)
        return 2
    finally:
        trail.close()
    if check.intact:
        print(f"The audit trail is intact: {check.checked} entries checked.")
        return 0
    print(f"The audit trail is broken at entry {check.first_broken}: {check.reason}.")
    return 1


# Every declaration type a personnel sheet can be imported as (payments are computed, not imported).
IMPORT_TYPES = ["add", "renewal", "interruption", "base_change"]


def _period(text: str) -> str:
    from ssclient.domain.period import Period

    try:
        return str(Period.parse(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a month; write it as YYYY-MM, e.g. 2026-11"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        from ssclient.domain.enums import DeclarationType
        from ssclient.domain.period import Period
        from ssclient.gui.i18n import load_translations
        from ssclient.io.check_command import run_check

        return run_check(
            args.file,
            as_json=args.json,
            tr=load_translations(args.lang).translate,
            kind=DeclarationType(args.type),
            period=Period.parse(args.period) if args.period else None,
        )
    if args.command == "audit":
        return verify_audit(args.store)
    if args.self_test:
        from ssclient.selftest import run_self_test

        return run_self_test()
    from ssclient.gui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
