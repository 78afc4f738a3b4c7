"""A unit's bank agreement (三方协议) at the agency: registered by the unit, checked for form with the
client's own rules (ssclient.rules.bank), its account opened at the mock bank (ssclient.agency.bank).
One agreement is in force at a time: registering another replaces the one before."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ssclient.agency import bank
from ssclient.agency.db import lock_unit
from ssclient.agency.db_paying import AgreementRow, BankAccountRow
from ssclient.agency.errors import ApiError
from ssclient.agency.schemas_paying import AgreementIn, AgreementOut, AgreementStateOut
from ssclient.agency.state import AgencyState
from ssclient.agency.wire import local
from ssclient.rules.bank import (
    AGREEMENT_FORM_ILLUSTRATIVE,
    BANKS,
    AgreementForm,
    account_digits,
    check_agreement,
    mask_account,
)


def agreement_state(state: AgencyState, unit_id: int) -> AgreementStateOut:
    with state.sessions() as db:
        found = current_agreement(db, unit_id)
        shown = None if found is None else agreement_out(*found)
    return AgreementStateOut(agreement=shown, agreement_form_illustrative=AGREEMENT_FORM_ILLUSTRATIVE)


def register_agreement(state: AgencyState, unit_id: int, data: AgreementIn) -> AgreementOut:
    """Register the unit's agreement; the one before (valid or void) is replaced."""
    form = AgreementForm(data.bank_code, data.account_number, data.agreement_number)
    findings = check_agreement(form)
    if findings:
        raise ApiError(422, "AGREEMENT_FORM_INVALID", findings[0].message, findings)
    with state.sessions.begin() as db:
        lock_unit(db, unit_id)
        account = bank.account_for(
            db, data.bank_code, account_digits(data.account_number), training=state.training
        )
        db.execute(
            update(AgreementRow)
            .where(AgreementRow.unit_id == unit_id, AgreementRow.status != bank.REPLACED)
            .values(status=bank.REPLACED)
        )
        row = AgreementRow(
            unit_id=unit_id,
            account_id=account.id,
            agreement_number=data.agreement_number.strip(),
            status=bank.VALID,
            signed_at=state.clock.now(),
        )
        db.add(row)
        db.flush()
        return agreement_out(row, account)


def current_agreement(db: Session, unit_id: int) -> tuple[AgreementRow, BankAccountRow] | None:
    """The unit's agreement not replaced (in force, or voided by the bank), with its account."""
    found = db.execute(
        select(AgreementRow, BankAccountRow)
        .join(BankAccountRow, BankAccountRow.id == AgreementRow.account_id)
        .where(AgreementRow.unit_id == unit_id, AgreementRow.status != bank.REPLACED)
        .order_by(AgreementRow.id.desc())
    ).first()
    return None if found is None else (found[0], found[1])


def agreement_out(row: AgreementRow, account: BankAccountRow) -> AgreementOut:
    return AgreementOut(
        bank_code=account.bank_code,
        bank_name=BANKS.get(account.bank_code, account.bank_code),
        account_masked=mask_account(account.account_number),
        agreement_number=row.agreement_number,
        status="void" if row.status == bank.VOID else "valid",
        signed_at=local(row.signed_at),
    )
