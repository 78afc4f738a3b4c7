"""Log-in throttling, counted in the database so that parallel guesses, and several agency processes on one
database, share one count.

An attempt is admitted before its password is checked, by one conditional UPDATE per subject: the unit code
as typed together with the client's address, the unit code alone, and the address alone. A subject whose
round of attempts is used up is paused, each pause twice as long as the one before (1 minute, 2, 4... at
most an hour), so that a guesser gets a handful of tries an hour while the unit's own accountant, at another
address, is held up only by a guesser who has spent the unit's larger allowance. Unknown unit codes are
counted like known ones: the answers never tell which codes exist. A correct password gives its attempt
back and makes the unit's next pause the shortest again; subjects idle for a day are forgotten.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Connection, Update, and_, case, delete, literal, null, or_, select, update

from ssclient.agency.db import LOGIN_THROTTLE, UtcDateTime, dialect_insert

PAIR, UNIT, ADDRESS = "pair", "unit", "address"
# Attempts per round: a person mistyping, an office logging in many units from one address.
LIMITS = {PAIR: 5, UNIT: 20, ADDRESS: 40}
FIRST_PAUSE = timedelta(minutes=1)
LONGEST_PAUSE = timedelta(hours=1)
# A round whose last attempt is this old starts again: a typo a week does not add up to a pause.
ROUND_ENDS_AFTER = timedelta(minutes=15)
FORGET_AFTER = timedelta(days=1)

_T = LOGIN_THROTTLE.c
# Pauses after the first grow until LONGEST_PAUSE; this many steps reach it.
_STEPS = 7


class Paused(Exception):
    """Attempts for this unit code or address are paused until `until`."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"paused until {until.isoformat()}")
        self.until = until


def pause_after(pauses: int) -> timedelta:
    """How long the next pause lasts when `pauses` came before it."""
    return min(FIRST_PAUSE * (1 << min(pauses, _STEPS)), LONGEST_PAUSE)


def _subjects(unit_code: str, address: str) -> list[tuple[str, str]]:
    # In one order everywhere, so that two transactions lock the rows they share in the same order.
    return [(PAIR, f"{unit_code}|{address}"), (UNIT, unit_code), (ADDRESS, address)]


def admit(conn: Connection, unit_code: str, address: str, now: datetime) -> None:
    """Count one attempt for each subject, or raise Paused (the caller rolls back: nothing is counted)."""
    insert = dialect_insert(conn, LOGIN_THROTTLE)
    subjects = _subjects(unit_code, address)
    for scope, subject in subjects:
        conn.execute(
            insert.values(
                scope=scope, subject=subject, attempts=0, pauses=0, paused_until=None, last_attempt_at=now
            ).on_conflict_do_nothing()
        )
    refused = [
        (scope, subject)
        for scope, subject in subjects
        if conn.execute(_admission(scope, subject, now)).rowcount != 1
    ]
    if refused:
        until = max(
            conn.execute(select(_T.paused_until).where(_T.scope == scope, _T.subject == subject)).scalar()
            or now
            for scope, subject in refused
        )
        raise Paused(until)


def _admission(scope: str, subject: str, now: datetime) -> Update:
    """UPDATE that counts an attempt when the subject is not paused; a round's last attempt starts the
    next pause. Every value is computed from the row as it was, in the database: no read-then-write."""
    at = literal(now, UtcDateTime())
    in_round = _T.paused_until.is_(None)
    pause_over = _T.paused_until <= at
    continuing = and_(in_round, _T.last_attempt_at > literal(now - ROUND_ENDS_AFTER, UtcDateTime()))
    last_of_round = and_(continuing, _T.attempts + 1 >= LIMITS[scope])
    pause_ends = case(
        *[(_T.pauses == n, literal(now + pause_after(n), UtcDateTime())) for n in range(_STEPS)],
        else_=literal(now + LONGEST_PAUSE, UtcDateTime()),
    )
    return (
        update(LOGIN_THROTTLE)
        .where(_T.scope == scope, _T.subject == subject, or_(in_round, pause_over))
        .values(
            attempts=case((continuing, _T.attempts + 1), else_=1),
            paused_until=case((last_of_round, pause_ends), else_=null()),
            pauses=case((last_of_round, _T.pauses + 1), else_=_T.pauses),
            last_attempt_at=at,
        )
    )


def succeeded(conn: Connection, unit_code: str, address: str, now: datetime) -> None:
    """The right password: its own attempt is given back, and the unit's next pause is the shortest again.
    Wrong attempts of this round stay counted (a right password amid a burst of guesses opens no second
    round for them), and a pause that began meanwhile stays."""
    subjects = _subjects(unit_code, address)
    for scope, subject in subjects:
        conn.execute(
            update(LOGIN_THROTTLE)
            .where(_T.scope == scope, _T.subject == subject)
            .values(
                attempts=case((_T.attempts > 0, _T.attempts - 1), else_=0),
                pauses=_T.pauses if scope == ADDRESS else 0,
            )
        )
    conn.execute(
        delete(LOGIN_THROTTLE).where(
            _T.last_attempt_at < literal(now - FORGET_AFTER, UtcDateTime()),
            or_(_T.paused_until.is_(None), _T.paused_until < literal(now, UtcDateTime())),
        )
    )
