"""Command line entry point: `ssclient` opens the desktop client; subcommands do the rest."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

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
        choices=[*IMPORT_TYPES, "annual_base"],
        default="add",
        help="the declaration the sheet is for, which decides its columns (default: add); annual_base "
        "checks last year's wages for the annual base; personnel information changes are not imported: "
        "correct each person in the program (Business → Personnel information change)",
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
    audit.add_argument("--store", default=None, help="the data file (default: every unit's on this computer)")
    audit.add_argument("--unit", default=None, help="the unit code whose data file to check")
    return parser


def verify_audit(store: str | None, unit: str | None = None) -> int:
    """Check the audit trail of `store`, else of `unit`'s store, else of every unit's store on this computer
    (the real agency's and the training agency's units, and a single store from before units not split
    yet). 0: every chain is intact; 1: one is broken (its first broken entry is named); 2: no data file."""
    from ssclient.app.units import valid_unit_code

    if unit is not None and not valid_unit_code(unit):
        print(f"{unit!r} is not a unit code.", file=sys.stderr)
        return 2
    stores = [Path(store)] if store else _audited_stores(unit)
    if not stores or not all(path.is_file() for path in stores):
        where = store or (f"unit {unit}" if unit else "this computer")
        print(f"No data file for {where}.", file=sys.stderr)
        return 2
    return max(_verify_store(path, named=store is None) for path in stores)


def _audited_stores(unit: str | None) -> list[Path]:
    """The store files whose trails `ssclient audit verify` checks when no file is named."""
    from ssclient import paths
    from ssclient.app.training_agency import training_store_path
    from ssclient.app.units import STORE_FILE
    from ssclient.store.database import default_path

    roots = [paths.units_dir(), paths.units_dir(training=True)]
    if unit is not None:
        return [root / unit / STORE_FILE for root in roots if (root / unit / STORE_FILE).is_file()]
    found = [path for root in roots for path in sorted(root.glob(f"*/{STORE_FILE}"))]
    return found + [path for path in (default_path(), training_store_path()) if path.is_file()]


def _verify_store(path: Path, *, named: bool) -> int:
    from ssclient.store import StoreError
    from ssclient.store.audit import AuditTrail

    label = f"{path.parent.name} ({path}): " if named else ""
    trail = AuditTrail(path)
    try:
        check = trail.verify()
    except StoreError as error:
        print(f"{label}{error}", file=sys.stderr)
        return 2
    finally:
        trail.close()
    if check.intact:
        print(f"{label}The audit trail is intact: {check.checked} entries checked.")
        return 0
    print(f"{label}The audit trail is broken at entry {check.first_broken}: {check.reason}.")
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
    if not (sys.argv[1:] if argv is None else argv):
        # The desktop client, as the parser would decide: without building it, whose help texts load the
        # gettext catalogues (and locale, shutil) on the way to the first window.
        return _run_gui()
    args = build_parser().parse_args(argv)
    if args.command == "check":
        if args.type == "annual_base":
            from ssclient.gui.i18n import load_translations
            from ssclient.io.check_wages import run_wages_check

            return run_wages_check(args.file, as_json=args.json, tr=load_translations(args.lang).translate)
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
        return verify_audit(args.store, args.unit)
    if args.self_test:
        from ssclient.selftest import run_self_test

        return run_self_test()
    return _run_gui()


def _run_gui() -> int:
    from ssclient.gui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
