"""A unit's operators: created by its administrator (or an operator who manages operators), each with a
log-in name unique within the unit, an initial password changed at the first log-in, and permissions
(ssclient.domain.permissions). Operators log in with the unit code, their log-in name and password.

Every change is one transaction: a refusal leaves nothing written."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import cast

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssclient.agency import accounts
from ssclient.agency.auth import Caller
from ssclient.agency.db import SessionRow, UnitRow
from ssclient.agency.db_operators import OperatorRow, OperatorSessionRow
from ssclient.agency.errors import ApiError
from ssclient.agency.passwords import hash_password, token_digest
from ssclient.agency.schemas_operators import (
    OperatorIn,
    OperatorLoginIn,
    OperatorOut,
    OperatorUpdateIn,
    PermissionName,
    SessionOut,
)
from ssclient.agency.state import AgencyState
from ssclient.agency.wire import local
from ssclient.domain.findings import Finding
from ssclient.domain.permissions import (
    ALL_PERMISSIONS,
    Permission,
    permissions_from_wire,
    permissions_to_wire,
)
from ssclient.rules.passwords import check_new_password

# Letters, digits, dot, dash, underscore; compared without case ("Li.Na" and "li.na" are one operator).
_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")


def list_operators(state: AgencyState, unit_id: int) -> list[OperatorOut]:
    with state.sessions() as db:
        rows = db.scalars(
            select(OperatorRow).where(OperatorRow.unit_id == unit_id).order_by(OperatorRow.login)
        )
        return [operator_out(row) for row in rows]


def create(state: AgencyState, unit_id: int, data: OperatorIn) -> OperatorOut:
    login = _checked_login(data.login)
    name = _checked_name(data.name)
    permissions = _checked_permissions(data.permissions)
    with state.sessions() as db:
        unit = db.get_one(UnitRow, unit_id)
        _check_password(unit, data.password)
        if _by_login(db, unit_id, login) is not None:
            raise _login_taken(login)
        row = OperatorRow(
            unit_id=unit_id,
            login=login,
            name=name,
            password_hash=hash_password(data.password),
            must_change_password=True,
            permissions=",".join(permissions_to_wire(permissions)),
            enabled=True,
            created_at=state.clock.now(),
        )
        db.add(row)
        try:
            db.commit()
        except IntegrityError as exc:  # created by another request a moment ago
            raise _login_taken(login) from exc
        return operator_out(row)


def update(state: AgencyState, caller: Caller, login: str, data: OperatorUpdateIn) -> OperatorOut:
    with state.sessions() as db:
        row = _found(db, caller.unit_id, login)
        permissions = None if data.permissions is None else _checked_permissions(data.permissions)
        if row.id == caller.operator_id and (
            data.enabled is False
            or (permissions is not None and Permission.MANAGE_OPERATORS not in permissions)
        ):
            raise ApiError(
                409,
                "OWN_MANAGEMENT",
                "You cannot disable yourself or take away your own permission to manage operators: the "
                "unit's administrator or another operator who manages operators can.",
            )
        if data.name is not None:
            row.name = _checked_name(data.name)
        if permissions is not None:
            row.permissions = ",".join(permissions_to_wire(permissions))
        if data.enabled is not None:
            row.enabled = data.enabled
            if not data.enabled:
                _end_sessions(db, row.id)
        db.commit()
        return operator_out(row)


def reset_password(state: AgencyState, unit_id: int, login: str, password: str) -> None:
    """A new initial password: the operator's sessions end, and the operator changes it at the next log-in."""
    with state.sessions() as db:
        row = _found(db, unit_id, login)
        _check_password(db.get_one(UnitRow, unit_id), password)
        row.password_hash = hash_password(password)
        row.must_change_password = True
        _end_sessions(db, row.id)
        db.commit()


def change_own_password(state: AgencyState, caller: Caller, old: str, new: str) -> None:
    """The operator's own change (the first log-in's too); the operator's other sessions end."""
    assert caller.operator_id is not None
    with state.sessions() as db:
        row = db.get_one(OperatorRow, caller.operator_id)
        accounts.change_password(
            row, old, new, lambda: _password_findings(db.get_one(UnitRow, caller.unit_id), new, old)
        )
        _end_sessions(db, row.id, keep=token_digest(caller.token))
        db.commit()


def login(state: AgencyState, data: OperatorLoginIn, address: str) -> tuple[SessionOut, str, datetime]:
    """The session's description, a new token and when it expires; refuses as the unit's log-in does
    (401 LOGIN_FAILED, 429 UNIT_LOCKED), and 403 OPERATOR_DISABLED for a disabled operator."""
    code, login_name = data.unit_code.strip(), data.login.strip().lower()

    def find(db: Session) -> OperatorRow | None:
        unit_id = db.scalar(select(UnitRow.id).where(UnitRow.unit_code == code))
        return _by_login(db, unit_id, login_name) if unit_id is not None else None

    def start(db: Session, row: OperatorRow, digest: str, now: datetime) -> None:
        db.add(SessionRow(token_hash=digest, unit_id=row.unit_id, expires_at=now + state.token_lifetime))
        db.flush()
        db.add(OperatorSessionRow(token_hash=digest, operator_id=row.id))

    # Attempts count per operator: a colleague's typos pause no one else.
    attempt = accounts.Attempt(f"{code}/{login_name}", data.password, address)
    wrong = "The unit code, the operator or the password is wrong."
    row, token, expires_at = accounts.log_in(state, attempt, find, start, wrong, _enabled)
    # `code` is the unit's code exactly: the unit was found by it.
    return session_of(code, row), token, expires_at


def _enabled(row: OperatorRow) -> None:
    if not row.enabled:
        raise ApiError(
            403, "OPERATOR_DISABLED", "This operator is disabled. Ask the unit's administrator to enable it."
        )


def session_of(unit_code: str, row: OperatorRow | None, unit_must_change: bool = False) -> SessionOut:
    """Who a session is: an operator (`row`), or the unit's administrator (None)."""
    if row is None:
        return SessionOut(
            unit_code=unit_code,
            operator="",
            operator_name="",
            permissions=_names(",".join(permissions_to_wire(ALL_PERMISSIONS))),
            must_change_password=unit_must_change,
        )
    return SessionOut(
        unit_code=unit_code,
        operator=row.login,
        operator_name=row.name,
        permissions=_names(row.permissions),
        must_change_password=row.must_change_password,
    )


def current_session(state: AgencyState, caller: Caller) -> SessionOut:
    with state.sessions() as db:
        if caller.operator_id is None:
            unit = db.get_one(UnitRow, caller.unit_id)
            return session_of(unit.unit_code, None, unit.must_change_password)
        return session_of(caller.unit_code, db.get_one(OperatorRow, caller.operator_id))


def operator_out(row: OperatorRow) -> OperatorOut:
    return OperatorOut(
        login=row.login,
        name=row.name,
        permissions=_names(row.permissions),
        enabled=row.enabled,
        must_change_password=row.must_change_password,
        created_at=local(row.created_at),
    )


def _names(stored: str) -> list[PermissionName]:
    """The stored wire values (comma-separated) as the answer's list; an unknown one is left out."""
    return cast(list[PermissionName], permissions_to_wire(permissions_from_wire(stored.split(","))))


# --- checks --------------------------------------------------------------------------------------------


def _checked_login(text: str) -> str:
    login = text.strip()
    if not _LOGIN.match(login):
        raise ApiError(
            422,
            "OPERATOR_LOGIN_INVALID",
            "A log-in name has 2 to 40 letters, digits, dots, dashes or underscores, and starts with a "
            "letter or a digit.",
        )
    return login.lower()


def _checked_name(text: str) -> str:
    name = text.strip()
    if not name:
        raise ApiError(422, "OPERATOR_NAME_REQUIRED", "Enter the operator's name.")
    return name


def _checked_permissions(values: Iterable[str]) -> frozenset[Permission]:
    permissions = permissions_from_wire(values)
    if not permissions:
        raise ApiError(
            422,
            "OPERATOR_PERMISSIONS_REQUIRED",
            "Give the operator at least one permission (\u201cquery\u201d lets an operator only look).",
        )
    return permissions


def _check_password(unit: UnitRow, password: str) -> None:
    accounts.refuse_invalid(_password_findings(unit, password))


def _password_findings(unit: UnitRow, password: str, old: str = "") -> list[Finding]:
    return check_new_password(
        password,
        old,
        unit.tax_number,
        "password",
        unit_code=unit.unit_code,
        uscc=unit.uscc,
        unit_name=unit.name,
    )


def _by_login(db: Session, unit_id: int, login: str) -> OperatorRow | None:
    return db.scalar(select(OperatorRow).where(OperatorRow.unit_id == unit_id, OperatorRow.login == login))


def _found(db: Session, unit_id: int, login: str) -> OperatorRow:
    row = _by_login(db, unit_id, login.strip().lower())
    if row is None:
        raise ApiError(404, "NOT_FOUND", "This unit has no operator with this log-in name.")
    return row


def _login_taken(login: str) -> ApiError:
    return ApiError(
        409,
        "OPERATOR_LOGIN_TAKEN",
        f"This unit already has an operator with the log-in name \u201c{login}\u201d; choose another one.",
    )


def _end_sessions(db: Session, operator_id: int, keep: str | None = None) -> None:
    """Delete the operator's sessions (but `keep`): their next request is 401."""
    tokens = select(OperatorSessionRow.token_hash).where(OperatorSessionRow.operator_id == operator_id)
    if keep is not None:
        tokens = tokens.where(OperatorSessionRow.token_hash != keep)
    db.execute(delete(SessionRow).where(SessionRow.token_hash.in_(tokens)))
