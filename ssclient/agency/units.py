"""Units and their sessions: registration, login with lockout, password change, profile. The steps every
account takes (password rules and hashing, the initial password, throttled log-in, session tokens) are
agency.accounts'."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ssclient.agency import accounts
from ssclient.agency.db import SessionRow, UnitRow
from ssclient.agency.db_operators import OperatorSessionRow
from ssclient.agency.errors import ApiError
from ssclient.agency.passwords import hash_password, token_digest
from ssclient.agency.schemas import LoginIn, PasswordChangeIn, ProfileUpdateIn, RegisterIn
from ssclient.agency.state import AgencyState
from ssclient.domain.findings import Finding
from ssclient.rules.passwords import check_new_password
from ssclient.rules.unit import (
    check_industry_class,
    check_tax_number,
    check_unit_name,
    check_uscc,
    normalize_code,
)

UNIT_CODE_PREFIX = "170"


def register_unit(state: AgencyState, data: RegisterIn) -> UnitRow:
    accounts.refuse_invalid(_registration_findings(data))
    uscc = normalize_code(data.uscc)
    tax_number = normalize_code(data.tax_number)
    # The initial password is the tax number; such a unit must change it before anything else.
    initial = accounts.is_initial_password(data.password, tax_number)
    password_hash = hash_password(data.password)

    def unit(db: Session) -> UnitRow:
        return UnitRow(
            unit_code=accounts.free_code(db, UnitRow.unit_code, UNIT_CODE_PREFIX),
            name=data.name.strip(),
            uscc=uscc,
            tax_number=tax_number,
            contact=data.contact.strip(),
            phone=data.phone.strip(),
            industry_class=data.industry_class,
            password_hash=password_hash,
            must_change_password=initial,
            failed_logins=0,
            created_at=state.clock.now(),
        )

    return accounts.register(state, UnitRow, uscc, unit, _uscc_taken)


def _registration_findings(data: RegisterIn) -> list[Finding]:
    findings = check_unit_name(data.name) + check_uscc(data.uscc) + check_tax_number(data.tax_number)
    findings += check_industry_class(data.industry_class)
    findings += accounts.contact_findings(data.contact)
    if not accounts.is_initial_password(data.password, data.tax_number):
        findings += check_new_password(
            data.password, tax_number=data.tax_number, field="password", uscc=data.uscc, unit_name=data.name
        )
    return findings


def _uscc_taken() -> ApiError:
    return ApiError(
        409,
        "USCC_TAKEN",
        "A unit with this unified social credit code is already registered; "
        "log in with its unit code instead.",
    )


def login(state: AgencyState, data: LoginIn, address: str) -> tuple[UnitRow, str, datetime]:
    """The unit, a new token and when it expires; refuses with 401 LOGIN_FAILED, or 429 UNIT_LOCKED while
    attempts with this unit code or from this address are paused (see throttle)."""
    code = data.unit_code.strip()

    def find(db: Session) -> UnitRow | None:
        return db.scalar(select(UnitRow).where(UnitRow.unit_code == code))

    def start(db: Session, unit: UnitRow, digest: str, now: datetime) -> None:
        db.add(SessionRow(token_hash=digest, unit_id=unit.id, expires_at=now + state.token_lifetime))
        # Expired sessions of this unit are of no use to anyone.
        db.execute(delete(SessionRow).where(SessionRow.unit_id == unit.id, SessionRow.expires_at <= now))

    attempt = accounts.Attempt(code, data.password, address)
    return accounts.log_in(state, attempt, find, start, "The unit code or the password is wrong.")


def logout(state: AgencyState, token: str) -> None:
    accounts.log_out(state, SessionRow, token)


def change_password(state: AgencyState, unit_id: int, token: str, data: PasswordChangeIn) -> None:
    """Change the password; every other session of the unit ends (the one asking goes on)."""
    with state.sessions() as db:
        unit = db.get_one(UnitRow, unit_id)
        accounts.change_password(
            unit,
            data.old_password,
            data.new_password,
            lambda: check_new_password(
                data.new_password,
                data.old_password,
                unit.tax_number,
                unit_code=unit.unit_code,
                uscc=unit.uscc,
                unit_name=unit.name,
            ),
        )
        # The administrator's other sessions; the operators' sessions are theirs, with their own passwords.
        db.execute(
            delete(SessionRow).where(
                SessionRow.unit_id == unit_id,
                SessionRow.token_hash != token_digest(token),
                SessionRow.token_hash.not_in(select(OperatorSessionRow.token_hash)),
            )
        )
        db.commit()


def update_profile(state: AgencyState, unit_id: int, data: ProfileUpdateIn) -> UnitRow:
    findings: list[Finding] = []
    if data.name is not None:
        findings += check_unit_name(data.name)
    if data.contact is not None:
        findings += accounts.contact_findings(data.contact)
    if data.industry_class is not None:
        findings += check_industry_class(data.industry_class)
    accounts.refuse_invalid(findings)
    with state.sessions() as db:
        unit = db.get_one(UnitRow, unit_id)
        if data.name is not None:
            unit.name = data.name.strip()
        if data.contact is not None:
            unit.contact = data.contact.strip()
        if data.phone is not None:
            unit.phone = data.phone.strip()
        if data.industry_class is not None:
            # Every payment reviewed from now on is computed at the new class (agency.loading reads it).
            unit.industry_class = data.industry_class
        db.commit()
        return unit
