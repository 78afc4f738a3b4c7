"""Units and their sessions: registration, login with lockout, password change, profile."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssclient.agency.db import SessionRow, UnitRow
from ssclient.agency.errors import ApiError
from ssclient.agency.passwords import hash_password, new_token, token_digest, verify_password
from ssclient.agency.schemas import LoginIn, PasswordChangeIn, ProfileUpdateIn, RegisterIn
from ssclient.agency.state import LOCKOUT_AFTER, LOCKOUT_FOR, AgencyState
from ssclient.domain.clock import CHINA_TZ
from ssclient.domain.findings import Finding, has_errors
from ssclient.rules.messages import finding
from ssclient.rules.unit import (
    check_industry_class,
    check_new_password,
    check_tax_number,
    check_unit_name,
    check_uscc,
    normalize_code,
)

UNIT_CODE_PREFIX = "170"


def register_unit(state: AgencyState, data: RegisterIn) -> UnitRow:
    findings = _registration_findings(data)
    if has_errors(findings):
        raise ApiError(422, "VALIDATION_FAILED", _first_error(findings), findings)
    uscc = normalize_code(data.uscc)
    tax_number = normalize_code(data.tax_number)
    # The initial password is the tax number; such a unit must change it before anything else.
    initial = normalize_code(data.password) == tax_number
    # Hashed before taking the lock: argon2 takes tens of milliseconds, and reviews wait for the lock.
    password_hash = hash_password(data.password)
    with state.review_lock, state.sessions() as db:
        if db.scalar(select(UnitRow.id).where(UnitRow.uscc == uscc)) is not None:
            raise _uscc_taken()
        unit = UnitRow(
            unit_code=_free_unit_code(db),
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
        db.add(unit)
        try:
            db.commit()
        except IntegrityError as exc:  # registered by another process a moment ago
            raise _uscc_taken() from exc
        return unit


def _registration_findings(data: RegisterIn) -> list[Finding]:
    findings = check_unit_name(data.name) + check_uscc(data.uscc) + check_tax_number(data.tax_number)
    findings += check_industry_class(data.industry_class)
    if not data.contact.strip():
        findings.append(finding("CONTACT_REQUIRED", "contact"))
    if normalize_code(data.password) != normalize_code(data.tax_number):
        findings += check_new_password(data.password, tax_number=data.tax_number, field="password")
    return findings


def _first_error(findings: list[Finding]) -> str:
    first = next(f for f in findings if f.is_error)
    return first.message


def _uscc_taken() -> ApiError:
    return ApiError(
        409,
        "USCC_TAKEN",
        "A unit with this unified social credit code is already registered; "
        "log in with its unit code instead.",
    )


def _free_unit_code(db: Session) -> str:
    while True:
        code = f"{UNIT_CODE_PREFIX}{secrets.randbelow(10**6):06d}"
        if db.scalar(select(UnitRow.id).where(UnitRow.unit_code == code)) is None:
            return code


def login(state: AgencyState, data: LoginIn) -> tuple[UnitRow, str, datetime]:
    """The unit, a new token and when it expires; refuses with 401 LOGIN_FAILED or 423 UNIT_LOCKED."""
    now = state.clock.now()
    with state.sessions() as db:
        unit = db.scalar(select(UnitRow).where(UnitRow.unit_code == data.unit_code.strip()))
        if unit is not None and unit.locked_until is not None and unit.locked_until > now:
            raise _locked(unit.locked_until)
        if not verify_password(unit.password_hash if unit else None, data.password) or unit is None:
            if unit is not None:
                _count_failure(db, unit, now)
            raise ApiError(401, "LOGIN_FAILED", "The unit code or the password is wrong.")
        unit.failed_logins = 0
        unit.locked_until = None
        token = new_token()
        expires_at = now + state.token_lifetime
        db.add(SessionRow(token_hash=token_digest(token), unit_id=unit.id, expires_at=expires_at))
        # Expired sessions of this unit are of no use to anyone.
        db.execute(delete(SessionRow).where(SessionRow.unit_id == unit.id, SessionRow.expires_at <= now))
        db.commit()
        return unit, token, expires_at


def _count_failure(db: Session, unit: UnitRow, now: datetime) -> None:
    unit.failed_logins += 1
    if unit.failed_logins >= LOCKOUT_AFTER:
        unit.failed_logins = 0
        unit.locked_until = now + LOCKOUT_FOR
        db.commit()
        raise _locked(unit.locked_until)
    db.commit()


def _locked(until: datetime) -> ApiError:
    shown = until.astimezone(CHINA_TZ).strftime("%H:%M")
    return ApiError(
        423,
        "UNIT_LOCKED",
        f"Too many wrong passwords: this unit is locked until {shown} (Beijing time). Try again then.",
    )


def logout(state: AgencyState, token: str) -> None:
    with state.sessions() as db:
        db.execute(delete(SessionRow).where(SessionRow.token_hash == token_digest(token)))
        db.commit()


def change_password(state: AgencyState, unit_id: int, data: PasswordChangeIn) -> None:
    with state.sessions() as db:
        unit = db.get_one(UnitRow, unit_id)
        if not verify_password(unit.password_hash, data.old_password):
            raise ApiError(403, "WRONG_PASSWORD", "The current password is wrong.")
        findings = check_new_password(data.new_password, data.old_password, unit.tax_number)
        if findings:
            raise ApiError(422, "VALIDATION_FAILED", findings[0].message, findings)
        unit.password_hash = hash_password(data.new_password)
        unit.must_change_password = False
        db.commit()


def update_profile(state: AgencyState, unit_id: int, data: ProfileUpdateIn) -> UnitRow:
    findings: list[Finding] = []
    if data.name is not None:
        findings += check_unit_name(data.name)
    if data.contact is not None and not data.contact.strip():
        findings.append(finding("CONTACT_REQUIRED", "contact"))
    if findings:
        raise ApiError(422, "VALIDATION_FAILED", findings[0].message, findings)
    with state.sessions() as db:
        unit = db.get_one(UnitRow, unit_id)
        if data.name is not None:
            unit.name = data.name.strip()
        if data.contact is not None:
            unit.contact = data.contact.strip()
        if data.phone is not None:
            unit.phone = data.phone.strip()
        db.commit()
        return unit
