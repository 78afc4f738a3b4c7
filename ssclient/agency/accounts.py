"""What every kind of account at the agency does the same way: units (agency.units), agents (agency.agents)
and a unit's operators (agency.operators).

A new password is judged by one set of rules (ssclient.rules.passwords), apart from the initial password
a unit or an agent registers with (its tax number, its USCC), which must be changed before anything else;
passwords are kept as argon2 hashes (agency.passwords); log-in attempts are counted and paused
(agency.throttle) before the password is checked; a session's token is given once, only its digest is
kept, and the session slides while it is used (agency.auth resolves it on each request). Each kind keeps
its own tables, checks and wording: the steps and their order are here once."""

from __future__ import annotations

import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from ssclient.agency import throttle
from ssclient.agency.db import SessionRow, UnitRow
from ssclient.agency.db_agents import AgentRow, AgentSessionRow
from ssclient.agency.errors import ApiError
from ssclient.agency.passwords import hash_password, new_token, token_digest, verify_password
from ssclient.agency.state import AgencyState
from ssclient.domain.clock import CHINA_TZ
from ssclient.domain.findings import Finding
from ssclient.rules.messages import finding
from ssclient.rules.unit import normalize_code


class Account(Protocol):
    """A row that logs in with a password of its own."""

    password_hash: str
    must_change_password: bool


A = TypeVar("A", bound=Account)
# The accounts that register themselves, each with a USCC no other account of its kind has.
Registered = TypeVar("Registered", UnitRow, AgentRow)


# --- registration ---------------------------------------------------------------------------------------


def is_initial_password(password: str, code: str) -> bool:
    """Whether `password` is the account's initial one, `code` (a unit's tax number, an agent's USCC): taken
    at registration whatever its strength, and changed before anything else."""
    return normalize_code(password) == normalize_code(code)


def contact_findings(contact: str) -> list[Finding]:
    return [] if contact.strip() else [finding("CONTACT_REQUIRED", "contact")]


def refuse_invalid(findings: list[Finding]) -> None:
    """Refuse with 422 VALIDATION_FAILED, the errors among `findings` and the first one's message, if any."""
    errors = [f for f in findings if f.is_error]
    if errors:
        raise ApiError(422, "VALIDATION_FAILED", errors[0].message, errors)


def register(
    state: AgencyState,
    model: type[Registered],
    uscc: str,
    make: Callable[[Session], Registered],
    taken: Callable[[], ApiError],
) -> Registered:
    """The new account `make` builds, written in one transaction; `taken` when an account of this kind
    already has the USCC."""
    with state.sessions() as db:
        if db.scalar(select(model.id).where(model.uscc == uscc)) is not None:
            raise taken()
        account = make(db)
        db.add(account)
        try:
            db.commit()
        except IntegrityError as exc:  # registered by another request a moment ago
            raise taken() from exc
        return account


def free_code(db: Session, column: InstrumentedAttribute[str], prefix: str) -> str:
    """A code (the user name) no account has in `column`: `prefix` and six random digits."""
    while True:
        code = f"{prefix}{secrets.randbelow(10**6):06d}"
        if db.scalar(select(column).where(column == code)) is None:
            return code


# --- log-in and sessions --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attempt:
    """A log-in attempt: whom it names (what throttle counts), the password typed, the client's address."""

    subject: str
    password: str
    address: str


def log_in(
    state: AgencyState,
    attempt: Attempt,
    find: Callable[[Session], A | None],
    start: Callable[[Session, A, str, datetime], None],
    wrong: str,
    usable: Callable[[A], None] | None = None,
) -> tuple[A, str, datetime]:
    """The account `find` reads, a new token and when it expires. Refuses with 429 UNIT_LOCKED while
    attempts for this subject or from this address are paused (see throttle), 401 LOGIN_FAILED (`wrong`)
    for an unknown account or a wrong password, and as `usable` does once the password is right.
    `start(db, account, token digest, now)` writes the session, to expire at now + state.token_lifetime."""
    now = state.timer.now()
    try:
        # Its own transaction, committed before the password is checked: parallel attempts each see the
        # others counted.
        with state.engine.begin() as conn:
            throttle.admit(conn, attempt.subject, attempt.address, now)
    except throttle.Paused as paused:
        raise paused_error(paused.until, now) from None
    with state.sessions() as db:
        account = find(db)
    # Checked outside any transaction: argon2 takes tens of milliseconds.
    if not verify_password(account.password_hash if account else None, attempt.password) or account is None:
        raise ApiError(401, "LOGIN_FAILED", wrong)
    if usable is not None:
        usable(account)
    token = new_token()
    with state.sessions() as db:
        start(db, account, token_digest(token), now)
        throttle.succeeded(db.connection(), attempt.subject, attempt.address, now)
        db.commit()
    return account, token, now + state.token_lifetime


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


def keep_alive(
    state: AgencyState,
    db: Session,
    model: type[SessionRow] | type[AgentSessionRow],
    digest: str,
    expires_at: datetime,
) -> None:
    """A session used now: 401 SESSION_EXPIRED (and deleted) once it has expired. It slides while the user
    works: renewed (at most a write each half lifetime) so that it ends only after a whole lifetime without
    a request, never mid-work."""
    now = state.timer.now()
    if expires_at <= now:
        db.execute(delete(model).where(model.token_hash == digest))
        db.commit()
        raise ApiError(
            401,
            "SESSION_EXPIRED",
            "The session has expired; log in again.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if expires_at - now < state.token_lifetime / 2:
        db.execute(
            update(model).where(model.token_hash == digest).values(expires_at=now + state.token_lifetime)
        )
        db.commit()


def log_out(state: AgencyState, model: type[SessionRow] | type[AgentSessionRow], token: str) -> None:
    """End the session with this token (a unit's or an operator's in SessionRow, an agent's in its own)."""
    with state.sessions() as db:
        db.execute(delete(model).where(model.token_hash == token_digest(token)))
        db.commit()


# --- password change ------------------------------------------------------------------------------------


def change_password(account: Account, old: str, new: str, rules: Callable[[], list[Finding]]) -> None:
    """Set `new` as the account's password, the initial one no longer in use: 403 WRONG_PASSWORD unless
    `old` is the current one, then 422 VALIDATION_FAILED with what the password `rules` find. The caller
    ends the account's other sessions and commits."""
    if not verify_password(account.password_hash, old):
        raise ApiError(403, "WRONG_PASSWORD", "The current password is wrong.")
    refuse_invalid(rules())
    account.password_hash = hash_password(new)
    account.must_change_password = False
