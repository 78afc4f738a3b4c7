"""`ssclient-agency bank ...`: the operator's controls of the mock bank, on the agency's database directly
(no HTTP route can change a balance). For training sessions and tests:

    ssclient-agency bank set-balance ACCOUNT AMOUNT [--db URL]   # e.g. 0.00 to show a refusal
    ssclient-agency bank balance ACCOUNT [--db URL]
    ssclient-agency bank void AGREEMENT [--db URL]                # the bank voids an agreement
    ssclient-agency bank collect-due [--db URL] [--today DATE]    # collect every deadline that has come

Account numbers are printed masked only.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from ssclient.agency import bank
from ssclient.agency.state import AgencyState
from ssclient.domain.clock import Clock, FixedClock, SystemClock
from ssclient.rules.bank import mask_account


def add_bank_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], day: Callable[[str], date]
) -> None:
    parser = commands.add_parser("bank", help="the mock bank: set balances, void agreements, collect due")
    actions = parser.add_subparsers(dest="bank_command", metavar="ACTION", required=True)
    balance = actions.add_parser(
        "set-balance", help="set an account's balance (every bank's account of that number)"
    )
    balance.add_argument("account", help="the account number")
    balance.add_argument("amount", type=_amount, help="the new balance in yuan, e.g. 0.00")
    show = actions.add_parser("balance", help="show an account's balance")
    show.add_argument("account", help="the account number")
    void = actions.add_parser("void", help="void the agreement in force with this number")
    void.add_argument("agreement", help="the agreement number")
    due = actions.add_parser("collect-due", help="collect every unit's periods whose deadline has come")
    due.add_argument("--today", type=day, default=None, metavar="YYYY-MM-DD", help="the business date")
    for each in (balance, show, void, due):
        each.add_argument("--db", default=None, metavar="URL", help="the agency's database URL")


def run_bank(args: argparse.Namespace, db_url: str) -> int:
    from ssclient.agency.app import build_state  # the web application's modules load only when needed

    clock: Clock = FixedClock(args.today) if getattr(args, "today", None) else SystemClock()
    state = build_state(db_url, clock)
    try:
        return _run(args, state)
    except bank.UnknownAccount as unknown:
        print(f"ssclient-agency bank: {unknown}")
        return 1
    finally:
        state.engine.dispose()


def _run(args: argparse.Namespace, state: AgencyState) -> int:
    command = args.bank_command
    if command == "set-balance":
        count = bank.set_balance(state, args.account, args.amount)
        print(f"{mask_account(args.account)}: balance {args.amount:.2f} ({count} account(s))")
    elif command == "balance":
        print(f"{mask_account(args.account)}: balance {bank.balance_of(state, args.account):.2f}")
    elif command == "void":
        count = bank.void_agreement(state, args.agreement)
        print(f"agreement {args.agreement} voided ({count})")
    else:
        from ssclient.agency.collecting import collect_due_for_all

        print(f"{collect_due_for_all(state)} collection(s) tried")
    return 0


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from exc
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        raise argparse.ArgumentTypeError(
            f"a balance is yuan with at most two decimals, not below 0: {text!r}"
        )
    return value
