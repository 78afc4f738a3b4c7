"""The mock bank inside the agency: accounts with balances, debited when the agency collects, and the
operator's controls.

It refuses as a bank would: not enough money in the account (NO_FUNDS), an agreement it has voided
(AGREEMENT_VOID). How an account gets its money:

- A training agency (the default: `ssclient-agency serve` without `--real`, and the one the client starts
  itself) opens every account an agreement names with TRAINING_BALANCE, so that paying works at once.
- An agency started with `--real` opens them empty.
- The operator sets a balance or voids an agreement with `ssclient-agency bank ...` (ssclient.agency.bank_cli),
  which works on the agency's database directly; no HTTP route can, so no unit can give itself money.
  Tests call `set_balance` and `void_agreement` here, the functions that command runs.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ssclient.agency.db_paying import AgreementRow, BankAccountRow
from ssclient.agency.roster import to_cents
from ssclient.agency.state import AgencyState

# Illustrative: the program's own choice of a balance large enough for any training unit's month.
TRAINING_BALANCE = Decimal("10000000.00")

VALID, VOID, REPLACED = "valid", "void", "replaced"


class UnknownAccount(LookupError):
    """The operator named an account or agreement the bank does not hold."""


def account_for(db: Session, bank_code: str, digits: str, *, training: bool) -> BankAccountRow:
    """The bank's account `digits` at `bank_code`, opened now if it is new (see the module's docstring)."""
    found = db.scalars(
        select(BankAccountRow).where(
            BankAccountRow.bank_code == bank_code, BankAccountRow.account_number == digits
        )
    ).one_or_none()
    if found is not None:
        return found
    opening = to_cents(TRAINING_BALANCE) if training else 0
    account = BankAccountRow(bank_code=bank_code, account_number=digits, balance_cents=opening)
    db.add(account)
    db.flush()
    return account


def debit(db: Session, account_id: int, cents: int) -> bool:
    """Take `cents` from the account when it holds them; False (nothing taken) when it does not. One
    statement: two collections at once cannot both spend the same money."""
    taken = db.execute(
        update(BankAccountRow)
        .where(BankAccountRow.id == account_id, BankAccountRow.balance_cents >= cents)
        .values(balance_cents=BankAccountRow.balance_cents - cents)
    )
    return bool(taken.rowcount)  # type: ignore[attr-defined]


# --- the operator's controls ---------------------------------------------------------------------------


def set_balance(state: AgencyState, account_number: str, balance: Decimal) -> int:
    """Set the balance of every account with this number (at any bank); how many there were. Raises
    UnknownAccount when none."""
    with state.sessions.begin() as db:
        changed = db.execute(
            update(BankAccountRow)
            .where(BankAccountRow.account_number == account_number)
            .values(balance_cents=to_cents(balance))
        )
        count = int(changed.rowcount)  # type: ignore[attr-defined]
        if not count:
            raise UnknownAccount("no account with this number")
        return count


def balance_of(state: AgencyState, account_number: str) -> Decimal:
    """The balance of the account with this number (the first, if several banks have one)."""
    with state.sessions() as db:
        cents = db.scalars(
            select(BankAccountRow.balance_cents)
            .where(BankAccountRow.account_number == account_number)
            .order_by(BankAccountRow.id)
        ).first()
    if cents is None:
        raise UnknownAccount("no account with this number")
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def void_agreement(state: AgencyState, agreement_number: str) -> int:
    """The bank voids the agreements in force with this number: collections under them fail until the unit
    signs and registers a new one. How many; raises UnknownAccount when none is in force."""
    with state.sessions.begin() as db:
        changed = db.execute(
            update(AgreementRow)
            .where(AgreementRow.agreement_number == agreement_number, AgreementRow.status == VALID)
            .values(status=VOID)
        )
        count = int(changed.rowcount)  # type: ignore[attr-defined]
        if not count:
            raise UnknownAccount("no agreement in force with this number")
        return count
