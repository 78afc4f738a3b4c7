"""The mock agency: a FastAPI review service with its own database, standing in for the government backend.

`ssclient-agency serve` runs it (`cli`); `server.start_agency` starts it in-process on a loopback port.
It shares only the domain, the rulebook and the policy with the client. The client's side is
`ssclient.sync.api.AgencyClient`.

JSON under /api/v1 (OpenAPI at /openapi.json); every error is ``{code, message, findings}``:

    GET    /health                          name, training flag, version (no session)
    GET    /policy                          the policy (policy TOML shape) and today's window (no session)
    GET    /policy/history                  every table of its pooling area, by first month (no session)
    POST   /units                           register → unit code; 409 USCC_TAKEN, 422 with findings
    POST   /sessions                        log in → token, expiry, must_change_password; 401, 429 paused
    DELETE /sessions/current                log out
    POST   /units/me/password               change password (the only call before the initial one is
                                            changed); the unit's other sessions end
    GET    /units/me, PATCH /units/me       profile
    POST   /declarations                    submit (Idempotency-Key header) → reviewed: approved | rejected
    GET    /declarations                    query: period_from, period_to, type, status, person, offset, limit
    GET    /declarations/by-key/{key}       the answer to a key (reconcile after a crash)
    GET    /declarations/{id}               one declaration with lines and findings
    POST   /declarations/{id}/revoke        revoke; 409 REVOKE_NOT_APPROVED | _WINDOW_CLOSED | _DEPENDENT
    GET    /roster                          the unit's insured persons (ETag; 304 while unchanged)
    GET    /payments                        payment details and totals: period range, person, insurance

Modules: `app` (application), `routes`, `schemas` (wire models), `errors`, `limits` (body size), `auth`
(sessions), `units`, `throttle` (log-in attempts), `records` (submit: `loading` reads the unit, `planning`
judges and is pure, `storing` writes), `revoking`, `queries` (read, query), `review` (the judgement),
`roster` (its effects), `payments`, `db` (tables), `passwords`, `state`, `server`, `cli`.

Several agency processes may share one database (SQLite or PostgreSQL): the database keeps what must hold —
one record per idempotency key, one approved payment per unit and period, one successor per record, one
revocation — and the reviews of one unit take turns there (`db.lock_unit`).
"""
