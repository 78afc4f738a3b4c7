"""Units and their sessions: registration, login with lockout, password change, profile."""

from __future__ import annotations

import math
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssclient.agency import throttle
from ssclient.agency.db import SessionRow, UnitRow
from ssclient.agency.db_operators import OperatorSessionRow
from ssclient.agency.errors import ApiError
from ssclient.agency.passwords import hash_password, new_token, token_digest, verify_password
from ssclient.agency.schemas import LoginIn, PasswordChangeIn, ProfileUpdateIn, RegisterIn
from ssclient.agency.state import AgencyState
from ssclient.domain.clock import CHINA_TZ
from ssclient.domain.findings import Finding, has_errors
from ssclient.rules.messages import finding
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
    findings = _registration_findings(data)
    if has_errors(findings):
        raise ApiError(422, "VALIDATION_FAILED", _first_error(findings), findings)
    uscc = normalize_code(data.uscc)
    tax_number = normalize_code(data.tax_number)
    # The initial password is the tax number; such a unit must change it before anything else.
    initial = normalize_code(data.password) == tax_number
    password_hash = hash_password(data.password)
    with state.sessions() as db:
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
        except IntegrityError as exc:  # registered by another request a moment ago
            raise _uscc_taken() from exc
        return unit


def _registration_findings(data: RegisterIn) -> list[Finding]:
    findings = check_unit_name(data.name) + check_uscc(data.uscc) + check_tax_number(data.tax_number)
    findings += check_industry_class(data.industry_class)
    if not data.contact.strip():
        findings.append(finding("CONTACT_REQUIRED", "contact"))
    if normalize_code(data.password) != normalize_code(data.tax_number):
        findings += check_new_password(
            data.password, tax_number=data.tax_number, field="password", uscc=data.uscc, unit_name=data.name
        )
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


def login(state: AgencyState, data: LoginIn, address: str) -> tuple[UnitRow, str, datetime]:
    """The unit, a new token and when it expires; refuses with 401 LOGIN_FAILED, or 429 UNIT_LOCKED while
    attempts with this unit code or from this address are paused (see throttle)."""
    code = data.unit_code.strip()
    now = state.timer.now()
    try:
        # Its own transaction, committed before the password is checked: parallel attempts each see the
        # others counted.
        with state.engine.begin() as conn:
            throttle.admit(conn, code, address, now)
    except throttle.Paused as paused:
        raise paused_error(paused.until, now) from None
    with state.sessions() as db:
        unit = db.scalar(select(UnitRow).where(UnitRow.unit_code == code))
    # Checked outside any transaction: argon2 takes tens of milliseconds.
    if not verify_password(unit.password_hash if unit else None, data.password) or unit is None:
        raise ApiError(401, "LOGIN_FAILED", "The unit code or the password is wrong.")
    token = new_token()
    expires_at = now + state.token_lifetime
    with state.sessions() as db:
        db.add(SessionRow(token_hash=token_digest(token), unit_id=unit.id, expires_at=expires_at))
        # Expired sessions of this unit are of no use to anyone.
        db.execute(delete(SessionRow).where(SessionRow.unit_id == unit.id, SessionRow.expires_at <= now))
        throttle.succeeded(db.connection(), code, address, now)
        db.commit()
    return unit, token, expires_at


def paused_error(until: datetime, now: datetime) -> ApiError:
    # The minute shown is the one the pause has ended by.
    shown = (until + timedelta(seconds=59)).astimezone(CHINA_TZ).strftime("%H:%M")
    wait = max(1, math.ceil((until - now).total_seconds()))
    return ApiError(
        429,
        "UNIT_LOCKED",
        f"Too many wrong passwords: log-in is paused until {shown} (Beijing time). Try again then.",
        headers={"Retry-After": str(wait)},
    )


def logout(state: AgencyState, token: str) -> None:
    with state.sessions() as db:
        db.execute(delete(SessionRow).where(SessionRow.token_hash == token_digest(token)))
        db.commit()


def change_password(state: AgencyState, unit_id: int, token: str, data: PasswordChangeIn) -> None:
    """Change the password; every other session of the unit ends (the one asking goes on)."""
    with state.sessions() as db:
        unit = db.get_one(UnitRow, unit_id)
        if not verify_password(unit.password_hash, data.old_password):
            raise ApiError(403, "WRONG_PASSWORD", "The current password is wrong.")
        findings = check_new_password(
            data.new_password,
            data.old_password,
            unit.tax_number,
            unit_code=unit.unit_code,
            uscc=unit.uscc,
            unit_name=unit.name,
        )
        if findings:
            raise ApiError(422, "VALIDATION_FAILED", findings[0].message, findings)
        unit.password_hash = hash_password(data.new_password)
        unit.must_change_password = False
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
    if data.contact is not None and not data.contact.strip():
        findings.append(finding("CONTACT_REQUIRED", "contact"))
    if data.industry_class is not None:
        findings += check_industry_class(data.industry_class)
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
        if data.industry_class is not None:
            # Every payment reviewed from now on is computed at the new class (agency.loading reads it).
            unit.industry_class = data.industry_class
        db.commit()
        return unit
